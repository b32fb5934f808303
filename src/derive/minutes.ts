/**
 * The minutes of one meeting: attendees grouped per party (in signing order), absentees with and
 * without notice, each discussed point with the number it had on the invitation, and the action
 * list with party names instead of ids.
 */
import type { Dossier, Vergadering } from '../model/dossier.ts'
import { outcomeLabels } from './labels.ts'
import type { MeetingView } from './meetings.ts'
import { participantsById } from './parties.ts'

export interface MinutesView {
  notulist: { naam: string; functie: string }
  aanwezig_per_partij: { partij_naam: string; personen: { naam: string; functie: string }[] }[]
  afwezig_met_afmelding: { naam: string; partij_naam: string }[]
  afwezig_zonder_afmelding: { naam: string; partij_naam: string }[]
  /** Every point on the agenda, in agenda order; one the minutes do not mention is `niet_besproken`. */
  punten: {
    id: string
    nummer: number
    titel: string
    thema_label: string
    grondslag_label?: string
    niet_besproken: boolean
    besproken?: string
    uitkomst?: string
    uitkomst_tekst?: string
    afspraken: { wat: string; wie: string; wanneer: string }[]
  }[]
  afspraken: { punt_nummer: number; wat: string; wie: string; wanneer: string }[]
  rondvraag?: string
}

export function minutesView(dossier: Dossier, meeting: MeetingView): MinutesView | undefined {
  const minutes = (meeting as Vergadering).verslag
  if (!minutes) return undefined
  const people = participantsById(dossier)
  const name = (id: string) => people.get(id)?.aanduiding ?? id
  const order = [...people.keys()]
  const attending = order
    .map((id) => ({ partij_naam: name(id), personen: minutes.aanwezig.filter((a) => a.namens === id).map(({ naam, functie }) => ({ naam, functie })) }))
    .filter((group) => group.personen.length > 0)
  const absent = minutes.afwezig ?? []
  const points = meeting.punten.map((entry) => {
    const point = minutes.punten.find((p) => p.agendapunt === entry.id)
    return {
      id: entry.id!,
      nummer: entry.nummer,
      titel: entry.titel,
      thema_label: entry.thema_label!,
      ...(entry.grondslag_label ? { grondslag_label: entry.grondslag_label } : {}),
      niet_besproken: point === undefined,
      ...(point ? { besproken: point.besproken, uitkomst: point.uitkomst, uitkomst_tekst: outcomeLabels[point.uitkomst] } : {}),
      afspraken: (point?.afspraken ?? []).map((a) => ({ wat: a.wat, wie: name(a.wie), wanneer: a.wanneer })),
    }
  })
  const view: MinutesView = {
    notulist: minutes.notulist,
    aanwezig_per_partij: attending,
    afwezig_met_afmelding: absent.filter((a) => a.afgemeld).map((a) => ({ naam: a.naam, partij_naam: name(a.namens) })),
    afwezig_zonder_afmelding: absent.filter((a) => !a.afgemeld).map((a) => ({ naam: a.naam, partij_naam: name(a.namens) })),
    punten: points,
    afspraken: points.flatMap((p) => p.afspraken.map((a) => ({ punt_nummer: p.nummer, ...a }))),
  }
  if (minutes.rondvraag) view.rondvraag = minutes.rondvraag
  return view
}
