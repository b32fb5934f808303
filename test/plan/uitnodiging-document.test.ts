/**
 * The uitnodiging as a letter a careful lawyer sends: the secretaris writes on behalf of the voorzitter to the
 * members of the overlegcommissie (also to the voorzitter's own party), the salutation never carries initials or
 * titles, a meeting with OOGO-status lists the concept jeugdplan and the draft minutes among the stukken, the
 * letter has its reference lines and an explicit afmelddatum, each agenda item states its purpose, and the mbo
 * invitation comes from the SWV VO itself (art. 2.47 lid 10 WVO 2020).
 */
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { addresseesOf, letterView, papersOf, workingDayBefore } from '../../src/plan/uitnodiging.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { parse } from 'yaml'
import { assembleFixture, fixture } from '../support/fixtures.ts'
import { assembleText, sampleText } from '../support/helpers.ts'

/** The text between the line that starts with `from` and the next line that starts with `to` (exclusive). */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(`\n${from}`)
  if (start < 0) throw new Error(`no line starting with ${from}`)
  const end = text.indexOf(`\n${to}`, start + 1)
  if (end < 0) throw new Error(`no line starting with ${to} after ${from}`)
  return text.slice(start + 1, end).trim()
}

/** One invitation of a fixture, or of the sample (`voorbeeld`), as text. */
async function invitation(name: string, meeting: string, party: string, draft = false): Promise<string> {
  const options = { documents: ['uitnodiging'], meetings: [meeting], parties: [party], emit: 'text' as const, draft }
  const result = name === 'voorbeeld' ? await assembleText(sampleText, options) : await assembleFixture(name, options)
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(result.documents).toHaveLength(1)
  return `\n${plain(result.documents[0]!.text)}`
}

/** The rendered text with its no-break spaces (dates, names) as plain spaces: this test is about the words. */
const plain = (text: string) => text.replaceAll('\u00A0', ' ')

const sample = parse(sampleText) as Dossier

/** The combined fixture with two meetings: an algemeen overleg and a meeting with OOGO-status on a Monday. */
const combinedText = `${fixture('gecombineerd-ondersteuningsplan').dossierText}
vergaderingen:
  - id: 2026-02-algemeen
    soort: algemeen
    datum: 2026-02-02
    aanvang: "10:00"
    einde: "12:00"
    locatie: { naam: Stadhuis Weert, adres: "Wilhelminasingel 101, 6001 GS Weert" }
    uitnodiging: { datum: 2026-01-19 }
    agendapunten: [toegang-jeugdhulp, overgang-vo-mbo]
    verslag:
      notulist: { naam: L. Verheijen, functie: beleidsmedewerker onderwijs }
      aanwezig:
        - { naam: G. Peeters, functie: wethouder Jeugd en Onderwijs, namens: weert }
        - { naam: J.H.M. Kessels, functie: wethouder Sociaal Domein, namens: nederweert }
        - { naam: drs. A. Smeets, functie: directeur-bestuurder, namens: swv-po-weert }
        - { naam: M. Geraedts-Hendrikx, functie: voorzitter van het bestuur, namens: swv-vo-weert }
      punten:
        - { agendapunt: toegang-jeugdhulp, besproken: Besproken., uitkomst: kennisgenomen }
        - { agendapunt: overgang-vo-mbo, besproken: Besproken., uitkomst: kennisgenomen }
  - id: 2026-03-oogo
    soort: oogo
    datum: 2026-03-16
    aanvang: "14:00"
    einde: "16:00"
    locatie: { naam: Gemeentehuis Nederweert, adres: "Raadhuisplein 1, 6031 VP Nederweert" }
    uitnodiging: { datum: 2026-02-27 }
    agendapunten: [toegang-jeugdhulp, basisondersteuning-po, overgang-vo-mbo, gezamenlijke-monitor]
    stukken:
      - { titel: Concept ondersteuningsplan VO 2027–2031, datum: 2026-02-10 }
`

