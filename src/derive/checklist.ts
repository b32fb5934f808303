/**
 * The checklist "is dit OOGO voorbereid?": the nine questions of the checklist OOGO jeugd in the
 * Wegwijzer OOGO jeugd (§4.2), each with what the dossier shows and a status. The Wegwijzer says
 * the checklist "biedt geen voorgeschreven format": this is a reading aid, not an official
 * instrument, and a status only says what the dossier shows: "ja" only where the dossier proves
 * it, "nee" only where the dossier proves the opposite, "deels" where it answers part of the
 * question, and `onbekend` ("onbekend — met de hand nagaan") where it cannot answer at all. A
 * monitor on the ontwikkelagenda, for instance, is not the content of the concept jeugdplan, and
 * reference data of 2015 is not the present composition of a region.
 *
 * A bijzondere vergadering has OOGO-status (the overeenkomst says so), like a meeting of soort oogo.
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
import { list as names } from './request.ts'

export type ChecklistStatus = 'ja' | 'nee' | 'deels' | 'onbekend'

export interface ChecklistItem {
  nummer: number
  titel: string
  /** The question, verbatim from the Wegwijzer (item 8 with its reference date). */
  vraag: string
  status: ChecklistStatus
  /** "ja", "nee", "deels" or "onbekend — met de hand nagaan". */
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
  onbekend: 'onbekend — met de hand nagaan',
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
  return { items, samenvatting: { ja: count('ja'), nee: count('nee'), deels: count('deels'), onbekend: count('onbekend') } }
}

/** The dates of the meetings with OOGO-status (soort oogo, and the bijzondere vergadering), sorted. */
function oogoStatusDates(dossier: Dossier): string[] {
  return (dossier.vergaderingen ?? []).filter((m) => m.soort !== 'algemeen').map((m) => m.datum).sort()
}

/** "vier gemeenten", "één samenwerkingsverband PO": a count up to twenty in words, then the noun. */
function counted(n: number, singular: string, plural: string): string {
  return `${n <= 20 ? numberInWords(n).replace(/^een$/, 'één') : String(n)} ${n === 1 ? singular : plural}`
}

// 1. Kennis en informatie op peil
function knowledge(dossier: Dossier): Answer {
  const toelichting = ['Het dossier legt niet vast wat partijen weten van het doel en de globale inhoud van het ondersteuningsplan en van de procedure voor het OOGO jeugd; dat is met de hand na te gaan.']
  const meetings = dossier.vergaderingen ?? []
  const firstOogo = oogoStatusDates(dossier)[0]
  const general = meetings.filter((m) => m.soort === 'algemeen' && (firstOogo === undefined || m.datum < firstOogo)).map((m) => m.datum).sort()
  if (general.length > 0) {
    const when = firstOogo ? ` vóór de eerste vergadering met OOGO-status (${dutchDate(firstOogo)})` : ''
    const count = counted(general.length, 'algemeen overleg', 'algemene overleggen')
    toelichting.push(`Het dossier noemt${when} ${count}: ${list(general.map(dutchDate))}.`)
  }
  return { status: 'onbekend', toelichting }
}

// 2. Speelveld in beeld
function playingField(dossier: Dossier): Answer {
  const { gemeenten, samenwerkingsverbanden, mbo_instellingen: mbo = [] } = dossier.partijen
  const swvs = (sector: Sector) => {
    const codes = samenwerkingsverbanden.filter((s) => s.sector === sector).map((s) => normalizeSwvCode(s.code))
    const label = counted(codes.length, `samenwerkingsverband ${sector.toUpperCase()}`, `samenwerkingsverbanden ${sector.toUpperCase()}`)
    return codes.length === 0 ? `geen samenwerkingsverband ${sector.toUpperCase()}` : `${label} (${list(codes)})`
  }
  const municipalities = `${counted(gemeenten.length, 'gemeente', 'gemeenten')} (${names(gemeenten.map((g) => g.naam))})`
  const toelichting = [`Partijen in het dossier: ${list([municipalities, swvs('po'), swvs('vo')])}.`]
  if (mbo.length > 0) {
    const context = dossier.dossier.soort === 'gecombineerd' ? 'voor het overleg over het ondersteuningsplan VO' : 'in het dossier'
    toelichting.push(`Ook uitgenodigd ${context}, maar geen partij: ${counted(mbo.length, 'mbo-instelling', 'mbo-instellingen')} (${list(mbo.map((m) => m.naam))}).`)
  }
  toelichting.push('Of alle betrokken partijen in de samenwerking van jeugdhulp en passend onderwijs in beeld zijn, is met de hand na te gaan.')
  return { status: 'deels', toelichting }
}

