/**
 * The bijlage bij het jeugdplan and the checklist as documents: what the view says about the
 * dispute (the colleges that have not responded, the requester as the college, the afspraken, a
 * bemiddeling told honestly) and the rendered text, final and in a concept. In process: the
 * built-in templates rendered with the real views.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deriveFacts } from '../../src/derive/index.ts'
import { outcomesView } from '../../src/derive/outcomes.ts'
import { partiesInOrder } from '../../src/derive/parties.ts'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import type { ReferenceData } from '../../src/model/reference-data.ts'
import { bijlageJeugdplan } from '../../src/plan/bijlage-jeugdplan.ts'
import { checklist } from '../../src/plan/checklist.ts'
import { renderTemplate } from '../../src/render/render-template.ts'

const root = join(import.meta.dirname, '..', '..')
const read = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Dossier
const sample = read('samples/voorbeeld-dossier.yaml')
const haarlemmermeer = read('test/fixtures/haarlemmermeer-geschil/dossier.yaml')
const templates = loadTemplates(builtInTemplatesDir)
const all = { meetings: [], parties: [] }

const reference = (): ReferenceData => ({
  source: 'testgegevens',
  municipalities: new Map(['GM0400', 'GM1911', 'GM0441', 'GM0448'].map((code) => [code, { code, naam: code, po: ['PO2701'], vo: ['VO2701'] }])),
  regions: new Map([['JZ03', 'Kop van Noord-Holland']]),
  swvCodes: new Set(['PO2701', 'VO2701']),
})

function variant(edit: (d: Dossier) => void): Dossier {
  const copy = structuredClone(sample)
  edit(copy)
  return copy
}

function render(dossier: Dossier, kind: 'bijlage' | 'checklist', concept = false): string {
  const definition = kind === 'bijlage' ? bijlageJeugdplan : checklist
  const [plan] = definition.plan(dossier, deriveFacts(dossier, reference), all)
  const result = renderTemplate(templates, plan!.template, plan!.view, concept)
  expect(result.problems).toEqual([])
  // The datum helper may keep a date together with non-breaking spaces; compared as plain spaces.
  return result.text!.replace(/\u00a0/g, ' ')
}

/** The text from `heading` up to the next heading of the same level (or the end). */
function section(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const level = heading.split(' ')[0]!
  const next = text.indexOf(`\n${level} `, start + heading.length)
  return text.slice(start, next < 0 ? undefined : next + 1).trimEnd()
}

/** The sample with a request for bemiddeling by a college and an SWV, without advice or motiveringen. */
const mediation = (later: boolean) => variant((d) => {
  d.geschil!.verzoek!.soort = 'bemiddeling'
  d.geschil!.verzoek!.verzoekers = ['swv-vo-kop', 'den-helder']
  delete d.geschil!.advies
  delete d.motiveringen
  if (later) {
    d.vergaderingen!.push({
      ...structuredClone(d.vergaderingen!.find((m) => m.id === '2026-05-bijzonder')!),
      id: '2026-07-oogo',
      soort: 'oogo',
      datum: '2026-07-02',
      verslag: {
        ...structuredClone(d.vergaderingen!.find((m) => m.id === '2026-05-bijzonder')!.verslag!),
        punten: [{ agendapunt: 'onderwijszorg', besproken: 'Partijen aanvaarden een regionaal budget voor drie jaar.', uitkomst: 'overeenstemming' }],
      },
    })
  }
})