describe('uitnodiging: who writes, to whom, and the salutation', () => {
  it('the secretaris writes on behalf of the voorzitter and signs; the salutation has no initials or titles', async () => {
    const text = await invitation('voorbeeld', '2026-04-oogo', 'swv-vo-kop')
    expect(section(text, 'Samenwerkingsverband Voortgezet', '**Datum:** 19')).toBe([
      'Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland\\',
      't.a.v. L. Dekker MBA, voorzitter college van bestuur\\',
      'Middenweg 18\\',
      '1782 BG Den Helder',
    ].join('\n'))
    expect(section(text, 'Geachte', '**Datum:** 9 april')).toBe([
      'Geachte heer, mevrouw,',
      '',
      'Namens de voorzitter van de Overlegcommissie OOGO Kop van Noord-Holland, S. Visser-Bakker, nodig ik u als lid van de overlegcommissie namens het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland uit voor de vergadering met OOGO-status van de overlegcommissie.',
    ].join('\n'))
    expect(text.slice(text.indexOf('Met vriendelijke groet'))).toBe([
      'Met vriendelijke groet,\\',
      'namens de voorzitter van de Overlegcommissie OOGO Kop van Noord-Holland,',
      '',
      '\\',
      '\\',
      '\\',
      'R. Molenaar\\',
      'secretaris van de overlegcommissie',
      '',
    ].join('\n'))
    expect(text).not.toMatch(/Geachte (drs\.|L\. Dekker|[A-Z]\.)/)
  })

  it('the voorzitter’s own party is invited too, without the voorzitter inviting herself', async () => {
    const text = await invitation('voorbeeld', '2026-02-verkenning', 'schagen')
    expect(section(text, 'Geachte', '**Datum:** 12 februari')).toBe([
      'Geachte heer, mevrouw,',
      '',
      'U roept als voorzitter van de Overlegcommissie OOGO Kop van Noord-Holland het algemeen overleg van 12 februari 2026 bijeen. Namens u verzend ik de uitnodiging aan de leden van de overlegcommissie. U ontvangt haar ook zelf, als lid van de overlegcommissie namens de gemeente Schagen.',
    ].join('\n'))
    expect(text).not.toContain('nodig ik u')
  })

  it('every lid of the party is an addressee; two addressees are greeted as "dames en heren"', async () => {
    const text = await invitation('haarlemmermeer-geschil', '2026-05-oogo', 'haarlemmermeer')
    expect(section(text, 'College van burgemeester', '**Datum:**')).toBe([
      'College van burgemeester en wethouders van de gemeente Haarlemmermeer\\',
      't.a.v. E.J. van der Meer, wethouder Jeugd en Onderwijs\\',
      'en F. de Graaf, teamleider Jeugd en Onderwijs\\',
      'Raadhuisplein 1\\',
      '2132 TZ Hoofddorp',
    ].join('\n'))
    expect(section(text, 'Geachte', '**Datum:** 12 mei')).toBe([
      'Geachte dames en heren,',
      '',
      'Als voorzitter van de Overlegcommissie OOGO jeugd Haarlemmermeer roept E.J. van der Meer de vergadering met OOGO-status van 12 mei 2026 bijeen. Namens de voorzitter verzend ik de uitnodiging aan de leden van de overlegcommissie; u ontvangt haar als leden van de overlegcommissie namens de gemeente Haarlemmermeer.',
    ].join('\n'))
  })

  it('the recorded aanhef is used as it is; without one a concept asks for it and a final letter does not', async () => {
    expect(section(await invitation('voltooid', '2026-04-oogo', 'swv-po-kop'), 'Geachte', 'Namens')).toBe('Geachte heer Wit,')
    expect(section(await invitation('voorbeeld', '2026-04-oogo', 'swv-po-kop', true), 'Geachte', 'Namens'))
      .toBe('Geachte heer, mevrouw, [aanvullen: aanhef voor drs. H. Wit (vertegenwoordiger.aanhef), bijvoorbeeld “Geachte heer Jansen,”]')
    expect(section(await invitation('voorbeeld', '2026-04-oogo', 'swv-po-kop'), 'Geachte', 'Namens')).toBe('Geachte heer, mevrouw,')
  })

  it('addressees: the leden for the party, else its vertegenwoordiger', () => {
    const haarlemmermeer = parse(fixture('haarlemmermeer-geschil').dossierText) as Dossier
    const facts = deriveFacts(haarlemmermeer, () => { throw new Error('not needed') })
    expect(facts.invitees.map((p) => [p.id, addresseesOf(haarlemmermeer, p).map((a) => a.naam)])).toEqual([
      ['haarlemmermeer', ['E.J. van der Meer', 'F. de Graaf']],
      ['swv-po-haarlemmermeer', ['drs. P. Hoogendoorn']],
      ['swv-vo-amstelland-meerlanden', ['mr. C.A. Rijnders']],
    ])
    expect(facts.invitees.map((p) => p.met_lidwoord)).toEqual([
      'de gemeente Haarlemmermeer',
      'de Stichting Samenwerkingsverband Passend Primair Onderwijs Haarlemmermeer',
      'het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden',
    ])
  })
})

