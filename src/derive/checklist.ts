/**
 * The checklist "is dit OOGO voorbereid?": the nine questions of the checklist OOGO jeugd in the
 * Wegwijzer OOGO jeugd (§4.2), each with what the dossier shows and a status. The Wegwijzer says
 * the checklist "biedt geen voorgeschreven format": this is a reading aid, not an official
 * instrument, and a status only says what the dossier shows. Where the dossier cannot answer a
 * question, the status is `handmatig` ("handmatig na te gaan").
 *
 * Pure: the reference data (SWV codes per gemeente, 2015 state) comes in through the argument and
 * is only asked for at the schaal `jeugdhulpregio`.
 */
import type { Dossier, Gemeente, Sector, Thema } from '../model/dossier.ts'
import type { ReferenceData, ReferenceMunicipality } from '../model/reference-data.ts'
import { dutchDate } from '../text/dutch-dates.ts'
import { numberInWords } from '../text/dutch-numbers.ts'
import { meetingLabels, outcomeLabels, requestLabels, themeLabels } from './labels.ts'
import { normalizeSwvCode } from '../text/swv-code.ts'
import { scaleText } from './outcomes.ts'

export type ChecklistStatus = 'ja' | 'nee' | 'deels' | 'handmatig'

export interface ChecklistItem {
  nummer: number
  titel: string
  /** The question, verbatim from the Wegwijzer (item 8 with its reference date). */
  vraag: string
  status: ChecklistStatus
  /** "ja", "nee", "deels" or "handmatig na te gaan". */
  status_tekst: string
  /** Short Dutch sentences: what the dossier shows. */
  toelichting: string[]
}

export interface ChecklistView {
  items: ChecklistItem[]
  samenvatting: Record<ChecklistStatus, number>
}

/**
 * Item 8 asks about "de inkoop van jeugdhulp per 1 januari 2015": the date the Wegwijzer (2014)
 * was written for, when the new youth care system started. A parameter, not a norm: a later
 * edition of the checklist would name another date.
 */
export const INKOOP_PEILDATUM = '2015-01-01'

export const statusTexts: Record<ChecklistStatus, string> = {
  ja: 'ja',
  nee: 'nee',
  deels: 'deels',
  handmatig: 'handmatig na te gaan',
}

/** The nine items of the Wegwijzer §4.2: title and question, verbatim. */
const questions: readonly { titel: string; vraag: string }[] = [
  { titel: 'Kennis en informatie op peil',
    vraag: 'Zijn de betrokken partijen op de hoogte van het doel en de globale inhoud van het ondersteuningsplan en de modelprocedure voor het OOGO jeugd?' },
  { titel: 'Speelveld in beeld',
    vraag: 'Zijn alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld?' },
  { titel: 'Belangrijkste kengetallen in zicht',
    vraag: 'Bevat het concept jeugdplan plannen voor een gezamenlijke monitor op de samenwerking tussen jeugdhulp en passend onderwijs?' },
  { titel: 'Koers formuleren',
    vraag: 'Zijn de ondersteuningsplannen van de SWV en de jeugdplannen van de gemeente opgesteld vanuit een gezamenlijke visie?' },
  { titel: 'Overlegstructuur (her-) ingericht',
    vraag: 'Zijn in de samenstelling van het OOGO jeugd alle SWV PO en VO binnen de jeugdhulpregio vertegenwoordigd?' },
  { titel: 'Ontwikkelagenda bepaald',
    vraag: 'Weerspiegelt de ontwikkelagenda de ontwikkelopgaven voor de samenwerking van jeugdhulp en passend onderwijs? (Ontwikkelopgaven zijn onder meer: preventie en toegang, integraal arrangeren en overgangen. […])' },
  { titel: 'OOGO voorbereid',
    vraag: 'Is in de procedure van het OOGO jeugd een geschillenprocedure vastgelegd wanneer de partijen geen overeenstemming bereiken? Biedt de geschillenprocedure ruimte voor vaststelling van het jeugdplan door de gemeenteraad?' },
  { titel: 'Afstemming in begroting',
    vraag: `Zijn de consequenties van de inkoop van jeugdhulp per ${dutchDate(INKOOP_PEILDATUM)} afgestemd met SWV?` },
  { titel: 'Vervolgafspraken',
    vraag: 'Zijn er om vervolg te geven aan de afstemming in het OOGO jeugd afspraken gemaakt voor voortzetting van de overlegstructuur tussen gemeenten en SWV?' },
]