// 3. Belangrijkste kengetallen in zicht
function monitor(dossier: Dossier): Answer {
  const question = 'Of het concept jeugdplan zelf plannen voor een gezamenlijke monitor op de samenwerking tussen jeugdhulp en passend onderwijs bevat, is met de hand na te gaan: het dossier bevat de tekst van het concept niet.'
  const items = dossier.agenda.filter((a) => /monitor/i.test(`${a.titel} ${a.toelichting ?? ''}`))
  if (items.length === 0) {
    return { status: 'onbekend', toelichting: ['De ontwikkelagenda heeft geen punt over een monitor.', question] }
  }
  const toelichting = [`De ontwikkelagenda heeft ${items.length === 1 ? 'een punt' : 'punten'} over een monitor: ${list(items.map((a) => `‘${a.titel}’ (thema ${themeLabels[a.thema]})`))}.`]
  const held = [...(dossier.vergaderingen ?? [])].filter((m) => m.verslag).sort((a, b) => a.datum.localeCompare(b.datum))
  for (const item of items) {
    const last = held.flatMap((m) => m.verslag!.punten.filter((p) => p.agendapunt === item.id).map((p) => ({ meeting: m, point: p }))).at(-1)
    if (last) {
      toelichting.push(`‘${item.titel}’ is het laatst besproken op ${dutchDate(last.meeting.datum)} (${meetingLabels[last.meeting.soort]}): ${outcomeLabels[last.point.uitkomst]}.`)
    }
  }
  toelichting.push(question)
  return { status: 'deels', toelichting }
}

// 4. Koers formuleren
function course(): Answer {
  return {
    status: 'onbekend',
    toelichting: ['Het dossier bevat de ondersteuningsplannen en de visie van partijen niet; of de plannen vanuit een gezamenlijke visie zijn opgesteld, is met de hand na te gaan.'],
  }
}

// 5. Overlegstructuur (her-) ingericht
/**
 * What the dossier proves: which SWV's are parties, whether each gemeente has an SWV PO and VO,
 * and (with `leden`) whether each SWV has a member in the overlegcommissie. A missing SWV or
 * member is "nee". Which SWV's lie within the jeugdhulpregio today the dossier cannot show: the
 * reference data is the state of 2015, so at best the answer is "deels".
 */
