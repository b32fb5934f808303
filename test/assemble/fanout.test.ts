/**
 * One dossier, every document: the fan-out per kind, narrowing with --vergadering and --partij,
 * skipped kinds with their reason, safe file names, and "one fault anywhere writes nothing".
 */
import { describe, expect, it } from 'vitest'
import { assembleFile, assembleText, sampleWarnings, sampleWith } from '../support/helpers.ts'

const sample = 'samples/voorbeeld-dossier.yaml'
const countByKind = (documents: { kind: string }[]) =>
  Object.fromEntries([...new Set(documents.map((d) => d.kind))].map((k) => [k, documents.filter((d) => d.kind === k).length]))

describe('fan-out', () => {
  it('gives the sample every document of an OOGO', async () => {
    const { documents, skipped, problems } = await assembleFile(sample, { emit: 'text' })
    expect(problems.map((p) => p.code)).toEqual(sampleWarnings)
    expect(skipped).toEqual([])
    expect(countByKind(documents)).toEqual({ overeenkomst: 1, uitnodiging: 18, verslag: 3, verzoek: 1, motivering: 2, 'bijlage-jeugdplan': 1 })
    expect(new Set(documents.map((d) => d.fileName)).size).toBe(26)
    for (const d of documents) expect(d.fileName).toMatch(/^[a-z0-9-]+\.docx$/)
  })

  it('invites every party to every meeting, addressed by name', async () => {
    const { documents } = await assembleFile(sample, { emit: 'text', documents: ['uitnodiging'] })
    expect(documents.map((d) => d.fileName)).toContain('uitnodiging-2026-04-oogo-swv-vo-kop.docx')
    const texel = documents.find((d) => d.fileName === 'uitnodiging-2026-04-oogo-texel.docx')!
    // Initials and surname are joined by a no-break space.
    expect(texel.text).toContain('M.\u00A0Zijp')
    expect(texel.text).toContain('Emmalaan 15')
  })

  it('states the character of each meeting in its invitation', async () => {
    const { documents } = await assembleFile(sample, { emit: 'text', documents: ['uitnodiging'], parties: ['schagen'] })
    const [february, april, may] = documents.map((d) => d.text.replace(/\s+/g, ' '))
    expect(april).toMatch(/heeft OOGO-status/)
    expect(april).toContain('artikel 2.2, derde lid, van de Jeugdwet')
    expect(february).toMatch(/zonder OOGO-status/)
    expect(february).not.toMatch(/heeft OOGO-status/)
    expect(may).toContain('Bekostiging van de jeugdhulpcomponent van onderwijszorgarrangementen')
  })

  it('narrows with --vergadering and --partij', async () => {
    const one = await assembleFile(sample, { emit: 'text', meetings: ['2026-04-oogo'], parties: ['texel'] })
    expect(one.documents.map((d) => d.fileName)).toEqual(['uitnodiging-2026-04-oogo-texel.docx', 'verslag-2026-04-oogo.docx'])
    // The overeenkomst is not about one meeting or party: narrowing leaves it out.
    expect(one.skipped).toEqual([
      { kind: 'overeenkomst', reason: 'niets voor de gekozen vergadering of partij' },
      { kind: 'verzoek', reason: 'niets voor de gekozen vergadering of partij' },
      { kind: 'motivering', reason: 'niets voor de gekozen vergadering of partij' },
      { kind: 'bijlage-jeugdplan', reason: 'niets voor de gekozen vergadering of partij' },
    ])
    const justification = await assembleFile(sample, { emit: 'text', documents: ['motivering'], parties: ['texel'] })
    expect(justification.documents.map((d) => d.fileName)).toEqual(['motivering-texel.docx'])
  })

  it('rejects an unknown --vergadering or --partij with a suggestion', async () => {
    const { problems } = await assembleFile(sample, { meetings: ['2026-04-ogoo'], parties: ['texell'] })
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.message, p.suggestion])).toEqual([
      ['opdracht/onbekend-id', '--vergadering 2026-04-ogoo: het dossier heeft geen vergadering met dit id.', 'Bedoelde u `2026-04-oogo`?'],
      ['opdracht/onbekend-id', '--partij texell: het dossier heeft geen partij met dit id.', 'Bedoelde u `texel`?'],
    ])
  })

  it('skips kinds that do not apply, with a reason', async () => {
    const { documents, skipped } = await assembleFile('test/fixtures/haarlemmermeer-gemeente/dossier.yaml', { emit: 'text' })
    expect(documents.map((d) => d.kind)).toEqual(['overeenkomst'])
    expect(skipped).toEqual([
      { kind: 'uitnodiging', reason: 'het dossier noemt geen vergaderingen' },
      { kind: 'verslag', reason: 'geen enkele vergadering heeft een verslag' },
      { kind: 'verzoek', reason: 'het dossier bevat geen verzoek (geschil.verzoek)' },
      { kind: 'motivering', reason: 'het dossier bevat geen motiveringen' },
      { kind: 'bijlage-jeugdplan', reason: 'er is nog geen vergadering met een verslag' },
    ])
  })

  it('fans out a region of thirteen gemeenten and seven SWV\'s', async () => {
    const { documents, problems } = await assembleFile('test/fixtures/holland-rijnland-regio/dossier.yaml', { emit: 'text' })
    // Only warnings: thirteen wethouders sign without a machtiging date, and four agreements were recorded while a
    // party concerned was absent (the verslagen say so).
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.place?.path}`)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `warning regel/GW-171-MACHTIGING /partijen/gemeenten/${i}/vertegenwoordiger`),
      'warning regel/OVK-OVEREENSTEMMING-AANWEZIG /vergaderingen/1/verslag/punten/0/uitkomst',
      'warning regel/OVK-OVEREENSTEMMING-AANWEZIG /vergaderingen/1/verslag/punten/1/uitkomst',
      'warning regel/OVK-OVEREENSTEMMING-AANWEZIG /vergaderingen/1/verslag/punten/3/uitkomst',
      'warning regel/OVK-OVEREENSTEMMING-AANWEZIG /vergaderingen/2/verslag/punten/0/uitkomst',
    ])
    expect(countByKind(documents)).toEqual({ overeenkomst: 1, uitnodiging: 60, verslag: 3, 'bijlage-jeugdplan': 1 })
  })

  it('fans out a single gemeente at schaal gemeente with a dispute the college raised', async () => {
    const { documents, problems } = await assembleFile('test/fixtures/haarlemmermeer-geschil/dossier.yaml', { emit: 'text' })
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.place?.path}`)).toEqual([
      'warning regel/GW-171-MACHTIGING /partijen/gemeenten/0/vertegenwoordiger',
      'warning regel/OVK-OVEREENSTEMMING-AANWEZIG /vergaderingen/0/verslag/punten/0/uitkomst',
    ])
    expect(countByKind(documents)).toEqual({ overeenkomst: 1, uitnodiging: 6, verslag: 2, verzoek: 1, motivering: 1, 'bijlage-jeugdplan': 1 })
    const request = documents.find((d) => d.kind === 'verzoek')!.text
    expect(request).toContain('Samenwerkingsverband') // the SWV's are the counterparties of the college
    const justification = documents.find((d) => d.kind === 'motivering')!.text
    expect(justification).toContain('neemt het advies niet over')
  })

  it('makes safe file names whatever the kenmerk contains', async () => {
    const { documents } = await assembleText(sampleWith(['kenmerk: OOGO-JZ03-2026', 'kenmerk: "../../Één/Twee kenmerk: *x*"']), { emit: 'text', documents: ['overeenkomst', 'verzoek'] })
    expect(documents.map((d) => d.fileName)).toEqual(['overeenkomst-een-twee-kenmerk-x.docx', 'verzoek-een-twee-kenmerk-x.docx'])
  })

  it('refuses a motivering that skips a recommendation, and writes nothing at all', async () => {
    const text = sampleWith(['      - { aanbeveling: evaluatie, besluit: overnemen, motivering: Texel neemt deel aan de regionale evaluatie. }\n', ''])
    const { documents, problems } = await assembleText(text)
    expect(documents).toEqual([])
    expect(problems.filter((p) => p.severity === 'error')).toEqual([{
      code: 'regel/GC-MOTIVERING-VOLLEDIG',
      severity: 'error',
      stage: 'validate',
      message: 'De motivering van `texel` gaat niet in op aanbeveling `evaluatie`; de raad moet bij elke aanbeveling het besluit van het college lezen.',
      place: { file: 'dossier.yaml', line: 251, column: 5, path: '/motiveringen/1/reacties' },
      suggestion: 'Voeg toe: `- { aanbeveling: evaluatie, besluit: overnemen, motivering: … }`.',
      rule: {
        id: 'GC-MOTIVERING-VOLLEDIG',
        level: 'B',
        basis: 'Wegwijzer OOGO jeugd §2.2 ("Het college van B&W motiveert of hij het advies van de Geschillencommissie overneemt"); per aanbeveling afgeleid',
      },
    }])
  })
})