describe('the outcomes view', () => {
  it('names the parties with their article, and each afspraak with who carries it out', () => {
    const view = outcomesView(sample, deriveFacts(sample, reference).meetings)
    expect(view.partijen_tekst).toEqual([
      'de gemeente Den Helder, handelend door haar college van burgemeester en wethouders',
      'de gemeente Hollands Kroon, handelend door haar college van burgemeester en wethouders',
      'de gemeente Schagen, handelend door haar college van burgemeester en wethouders',
      'de gemeente Texel, handelend door haar college van burgemeester en wethouders',
      'het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland (PO2701)',
      'het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland (VO2701)',
    ])
    expect(view.afspraken).toEqual([
      { datum: '2026-02-12', karakter: 'algemeen overleg', agendapunt: 'Warme overdracht van primair naar voortgezet onderwijs', wat: 'Concept-overdrachtsformulier rondsturen', wie: 'het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland', wanneer: '2026-03-15' },
      { datum: '2026-04-09', karakter: 'vergadering met OOGO-status', agendapunt: 'Warme overdracht van primair naar voortgezet onderwijs', wat: 'Formulier opnemen als bijlage bij het jeugdplan', wie: 'het college van burgemeester en wethouders van de gemeente Schagen', wanneer: '2026-05-01' },
    ])
  })

  it('gives the dispute with the requester, the responses as participles and the colleges without a response', () => {
    const { geschil } = outcomesView(sample, deriveFacts(sample, reference).meetings)
    expect(geschil).toEqual({
      onderwerp: 'Bekostiging van de jeugdhulpcomponent van onderwijszorgarrangementen',
      agendapunt: 'Onderwijszorgarrangementen voor thuiszitters',
      ontstaan_in_datum: '2026-04-09',
      bijzondere_vergadering_datum: '2026-05-07',
      verzoek: {
        datum: '2026-05-21', soort: 'advies', soort_tekst: 'advies', is_bemiddeling: false,
        verzoekers_namen: ['het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland'],
        verzoekers_tekst: 'het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland',
        na_verzoek: [],
      },
      advies: {
        datum: '2026-07-09',
        kenmerk: 'OGC-108.2026',
        samenvatting: 'De Commissie adviseert een regionaal budget voor drie jaar met een evaluatie na twee jaar.',
        aanbevelingen: [
          { nummer: 1, tekst: 'Stel voor 2027–2029 een regionaal budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen.' },
          { nummer: 2, tekst: 'Evalueer het budget in 2028 samen met de samenwerkingsverbanden.' },
          { nummer: 3, tekst: 'Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties.' },
        ],
        inspanningsverplichting: true,
        visie_van: 'het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland',
      },
      reacties: [
        {
          college: 'het college van burgemeester en wethouders van de gemeente Den Helder',
          oordeel_tekst: 'het advies gedeeltelijk overgenomen',
          collegebesluit: '2026-09-01',
          raadsvergadering: '2026-09-24',
          visie_swv: true,
          besluiten: [
            { aanbeveling: 'Stel voor 2027–2029 een regionaal budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen.', besluit_tekst: 'overgenomen' },
            { aanbeveling: 'Evalueer het budget in 2028 samen met de samenwerkingsverbanden.', besluit_tekst: 'overgenomen' },
            { aanbeveling: 'Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties.', besluit_tekst: 'gedeeltelijk overgenomen' },
          ],
        },
        {
          college: 'het college van burgemeester en wethouders van de gemeente Texel',
          oordeel_tekst: 'het advies gedeeltelijk overgenomen',
          collegebesluit: '2026-09-08',
          raadsvergadering: '2026-10-05',
          visie_swv: true,
          besluiten: [
            { aanbeveling: 'Stel voor 2027–2029 een regionaal budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen.', besluit_tekst: 'niet overgenomen' },
            { aanbeveling: 'Evalueer het budget in 2028 samen met de samenwerkingsverbanden.', besluit_tekst: 'overgenomen' },
            { aanbeveling: 'Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties.', besluit_tekst: 'overgenomen' },
          ],
        },
      ],
      geen_reactie: 'de colleges van burgemeester en wethouders van de gemeenten Hollands Kroon en Schagen',
      geen_reactie_aantal: 2,
    })
  })

  it('a recommendation without a recorded decision is never counted as taken over', () => {
    const d = variant((d) => { d.motiveringen![0]!.reacties = d.motiveringen![0]!.reacties.filter((r) => r.aanbeveling !== 'doorzettingsmacht') })
    const reaction = outcomesView(d, deriveFacts(d, reference).meetings).geschil!.reacties[0]!
    expect(reaction.oordeel_tekst).toBe('over een deel van de aanbevelingen besloten')
    expect(reaction.besluiten.map((b) => b.besluit_tekst)).toEqual(['overgenomen', 'overgenomen', 'geen besluit vastgelegd'])
  })

  it('an SWV gets its article, or is called the samenwerkingsverband when its name does not say so', () => {
    const names = ['Samenwerkingsverband VO Roermond', 'Stichting Passend Primair Onderwijs Roermond', 'Passend Onderwijs Weert-Nederweert']
    const d = variant((d) => { d.partijen.samenwerkingsverbanden = names.map((naam, i) => ({ ...d.partijen.samenwerkingsverbanden[0]!, id: `swv-${i}`, naam })) })
    expect(partiesInOrder(d).filter((p) => p.soort === 'swv').map((p) => p.met_lidwoord)).toEqual([
      'het Samenwerkingsverband VO Roermond',
      'de Stichting Passend Primair Onderwijs Roermond',
      'het samenwerkingsverband Passend Onderwijs Weert-Nederweert',
    ])
  })
})

