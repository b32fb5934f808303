/**
 * The request to the Geschillencommissie: who asks (SWV's and/or colleges), against whom, about
 * what, and the meetings that led to it. The counterparties are the parties of the other side:
 * when only SWV's ask, the colleges; when only colleges ask, the SWV's; otherwise everyone who
 * does not ask. Every party that does not ask gets a copy, also one that is on neither side.
 */
import type { Dossier } from '../model/dossier.ts'
import { requestLabels } from './labels.ts'
import type { MeetingView } from './meetings.ts'
import { agendaItemView } from './meetings.ts'
import { partiesInOrder, type PartyView } from './parties.ts'
import { enumeration as list } from '../text/enumeration.ts'

/** How a requester signs: a college as a college stuk, a vertegenwoordiger under a machtiging, or an SWV's board. */
export type Signatory =
  | { wijze: 'college'; namens: string; burgemeester?: string }
  | { wijze: 'mandaat'; namens: string; naam: string; functie: string; machtiging: string }
  | { wijze: 'bestuur'; namens: string; naam: string; functie: string }

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
    overige_partijen: PartyView[]
    overige_partijen_namen: string[]
    afschrift_aan: string[]
    overeenkomst?: { naam: string; datum?: string }
    raadsbehandelingen: { gemeente: string; datum?: string }[]
    ondertekening: Signatory[]
  }
  geschil: {
    onderwerp: string
    agendapunt: ReturnType<typeof agendaItemView>
    ontstaan_in: MeetingView
    bijzondere_vergadering: MeetingView
  }
}

/** A party in running text as the actor of an OOGO: a gemeente acts through its college. */
export function actorInText(party: PartyView): string {
  // An SWV as every document names it ("het Samenwerkingsverband …", "de vereniging Unita"), from the party view.
  return party.soort === 'gemeente' ? `het college van burgemeester en wethouders van de gemeente ${party.naam}` : party.met_lidwoord
}

/** Parties in running text, the colleges taken together: "de colleges van burgemeester en wethouders van A en B", "het Samenwerkingsverband …". */
export function actorsInText(parties: readonly PartyView[]): string[] {
  const municipalities = parties.filter((p) => p.soort === 'gemeente').map((p) => p.naam)
  const colleges = municipalities.length === 0 ? []
    : municipalities.length === 1 ? [`het college van burgemeester en wethouders van de gemeente ${municipalities[0]}`]
      : [`de colleges van burgemeester en wethouders van de gemeenten ${list(municipalities)}`]
  return [...colleges, ...parties.filter((p) => p.soort !== 'gemeente').map(actorInText)]
}

function signatory(dossier: Dossier, party: PartyView): Signatory {
  const municipality = dossier.partijen.gemeenten.find((g) => g.id === party.id)
  if (!municipality) return { wijze: 'bestuur', namens: party.naam, naam: party.vertegenwoordiger.naam, functie: party.vertegenwoordiger.functie }
  const { naam, functie, machtiging } = municipality.vertegenwoordiger
  if (machtiging) return { wijze: 'mandaat', namens: `het college van burgemeester en wethouders van de gemeente ${municipality.naam}`, naam, functie, machtiging }
  return { wijze: 'college', namens: `Burgemeester en wethouders van ${municipality.naam}`, ...(municipality.burgemeester ? { burgemeester: municipality.burgemeester } : {}) }
}

export function requestView(dossier: Dossier, meetings: readonly MeetingView[]): RequestView | undefined {
  const dispute = dossier.geschil
  const request = dispute?.verzoek
  if (!dispute || !request) return undefined
  const parties = partiesInOrder(dossier)
  const requesters = parties.filter((p) => request.verzoekers.includes(p.id))
  const kinds = new Set(requesters.map((p) => p.soort))
  const counterparties = parties.filter((p) => !request.verzoekers.includes(p.id) && (kinds.size > 1 || !kinds.has(p.soort)))
  const others = parties.filter((p) => !request.verzoekers.includes(p.id) && !counterparties.includes(p))
  const attachments = request.bijlagen ?? []
  const signing = dossier.dossier.ondertekening
  // The agreement holds the procedure the request follows; it goes with the request unless it is listed already.
  const agreement = attachments.some((title) => /overeenkomst/i.test(title)) ? undefined : {
    naam: dossier.dossier.citeertitel ?? 'Overeenkomst OOGO jeugd',
    ...(signing ? { datum: signing.datum } : {}),
  }
  return {
    commissie: dossier.geschillenregeling.commissie,
    verzoek: {
      datum: request.datum,
      soort: request.soort,
      soort_tekst: requestLabels[request.soort],
      vraag: request.vraag,
      standpunt_verzoeker: request.standpunt_verzoeker,
      standpunt_wederpartij: request.standpunt_wederpartij,
      bijlagen: attachments,
      verzoekers: requesters,
      wederpartijen: counterparties,
      verzoekers_namen: requesters.map((p) => p.aanduiding),
      overige_partijen: others,
      overige_partijen_namen: others.map(actorInText),
      afschrift_aan: actorsInText(parties.filter((p) => !request.verzoekers.includes(p.id))),
      ...(agreement ? { overeenkomst: agreement } : {}),
      raadsbehandelingen: dossier.partijen.gemeenten.map((g) => ({ gemeente: g.naam, ...(g.raadsbehandeling_jeugdplan ? { datum: g.raadsbehandeling_jeugdplan } : {}) })),
      ondertekening: requesters.map((p) => signatory(dossier, p)),
    },
    geschil: {
      onderwerp: dispute.onderwerp,
      agendapunt: agendaItemView(dossier.agenda.find((a) => a.id === dispute.agendapunt)!, dossier.dossier.soort === 'gecombineerd'),
      ontstaan_in: meetings.find((m) => m.id === dispute.ontstaan_in)!,
      bijzondere_vergadering: meetings.find((m) => m.id === dispute.bijzondere_vergadering)!,
    },
  }
}

export { list }