describe('uitnodiging: the letter', () => {
  it('has a letterhead with the secretariaat, reference lines, an explicit afmelddatum and the purpose of each item', async () => {
    const text = await invitation('voltooid', '2026-04-oogo', 'texel')
    expect(section(text, '# ', 'College van burgemeester')).toBe([
      '# Overlegcommissie OOGO Kop van Noord-Holland',
      '',
      'Secretariaat: Postbus 8, 1740 AA Schagen · oogo@kopvannoordholland.nl · 0224 21 04 00',
    ].join('\n'))
    expect(section(text, '**Datum:** 19', '**Deze vergadering')).toBe([
      '**Datum:** 19 maart 2026\\',
      '**Ons kenmerk:** OOGO\u2011JZ03-2026/2026-04-oogo\\', // a kenmerk does not break after its capitals
      '**Onderwerp:** Uitnodiging voor de vergadering met OOGO-status van 9 april 2026\\',
      '**Bijlagen:** 2',
    ].join('\n'))
    expect(section(text, '1. Opening', '### Stukken')).toBe([
      '1. Opening en vaststelling van de agenda',
      '2. Verslag van de vergadering van 12 februari 2026 (ter vaststelling)',
      '3. Jeugdhulp in en om de school (ter overeenstemming)\\',
      '   *Thema: Preventie en toegang*\\',
      '   Elke school heeft een vaste contactpersoon van het lokale team jeugd; het schoolondersteuningsprofiel en de toegang tot jeugdhulp sluiten op elkaar aan.',
      '4. Onderwijszorgarrangementen voor thuiszitters (ter overeenstemming)\\',
      '   *Thema: Integraal arrangeren*\\',
      '   Gezamenlijke financiering van arrangementen waarin onderwijs en jeugdhulp tegelijk worden ingezet, met een doorzettingsmacht bij vastgelopen situaties.',
      '5. Warme overdracht van primair naar voortgezet onderwijs (ter overeenstemming)\\',
      '   *Thema: Overgangen*',
      '6. Gezamenlijke monitor jeugdhulp en passend onderwijs (ter overeenstemming)\\',
      '   *Thema: Voorwaarden*',
      '7. Rondvraag',
      '8. Sluiting',
    ].join('\n'))
    expect(section(text, '### Stukken', '### Verhindering')).toBe([
      '### Stukken',
      '',
      'Op deze vergadering hebben de volgende stukken betrekking:',
      '',
      '- Concept regionaal beleidsplan jeugd 2027–2030 (2 maart 2026)',
      '- Verslag verkennend overleg 12 februari 2026',
      '',
      'Deze stukken zijn bij deze brief gevoegd.',
    ].join('\n'))
    expect(section(text, '### Verhindering', 'Met vriendelijke groet')).toBe([
      '### Verhindering',
      '',
      'Bent u verhinderd, dan verzoek ik u dit uiterlijk op 7 april 2026 aan mij te melden, per e-mail aan oogo@kopvannoordholland.nl of telefonisch op 0224 21 04 00. Ook kan de gemeente Texel zich in de vergadering door een ander laten vertegenwoordigen; dat wordt vooraf schriftelijk aan mij gemeld.',
    ].join('\n'))
  })

  it('without stukken in the dossier: no "geen stukken", but the agreed term; in a concept a marker', async () => {
    const final = await invitation('voorbeeld', '2026-02-verkenning', 'texel')
    expect(final).not.toContain('geen stukken')
    expect(section(final, '### Stukken', '### Verhindering')).toBe([
      '### Stukken',
      '',
      'Voor zover er stukken zijn die op de agenda betrekking hebben, ontvangt u die uiterlijk op 5 februari 2026, zeven dagen vóór de vergadering.',
    ].join('\n'))
    expect(section(final, 'Secretariaat', 'College')).toBe('Secretariaat: p/a gemeente Schagen, Laan 19, 1741 EB Schagen')
    const concept = await invitation('voorbeeld', '2026-02-verkenning', 'texel', true)
    expect(concept).toContain('zeven dagen vóór de vergadering. [aanvullen: stukken bij deze vergadering (vergaderingen[].stukken)]')
    expect(concept).toContain('uiterlijk op 11 februari 2026 aan mij te melden. [aanvullen: afmelddatum (vergaderingen[].afmelden_voor); nu de werkdag vóór de vergadering]')
    expect(final).not.toContain('aanvullen')
  })

  it('a meeting with OOGO-status always lists the concept jeugdplan and the draft of the previous minutes', async () => {
    const text = await invitation('voorbeeld', '2026-05-bijzonder', 'texel')
    expect(section(text, '### Stukken', '### Verhindering')).toBe([
      '### Stukken',
      '',
      'Op deze vergadering hebben de volgende stukken betrekking:',
      '',
      '- Concept van het jeugdplan ‘Regionaal beleidsplan jeugd Kop van Noord-Holland 2027–2030’ (2 maart 2026)',
      '- Ontwerpverslag van de vergadering met OOGO-status van 9 april 2026',
      '',
      'U ontvangt deze stukken uiterlijk op 30 april 2026, zeven dagen vóór de vergadering.',
    ].join('\n'))
    expect(text).toContain('3. Onderwijszorgarrangementen voor thuiszitters (ter bespreking van alternatieven en concretisering van het geschil)')
  })
})