/** The three "ontwikkelopgaven" the question of item 6 names, then the other two Wegwijzer themes (§5.7). */
const developmentTasks: readonly Thema[] = ['preventie-en-toegang', 'integraal-arrangeren', 'overgangen']
const wegwijzerThemes: readonly Thema[] = [...developmentTasks, 'hoe', 'voorwaarden']

type Answer = { status: ChecklistStatus; toelichting: string[] }

export function checklistView(dossier: Dossier, reference: () => ReferenceData): ChecklistView {
  const answers: Answer[] = [
    knowledge(dossier),
    playingField(dossier),
    monitor(dossier),
    course(),
    structure(dossier, reference),
    agenda(dossier),
    prepared(dossier),
    budget(dossier),
    followUp(dossier),
  ]
  const items = answers.map((answer, i): ChecklistItem => ({
    nummer: i + 1,
    ...questions[i]!,
    status: answer.status,
    status_tekst: statusTexts[answer.status],
    toelichting: answer.toelichting,
  }))
  const count = (status: ChecklistStatus) => items.filter((item) => item.status === status).length
  return { items, samenvatting: { ja: count('ja'), nee: count('nee'), deels: count('deels'), handmatig: count('handmatig') } }
}

// 1. Kennis en informatie op peil
function knowledge(dossier: Dossier): Answer {
  const toelichting = ['Het dossier legt niet vast wat partijen weten van het doel en de inhoud van het ondersteuningsplan en van de procedure voor het OOGO jeugd.']
  const meetings = dossier.vergaderingen ?? []
  const firstOogo = meetings.filter((m) => m.soort === 'oogo').map((m) => m.datum).sort()[0]
  const general = meetings.filter((m) => m.soort === 'algemeen' && (firstOogo === undefined || m.datum < firstOogo)).map((m) => m.datum).sort()
  if (general.length > 0) {
    const when = firstOogo ? ` vóór de eerste vergadering met OOGO-status (${dutchDate(firstOogo)})` : ''
    const count = general.length === 1 ? 'één algemeen overleg' : `${numberInWords(general.length)} algemene overleggen`
    toelichting.push(`Het dossier noemt${when} ${count}: ${list(general.map(dutchDate))}.`)
  }
  return { status: 'handmatig', toelichting }
}

// 2. Speelveld in beeld
function playingField(dossier: Dossier): Answer {
  const { gemeenten, samenwerkingsverbanden, mbo_instellingen: mbo = [] } = dossier.partijen
  const swvs = (sector: Sector) => {
    const codes = samenwerkingsverbanden.filter((s) => s.sector === sector).map((s) => normalizeSwvCode(s.code))
    const label = `samenwerkingsverband${codes.length === 1 ? '' : 'en'} ${sector.toUpperCase()}`
    return codes.length === 0 ? `geen ${label}` : `${codes.length} ${label} (${list(codes)})`
  }
  const municipalities = `${gemeenten.length} ${gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} (${list(gemeenten.map((g) => g.naam))})`
  const toelichting = [`Partijen in het dossier: ${list([municipalities, swvs('po'), swvs('vo')])}.`]
  if (mbo.length > 0) {
    const context = dossier.dossier.soort === 'gecombineerd' ? 'voor het overleg over het ondersteuningsplan VO' : 'in het dossier'
    toelichting.push(`Ook uitgenodigd ${context}, maar geen partij: ${mbo.length} ${mbo.length === 1 ? 'mbo-instelling' : 'mbo-instellingen'} (${list(mbo.map((m) => m.naam))}).`)
  }
  toelichting.push('Of alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld zijn, is handmatig na te gaan.')
  return { status: 'deels', toelichting }
}

