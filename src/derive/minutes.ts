/**
 * The minutes of one meeting: attendees grouped per party (in signing order), absentees with and
 * without notice, the parties nobody represented, each discussed point with the number it had on
 * the invitation, and the action list with party names instead of ids.
 *
 * The minutes state only what the dossier records. Two facts follow from the dossier and the law:
 * - an agreement on a point binds only the parties that were represented. For the jeugdplan of a
 *   gemeente, agreement needs its college and every SWV whose area covers it (art. 2.2 lid 3
 *   Jeugdwet); for the ondersteuningsplan of an SWV, that SWV and the colleges of the gemeenten in
 *   its area (art. 18a lid 9 WPO, art. 2.47 lid 10 WVO 2020). A point "agreed" while one of them
 *   was absent is agreed subject to the consent of the absent parties concerned (`voorbehoud`).
 * - "geen overeenstemming" in a meeting with OOGO-status is followed by a bijzondere vergadering
 *   (within the agreed term); in a bijzondere vergadering, by the possibility of a request to the
 *   Geschillencommissie. Both come from the dispute article of the parties' overeenkomst.
 */
import type { Dossier, Grondslag, Vergadering } from '../model/dossier.ts'
import { addDays } from '../text/iso-dates.ts'
import { outcomeLabels } from './labels.ts'
import type { MeetingView } from './meetings.ts'
import { partiesInOrder, participantsById, type PartyView } from './parties.ts'

const councilFunction = /\b(gemeente)?raad(slid|sleden)?\b|\braadsvoorzitter|griffier/i

export interface AbsentView {
  naam: string
  partij_naam: string
  partij_met_lidwoord: string
}

/** One party's (or several parties' identical) position on the dispute. */
export interface PositionView {
  partijen: string
  standpunt: string
}

export interface MinutesPointView {
  id: string
  nummer: number
  titel: string
  thema_label: string
  grondslag_label?: string
  niet_besproken: boolean
  besproken?: string
  uitkomst?: string
  uitkomst_tekst?: string
  /** Agreement reached while parties concerned were not represented: those parties, in running text. */
  voorbehoud?: string
  /** "Geen overeenstemming" in a meeting with OOGO-status (not a bijzondere vergadering): a bijzondere vergadering follows. */
  volgt_bijzondere_vergadering: boolean
  /** The agreed term for that bijzondere vergadering (procedure.termijnen) and its last day, when the dossier agrees one. */
  bijzondere_vergadering_termijn?: { dagen: number; uiterlijk: string }
  /** "Geen overeenstemming" in a bijzondere vergadering: a request to the Geschillencommissie is possible. */
  volgt_verzoek: boolean
  /** On the point of a bijzondere vergadering that the dispute is about: its subject and content. */
  geschil?: {
    onderwerp?: string
    standpunten: PositionView[]
    /** Where the positions come from: the minutes themselves, or the request to the Geschillencommissie. */
    standpunten_uit_verslag: boolean
    standpunten_uit_verzoek: boolean
  }
  afspraken: { wat: string; wie: string; wanneer: string }[]
}

export interface MinutesView {
  notulist: { naam: string; functie: string }
  aanwezig_per_partij: { partij_naam: string; partij_met_lidwoord: string; personen: { naam: string; functie: string }[] }[]
  afwezig_met_afmelding: AbsentView[]
  afwezig_zonder_afmelding: AbsentView[]
  /** The parties (never mbo-instellingen) without anyone present, in signing order. */
  niet_vertegenwoordigd: string[]
  /** The same in running text, gemeenten grouped: "de gemeenten Lisse en Teylingen en het Samenwerkingsverband …". */
  niet_vertegenwoordigd_tekst?: string
  /** Every point on the agenda, in agenda order; one the minutes do not mention is `niet_besproken`. */
  punten: MinutesPointView[]
  afspraken: { punt_nummer: number; wat: string; wie: string; wanneer: string }[]
  rondvraag?: string
  /** What this meeting decided on the minutes of the previous one, as the dossier records it. */
  vorig_verslag?: { status: 'vastgesteld' | 'gewijzigd-vastgesteld' | 'niet-vastgesteld'; wijzigingen?: string }
  /** When the next meeting adopted these minutes (its `vorig_verslag`): the date, and whether with changes. */
  vastgesteld_in?: { datum: string; gewijzigd: boolean }
}

