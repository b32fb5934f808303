/**
 * The verslag says only what the dossier records and what follows from it: agreement while a party concerned was
 * not represented is subject to that party's consent; every party nobody represented is named; the decision on the
 * previous minutes, the consequence of "geen overeenstemming" and, in the bijzondere vergadering, the subject and
 * the content of the dispute. Rendered in process from the built-in verslag template.
 */
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { loadTemplates, builtInTemplatesDir, projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { documentDefinitions } from '../../src/plan/index.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import { fixture } from '../support/fixtures.ts'
import { sampleText, sampleWith } from '../support/helpers.ts'

const templates = loadTemplates(builtInTemplatesDir)
const verslag = documentDefinitions.find((d) => d.kind === 'verslag')!

/** The verslagen of a dossier text, by meeting id: the rendered text and the view. */
function minutes(text: string, draft = false): Map<string, { text: string; view: any }> {
  const { project } = projectFromText(sourceFromString('dossier.yaml', text).source!, templates)
  const dossier = project!.dossier.data as Dossier
  const plans = verslag.plan(dossier, deriveFacts(dossier, project!.reference), { meetings: [], parties: [] })
  return new Map(plans.map((plan) => {
    const rendered = renderTemplate(templates, plan.template, plan.view, draft)
    expect(rendered.problems).toEqual([])
    // Dates keep day, month and year together with no-break spaces; compared here as plain spaces.
    return [plan.fileName.replace(/^verslag-|\.docx$/g, ''), { text: rendered.text!.replace(/\u00a0/g, ' '), view: plan.view }]
  }))
}

/** The paragraphs (blocks between blank lines) that start with `start`. */
const paragraphs = (text: string, start: string) => text.split(/\n{2,}/).filter((p) => p.startsWith(start))

describe('verslag: agreement needs every party concerned', () => {
  const haarlemmermeer = minutes(fixture('haarlemmermeer-geschil').dossierText)

  it('the SWV VO absent without notice: agreement only subject to its consent, and it is listed as not represented', () => {
    const { text } = haarlemmermeer.get('2026-05-oogo')!
    expect(paragraphs(text, '**Afwezig zonder kennisgeving:**')).toEqual([
      '**Afwezig zonder kennisgeving:** mr. C.A. Rijnders, namens het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden',
    ])
    expect(paragraphs(text, '**Niet vertegenwoordigd:**')).toEqual([
      '**Niet vertegenwoordigd:** het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden.',
    ])
    expect(paragraphs(text, '**Uitkomst:')).toEqual([
      '**Uitkomst: overeenstemming tussen de vertegenwoordigde partijen, onder voorbehoud van instemming van het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden.**',
      '**Uitkomst: geen overeenstemming bereikt.**',
    ])
    expect(text).not.toContain('overeenstemming bereikt.**\n\n### 3')
  })

  it('Holland Rijnland: every party without attendees is named, even without `afwezig`, the gemeenten together', () => {
    const { text, view } = minutes(fixture('holland-rijnland-regio').dossierText).get('2026-09-oogo')!
    expect(view.verslag.niet_vertegenwoordigd).toHaveLength(16)
    const absent = 'de gemeenten Kaag en Braassem, Leiderdorp, Oegstgeest, Zoeterwoude, Voorschoten, Hillegom, Katwijk, Lisse, Teylingen, Nieuwkoop en Alphen aan den Rijn, '
      + 'het Samenwerkingsverband Passend Primair Onderwijs Leiden, het Samenwerkingsverband Primair Onderwijs Duin- en Bollenstreek, '
      + 'het Samenwerkingsverband Passend Primair Onderwijs Rijnstreek, het Samenwerkingsverband Primair Onderwijs Midden-Holland, '
      + 'en het Samenwerkingsverband Voortgezet Onderwijs Midden-Holland en Rijnstreek'
    expect(paragraphs(text, '**Niet vertegenwoordigd:**')).toEqual([`**Niet vertegenwoordigd:** ${absent}.`])
    expect(paragraphs(text, '**Uitkomst:')).toEqual([`**Uitkomst: overeenstemming tussen de vertegenwoordigde partijen, onder voorbehoud van instemming van ${absent}.**`])
    expect(text).not.toContain('overeenstemming bereikt')
  })

  it('all parties present: agreement without reservation', () => {
    const { text, view } = minutes(sampleText).get('2026-04-oogo')!
    expect(view.verslag.niet_vertegenwoordigd).toEqual([])
    expect(text).not.toContain('Niet vertegenwoordigd')
    expect(paragraphs(text, '**Uitkomst:')).toEqual([
      '**Uitkomst: overeenstemming bereikt.**',
      '**Uitkomst: geen overeenstemming bereikt.**',
      '**Uitkomst: overeenstemming bereikt.**',
      '**Uitkomst: overeenstemming bereikt.**',
    ])
  })

  it('an ondersteuningsplan point needs the SWV and the colleges of its area, a jeugdplan point each gemeente with its SWVs', () => {
    // The SWV VO absent: a jeugdplan point needs it for both gemeenten, the ondersteuningsplan PO does not, the VO one does.
    const combined = minutes(`${fixture('gecombineerd-ondersteuningsplan').dossierText}
vergaderingen:
  - id: 2026-03-oogo
    soort: oogo
    datum: 2026-03-10
    aanvang: "14:00"
    einde: "16:00"
    locatie: { naam: Stadhuis Weert, adres: "Wilhelminasingel 101, 6001 GS Weert" }
    uitnodiging: { datum: 2026-02-20 }
    agendapunten: [toegang-jeugdhulp, basisondersteuning-po, overgang-vo-mbo]
    verslag:
      notulist: { naam: L. Verheijen, functie: beleidsmedewerker onderwijs }
      aanwezig:
        - { naam: G. Peeters, functie: wethouder Jeugd en Onderwijs, namens: weert }
        - { naam: J.H.M. Kessels, functie: wethouder Sociaal Domein, namens: nederweert }
        - { naam: drs. A. Smeets, functie: directeur-bestuurder, namens: swv-po-weert }
      punten:
        - { agendapunt: toegang-jeugdhulp, besproken: Eens., uitkomst: overeenstemming }
        - { agendapunt: basisondersteuning-po, besproken: Eens., uitkomst: overeenstemming }
        - { agendapunt: overgang-vo-mbo, besproken: Eens., uitkomst: overeenstemming }
`).get('2026-03-oogo')!
    const vo = 'het Samenwerkingsverband Voortgezet Onderwijs Weert-Nederweert'
    expect(combined.view.verslag.punten.map((p: any) => p.voorbehoud ?? null)).toEqual([vo, null, vo])
    expect(paragraphs(combined.text, '**Niet vertegenwoordigd:**')).toEqual([`**Niet vertegenwoordigd:** ${vo}.`])
    expect(combined.text).toContain('Voor zover een agendapunt een ondersteuningsplan betreft, is zij tevens het op overeenstemming gericht overleg')

    // Texel absent: a jeugdplan point is agreed subject to Texel's consent (its own jeugdplan needs its college).
    const absentTexel = minutes(sampleWith([
      '        - { naam: M. Zijp, functie: wethouder Zorg en Welzijn, namens: texel }\n        - { naam: drs. H. Wit, functie: directeur-bestuurder, namens: swv-po-kop }\n        - { naam: L. Dekker MBA, functie: voorzitter college van bestuur, namens: swv-vo-kop }\n        - { naam: K. Smit',
      '        - { naam: drs. H. Wit, functie: directeur-bestuurder, namens: swv-po-kop }\n        - { naam: L. Dekker MBA, functie: voorzitter college van bestuur, namens: swv-vo-kop }\n        - { naam: K. Smit',
    ])).get('2026-04-oogo')!
    expect(absentTexel.view.verslag.punten.map((p: any) => p.voorbehoud ?? null)).toEqual(['de gemeente Texel', null, 'de gemeente Texel', 'de gemeente Texel'])
  })
})

describe('verslag: no invented facts, one tense', () => {
  const sample = minutes(sampleText)
  const draft = minutes(sampleText, true)

  it('the rondvraag: the dossier text, or a neutral sentence (with a marker in a concept), never an invented "no questions"', () => {
    const section = (text: string) => text.slice(text.indexOf('. Rondvraag\n'), text.indexOf('. Sluiting\n'))
    expect(section(sample.get('2026-02-verkenning')!.text)).toContain('\n\nGeen vragen.\n')
    expect(section(sample.get('2026-05-bijzonder')!.text)).toMatch(/\n\nVan de rondvraag is niets aangetekend\.\n/)
    expect(section(draft.get('2026-05-bijzonder')!.text)).toContain(
      'Van de rondvraag is niets aangetekend. [aanvullen: wat in de rondvraag aan de orde kwam, of dat er geen vragen waren (verslag.rondvraag)]')
    for (const [, { text }] of sample) expect(text).not.toContain('Er waren geen vragen')
  })

  it('the standard sentences are in the present tense, as the dossier texts are', () => {
    const { text } = sample.get('2026-02-verkenning')!
    expect(text).toContain('De voorzitter opent de vergadering. De agenda is die van de uitnodiging van 27 januari 2026.')
    expect(text).toContain('De voorzitter sluit de vergadering.')
    expect(text).toContain('**Deze vergadering is een algemeen overleg zonder OOGO-status.')
    expect(text).not.toMatch(/heet de aanwezigen welkom|is aan de orde gesteld|\b(opende|sloot|werd|waren)\b/)
  })

  it('the OOGO verslag names the concept jeugdplan, with title and date', () => {
    expect(paragraphs(sample.get('2026-04-oogo')!.text, '**Deze vergadering')).toEqual([
      '**Deze vergadering heeft OOGO-status: zij is het op overeenstemming gericht overleg over het concept van het jeugdplan ‘Regionaal beleidsplan jeugd Kop van Noord-Holland 2027–2030’ van 2 maart 2026, bedoeld in artikel 2.2, derde lid, van de Jeugdwet.**',
    ])
  })
})

describe('verslag: the previous verslag and its vaststelling', () => {
  const item = (text: string) => text.slice(text.indexOf('### 2. Verslag van de vergadering'), text.indexOf('### 3.'))

  it('without `vorig_verslag`: a neutral sentence, a marker in a concept', () => {
    expect(item(minutes(sampleText).get('2026-04-oogo')!.text)).toBe('### 2. Verslag van de vergadering van 12 februari 2026\n\nHet verslag is aan de orde.\n\n')
    expect(item(minutes(sampleText, true).get('2026-04-oogo')!.text)).toBe(
      '### 2. Verslag van de vergadering van 12 februari 2026\n\nHet verslag is aan de orde. [aanvullen: of het verslag is vastgesteld, gewijzigd is vastgesteld of niet is vastgesteld (verslag.vorig_verslag)]\n\n')
  })

  it('vastgesteld, gewijzigd vastgesteld with the changes, niet vastgesteld; the adopted verslag names the meeting that adopted it', () => {
    const withDecision = (decision: string) => minutes(sampleWith([
      '      rondvraag: Texel vraagt aandacht',
      `      vorig_verslag: ${decision}\n      rondvraag: Texel vraagt aandacht`,
    ]))
    const unchanged = withDecision('{ status: vastgesteld }')
    expect(item(unchanged.get('2026-04-oogo')!.text)).toContain('\n\nHet verslag wordt ongewijzigd vastgesteld.\n\n')
    expect(paragraphs(unchanged.get('2026-02-verkenning')!.text, 'Vastgesteld in')).toEqual(['Vastgesteld in de vergadering van de Overlegcommissie OOGO Kop van Noord-Holland van 9 april 2026.'])

    const changed = withDecision('{ status: gewijzigd-vastgesteld, wijzigingen: "Bij punt 3 is de datum 15 maart 2026." }')
    expect(item(changed.get('2026-04-oogo')!.text)).toContain('\n\nHet verslag wordt gewijzigd vastgesteld. De wijzigingen: Bij punt 3 is de datum 15 maart 2026.\n\n')
    expect(paragraphs(changed.get('2026-02-verkenning')!.text, 'Gewijzigd vastgesteld in')).toEqual([
      'Gewijzigd vastgesteld in de vergadering van de Overlegcommissie OOGO Kop van Noord-Holland van 9 april 2026; de wijzigingen staan in het verslag van die vergadering.',
    ])

    const refused = withDecision('{ status: niet-vastgesteld }')
    expect(item(refused.get('2026-04-oogo')!.text)).toContain('\n\nHet verslag wordt niet vastgesteld.\n\n')
    expect(refused.get('2026-02-verkenning')!.text).toContain('Vastgesteld in de vergadering van de Overlegcommissie OOGO Kop van Noord-Holland van \\_\\_')
  })
})

describe('verslag: geen overeenstemming and the bijzondere vergadering', () => {
  it('after geen overeenstemming in an OOGO meeting: the bijzondere vergadering within the agreed term, or as soon as possible', () => {
    expect(paragraphs(minutes(sampleText).get('2026-04-oogo')!.text, '**Gevolg:**')).toEqual([
      '**Gevolg:** op grond van de regeling van geschillen in de overeenkomst OOGO jeugd van partijen volgt binnen achtentwintig dagen na deze vergadering, uiterlijk op 7 mei 2026, een bijzondere vergadering over dit agendapunt, waarin partijen mogelijke alternatieven bespreken en gezamenlijk het onderwerp en de inhoud van het geschil concretiseren.',
    ])
    expect(paragraphs(minutes(fixture('haarlemmermeer-geschil').dossierText).get('2026-05-oogo')!.text, '**Gevolg:**')).toEqual([
      '**Gevolg:** op grond van de regeling van geschillen in de overeenkomst OOGO jeugd van partijen volgt zo spoedig mogelijk na deze vergadering een bijzondere vergadering over dit agendapunt, waarin partijen mogelijke alternatieven bespreken en gezamenlijk het onderwerp en de inhoud van het geschil concretiseren.',
    ])
    expect(paragraphs(minutes(fixture('voltooid').dossierText).get('2026-04-oogo')!.text, '**Gevolg:**')[0]).toContain('in de Overeenkomst OOGO jeugd Kop van Noord-Holland 2026 volgt binnen achtentwintig dagen')
  })

  it('the bijzondere vergadering records subject, each party\'s position (from the verslag, identical ones together) and the conclusion', () => {
    const { text } = minutes(fixture('voltooid').dossierText).get('2026-05-bijzonder')!
    const point = text.slice(text.indexOf('### 3.'), text.indexOf('### 4.'))
    expect(point).toBe([
      '### 3. Onderwijszorgarrangementen voor thuiszitters',
      '*Thema: Integraal arrangeren*',
      'Partijen hebben twee alternatieven besproken: een regionaal budget voor drie jaar, of bekostiging per arrangement met een maximum per leerling. Geen van beide is aanvaard.',
      '**Onderwerp van het geschil:** ‘Bekostiging van de jeugdhulpcomponent van onderwijszorgarrangementen’.',
      '**Inhoud van het geschil.** Partijen nemen de volgende standpunten in.',
      '- **Standpunt van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland:** De gemeenten bekostigen de jeugdhulpcomponent structureel voor de duur van het jeugdplan.\n'
        + '- **Standpunt van de gemeenten Den Helder, Hollands Kroon, Schagen en Texel:** De gemeenten beslissen per geval zolang de omvang van de vraag onbekend is.\n'
        + '- **Standpunt van het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland:** Het SWV PO steunt een regionaal budget met een evaluatie.',
      '**Uitkomst: geen overeenstemming bereikt.**',
      '**Conclusie:** partijen bereiken ook in de bijzondere vergadering geen overeenstemming. Op grond van de regeling van geschillen in de Overeenkomst OOGO jeugd Kop van Noord-Holland 2026 kunnen een of meer samenwerkingsverbanden of colleges, afzonderlijk of gezamenlijk, de Geschillencommissie oogo-jeugdplan verzoeken om bemiddeling of om een advies over het geschil.',
      '',
    ].join('\n\n'))
    expect(text).not.toContain('hierboven weergegeven')
  })

  it('without standpunten in the verslag: the positions of the verzoek (marked in a concept); without either: a neutral sentence', () => {
    const fromRequest = minutes(fixture('haarlemmermeer-geschil').dossierText, true).get('2026-06-bijzonder')!.text
    expect(fromRequest).toContain('- **Standpunt van de gemeente Haarlemmermeer:** De gemeente acht dat niet nodig.\n'
      + '- **Standpunt van de Stichting Samenwerkingsverband Passend Primair Onderwijs Haarlemmermeer en het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden:** De samenwerkingsverbanden achten dat noodzakelijk.')
    expect(fromRequest).toContain('[aanvullen: de standpunten zoals partijen die in deze vergadering innamen (verslag.standpunten); hier staan de standpunten uit het verzoek aan de Geschillencommissie]')
    expect(fromRequest).toContain('verzoeken om een advies over het geschil.')

    const withoutRequest = sampleText.slice(0, sampleText.indexOf('  verzoek:\n')) // the geschil without verzoek, advies and motiveringen
    const neutral = minutes(withoutRequest).get('2026-05-bijzonder')!.text
    expect(paragraphs(neutral, '**Inhoud van het geschil.**')).toEqual(['**Inhoud van het geschil.** De standpunten van partijen over het geschil zijn in dit verslag niet afzonderlijk vastgelegd.'])
  })
})