// 3. Belangrijkste kengetallen in zicht
function monitor(dossier: Dossier): Answer {
  const items = dossier.agenda.filter((a) => a.thema === 'voorwaarden' && /monitor/i.test(`${a.titel} ${a.toelichting ?? ''}`))
  if (items.length === 0) {
    return {
      status: 'handmatig',
      toelichting: [
        'De ontwikkelagenda heeft geen punt over een monitor (thema Voorwaarden).',
        'Of het concept jeugdplan plannen voor een gezamenlijke monitor bevat, is handmatig na te gaan.',
      ],
    }
  }
  const toelichting = [`De ontwikkelagenda heeft onder het thema Voorwaarden ${items.length === 1 ? 'een punt' : 'punten'} over een monitor: ${list(items.map((a) => `‘${a.titel}’`))}.`]
  const held = [...(dossier.vergaderingen ?? [])].filter((m) => m.verslag).sort((a, b) => a.datum.localeCompare(b.datum))
  for (const item of items) {
    const last = held.flatMap((m) => m.verslag!.punten.filter((p) => p.agendapunt === item.id).map((p) => ({ meeting: m, point: p }))).at(-1)
    if (last) {
      toelichting.push(`‘${item.titel}’ is het laatst besproken op ${dutchDate(last.meeting.datum)} (${meetingLabels[last.meeting.soort]}): ${outcomeLabels[last.point.uitkomst]}.`)
    }
  }
  return { status: 'ja', toelichting }
}

// 4. Koers formuleren
function course(): Answer {
  return {
    status: 'handmatig',
    toelichting: ['Het dossier bevat de ondersteuningsplannen en de visie van partijen niet; of de plannen vanuit een gezamenlijke visie zijn opgesteld, is handmatig na te gaan.'],
  }
}