function structure(dossier: Dossier, reference: () => ReferenceData): Answer {
  const { gemeenten, samenwerkingsverbanden } = dossier.partijen
  const toelichting = [`Het OOGO wordt gevoerd ${scaleText(dossier)}.`]
  let proven = true // nothing in the dossier says an SWV is missing

  const without = (sector: Sector) => gemeenten.filter((g) => !samenwerkingsverbanden.some((s) => s.sector === sector && s.gemeenten.includes(g.id)))
  const noPo = without('po')
  const noVo = without('vo')
  if (noPo.length === 0 && noVo.length === 0) {
    toelichting.push(`${gemeenten.length === 1 ? `De gemeente ${gemeenten[0]!.naam} heeft` : 'Elke gemeente heeft'} in het dossier een samenwerkingsverband PO en een samenwerkingsverband VO.`)
  }
  if (noPo.length > 0) toelichting.push(`Zonder samenwerkingsverband PO in het dossier: ${names(noPo.map((g) => g.naam))}.`)
  if (noVo.length > 0) toelichting.push(`Zonder samenwerkingsverband VO in het dossier: ${names(noVo.map((g) => g.naam))}.`)
  if (noPo.length + noVo.length > 0) proven = false

  const members = dossier.overlegcommissie.leden
  if (members) {
    const absent = samenwerkingsverbanden.filter((s) => !members.some((l) => l.namens === s.id))
    if (absent.length > 0) {
      toelichting.push(`Zonder lid in de ${dossier.overlegcommissie.naam}: ${list(absent.map((s) => `${s.naam} (${normalizeSwvCode(s.code)})`))}.`)
      proven = false
    } else {
      toelichting.push(`Elk samenwerkingsverband dat partij is, heeft een lid in de ${dossier.overlegcommissie.naam}.`)
    }
  } else {
    toelichting.push(`De ${dossier.overlegcommissie.naam} bestaat uit de vertegenwoordigers van alle partijen, dus ook van elk samenwerkingsverband dat partij is.`)
  }

  if (dossier.dossier.schaal !== 'jeugdhulpregio') {
    toelichting.push('De vraag gaat over alle samenwerkingsverbanden binnen de jeugdhulpregio; bij deze schaal toont het dossier alleen de samenwerkingsverbanden van de deelnemende gemeenten. Welke samenwerkingsverbanden verder binnen de jeugdhulpregio liggen, is met de hand na te gaan.')
    return { status: proven ? 'deels' : 'nee', toelichting }
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
      : `Volgens de referentiegegevens niet vertegenwoordigd in het dossier: ${list(missing.map((code) => `${code} (${names(expected.get(code)!.map((g) => g.naam))})`))}; na te gaan is of ${missing.length === 1 ? 'dit samenwerkingsverband nog zo bestaat en partij moet zijn' : 'deze samenwerkingsverbanden nog zo bestaan en partij moeten zijn'}.`)
  }
  if (unknown.length > 0) {
    toelichting.push(`Voor ${list(unknown.map((g) => `${g.naam} (${g.gm_code})`))} noemen de referentiegegevens geen samenwerkingsverbanden; met de hand na te gaan.`)
  }
  toelichting.push('De indeling van de samenwerkingsverbanden in de referentiegegevens is de stand van 2015, zonder latere fusies of wijzigingen; of zij nog klopt en of alle gemeenten van de jeugdhulpregio deelnemen, is met de hand na te gaan.')
  return { status: proven ? 'deels' : 'nee', toelichting }
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
/**
 * Two questions. The first the dossier answers: its geschillenregeling (rule A-05 requires one).
 * The second: only advies and bemiddeling, both not binding, leave the adoption to the raad; the
 * dossier proves the room in time only when every raad treats the jeugdplan after the last meeting
 * with OOGO-status and, in a dispute with a request, after the Commissie's advice.
 */
