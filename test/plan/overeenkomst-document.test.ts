/**
 * The Overeenkomst OOGO jeugd as a lawyer reads it: who represents a gemeente (art. 171 Gemeentewet) beside the
 * collegebesluit (art. 160), internal references that never read as the Jeugdwet's, agreement per gemeente, an
 * opzegging that waits for a new procedure, the named bodies, and a signature page that names the agreement.
 * Rendered in process, with the cross-references resolved to the numbers the document prints.
 */
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { documentDefinitions } from '../../src/plan/index.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import { parseText } from '../../src/parse/parse-text.ts'
import { transformModel } from '../../src/transform/index.ts'
import { visitInlines } from '../../src/model/visit.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { fixture } from '../support/fixtures.ts'
import { samplePath, sampleText } from '../support/helpers.ts'

/** `voorbeeld` is the sample itself; other names are fixture cases. */
function load(name: string): { dossier: Dossier; project: ReturnType<typeof projectFromText>['project'] & object } {
  const { dossierFile, dossierText } = name === 'voorbeeld' ? { dossierFile: samplePath, dossierText: sampleText } : fixture(name)
  const project = projectFromText(sourceFromString(dossierFile, dossierText).source!).project!
  return { dossier: project.dossier.data as Dossier, project }
}

/** The overeenkomst's text, each `{{ref}}` replaced by the number the document prints. */
function overeenkomst(name: string, options: { draft?: boolean; edit?: (d: Dossier) => void } = {}): string {
  const { dossier, project } = load(name)
  options.edit?.(dossier)
  const definition = documentDefinitions.find((d) => d.kind === 'overeenkomst')!
  const [plan] = definition.plan(dossier, deriveFacts(dossier, project.reference), { meetings: [], parties: [] })
  const text = renderTemplate(project.templates, plan!.template, plan!.view, options.draft ?? false).text!.replace(/\u00a0/g, ' ')
  const { model } = parseText(text, { kind: 'overeenkomst', title: '', subject: '', reference: '', date: '2026-01-01', draft: false, engineVersion: '0', dossierSha256: '' } as never, 'overeenkomst.md')
  const numbers = new Map<string, string>()
  visitInlines(transformModel(model, 'overeenkomst.md').model.children, (inline) => {
    if (inline.type === 'ref' && inline.text) numbers.set(inline.target, inline.text)
  })
  return text.replace(/\[\]\(#([a-z0-9-]+) "[^"]*"\)/g, (_, id: string) => numbers.get(id) ?? `??${id}`)
}

const signatures = (text: string) => text.slice(text.indexOf('## Ondertekening')).trimEnd()

describe('overeenkomst: parties', () => {
  it('a wethouder represents the gemeente as assigned by the burgemeester, beside the collegebesluit', () => {
    expect(overeenkomst('voltooid')).toContain('1. **de gemeente Den Helder**, handelend door haar college van burgemeester en wethouders, kantoorhoudende aan Drs. F. Bijlweg 20, 1784 MC Den Helder, ter uitvoering van het besluit van het college van 9 december 2025 (artikel 160, eerste lid, onder e, van de Gemeentewet), te dezen vertegenwoordigd door A.M. de Boer, wethouder Jeugd en Onderwijs, die daartoe ingevolge artikel 171, tweede lid, van de Gemeentewet is aangewezen door de burgemeester, mr. J. Jansen, bij besluit van 9 december 2025;')
  })

  it('without a machtiging date: the same basis, a marker in a concept and none in the final text', () => {
    const final = overeenkomst('voorbeeld')
    expect(final).toContain('te dezen vertegenwoordigd door A.M. de Boer, wethouder Jeugd en Onderwijs, die daartoe ingevolge artikel 171, tweede lid, van de Gemeentewet is aangewezen door de burgemeester;')
    expect(final).not.toContain('[aanvullen')
    expect(overeenkomst('voorbeeld', { draft: true })).toContain('is aangewezen door de burgemeester [aanvullen: naam van de burgemeester (burgemeester)] [aanvullen: datum van het besluit van de burgemeester tot aanwijzing (vertegenwoordiger.machtiging)];')
  })

  it('a burgemeester who signs represents the gemeente himself and signs without "namens de burgemeester"', () => {
    const text = overeenkomst('voltooid', {
      edit: (d) => { d.partijen.gemeenten[0]!.vertegenwoordiger = { naam: 'mr. J. Jansen', functie: 'burgemeester' } },
    })
    expect(text).toContain('(artikel 160, eerste lid, onder e, van de Gemeentewet), te dezen ingevolge artikel 171, eerste lid, van de Gemeentewet vertegenwoordigd door haar burgemeester, mr. J. Jansen;')
    expect(text).toContain('| Gemeente Den Helder | mr. J. Jansen, burgemeester | Schagen, 15 januari 2026 |  |')
  })

  it('an SWV with its legal form, seat and KvK number, with its article, and no "hierna te noemen" that the body never uses', () => {
    const text = overeenkomst('voltooid')
    expect(text).toContain('1. **het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland**, een stichting, statutair gevestigd te Den Helder, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 12345678, samenwerkingsverband als bedoeld in artikel 18a van de Wet op het primair onderwijs met code PO2701, kantoorhoudende aan Middenweg 18, 1782 BG Den Helder, te dezen rechtsgeldig vertegenwoordigd door drs. H. Wit, directeur-bestuurder;')
    expect(text).not.toMatch(/hierna te noemen: (?!partijen)|De rechtspersoon|De stichting Stichting/)
  })

  it('a name that says "Stichting" does not repeat the legal form', () => {
    const text = overeenkomst('haarlemmermeer-gemeente', { draft: true })
    expect(text).toContain('1. **de Stichting Samenwerkingsverband Passend Primair Onderwijs Haarlemmermeer**, [aanvullen: statutaire zetel (statutaire_zetel)] [aanvullen: KvK-nummer (kvk)] samenwerkingsverband als bedoeld in artikel 18a')
  })
})

describe('overeenkomst: text', () => {
  it('every reference to its own articles says "van deze overeenkomst"; references to statutes name the statute', () => {
    const text = overeenkomst('voorbeeld')
    expect(text).toContain('- *bijzondere vergadering*: een vergadering van de overlegcommissie als bedoeld in artikel 6.1 van deze overeenkomst;')
    expect(text).not.toContain('??')
    // Every "artikel N" names its source: a statute ("artikel 2.2, derde lid, van de Jeugdwet", "artikel 18a van de Wet
    // op het primair onderwijs") or this agreement ("artikel 6.1 van deze overeenkomst", "de artikelen 4 en 5 van deze overeenkomst").
    const number = String.raw`\d+[a-z]?(?:\.\d+)?`
    const reference = new RegExp(String.raw`artikel(?:en)? ${number}(?: en ${number})?((?:, [a-z]+ lid)?(?:, onder [a-z])?,? van de|(?: en artikel ${number})?,? van de| van deze overeenkomst|)`, 'g')
    const bare = [...text.matchAll(reference)].filter((m) => m[1] === '').map((m) => m[0])
    expect(bare).toEqual([])
  })

  it('agreement is reached per gemeente: no party outside it can block', () => {
    expect(overeenkomst('holland-rijnland-regio')).toContain('1. {#vergaderingen-overeenstemming} De overlegcommissie beslist niet bij meerderheid van stemmen. Overeenstemming over het concept jeugdplan wordt per gemeente bereikt: over het concept jeugdplan, voor zover het een gemeente betreft, en over een agendapunt daarvan is overeenstemming bereikt als de betrokken partijen van die gemeente daarmee instemmen. Een partij die voor die gemeente geen betrokken partij is, kan die overeenstemming niet tegenhouden.')
  })

  it('an opzegging takes effect only once a new procedure with the parties concerned is in force', () => {
    expect(overeenkomst('voorbeeld')).toContain('1. {#looptijd-nieuwe-procedure} De opzegging wordt niet eerder van kracht dan op de dag waarop tussen de opzeggende partij en de partijen met wie zij het op overeenstemming gericht overleg, bedoeld in artikel 2.2, derde lid, van de Jeugdwet, moet voeren, een nieuwe procedure als bedoeld in die bepaling in werking is getreden.')
  })

  it('names the Stichting Onderwijsgeschillen, its reglement and the commissie\'s address; a regional commissie has neither', () => {
    const text = overeenkomst('voltooid')
    expect(text).toContain('- *Geschillencommissie*: de Geschillencommissie oogo-jeugdplan, ingesteld bij de Stichting Onderwijsgeschillen, bedoeld in artikel 6.3 van deze overeenkomst;')
    expect(text).toContain('Het verzoek wordt gericht aan de Geschillencommissie, Postbus 85191, 3508 AD Utrecht (info@onderwijsgeschillen.nl).')
    expect(text).toContain('1. {#geschillen-reglement} Partijen aanvaarden het reglement van de Geschillencommissie, zoals dat luidt op de dag waarop het verzoek wordt ingediend, en verlenen hun medewerking aan de behandeling van het verzoek volgens dat reglement.')
    const regional = overeenkomst('voltooid', { edit: (d) => { d.geschillenregeling.commissie = 'Regionale geschillencommissie OOGO Kop' } })
    expect(regional).toContain('- *Geschillencommissie*: de Regionale geschillencommissie OOGO Kop, bedoeld in artikel 6.3 van deze overeenkomst;')
    expect(regional).not.toContain('Stichting Onderwijsgeschillen')
  })

  it('has articles on costs, openbaarheid and persoonsgegevens, and evaluation', () => {
    const headings = [...overeenkomst('voorbeeld').matchAll(/^## (.*)$/gm)].map((m) => m[1])
    expect(headings).toEqual(['De ondergetekenden {-}', 'Overwegende dat {-}', 'Begripsbepalingen {#begripsbepalingen}', 'Onderwerp en reikwijdte {#onderwerp}',
      'Overlegcommissie en samenstelling {#overlegcommissie}', 'Vergaderingen en uitnodiging {#vergaderingen}', 'Verslag {#verslag}', 'Geschillen {#geschillen}',
      'Kosten {#kosten}', 'Openbaarheid en persoonsgegevens {#openbaarheid}', 'Evaluatie {#evaluatie}', 'Looptijd en opzegging {#looptijd}', 'Wijziging {#wijziging}',
      'Slotbepalingen {#slotbepaling}', 'Ondertekening {-}'])
  })

  it('combined: the ondersteuningsplan part goes to its own named commissie, bindend advies only jointly, no arbitrage without agreement', () => {
    const text = overeenkomst('gecombineerd-ondersteuningsplan')
    expect(text).toContain('1. {#onderwerp-ondersteuningsplan-geschillen} Op een geschil over het concept van een ondersteuningsplan zijn de artikelen 6.1 en 6.2 van deze overeenkomst van overeenkomstige toepassing; de overige leden van artikel 6 van deze overeenkomst zijn daarop niet van toepassing. Bereiken het samenwerkingsverband en een of meer colleges ook in de bijzondere vergadering geen overeenstemming, dan kunnen zij, afzonderlijk of gezamenlijk, de Geschillencommissie oogo-ondersteuningsplan, ingesteld bij de Stichting Onderwijsgeschillen, om een advies verzoeken. Om een bindend advies kunnen zij die commissie alleen gezamenlijk verzoeken. Een verzoek om arbitrage is niet mogelijk.')
    expect(text).toContain('Deze overeenkomst wordt aangehaald als: Overeenkomst gecombineerd OOGO jeugd en passend onderwijs Weert-Nederweert 2027–2031.')
  })
})

describe('overeenkomst: signature page', () => {
  const table = (rows: string[]) => ['| Partij | Namens deze | Plaats en datum | Handtekening |', '|--------|---------|-------|--------|', ...rows]
  const blank = 'plaats: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ datum: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_'

  it('without a joint session place and date stay blank; the page names the agreement and its kenmerk', () => {
    const text = overeenkomst('voorbeeld')
    expect(text).toContain('1. Op deze overeenkomst is Nederlands recht van toepassing.\n\n---\n\n## Ondertekening {-}')
    expect(signatures(text)).toBe([
      '## Ondertekening {-}', '',
      'Ondertekeningsblad van de Overeenkomst OOGO jeugd Kop van Noord-Holland 2027–2030\\', 'Kenmerk: OOGO\u2011JZ03-2026', '', // a kenmerk does not break after its capitals
      'Aldus overeengekomen en in zesvoud ondertekend, door iedere partij op de plaats en de datum die bij haar handtekening zijn vermeld.', '',
      ...table([
        `| Gemeente Den Helder | A.M. de Boer, wethouder Jeugd en Onderwijs, namens de burgemeester | ${blank} |  |`,
        `| Gemeente Hollands Kroon | J.P. Kos, wethouder Sociaal Domein, namens de burgemeester | ${blank} |  |`,
        `| Gemeente Schagen | S. Visser-Bakker, wethouder Jeugd, namens de burgemeester | ${blank} |  |`,
        `| Gemeente Texel | M. Zijp, wethouder Zorg en Welzijn, namens de burgemeester | ${blank} |  |`,
        `| Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland | drs. H. Wit, directeur-bestuurder | ${blank} |  |`,
        `| Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland | L. Dekker MBA, voorzitter college van bestuur | ${blank} |  |`,
      ]),
    ].join('\n'))
  })

  it('a joint session prints its place and date, and the citeertitel the dossier gives', () => {
    const text = signatures(overeenkomst('voltooid'))
    expect(text).toContain('Ondertekeningsblad van de Overeenkomst OOGO jeugd Kop van Noord-Holland 2026\\\nKenmerk: OOGO\u2011JZ03-2026\n\nAldus overeengekomen en in zesvoud ondertekend te Schagen op 15 januari 2026.')
    expect(text).toContain('| Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland | L. Dekker MBA, voorzitter college van bestuur | Schagen, 15 januari 2026 |  |')
  })

  it('twenty parties: twenty rows, no signatory lost', () => {
    const text = signatures(overeenkomst('holland-rijnland-regio'))
    expect(text).toContain('in twintigvoud ondertekend')
    expect(text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Partij')).length).toBe(20)
  })
})
