/**
 * The request to the Geschillencommissie: who asks (SWV's and/or colleges), against whom, about
 * what, and the meetings that led to it. The counterparties are the parties of the other side:
 * when only SWV's ask, the colleges; when only colleges ask, the SWV's; otherwise everyone who
 * does not ask.
 */
import type { Dossier } from '../model/dossier.ts'
import { requestLabels } from './labels.ts'
import type { MeetingView } from './meetings.ts'
import { agendaItemView } from './meetings.ts'
import { partiesInOrder, type PartyView } from './parties.ts'

export interface RequestView {
  commissie: string
  verzoek: {
    datum: string
    soort: string
    soort_tekst: string
    vraag: string
    standpunt_verzoeker: string
    standpunt_wederpartij: string
    bijlagen: string[]
    verzoekers: PartyView[]
    wederpartijen: PartyView[]
    verzoekers_namen: string[]
  }
  geschil: {
    onderwerp: string
    agendapunt: ReturnType<typeof agendaItemView>
    ontstaan_in: MeetingView
    bijzondere_vergadering: MeetingView
  }
}

export function requestView(dossier: Dossier, meetings: readonly MeetingView[]): RequestView | undefined {
  const dispute = dossier.geschil
  const request = dispute?.verzoek
  if (!dispute || !request) return undefined
  const parties = partiesInOrder(dossier)
  const requesters = parties.filter((p) => request.verzoekers.includes(p.id))
  const kinds = new Set(requesters.map((p) => p.soort))
  const counterparties = parties.filter((p) => !request.verzoekers.includes(p.id) && (kinds.size > 1 || !kinds.has(p.soort)))
  return {
    commissie: dossier.geschillenregeling.commissie,
    verzoek: {
      datum: request.datum,
      soort: request.soort,
      soort_tekst: requestLabels[request.soort],
      vraag: request.vraag,
      standpunt_verzoeker: request.standpunt_verzoeker,
      standpunt_wederpartij: request.standpunt_wederpartij,
      bijlagen: request.bijlagen ?? [],
      verzoekers: requesters,
      wederpartijen: counterparties,
      verzoekers_namen: requesters.map((p) => p.aanduiding),
    },
    geschil: {
      onderwerp: dispute.onderwerp,
      agendapunt: agendaItemView(dossier.agenda.find((a) => a.id === dispute.agendapunt)!, dossier.dossier.soort === 'gecombineerd'),
      ontstaan_in: meetings.find((m) => m.id === dispute.ontstaan_in)!,
      bijzondere_vergadering: meetings.find((m) => m.id === dispute.bijzondere_vergadering)!,
    },
  }
}
