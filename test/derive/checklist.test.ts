/**
 * The checklist OOGO jeugd (Wegwijzer §4.2): every item of the sample, the variants that change a
 * status, the terminal report and the document plan. The reference data is a small fake, so the
 * test does not depend on the CSV files.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { formatChecklist } from '../../src/app/checklist-report.ts'
import { checklistView, type ChecklistItem } from '../../src/derive/checklist.ts'
import { deriveFacts } from '../../src/derive/index.ts'
import { checklist } from '../../src/plan/checklist.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import type { ReferenceData, ReferenceMunicipality } from '../../src/model/reference-data.ts'

const root = join(import.meta.dirname, '..', '..')
const sample = parse(readFileSync(join(root, 'samples', 'voorbeeld-dossier.yaml'), 'utf8')) as Dossier

/** The sample with `edit` applied to a deep copy. */
function variant(edit: (d: Dossier) => void): Dossier {
  const copy = structuredClone(sample)
  edit(copy)
  return copy
}

function fakeReference(extra: Record<string, Partial<ReferenceMunicipality>> = {}): () => ReferenceData {
  const kop = (code: string, naam: string): ReferenceMunicipality => ({ code, naam, po: ['PO2701'], vo: ['VO2701'], ...extra[code] })
  const municipalities = new Map([
    kop('GM0400', 'Den Helder'), kop('GM1911', 'Hollands Kroon'), kop('GM0441', 'Schagen'), kop('GM0448', 'Texel'),
  ].map((m) => [m.code, m]))
  return () => ({ source: 'testgegevens', municipalities, regions: new Map([['JZ03', 'Kop van Noord-Holland']]), swvCodes: new Set(['PO2701', 'VO2701']) })
}

const notAsked = (): ReferenceData => {
  throw new Error('reference data asked for outside the schaal jeugdhulpregio')
}

const item = (dossier: Dossier, nummer: number, reference = fakeReference()): ChecklistItem => checklistView(dossier, reference).items[nummer - 1]!

const stateOf2015 = 'De indeling van de samenwerkingsverbanden in de referentiegegevens is de stand van 2015, zonder latere fusies of wijzigingen.'

const byHand1 = 'Het dossier legt niet vast wat partijen weten van het doel en de globale inhoud van het ondersteuningsplan en van de procedure voor het OOGO jeugd; dat is met de hand na te gaan.'
const monitorByHand = 'Of het concept jeugdplan zelf plannen voor een gezamenlijke monitor op de samenwerking tussen jeugdhulp en passend onderwijs bevat, is met de hand na te gaan: het dossier bevat de tekst van het concept niet.'
const membersAll = 'De Overlegcommissie OOGO Kop van Noord-Holland bestaat uit de vertegenwoordigers van alle partijen, dus ook van elk samenwerkingsverband dat partij is.'
const everyGemeente = 'Elke gemeente heeft in het dossier een samenwerkingsverband PO en een samenwerkingsverband VO.'
const regionNote = 'De indeling van de samenwerkingsverbanden in de referentiegegevens is de stand van 2015, zonder latere fusies of wijzigingen; of zij nog klopt en of alle gemeenten van de jeugdhulpregio deelnemen, is met de hand na te gaan.'
const kop = 'Het OOGO wordt gevoerd op het niveau van de jeugdhulpregio Kop van Noord-Holland (JZ03).'
const notBinding = 'Een advies van de Commissie is niet bindend en bemiddeling evenmin: de gemeenteraad stelt het jeugdplan zelf vast.'
const rules = 'Geschillenregeling: Geschillencommissie oogo-jeugdplan, voor advies en bemiddeling.'
const lastSpecial = 'Laatste vergadering met OOGO-status: 7 mei 2026 (de bijzondere vergadering, die ook OOGO-status heeft).'