/** "A", "A en B", "A, B en C". */
function joinDutch(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`
}

/** Parties in running text, the gemeenten grouped ("de gemeenten Lisse en Teylingen"), each SWV by its own name. */
export function partiesText(parties: readonly PartyView[]): string {
  const municipalities = parties.filter((p) => p.soort === 'gemeente')
  const groups: string[] = []
  if (municipalities.length === 1) groups.push(municipalities[0]!.met_lidwoord)
  if (municipalities.length > 1) {
    // A name with "en" in it ("Kaag en Braassem") goes first, where commas set it apart: "…, Nieuwkoop en Kaag en Braassem" is ambiguous.
    const names = municipalities.map((m) => m.naam)
    const withEn = names.filter((n) => / en /.test(n))
    groups.push(`de gemeenten ${joinDutch([...withEn, ...names.filter((n) => !withEn.includes(n))])}`)
  }
  groups.push(...parties.filter((p) => p.soort !== 'gemeente').map((p) => p.met_lidwoord))
  // A group that itself ends in "… en …" is followed by a comma, so the last "en" joins the groups.
  if (groups.length > 1 && municipalities.length > 1) return `${groups.slice(0, -1).join(', ')}, en ${groups[groups.length - 1]}`
  return joinDutch(groups)
}

/**
 * The sets of parties whose agreement a point needs, one set per plan it concerns: per gemeente for
 * the jeugdplan, per SWV of the sector for an ondersteuningsplan.
 */
function agreementUnits(dossier: Dossier, basis: Grondslag | undefined): Set<string>[] {
  const swvs = dossier.partijen.samenwerkingsverbanden
  if (basis === 'ondersteuningsplan-po' || basis === 'ondersteuningsplan-vo') {
    const sector = basis === 'ondersteuningsplan-po' ? 'po' : 'vo'
    return swvs.filter((s) => s.sector === sector).map((s) => new Set([s.id, ...s.gemeenten]))
  }
  return dossier.partijen.gemeenten.map((g) => new Set([g.id, ...swvs.filter((s) => s.gemeenten.includes(g.id)).map((s) => s.id)]))
}

/** The parties concerned by a point that nobody represented, in signing order. */
function absentConcerned(dossier: Dossier, basis: Grondslag | undefined, represented: ReadonlySet<string>): PartyView[] {
  const concerned = new Set(agreementUnits(dossier, basis).flatMap((unit) => [...unit].filter((id) => !represented.has(id))))
  return partiesInOrder(dossier).filter((p) => concerned.has(p.id))
}

/** The positions on the dispute: from the minutes, else from the request, identical positions grouped. */
function positions(dossier: Dossier, minutes: NonNullable<Vergadering['verslag']>): { list: PositionView[]; fromMinutes: boolean; fromRequest: boolean } {
  const parties = partiesInOrder(dossier)
  const byId = new Map(parties.map((p) => [p.id, p]))
  const group = (entries: { ids: string[]; standpunt: string }[]): PositionView[] => {
    const merged = new Map<string, string[]>()
    for (const entry of entries) merged.set(entry.standpunt, [...(merged.get(entry.standpunt) ?? []), ...entry.ids])
    return [...merged].map(([standpunt, ids]) => ({ partijen: partiesText(parties.filter((p) => ids.includes(p.id))) || ids.join(', '), standpunt }))
  }
  if (minutes.standpunten?.length) {
    const known = minutes.standpunten.filter((s) => byId.has(s.partij))
    return { list: group(known.map((s) => ({ ids: [s.partij], standpunt: s.standpunt }))), fromMinutes: true, fromRequest: false }
  }
  const request = dossier.geschil?.verzoek
  if (request) {
    const requesters = parties.filter((p) => request.verzoekers.includes(p.id))
    const kinds = new Set(requesters.map((p) => p.soort))
    // The other side, as the request sees it (derive/request.ts): the colleges against SWV's, or everyone who does not ask.
    const counterparties = parties.filter((p) => !request.verzoekers.includes(p.id) && (kinds.size > 1 || !kinds.has(p.soort)))
    return {
      list: group([
        { ids: requesters.map((p) => p.id), standpunt: request.standpunt_verzoeker },
        { ids: counterparties.map((p) => p.id), standpunt: request.standpunt_wederpartij },
      ].filter((e) => e.ids.length > 0)),
      fromMinutes: false,
      fromRequest: true,
    }
  }
  return { list: [], fromMinutes: false, fromRequest: false }
}

/** Per list of meetings, each meeting by the id of the one before it (one pass, not a search per verslag). */
const nextCache = new WeakMap<readonly MeetingView[], Map<string, MeetingView>>()
function nextMeetings(meetings: readonly MeetingView[]): Map<string, MeetingView> {
  let next = nextCache.get(meetings)
  if (!next) {
    next = new Map()
    for (const m of meetings) if (m.vorige && !next.has(m.vorige.id)) next.set(m.vorige.id, m)
    nextCache.set(meetings, next)
  }
  return next
}

export function minutesView(dossier: Dossier, meeting: MeetingView, allMeetings: readonly MeetingView[] = []): MinutesView | undefined {
  const minutes = (meeting as Vergadering).verslag
  if (!minutes) return undefined
  const people = participantsById(dossier)
  const name = (id: string) => people.get(id)?.aanduiding ?? id
  const withArticle = (id: string) => people.get(id)?.met_lidwoord ?? id
  const order = [...people.keys()]
  const attending = order
    .map((id) => ({
      partij_naam: name(id),
      partij_met_lidwoord: withArticle(id),
      personen: minutes.aanwezig.filter((a) => a.namens === id).map(({ naam, functie }) => ({ naam, functie })),
    }))
    .filter((group) => group.personen.length > 0)
  const represented = new Set(minutes.aanwezig.map((a) => a.namens))
  // A raadslid present "namens" a gemeente does not speak for its college, the party to the OOGO (as rule OVK-OVEREENSTEMMING-AANWEZIG).
  const municipalities = new Set(dossier.partijen.gemeenten.map((g) => g.id))
  const consenting = new Set(minutes.aanwezig.filter((a) => !(municipalities.has(a.namens) && councilFunction.test(a.functie))).map((a) => a.namens))
  const unrepresented = partiesInOrder(dossier).filter((p) => !represented.has(p.id))
  const absent = minutes.afwezig ?? []
  const absentView = (a: { naam: string; namens: string }): AbsentView => ({ naam: a.naam, partij_naam: name(a.namens), partij_met_lidwoord: withArticle(a.namens) })

  const term = dossier.procedure?.termijnen?.bijzondere_vergadering_binnen_dagen
  const dispute = meeting.is_bijzonder ? meeting.geschil : undefined
  // The point of a bijzondere vergadering that its dispute is about; without a linked dispute, its first point.
  const disputePointId = meeting.is_bijzonder ? (dispute && meeting.punten.some((p) => p.id === dispute.agendapunt) ? dispute.agendapunt : meeting.punten[0]?.id) : undefined

  const points = meeting.punten.map((entry): MinutesPointView => {
    const point = minutes.punten.find((p) => p.agendapunt === entry.id)
    const view: MinutesPointView = {
      id: entry.id!,
      nummer: entry.nummer,
      titel: entry.titel,
      thema_label: entry.thema_label!,
      ...(entry.grondslag_label ? { grondslag_label: entry.grondslag_label } : {}),
      niet_besproken: point === undefined,
      ...(point ? { besproken: point.besproken, uitkomst: point.uitkomst, uitkomst_tekst: outcomeLabels[point.uitkomst] } : {}),
      volgt_bijzondere_vergadering: point?.uitkomst === 'geen-overeenstemming' && meeting.is_oogo,
      volgt_verzoek: point?.uitkomst === 'geen-overeenstemming' && meeting.is_bijzonder,
      afspraken: (point?.afspraken ?? []).map((a) => ({ wat: a.wat, wie: name(a.wie), wanneer: a.wanneer })),
    }
    if (point?.uitkomst === 'overeenstemming') {
      const missing = absentConcerned(dossier, entry.grondslag as Grondslag | undefined, consenting)
      if (missing.length > 0) view.voorbehoud = partiesText(missing)
    }
    if (view.volgt_bijzondere_vergadering && term !== undefined) view.bijzondere_vergadering_termijn = { dagen: term, uiterlijk: addDays(meeting.datum, term) }
    if (point && entry.id === disputePointId) {
      const found = positions(dossier, minutes)
      view.geschil = {
        ...(dispute ? { onderwerp: dispute.onderwerp } : {}),
        standpunten: found.list,
        standpunten_uit_verslag: found.fromMinutes,
        standpunten_uit_verzoek: found.fromRequest,
      }
    }
    return view
  })

  const view: MinutesView = {
    notulist: minutes.notulist,
    aanwezig_per_partij: attending,
    afwezig_met_afmelding: absent.filter((a) => a.afgemeld).map(absentView),
    afwezig_zonder_afmelding: absent.filter((a) => !a.afgemeld).map(absentView),
    niet_vertegenwoordigd: unrepresented.map((p) => p.met_lidwoord),
    punten: points,
    afspraken: points.flatMap((p) => p.afspraken.map((a) => ({ punt_nummer: p.nummer, ...a }))),
  }
  if (unrepresented.length > 0) view.niet_vertegenwoordigd_tekst = partiesText(unrepresented)
  if (minutes.rondvraag) view.rondvraag = minutes.rondvraag
  // The decision on the previous minutes belongs only where the agenda has that item.
  if (minutes.vorig_verslag && meeting.agenda.some((e) => e.soort === 'verslag')) {
    const { status, wijzigingen } = minutes.vorig_verslag
    view.vorig_verslag = { status, ...(wijzigingen ? { wijzigingen } : {}) }
  }
  const next = nextMeetings(allMeetings).get(meeting.id)
  const decision = next?.verslag?.vorig_verslag
  if (next && decision && decision.status !== 'niet-vastgesteld') view.vastgesteld_in = { datum: next.datum, gewijzigd: decision.status === 'gewijzigd-vastgesteld' }
  return view
}