describe('the bijlage bij het jeugdplan', () => {
  it('lists the parties and the afspraken', () => {
    const text = render(sample, 'bijlage')
    expect(section(text, '## Partijen {-}')).toBe([
      '## Partijen {-}',
      '',
      '- de gemeente Den Helder, handelend door haar college van burgemeester en wethouders;',
      '- de gemeente Hollands Kroon, handelend door haar college van burgemeester en wethouders;',
      '- de gemeente Schagen, handelend door haar college van burgemeester en wethouders;',
      '- de gemeente Texel, handelend door haar college van burgemeester en wethouders;',
      '- het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland (PO2701);',
      '- het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland (VO2701).',
    ].join('\n'))
    expect(section(text, '## Afspraken {-}')).toBe([
      '## Afspraken {-}',
      '',
      'In de vergaderingen zijn de volgende afspraken gemaakt. Deze bijlage vermeldt niet of zij inmiddels zijn uitgevoerd.',
      '',
      '| Vergadering | Agendapunt | Afspraak | Uitvoering door | Uiterlijk |',
      '|------|-------|---------|-------|-----|',
      '| 12 februari 2026 | Warme overdracht van primair naar voortgezet onderwijs | Concept-overdrachtsformulier rondsturen | het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland | 15 maart 2026 |',
      '| 9 april 2026 | Warme overdracht van primair naar voortgezet onderwijs | Formulier opnemen als bijlage bij het jeugdplan | het college van burgemeester en wethouders van de gemeente Schagen | 1 mei 2026 |',
    ].join('\n'))
  })

  it('says which colleges have not (yet) responded, with the decisions as participles', () => {
    const text = render(sample, 'bijlage')
    expect(section(text, '### Reacties van de colleges')).toBe([
      '### Reacties van de colleges',
      '',
      'Bij besluit van 1 september 2026 heeft het college van burgemeester en wethouders van de gemeente Den Helder het advies gedeeltelijk overgenomen. De gemeenteraad behandelt het advies, de motivering van het college en het jeugdplan in zijn vergadering van 24 september 2026. Het college legt de raad daarbij ook de visie van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland op het jeugdplan voor.',
      '',
      '| Aanbeveling van de Commissie | Besluit van het college |',
      '|------------|-----|',
      '| Stel voor 2027–2029 een regionaal budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen. | overgenomen |',
      '| Evalueer het budget in 2028 samen met de samenwerkingsverbanden. | overgenomen |',
      '| Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties. | gedeeltelijk overgenomen |',
      '',
      'Bij besluit van 8 september 2026 heeft het college van burgemeester en wethouders van de gemeente Texel het advies gedeeltelijk overgenomen. De gemeenteraad behandelt het advies, de motivering van het college en het jeugdplan in zijn vergadering van 5 oktober 2026. Het college legt de raad daarbij ook de visie van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland op het jeugdplan voor.',
      '',
      '| Aanbeveling van de Commissie | Besluit van het college |',
      '|------------|-----|',
      '| Stel voor 2027–2029 een regionaal budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen. | niet overgenomen |',
      '| Evalueer het budget in 2028 samen met de samenwerkingsverbanden. | overgenomen |',
      '| Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties. | overgenomen |',
      '',
      'Van de colleges van burgemeester en wethouders van de gemeenten Hollands Kroon en Schagen is (nog) geen reactie op het advies vastgelegd.',
    ].join('\n'))
    expect(text).not.toMatch(/overnemen|aanvullen/)
  })

  it('names a requesting gemeente as its college', () => {
    expect(section(render(haarlemmermeer, 'bijlage'), '### Verzoek aan de Geschillencommissie')).toBe([
      '### Verzoek aan de Geschillencommissie',
      '',
      'Op 10 juni 2026 heeft het college van burgemeester en wethouders van de gemeente Haarlemmermeer de Geschillencommissie oogo-jeugdplan (hierna: de Commissie) om een advies verzocht.',
    ].join('\n'))
  })

  it('reports a bemiddeling without a recorded result honestly, with a marker only in a concept', () => {
    const final = render(mediation(false), 'bijlage')
    expect(final.slice(final.indexOf('### Verzoek aan de Geschillencommissie')).trimEnd()).toBe([
      '### Verzoek aan de Geschillencommissie',
      '',
      'Op 21 mei 2026 hebben het college van burgemeester en wethouders van de gemeente Den Helder en het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland de Geschillencommissie oogo-jeugdplan (hierna: de Commissie) om bemiddeling verzocht.',
      '',
      '### Bemiddeling',
      '',
      'De uitkomst van de bemiddeling is niet in een verslag van de overlegcommissie vastgelegd.',
    ].join('\n'))
    expect(section(render(mediation(false), 'bijlage', true), '### Bemiddeling')).toBe([
      '### Bemiddeling',
      '',
      'De uitkomst van de bemiddeling is niet in een verslag van de overlegcommissie vastgelegd. [aanvullen: de uitkomst van de bemiddeling door de Commissie]',
    ].join('\n'))
  })

  it('after a bemiddeling shows what later minutes record about the disputed item, without claiming it as the result', () => {
    expect(section(render(mediation(true), 'bijlage'), '### Bemiddeling')).toBe([
      '### Bemiddeling',
      '',
      'Na het verzoek is het agendapunt ‘Onderwijszorgarrangementen voor thuiszitters’ besproken in de volgende vergadering:',
      '',
      '| Vergadering | Besproken | Uitkomst |',
      '|-------|------------|-----|',
      '| 2 juli 2026 (vergadering met OOGO-status) | Partijen aanvaarden een regionaal budget voor drie jaar. | overeenstemming bereikt |',
      '',
      'Deze bijlage vermeldt de uitkomst van de bemiddeling zelf niet; de tabel geeft alleen weer wat de verslagen van die vergadering vastleggen.',
    ].join('\n'))
  })

  it('without afspraken or a dispute says so', () => {
    const d = variant((d) => {
      delete d.geschil
      delete d.motiveringen
      for (const m of d.vergaderingen!) for (const p of m.verslag?.punten ?? []) delete p.afspraken
    })
    const text = render(d, 'bijlage')
    expect(section(text, '## Afspraken {-}')).toBe('## Afspraken {-}\n\nIn de verslagen van de vergaderingen zijn geen afspraken vastgelegd.')
    expect(section(text, '## Geschil {-}')).toBe('## Geschil {-}\n\nPartijen hebben geen geschil aan de Geschillencommissie oogo-jeugdplan voorgelegd.')
  })
})

describe('the checklist document', () => {
  it('answers ja only where the dossier proves it', () => {
    expect(section(render(sample, 'checklist'), '## Overzicht {-}')).toBe([
      '## Overzicht {-}',
      '',
      '| Nr. | Onderwerp | Status |',
      '|--|----------|----|',
      '| 1 | Kennis en informatie op peil | onbekend — met de hand nagaan |',
      '| 2 | Speelveld in beeld | deels |',
      '| 3 | Belangrijkste kengetallen in zicht | deels |',
      '| 4 | Koers formuleren | onbekend — met de hand nagaan |',
      '| 5 | Overlegstructuur (her-) ingericht | deels |',
      '| 6 | Ontwikkelagenda bepaald | ja |',
      '| 7 | OOGO voorbereid | ja |',
      '| 8 | Afstemming in begroting | onbekend — met de hand nagaan |',
      '| 9 | Vervolgafspraken | ja |',
      '',
      'Totaal: ja 3, deels 3, nee 0, onbekend 3.',
    ].join('\n'))
  })
})