function prepared(dossier: Dossier): Answer {
  // Optional in the schema (rule JW-2.2-GESCHILLENREGELING requires it): the type says otherwise.
  const rules = dossier.geschillenregeling as Dossier['geschillenregeling'] | undefined
  const toelichting = rules
    ? [`Geschillenregeling: ${rules.commissie}, voor ${list(rules.verzoek_soorten.map((s) => requestLabels[s]))}.`]
    : ['Het dossier bevat geen geschillenregeling; artikel 2.2, derde lid, van de Jeugdwet vraagt een voorziening voor het beslechten van geschillen.']
  const binding = (rules?.verzoek_soorten ?? []).filter((s) => s === 'bindend-advies' || s === 'arbitrage')
  if (rules && binding.length === 0) {
    const kinds = rules.verzoek_soorten
    toelichting.push(kinds.includes('advies') && kinds.includes('bemiddeling')
      ? 'Een advies van de Commissie is niet bindend en bemiddeling evenmin: de gemeenteraad stelt het jeugdplan zelf vast.'
      : kinds.includes('advies')
        ? 'Een advies van de Commissie is niet bindend: de gemeenteraad stelt het jeugdplan zelf vast.'
        : 'Bemiddeling door de Commissie bindt de gemeenteraad niet: de gemeenteraad stelt het jeugdplan zelf vast.')
  }
  if (binding.length > 0) {
    toelichting.push(`De geschillenregeling noemt ook ${list(binding.map((s) => requestLabels[s]))}; dat past niet bij het OOGO jeugd, waarin de gemeenteraad het jeugdplan vaststelt.`)
  }

  const lastOogo = oogoStatusDates(dossier).at(-1)
  const lastIsSpecial = (dossier.vergaderingen ?? []).some((m) => m.soort === 'bijzonder' && m.datum === lastOogo)
  const planned = dossier.partijen.gemeenten.filter((g): g is Gemeente & { raadsbehandeling_jeugdplan: string } => g.raadsbehandeling_jeugdplan !== undefined)
  const unplanned = dossier.partijen.gemeenten.filter((g) => g.raadsbehandeling_jeugdplan === undefined)
  const dispute = dossier.geschil
  const advice = dispute?.advies?.datum
  let room = false
  if (lastOogo === undefined) {
    toelichting.push('Het dossier bevat nog geen vergadering met OOGO-status; of er ruimte is voor vaststelling van het jeugdplan door de gemeenteraad, is met de hand na te gaan.')
  } else if (planned.length === 0) {
    toelichting.push('Geen gemeente heeft een datum voor de raadsbehandeling van het jeugdplan (raadsbehandeling_jeugdplan); of er ruimte is voor vaststelling door de gemeenteraad, is met de hand na te gaan.')
  } else {
    // The raad decides after the last meeting with OOGO-status and, with a request, after the advice.
    const after = advice && advice > lastOogo ? advice : lastOogo
    const early = planned.filter((g) => g.raadsbehandeling_jeugdplan <= after)
    const later = planned.filter((g) => g.raadsbehandeling_jeugdplan > after)
    const dated = (gs: typeof planned) => list(gs.map((g) => `in ${g.naam} op ${dutchDate(g.raadsbehandeling_jeugdplan)}`))
    toelichting.push(`Laatste vergadering met OOGO-status: ${dutchDate(lastOogo)}${lastIsSpecial ? ' (de bijzondere vergadering, die ook OOGO-status heeft)' : ''}.`)
    if (advice) toelichting.push(`Advies van de Commissie: ${dutchDate(advice)}.`)
    const moment = advice && advice > lastOogo ? 'na het advies' : 'na die vergadering'
    if (later.length > 0) toelichting.push(`De gemeenteraad behandelt het jeugdplan ${moment}: ${dated(later)}.`)
    if (early.length > 0) toelichting.push(`De gemeenteraad behandelt het jeugdplan niet ${moment}: ${dated(early)}.`)
    const pending = dispute?.verzoek !== undefined && dispute.verzoek.soort === 'advies' && !advice
    if (pending) toelichting.push('Er is om advies verzocht, maar het dossier bevat nog geen advies; of de gemeenteraad pas na het advies beslist, is met de hand na te gaan.')
    room = early.length === 0 && !pending
  }
  if (unplanned.length > 0 && planned.length > 0) {
    toelichting.push(`Geen datum voor de raadsbehandeling van het jeugdplan: ${names(unplanned.map((g) => g.naam))}.`)
  }
  return { status: !rules ? 'nee' : room && binding.length === 0 && unplanned.length === 0 ? 'ja' : 'deels', toelichting }
}

// 8. Afstemming in begroting
function budget(dossier: Dossier): Answer {
  const { van, tot } = dossier.jeugdplan.periode
  return {
    status: 'onbekend',
    toelichting: [
      'Het dossier bevat geen gegevens over de begroting; of de gevolgen van de inkoop van jeugdhulp met de samenwerkingsverbanden zijn afgestemd, is met de hand na te gaan.',
      `De vraag noemt de inkoop per ${dutchDate(INKOOP_PEILDATUM)}, de datum uit de Wegwijzer; voor dit jeugdplan gaat het om de periode van ${dutchDate(van)} tot en met ${dutchDate(tot)}.`,
    ],
  }
}

// 9. Vervolgafspraken
function followUp(dossier: Dossier): Answer {
  const perYear = dossier.procedure?.vergaderingen_per_jaar
  if (perYear === undefined) {
    return {
      status: 'onbekend',
      toelichting: [
        'Het dossier legt niet vast hoe vaak de overlegcommissie vergadert (procedure.vergaderingen_per_jaar).',
        'Of partijen afspraken hebben gemaakt over voortzetting van de overlegstructuur, is met de hand na te gaan.',
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