describe('uitnodiging aan een mbo-instelling', () => {
  it('comes from the SWV VO, is addressed to the bevoegd gezag and signed by the SWV VO', async () => {
    const result = await assembleText(combinedText, { documents: ['uitnodiging'], meetings: ['2026-03-oogo'], parties: ['mbo-weert', 'swv-vo-weert'], emit: 'text' })
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(result.documents.map((d) => d.fileName)).toEqual(['uitnodiging-2026-03-oogo-swv-vo-weert.docx', 'uitnodiging-2026-03-oogo-mbo-weert.docx'])
    const text = `\n${plain(result.documents[1]!.text)}`
    expect(section(text, '# ', '**Datum:** 27')).toBe([
      '# Samenwerkingsverband Voortgezet Onderwijs Weert-Nederweert',
      '',
      'Beekstraat 54, 6001 GJ Weert',
      '',
      'Het bevoegd gezag van Gilde Opleidingen, vestiging Weert\\',
      't.a.v. R. Coenen, lid college van bestuur\\',
      'Drakesteyn 9\\',
      '6006 AK Weert',
    ].join('\n'))
    expect(section(text, 'Geachte', '**Datum:** 16')).toBe([
      'Geachte heer, mevrouw,',
      '',
      'Op grond van artikel 2.47, tiende lid, van de Wet voortgezet onderwijs 2020 nodigen wij als samenwerkingsverband voor voortgezet onderwijs het bevoegd gezag van uw instelling uit voor het overleg met de colleges van burgemeester en wethouders van de gemeenten Weert en Nederweert over het onderdeel van ons ondersteuningsplan, bedoeld in artikel 2.47, negende lid, onderdeel a, van die wet.',
      '',
      'Dat overleg vindt plaats in de vergadering met OOGO-status van de Overlegcommissie OOGO jeugd en passend onderwijs Weert-Nederweert van 16 maart 2026, bij agendapunt 5. Uw instelling is geen partij bij het op overeenstemming gericht overleg over het jeugdplan en evenmin bij de overeenkomst over dat overleg.',
    ].join('\n'))
    expect(section(text, '### Stukken', '### Verhindering')).toBe([
      '### Stukken',
      '',
      'Op deze vergadering heeft het volgende stuk betrekking:',
      '',
      '- Concept ondersteuningsplan VO 2027–2031 (10 februari 2026)',
      '',
      'Dit stuk is bij deze brief gevoegd.',
    ].join('\n'))
    expect(text.slice(text.indexOf('Met vriendelijke groet'))).toBe([
      'Met vriendelijke groet,',
      '',
      'Samenwerkingsverband Voortgezet Onderwijs Weert-Nederweert\\',
      '\\',
      '\\',
      '\\',
      'M. Geraedts-Hendrikx\\',
      'voorzitter van het bestuur',
      '',
    ].join('\n'))
    expect(text).not.toMatch(/namens de voorzitter|Namens/)
    // The parties' letter for the same meeting: the concept jeugdplan and the draft minutes come first, and
    // follow within the agreed term; the dossier's own paper is enclosed.
    expect(section(`\n${plain(result.documents[0]!.text)}`, '### Stukken', '### Verhindering')).toBe([
      '### Stukken',
      '',
      'Op deze vergadering hebben de volgende stukken betrekking:',
      '',
      '- Concept van het jeugdplan ‘Beleidsplan jeugd Weert en Nederweert 2027–2031’ (16 februari 2026)',
      '- Ontwerpverslag van het algemeen overleg van 2 februari 2026',
      '- Concept ondersteuningsplan VO 2027–2031 (10 februari 2026), bijgevoegd',
      '',
      'De overige stukken ontvangt u uiterlijk op 9 maart 2026, zeven dagen vóór de vergadering.',
    ].join('\n'))
  })
})