describe('checklist of the sample', () => {
  const view = checklistView(sample, fakeReference())

  it('answers the nine questions of the Wegwijzer in order', () => {
    expect(view.items.map((i) => [i.nummer, i.titel])).toEqual([
      [1, 'Kennis en informatie op peil'],
      [2, 'Speelveld in beeld'],
      [3, 'Belangrijkste kengetallen in zicht'],
      [4, 'Koers formuleren'],
      [5, 'Overlegstructuur (her-) ingericht'],
      [6, 'Ontwikkelagenda bepaald'],
      [7, 'OOGO voorbereid'],
      [8, 'Afstemming in begroting'],
      [9, 'Vervolgafspraken'],
    ])
  })

  it('item 1: onbekend, with the general meeting before the first meeting with OOGO-status', () => {
    expect(view.items[0]).toEqual({
      nummer: 1,
      titel: 'Kennis en informatie op peil',
      vraag: 'Zijn de betrokken partijen op de hoogte van het doel en de globale inhoud van het ondersteuningsplan en de modelprocedure voor het OOGO jeugd?',
      status: 'onbekend',
      status_tekst: 'onbekend — met de hand nagaan',
      toelichting: [
        byHand1,
        'Het dossier noemt vóór de eerste vergadering met OOGO-status (9 april 2026) één algemeen overleg: 12 februari 2026.',
      ],
    })
  })

  it('item 2: deels, listing the parties with their numbers in words', () => {
    expect(view.items[1]).toEqual({
      nummer: 2,
      titel: 'Speelveld in beeld',
      vraag: 'Zijn alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld?',
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        'Partijen in het dossier: vier gemeenten (Den Helder, Hollands Kroon, Schagen en Texel), één samenwerkingsverband PO (PO2701) en één samenwerkingsverband VO (VO2701).',
        'Of alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld zijn, is met de hand na te gaan.',
      ],
    })
  })

  it('item 3: deels — a monitor on the ontwikkelagenda is not the content of the concept jeugdplan', () => {
    expect(view.items[2]).toEqual({
      nummer: 3,
      titel: 'Belangrijkste kengetallen in zicht',
      vraag: 'Bevat het concept jeugdplan plannen voor een gezamenlijke monitor op de samenwerking tussen jeugdhulp en passend onderwijs?',
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        'De ontwikkelagenda heeft een punt over een monitor: ‘Gezamenlijke monitor jeugdhulp en passend onderwijs’ (thema Voorwaarden).',
        '‘Gezamenlijke monitor jeugdhulp en passend onderwijs’ is het laatst besproken op 9 april 2026 (vergadering met OOGO-status): overeenstemming bereikt.',
        monitorByHand,
      ],
    })
  })

  it('item 4: onbekend', () => {
    expect(view.items[3]).toEqual({
      nummer: 4,
      titel: 'Koers formuleren',
      vraag: 'Zijn de ondersteuningsplannen van de SWV en de jeugdplannen van de gemeente opgesteld vanuit een gezamenlijke visie?',
      status: 'onbekend',
      status_tekst: 'onbekend — met de hand nagaan',
      toelichting: ['Het dossier bevat de ondersteuningsplannen en de visie van partijen niet; of de plannen vanuit een gezamenlijke visie zijn opgesteld, is met de hand na te gaan.'],
    })
  })

  it('item 5: deels — every SWV of the 2015 reference data is a party ("VO 27-01" normalised), but 2015 is not today', () => {
    expect(view.items[4]).toEqual({
      nummer: 5,
      titel: 'Overlegstructuur (her-) ingericht',
      vraag: 'Zijn in de samenstelling van het OOGO jeugd alle SWV PO en VO binnen de jeugdhulpregio vertegenwoordigd?',
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        kop,
        everyGemeente,
        membersAll,
        'Samenwerkingsverbanden van de gemeenten in het dossier volgens de referentiegegevens: PO2701 en VO2701.',
        'Beide zijn partij in het dossier.',
        regionNote,
      ],
    })
  })

  it('item 6: ja, the three ontwikkelopgaven are covered', () => {
    expect(view.items[5]).toEqual({
      nummer: 6,
      titel: 'Ontwikkelagenda bepaald',
      vraag: 'Weerspiegelt de ontwikkelagenda de ontwikkelopgaven voor de samenwerking van jeugdhulp en passend onderwijs? (Ontwikkelopgaven zijn onder meer: preventie en toegang, integraal arrangeren en overgangen. […])',
      status: 'ja',
      status_tekst: 'ja',
      toelichting: [
        'Thema’s van de Wegwijzer in de ontwikkelagenda: Preventie en toegang, Integraal arrangeren, Overgangen en Voorwaarden.',
        'Niet in de ontwikkelagenda: Hoe? (voorbereiding van het OOGO).',
        'De drie ontwikkelopgaven uit de vraag (preventie en toegang, integraal arrangeren en overgangen) komen alle voor.',
      ],
    })
  })

  it('item 7: ja — the bijzondere vergadering counts as a meeting with OOGO-status, and every raad decides after the advice', () => {
    expect(view.items[6]).toEqual({
      nummer: 7,
      titel: 'OOGO voorbereid',
      vraag: 'Is in de procedure van het OOGO jeugd een geschillenprocedure vastgelegd wanneer de partijen geen overeenstemming bereiken? Biedt de geschillenprocedure ruimte voor vaststelling van het jeugdplan door de gemeenteraad?',
      status: 'ja',
      status_tekst: 'ja',
      toelichting: [
        rules,
        notBinding,
        lastSpecial,
        'Advies van de Commissie: 9 juli 2026.',
        'De gemeenteraad behandelt het jeugdplan na het advies: in Den Helder op 24 september 2026, in Hollands Kroon op 1 oktober 2026, in Schagen op 29 september 2026 en in Texel op 5 oktober 2026.',
      ],
    })
  })

  it('item 8: onbekend, with the reference date of the Wegwijzer', () => {
    expect(view.items[7]).toEqual({
      nummer: 8,
      titel: 'Afstemming in begroting',
      vraag: 'Zijn de consequenties van de inkoop van jeugdhulp per 1 januari 2015 afgestemd met SWV?',
      status: 'onbekend',
      status_tekst: 'onbekend — met de hand nagaan',
      toelichting: [
        'Het dossier bevat geen gegevens over de begroting; of de gevolgen van de inkoop van jeugdhulp met de samenwerkingsverbanden zijn afgestemd, is met de hand na te gaan.',
        'De vraag noemt de inkoop per 1 januari 2015, de datum uit de Wegwijzer; voor dit jeugdplan gaat het om de periode van 1 januari 2027 tot en met 31 december 2030.',
      ],
    })
  })

  it('item 9: ja, with the agreed number of meetings', () => {
    expect(view.items[8]).toEqual({
      nummer: 9,
      titel: 'Vervolgafspraken',
      vraag: 'Zijn er om vervolg te geven aan de afstemming in het OOGO jeugd afspraken gemaakt voor voortzetting van de overlegstructuur tussen gemeenten en SWV?',
      status: 'ja',
      status_tekst: 'ja',
      toelichting: ['Partijen hebben afgesproken dat de Overlegcommissie OOGO Kop van Noord-Holland ten minste twee keer per jaar vergadert.'],
    })
  })

  it('counts the statuses', () => {
    expect(view.samenvatting).toEqual({ ja: 3, nee: 0, deels: 3, onbekend: 3 })
  })

  it('is pure: the same dossier gives the same view, and the dossier is not changed', () => {
    const before = structuredClone(sample)
    expect(checklistView(sample, fakeReference())).toEqual(view)
    expect(sample).toEqual(before)
  })
})

