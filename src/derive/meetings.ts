/**
 * Meetings as documents see them: their character, their place in the series, and the full
 * numbered agenda (opening, the previous minutes, the points, rondvraag, sluiting), so that the
 * invitation and the minutes number every item the same way.
 */
import type { Agendapunt, Dossier, Vergadering } from '../model/dossier.ts'
import { dutchDate } from '../text/dutch-dates.ts'
import { basisLabels, meetingLabels, themeLabels } from './labels.ts'

export interface AgendaEntry {
  nummer: number
  soort: 'opening' | 'verslag' | 'punt' | 'rondvraag' | 'sluiting'
  titel: string
  id?: string
  thema?: string
  thema_label?: string
  toelichting?: string
  grondslag?: string
  grondslag_label?: string
  /**
   * What the meeting does with the item, from the meeting's kind: "ter overeenstemming" at a meeting with
   * OOGO-status, "ter bespreking" at an algemeen overleg, "ter vaststelling" for the previous minutes.
   */
  doel?: string
}

export interface MeetingView extends Vergadering {
  karakter: string
  is_oogo: boolean
  is_algemeen: boolean
  is_bijzonder: boolean
  heeft_oogo_status: boolean
  volgnummer: number
  vorige?: { id: string; datum: string; karakter: string }
  geschil?: { onderwerp: string; agendapunt: string; agendapunt_titel: string; ontstaan_in_datum: string }
  agenda: AgendaEntry[]
  punten: AgendaEntry[]
}

/** An agenda item with its labels; in a combined OOGO an item without grondslag is about the jeugdplan. */
export function agendaItemView(item: Agendapunt, combined = false): Omit<AgendaEntry, 'nummer' | 'soort'> {
  const basis = item.grondslag ?? (combined ? 'jeugd' : undefined)
  return {
    id: item.id,
    titel: item.titel,
    thema: item.thema,
    thema_label: themeLabels[item.thema],
    ...(item.toelichting ? { toelichting: item.toelichting } : {}),
    ...(basis ? { grondslag: basis, grondslag_label: basisLabels[basis] } : {}),
  }
}

/** Every meeting, in dossier order; "previous" is by date (ties keep dossier order). */
export function meetingViews(dossier: Dossier): MeetingView[] {
  const meetings = dossier.vergaderingen ?? []
  const byDate = [...meetings].sort((a, b) => a.datum.localeCompare(b.datum))
  const position = new Map(byDate.map((m, i) => [m, i])) // not indexOf per meeting: linear, also for a thousand meetings
  const agenda = new Map(dossier.agenda.map((a) => [a.id, a]))
  const geschil = dossier.geschil
  return meetings.map((meeting) => {
    const index = position.get(meeting)!
    const previous = index > 0 ? byDate[index - 1] : undefined
    const entries: Omit<AgendaEntry, 'nummer'>[] = [
      { soort: 'opening', titel: 'Opening en vaststelling van de agenda' },
      ...(previous?.verslag ? [{ soort: 'verslag' as const, titel: `Verslag van de vergadering van ${dutchDate(previous.datum)}` }] : []),
      ...meeting.agendapunten.map((id) => ({ soort: 'punt' as const, ...agendaItemView(agenda.get(id)!, dossier.dossier.soort === 'gecombineerd') })),
      { soort: 'rondvraag', titel: 'Rondvraag' },
      { soort: 'sluiting', titel: 'Sluiting' },
    ]
    const disputed = geschil && geschil.bijzondere_vergadering === meeting.id ? geschil.agendapunt : undefined
    const numbered = entries.map((entry, i) => {
      const doel = purpose(meeting.soort, entry, disputed)
      return { nummer: i + 1, ...entry, ...(doel ? { doel } : {}) }
    })
    const view: MeetingView = {
      ...meeting,
      karakter: meetingLabels[meeting.soort],
      is_oogo: meeting.soort === 'oogo',
      is_algemeen: meeting.soort === 'algemeen',
      is_bijzonder: meeting.soort === 'bijzonder',
      heeft_oogo_status: meeting.soort !== 'algemeen',
      volgnummer: index + 1,
      agenda: numbered,
      punten: numbered.filter((e) => e.soort === 'punt'),
    }
    if (previous) view.vorige = { id: previous.id, datum: previous.datum, karakter: meetingLabels[previous.soort] }
    if (geschil && geschil.bijzondere_vergadering === meeting.id) {
      view.geschil = {
        onderwerp: geschil.onderwerp,
        agendapunt: geschil.agendapunt,
        agendapunt_titel: agenda.get(geschil.agendapunt)!.titel,
        ontstaan_in_datum: meetings.find((m) => m.id === geschil.ontstaan_in)!.datum,
      }
    }
    return view
  })
}

/**
 * The purpose of an agenda item, honestly from the meeting's kind: only a meeting with OOGO-status seeks
 * agreement; at the bijzondere vergadering the disputed item is discussed for alternatives and the dispute
 * made concrete (Wegwijzer §2.2). Opening, rondvraag and sluiting have none.
 */
function purpose(kind: Vergadering['soort'], entry: Omit<AgendaEntry, 'nummer'>, disputed: string | undefined): string | undefined {
  if (entry.soort === 'verslag') return 'ter vaststelling'
  if (entry.soort !== 'punt') return undefined
  if (kind === 'algemeen') return 'ter bespreking'
  if (kind === 'bijzonder' && entry.id === disputed) return 'ter bespreking van alternatieven en concretisering van het geschil'
  return 'ter overeenstemming'
}