// 5. Overlegstructuur (her-) ingericht
function structure(dossier: Dossier, reference: () => ReferenceData): Answer {
  const { gemeenten, samenwerkingsverbanden } = dossier.partijen
  const toelichting = [`Het OOGO wordt gevoerd ${scaleText(dossier)}.`]
  if (dossier.dossier.schaal !== 'jeugdhulpregio') {
    const without = (sector: Sector) => gemeenten.filter((g) => !samenwerkingsverbanden.some((s) => s.sector === sector && s.gemeenten.includes(g.id)))
    const noPo = without('po')
    const noVo = without('vo')
    if (noPo.length === 0 && noVo.length === 0) {
      toelichting.push(`${gemeenten.length === 1 ? `${gemeenten[0]!.naam} heeft` : 'Elke gemeente heeft'} in het dossier een samenwerkingsverband PO en een samenwerkingsverband VO.`)
    }
    if (noPo.length > 0) toelichting.push(`Zonder samenwerkingsverband PO in het dossier: ${list(noPo.map((g) => g.naam))}.`)
    if (noVo.length > 0) toelichting.push(`Zonder samenwerkingsverband VO in het dossier: ${list(noVo.map((g) => g.naam))}.`)
    toelichting.push('De vraag gaat over alle samenwerkingsverbanden binnen de jeugdhulpregio; bij deze schaal is alleen nagegaan of elke gemeente een samenwerkingsverband PO en VO heeft.')
    return { status: noPo.length === 0 && noVo.length === 0 ? 'ja' : 'nee', toelichting }
  }

  const data = reference()
  const expected = new Map<string, Gemeente[]>() // SWV code → the dossier's gemeenten it serves
  const unknown: Gemeente[] = []
  for (const gemeente of gemeenten) {
    const known = municipality(data, gemeente.gm_code)
    if (!known || known.po.length + known.vo.length === 0) {
      unknown.push(gemeente)
      continue
    }
    for (const code of [...known.po, ...known.vo].map(normalizeSwvCode)) expected.set(code, [...(expected.get(code) ?? []), gemeente])
  }
  const present = new Set(samenwerkingsverbanden.map((s) => normalizeSwvCode(s.code)))
  const codes = [...expected.keys()].sort()
  const missing = codes.filter((code) => !present.has(code))
  if (codes.length > 0) {
    toelichting.push(`Samenwerkingsverbanden van de gemeenten in het dossier volgens de referentiegegevens: ${list(codes)}.`)
    toelichting.push(missing.length === 0
      ? `${codes.length === 1 ? 'Dit samenwerkingsverband is' : codes.length === 2 ? 'Beide zijn' : `Alle ${numberInWords(codes.length)} zijn`} partij in het dossier.`
      : `Niet vertegenwoordigd in het dossier: ${list(missing.map((code) => `${code} (${list(expected.get(code)!.map((g) => g.naam))})`))}.`)
  }
  if (unknown.length > 0) {
    toelichting.push(`Voor ${list(unknown.map((g) => `${g.naam} (${g.gm_code})`))} noemen de referentiegegevens geen samenwerkingsverbanden; handmatig na te gaan.`)
  }
  toelichting.push('De indeling van de samenwerkingsverbanden in de referentiegegevens is de stand van 2015, zonder latere fusies of wijzigingen.')
  return { status: missing.length > 0 ? 'nee' : unknown.length > 0 ? 'deels' : 'ja', toelichting }
}

/** A gemeente in the reference data by its CBS code (`GM0400`). */
function municipality(data: ReferenceData, code: string): ReferenceMunicipality | undefined {
  const wanted = code.trim().toUpperCase()
  return data.municipalities.get(wanted) ?? [...data.municipalities.values()].find((m) => m.code.toUpperCase() === wanted)
}

// 6. Ontwikkelagenda bepaald
function agenda(dossier: Dossier): Answer {
  const used = new Set(dossier.agenda.map((a) => a.thema))
  const covered = wegwijzerThemes.filter((t) => used.has(t))
  const absent = wegwijzerThemes.filter((t) => !used.has(t))
  const missingTasks = developmentTasks.filter((t) => !used.has(t))
  const label = (themes: readonly Thema[]) => list(themes.map((t) => themeLabels[t]))
  const toelichting: string[] = []
  if (covered.length > 0) toelichting.push(`Thema’s van de Wegwijzer in de ontwikkelagenda: ${label(covered)}.`)
  if (absent.length > 0) toelichting.push(`Niet in de ontwikkelagenda: ${label(absent)}.`)
  const other = dossier.agenda.filter((a) => a.thema === 'overig').length
  if (other > 0) toelichting.push(`${other === 1 ? 'Eén punt heeft' : `${other} punten hebben`} een ander thema (overig).`)
  if (missingTasks.length === 0) {
    toelichting.push('De drie ontwikkelopgaven uit de vraag (preventie en toegang, integraal arrangeren en overgangen) komen alle voor.')
    return { status: 'ja', toelichting }
  }
  toelichting.push(`${missingTasks.length === 1 ? 'Ontbrekende ontwikkelopgave' : 'Ontbrekende ontwikkelopgaven'}: ${label(missingTasks)}.`)
  return { status: missingTasks.length === developmentTasks.length ? 'nee' : 'deels', toelichting }
}