describe('checklist variants', () => {
  it('item 1: a bijzondere vergadering is the first meeting with OOGO-status when it comes first', () => {
    const d = variant((d) => { d.vergaderingen!.find((m) => m.id === '2026-04-oogo')!.soort = 'algemeen' })
    expect(item(d, 1).toelichting).toEqual([
      byHand1,
      'Het dossier noemt vóór de eerste vergadering met OOGO-status (7 mei 2026) twee algemene overleggen: 12 februari 2026 en 9 april 2026.',
    ])
  })

  it('item 2: a combined dossier names the mbo-instellingen, which are no party', () => {
    const d = variant((d) => {
      d.dossier.soort = 'gecombineerd'
      d.partijen.mbo_instellingen = [{ id: 'mbo-kop', naam: 'Regio College Kop', vertegenwoordiger: { naam: 'X', functie: 'bestuurder' } }]
    })
    expect(item(d, 2).toelichting).toEqual([
      'Partijen in het dossier: vier gemeenten (Den Helder, Hollands Kroon, Schagen en Texel), één samenwerkingsverband PO (PO2701) en één samenwerkingsverband VO (VO2701).',
      'Ook uitgenodigd voor het overleg over het ondersteuningsplan VO, maar geen partij: één mbo-instelling (Regio College Kop).',
      'Of alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld zijn, is met de hand na te gaan.',
    ])
  })

  it('item 3: without a monitor item → onbekend, never nee', () => {
    const d = variant((d) => {
      const monitor = d.agenda.find((a) => a.id === 'monitor')!
      monitor.titel = 'Gezamenlijke evaluatie'
    })
    expect(item(d, 3)).toMatchObject({
      status: 'onbekend',
      status_tekst: 'onbekend — met de hand nagaan',
      toelichting: ['De ontwikkelagenda heeft geen punt over een monitor.', monitorByHand],
    })
  })

  it('item 3: "monitor" in the toelichting counts, in any case and under any theme; never more than deels', () => {
    const inToelichting = variant((d) => {
      const monitor = d.agenda.find((a) => a.id === 'monitor')!
      monitor.titel = 'Kengetallen'
      monitor.toelichting = 'Een jaarlijkse MONITOR van thuiszitters.'
    })
    expect(item(inToelichting, 3).status).toBe('deels')
    const otherTheme = variant((d) => { d.agenda.find((a) => a.id === 'monitor')!.thema = 'overig' })
    expect(item(otherTheme, 3).toelichting[0]).toBe('De ontwikkelagenda heeft een punt over een monitor: ‘Gezamenlijke monitor jeugdhulp en passend onderwijs’ (thema Overig).')
    expect(item(otherTheme, 3).status).toBe('deels')
  })

  it('item 5: an SWV of the 2015 reference data missing from the dossier → deels, naming the code (it may have merged since)', () => {
    const reference = fakeReference({ GM0448: { po: ['PO2701', 'PO2799'] } })
    expect(item(sample, 5, reference)).toMatchObject({
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        kop,
        everyGemeente,
        membersAll,
        'Samenwerkingsverbanden van de gemeenten in het dossier volgens de referentiegegevens: PO2701, PO2799 en VO2701.',
        'Volgens de referentiegegevens niet vertegenwoordigd in het dossier: PO2799 (Texel); na te gaan is of dit samenwerkingsverband nog zo bestaat en partij moet zijn.',
        regionNote,
      ],
    })
  })

  it('item 5: reference codes in another spelling are normalised', () => {
    const reference = fakeReference({ GM0400: { po: ['PO 27-01'], vo: ['vo2701'] } })
    expect(item(sample, 5, reference).toelichting[4]).toBe('Beide zijn partij in het dossier.')
  })

  it('item 5: a gemeente without SWV codes in the reference data → deels', () => {
    const reference = fakeReference({ GM0448: { po: [], vo: [] } })
    expect(item(sample, 5, reference)).toMatchObject({
      status: 'deels',
      toelichting: [
        kop,
        everyGemeente,
        membersAll,
        'Samenwerkingsverbanden van de gemeenten in het dossier volgens de referentiegegevens: PO2701 en VO2701.',
        'Beide zijn partij in het dossier.',
        'Voor Texel (GM0448) noemen de referentiegegevens geen samenwerkingsverbanden; met de hand na te gaan.',
        regionNote,
      ],
    })
  })

  it('item 5: an SWV without a member in the overlegcommissie → nee: the dossier proves it is not represented', () => {
    const d = variant((d) => {
      d.overlegcommissie.leden = [
        { naam: 'S. Visser-Bakker', functie: 'wethouder Jeugd', namens: 'schagen' },
        { naam: 'drs. H. Wit', functie: 'directeur-bestuurder', namens: 'swv-po-kop' },
      ]
    })
    expect(item(d, 5)).toMatchObject({
      status: 'nee',
      toelichting: [
        kop,
        everyGemeente,
        'Zonder lid in de Overlegcommissie OOGO Kop van Noord-Holland: Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland (VO2701).',
        'Samenwerkingsverbanden van de gemeenten in het dossier volgens de referentiegegevens: PO2701 en VO2701.',
        'Beide zijn partij in het dossier.',
        regionNote,
      ],
    })
  })

  it('item 5: at the schaal gemeente a gemeente without SWV VO is nee, a complete dossier only deels; the reference data is not asked for', () => {
    const d = variant((d) => {
      d.dossier.schaal = 'gemeente'
      delete d.dossier.regio
      d.partijen.samenwerkingsverbanden.find((s) => s.sector === 'vo')!.gemeenten = ['den-helder', 'hollands-kroon', 'schagen']
    })
    const scaleOnly = 'De vraag gaat over alle samenwerkingsverbanden binnen de jeugdhulpregio; bij deze schaal toont het dossier alleen de samenwerkingsverbanden van de deelnemende gemeenten. Welke samenwerkingsverbanden verder binnen de jeugdhulpregio liggen, is met de hand na te gaan.'
    expect(item(d, 5, notAsked)).toMatchObject({
      status: 'nee',
      toelichting: [
        'Het OOGO wordt gevoerd op het niveau van de gemeenten Den Helder, Hollands Kroon, Schagen en Texel.',
        'Zonder samenwerkingsverband VO in het dossier: Texel.',
        membersAll,
        scaleOnly,
      ],
    })
    const complete = variant((d) => { d.dossier.schaal = 'ondersteuningsplan' })
    expect(item(complete, 5, notAsked)).toMatchObject({
      status: 'deels',
      toelichting: [
        'Het OOGO wordt gevoerd in de samenstelling van het op overeenstemming gericht overleg over het ondersteuningsplan.',
        everyGemeente,
        membersAll,
        scaleOnly,
      ],
    })
  })

  it('item 6: a missing ontwikkelopgave → deels, listing covered and missing themes', () => {
    const d = variant((d) => { d.agenda.find((a) => a.id === 'overgang-po-vo')!.thema = 'overig' })
    expect(item(d, 6)).toMatchObject({
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        'Thema’s van de Wegwijzer in de ontwikkelagenda: Preventie en toegang, Integraal arrangeren en Voorwaarden.',
        'Niet in de ontwikkelagenda: Overgangen en Hoe? (voorbereiding van het OOGO).',
        'Eén punt heeft een ander thema (overig).',
        'Ontbrekende ontwikkelopgave: Overgangen.',
      ],
    })
  })

  it('item 6: none of the three ontwikkelopgaven → nee', () => {
    const d = variant((d) => { d.agenda = d.agenda.filter((a) => a.thema === 'voorwaarden') })
    expect(item(d, 6)).toMatchObject({
      status: 'nee',
      toelichting: [
        'Thema’s van de Wegwijzer in de ontwikkelagenda: Voorwaarden.',
        'Niet in de ontwikkelagenda: Preventie en toegang, Integraal arrangeren, Overgangen en Hoe? (voorbereiding van het OOGO).',
        'Ontbrekende ontwikkelopgaven: Preventie en toegang, Integraal arrangeren en Overgangen.',
      ],
    })
  })

  it('item 7: without a geschillenregeling → nee', () => {
    const d = variant((d) => { delete (d as Partial<Dossier>).geschillenregeling })
    expect(item(d, 7)).toMatchObject({
      status: 'nee',
      status_tekst: 'nee',
      toelichting: [
        'Het dossier bevat geen geschillenregeling; artikel 2.2, derde lid, van de Jeugdwet vraagt een voorziening voor het beslechten van geschillen.',
        lastSpecial,
        'Advies van de Commissie: 9 juli 2026.',
        'De gemeenteraad behandelt het jeugdplan na het advies: in Den Helder op 24 september 2026, in Hollands Kroon op 1 oktober 2026, in Schagen op 29 september 2026 en in Texel op 5 oktober 2026.',
      ],
    })
  })

  it('item 7: a raad before the advice, or without a date → deels', () => {
    const d = variant((d) => {
      d.partijen.gemeenten.find((g) => g.id === 'texel')!.raadsbehandeling_jeugdplan = '2026-06-01'
      d.partijen.gemeenten.find((g) => g.id === 'schagen')!.raadsbehandeling_jeugdplan = '2026-07-09'
      delete d.partijen.gemeenten.find((g) => g.id === 'hollands-kroon')!.raadsbehandeling_jeugdplan
    })
    expect(item(d, 7)).toMatchObject({
      status: 'deels',
      status_tekst: 'deels',
      toelichting: [
        rules,
        notBinding,
        lastSpecial,
        'Advies van de Commissie: 9 juli 2026.',
        'De gemeenteraad behandelt het jeugdplan na het advies: in Den Helder op 24 september 2026.',
        'De gemeenteraad behandelt het jeugdplan niet na het advies: in Schagen op 9 juli 2026 en in Texel op 1 juni 2026.',
        'Geen datum voor de raadsbehandeling van het jeugdplan: Hollands Kroon.',
      ],
    })
    const onlyOneUndated = variant((d) => { delete d.partijen.gemeenten.find((g) => g.id === 'texel')!.raadsbehandeling_jeugdplan })
    expect(item(onlyOneUndated, 7).status).toBe('deels')
  })

  it('item 7: a request for advice without the advice yet → deels; without a dispute the last meeting with OOGO-status counts', () => {
    const pending = variant((d) => { delete d.geschil!.advies; delete d.motiveringen })
    expect(item(pending, 7)).toMatchObject({
      status: 'deels',
      toelichting: [
        rules,
        notBinding,
        lastSpecial,
        'De gemeenteraad behandelt het jeugdplan na die vergadering: in Den Helder op 24 september 2026, in Hollands Kroon op 1 oktober 2026, in Schagen op 29 september 2026 en in Texel op 5 oktober 2026.',
        'Er is om advies verzocht, maar het dossier bevat nog geen advies; of de gemeenteraad pas na het advies beslist, is met de hand na te gaan.',
      ],
    })
    const noDispute = variant((d) => {
      delete d.geschil
      delete d.motiveringen
      d.vergaderingen = d.vergaderingen!.filter((m) => m.soort !== 'bijzonder')
      d.geschillenregeling.verzoek_soorten = ['advies']
    })
    expect(item(noDispute, 7)).toMatchObject({
      status: 'ja',
      toelichting: [
        'Geschillenregeling: Geschillencommissie oogo-jeugdplan, voor advies.',
        'Een advies van de Commissie is niet bindend: de gemeenteraad stelt het jeugdplan zelf vast.',
        'Laatste vergadering met OOGO-status: 9 april 2026.',
        'De gemeenteraad behandelt het jeugdplan na die vergadering: in Den Helder op 24 september 2026, in Hollands Kroon op 1 oktober 2026, in Schagen op 29 september 2026 en in Texel op 5 oktober 2026.',
      ],
    })
  })

  it('item 7: without dates for the raad, or without an OOGO meeting → deels', () => {
    const noDates = variant((d) => { for (const g of d.partijen.gemeenten) delete g.raadsbehandeling_jeugdplan })
    expect(item(noDates, 7)).toMatchObject({
      status: 'deels',
      toelichting: [
        rules,
        notBinding,
        'Geen gemeente heeft een datum voor de raadsbehandeling van het jeugdplan (raadsbehandeling_jeugdplan); of er ruimte is voor vaststelling door de gemeenteraad, is met de hand na te gaan.',
      ],
    })
    const noMeetings = variant((d) => { delete d.vergaderingen })
    expect(item(noMeetings, 7)).toMatchObject({
      status: 'deels',
      toelichting: [
        rules,
        notBinding,
        'Het dossier bevat nog geen vergadering met OOGO-status; of er ruimte is voor vaststelling van het jeugdplan door de gemeenteraad, is met de hand na te gaan.',
      ],
    })
    expect(item(noMeetings, 1).toelichting).toEqual([byHand1])
  })

  it('item 9: without vergaderingen_per_jaar → onbekend', () => {
    const d = variant((d) => { delete d.procedure!.vergaderingen_per_jaar })
    expect(item(d, 9)).toMatchObject({
      status: 'onbekend',
      status_tekst: 'onbekend — met de hand nagaan',
      toelichting: [
        'Het dossier legt niet vast hoe vaak de overlegcommissie vergadert (procedure.vergaderingen_per_jaar).',
        'Of partijen afspraken hebben gemaakt over voortzetting van de overlegstructuur, is met de hand na te gaan.',
      ],
    })
    const once = variant((d) => { d.procedure!.vergaderingen_per_jaar = 1 })
    expect(item(once, 9).toelichting).toEqual(['Partijen hebben afgesproken dat de Overlegcommissie OOGO Kop van Noord-Holland ten minste één keer per jaar vergadert.'])
  })

  it('the summary counts every status', () => {
    const d = variant((d) => {
      delete (d as Partial<Dossier>).geschillenregeling
      delete d.procedure
    })
    expect(checklistView(d, fakeReference()).samenvatting).toEqual({ ja: 1, nee: 1, deels: 3, onbekend: 4 })
  })
})