describe('uitnodiging: derived facts', () => {
  it('the default afmelddatum is the working day before the meeting', () => {
    expect(workingDayBefore('2026-03-16')).toBe('2026-03-13') // Monday → Friday
    expect(workingDayBefore('2026-04-09')).toBe('2026-04-08') // Thursday → Wednesday
    expect(workingDayBefore('2026-03-15')).toBe('2026-03-13') // Sunday → Friday
  })

  it('a paper the dossier lists takes the place of the derived one; the mbo-instelling gets only the dossier’s', () => {
    const facts = deriveFacts(sample, () => { throw new Error('not needed') })
    const oogo = facts.meetings.find((m) => m.id === '2026-04-oogo')!
    expect(papersOf(sample, oogo, false)).toEqual([
      { titel: 'Concept regionaal beleidsplan jeugd 2027–2030', datum: '2026-03-02', bijgevoegd: true },
      { titel: 'Verslag verkennend overleg 12 februari 2026', bijgevoegd: true },
    ])
    expect(papersOf(sample, oogo, true)).toEqual([
      { titel: 'Concept regionaal beleidsplan jeugd 2027–2030', datum: '2026-03-02', bijgevoegd: true },
      { titel: 'Verslag verkennend overleg 12 februari 2026', bijgevoegd: true },
    ])
    const general = facts.meetings.find((m) => m.id === '2026-02-verkenning')!
    expect(papersOf(sample, general, false)).toEqual([])
    const texel = facts.invitees.find((p) => p.id === 'texel')!
    expect(letterView(sample, general, texel, facts.invitees)).toEqual({
      kenmerk: 'OOGO-JZ03-2026/2026-02-verkenning',
      van_swv_vo: false,
      geadresseerden: [{ naam: 'M. Zijp', functie: 'wethouder Zorg en Welzijn' }],
      aanhef: 'Geachte heer, mevrouw,',
      aanhef_aanvullen: 'aanhef voor M. Zijp (vertegenwoordiger.aanhef), bijvoorbeeld “Geachte heer Jansen,”',
      ontvanger_in_tekst: 'de gemeente Texel',
      aan_voorzitter: false,
      afmelden_voor: '2026-02-11',
      afmelden_afgeleid: true,
      stukken: [],
      bijlagen_aantal: 0,
      alle_bijgevoegd: false,
      stukken_uiterlijk: { datum: '2026-02-05', dagen: 7 },
      briefhoofd_adres: { partij: 'gemeente Schagen', adres: { straat: 'Laan 19', postcode: '1741 EB', plaats: 'Schagen' } },
    })
  })
})