// 7. OOGO voorbereid
function prepared(dossier: Dossier): Answer {
  // Optional in the schema (rule JW-2.2-GESCHILLENREGELING requires it): the type says otherwise.
  const rules = dossier.geschillenregeling as Dossier['geschillenregeling'] | undefined
  const toelichting = rules
    ? [`Geschillenregeling: ${rules.commissie}, voor ${list(rules.verzoek_soorten.map((s) => requestLabels[s]))}.`]
    : ['Het dossier bevat geen geschillenregeling; artikel 2.2, derde lid, van de Jeugdwet vraagt een voorziening voor het beslechten van geschillen.']

  const lastOogo = (dossier.vergaderingen ?? []).filter((m) => m.soort === 'oogo').map((m) => m.datum).sort().at(-1)
  const planned = dossier.partijen.gemeenten.filter((g): g is Gemeente & { raadsbehandeling_jeugdplan: string } => g.raadsbehandeling_jeugdplan !== undefined)
  const unplanned = dossier.partijen.gemeenten.filter((g) => g.raadsbehandeling_jeugdplan === undefined)
  let room = false
  if (lastOogo === undefined) {
    toelichting.push('Het dossier bevat nog geen vergadering met OOGO-status; of er ruimte is voor vaststelling van het jeugdplan door de raad, is handmatig na te gaan.')
  } else if (planned.length === 0) {
    toelichting.push('Geen gemeente heeft een datum voor de raadsbehandeling van het jeugdplan (raadsbehandeling_jeugdplan); of er ruimte is voor vaststelling door de raad, is handmatig na te gaan.')
  } else {
    const early = planned.filter((g) => g.raadsbehandeling_jeugdplan <= lastOogo)
    const after = planned.filter((g) => g.raadsbehandeling_jeugdplan > lastOogo)
    const dated = (gs: typeof planned) => list(gs.map((g) => `${g.naam} op ${dutchDate(g.raadsbehandeling_jeugdplan)}`))
    toelichting.push(`Laatste vergadering met OOGO-status: ${dutchDate(lastOogo)}.`)
    if (after.length > 0) toelichting.push(`De raad behandelt het jeugdplan daarna: ${dated(after)}.`)
    if (early.length > 0) toelichting.push(`De raad behandelt het jeugdplan niet na die vergadering: ${dated(early)}.`)
    room = early.length === 0
  }
  if (unplanned.length > 0 && planned.length > 0) {
    toelichting.push(`Geen datum voor de raadsbehandeling van het jeugdplan: ${list(unplanned.map((g) => g.naam))}.`)
  }
  return { status: !rules ? 'nee' : room ? 'ja' : 'deels', toelichting }
}

// 8. Afstemming in begroting
function budget(dossier: Dossier): Answer {
  const { van, tot } = dossier.jeugdplan.periode
  return {
    status: 'handmatig',
    toelichting: [
      'Het dossier bevat geen gegevens over de begroting; of de gevolgen van de inkoop van jeugdhulp met de samenwerkingsverbanden zijn afgestemd, is handmatig na te gaan.',
      `De vraag noemt de inkoop per ${dutchDate(INKOOP_PEILDATUM)}, de datum uit de Wegwijzer; voor dit jeugdplan gaat het om de periode van ${dutchDate(van)} tot en met ${dutchDate(tot)}.`,
    ],
  }
}

// 9. Vervolgafspraken
function followUp(dossier: Dossier): Answer {
  const perYear = dossier.procedure?.vergaderingen_per_jaar
  if (perYear === undefined) {
    return {
      status: 'handmatig',
      toelichting: [
        'Het dossier legt niet vast hoe vaak de overlegcommissie vergadert (procedure.vergaderingen_per_jaar).',
        'Of partijen afspraken hebben gemaakt over voortzetting van de overlegstructuur, is handmatig na te gaan.',
      ],
    }
  }
  return {
    status: 'ja',
    toelichting: [`Partijen hebben afgesproken dat de ${dossier.overlegcommissie.naam} ten minste ${numberInWords(perYear)} keer per jaar vergadert.`],
  }
}

/** "A, B en C". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}