describe('formatChecklist', () => {
  it('prints the sample for the terminal', async () => {
    const text = formatChecklist(checklistView(sample, fakeReference()), 'samples/voorbeeld-dossier.yaml')
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true)
    expect(text.endsWith('\n9 punten: 3 ja, 3 deels, 0 nee, 3 onbekend (met de hand nagaan)\n')).toBe(true)
    await expect(text).toMatchFileSnapshot(join(root, 'test', 'fixtures', 'voorbeeld', 'expected.checklist.txt'))
  })
})

describe('the checklist document', () => {
  const facts = (dossier: Dossier) => deriveFacts(dossier, fakeReference())
  const all = { meetings: [], parties: [] }

  it('is one document per dossier, dated at the last meeting, never skipped', () => {
    expect(checklist.kind).toBe('checklist')
    expect(checklist.requires).toEqual([])
    expect(checklist.skipReason(sample)).toBeUndefined()
    const plans = checklist.plan(sample, facts(sample), all)
    expect(plans.map(({ view, ...rest }) => rest)).toEqual([{
      kind: 'checklist',
      template: 'checklist',
      fileName: 'checklist-oogo-jz03-2026.docx',
      title: 'Checklist OOGO jeugd',
      subject: 'OOGO jeugd Kop van Noord-Holland 2027–2030',
      date: '2026-05-07',
    }])
    expect((plans[0]!.view as { checklist: unknown }).checklist).toEqual(checklistView(sample, fakeReference()))
  })

  it('without meetings it is dated at the concept jeugdplan', () => {
    const d = variant((d) => { delete d.vergaderingen; delete d.geschil; delete d.motiveringen })
    expect(checklist.skipReason(d)).toBeUndefined()
    expect(checklist.plan(d, facts(d), all)[0]!.date).toBe('2026-03-02')
  })

  it('is not made for a selection of meetings or parties', () => {
    expect(checklist.plan(sample, facts(sample), { meetings: ['2026-04-oogo'], parties: [] })).toEqual([])
    expect(checklist.plan(sample, facts(sample), { meetings: [], parties: ['texel'] })).toEqual([])
  })
})
