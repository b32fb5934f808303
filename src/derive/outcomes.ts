/**
 * The outcomes of the OOGO for the raad and the jeugdplan: the ontwikkelagenda grouped by theme
 * with what became of each item over the meetings held (meetings with minutes, by date), the
 * afspraken from the minutes, and the dispute: the request, the bemiddeling or advice, each
 * college's response and the colleges that have not (yet) responded.
 *
 * Names follow one form per role: a party is "de gemeente X, handelend door haar college van
 * burgemeester en wethouders" or the samenwerkingsverband with its article; a requester or a
 * responding college is "het college van burgemeester en wethouders van de gemeente X" (the
 * Geschillencommissie knows a college as requester, never the gemeente).
 */
import type { Besluit, Dossier } from '../model/dossier.ts'
import { outcomeLabels, requestLabels, themeLabels, themeOrder } from './labels.ts'
import type { MeetingView } from './meetings.ts'
import { participantsById, partiesInOrder, type PartyView } from './parties.ts'
import { actorsInText, list } from './request.ts'


interface Discussion { datum: string; karakter: string; heeft_oogo_status: boolean; uitkomst: string; uitkomst_tekst: string; besproken: string }

export interface OutcomesView {
  schaal_tekst: string
  /** The parties as the annex lists them, with their article. */
  partijen_tekst: string[]
  themas: {
    thema: string
    label: string
    punten: {
      titel: string
      toelichting?: string
      besprekingen: Discussion[]
      laatste_uitkomst_tekst?: string
    }[]
  }[]
  vergaderingen: { datum: string; karakter: string; heeft_oogo_status: boolean }[]
  afspraken: { datum: string; karakter: string; agendapunt: string; wat: string; wie: string; wanneer: string }[]
  /** Verslagen the next meeting adopted with changes: this annex quotes them as drafted, so it says so. */
  gewijzigde_verslagen: { datum: string; vastgesteld_op: string; wijzigingen?: string }[]
  geschil?: {
    onderwerp: string
    agendapunt: string
    ontstaan_in_datum: string
    bijzondere_vergadering_datum?: string
    verzoek?: { datum: string; soort: string; soort_tekst: string; is_bemiddeling: boolean; verzoekers_namen: string[]; verzoekers_tekst: string; na_verzoek: Discussion[] }
    advies?: { datum: string; kenmerk: string; samenvatting: string; aanbevelingen: { nummer: number; tekst: string }[]; inspanningsverplichting: boolean; visie_van: string }
    reacties: {
      college: string
      oordeel_tekst: string
      collegebesluit: string
      raadsvergadering: string
      /** The version of the jeugdplan the college puts to the raad, as the motivering names it. */
      jeugdplan_versie?: string
      visie_swv: boolean
      besluiten: { aanbeveling: string; besluit_tekst: string }[]
    }[]
    /** The colleges without a motivering on the advice, as one phrase; only with an advice. */
    geen_reactie?: string
    geen_reactie_aantal: number
  }
}

/** The decision on one recommendation, as a participle. */
export const decisionParticiples: Record<Besluit, string> = {
  overnemen: 'overgenomen',
  'deels-overnemen': 'gedeeltelijk overgenomen',
  'niet-overnemen': 'niet overgenomen',
}

export function scaleText(dossier: Dossier): string {
  const { schaal, regio } = dossier.dossier
  const municipalities = dossier.partijen.gemeenten.map((g) => g.naam)
  switch (schaal) {
    case 'jeugdhulpregio': return `op het niveau van de jeugdhulpregio${regio ? ` ${regio.naam} (${regio.code})` : ''}`
    case 'gemeente': return `op het niveau van de ${municipalities.length === 1 ? 'gemeente' : 'gemeenten'} ${list(municipalities)}`
    case 'ondersteuningsplan': return 'in de samenstelling van het op overeenstemming gericht overleg over het ondersteuningsplan'
  }
}

/** The college of a gemeente in running text: "het college van burgemeester en wethouders van de gemeente Texel". */
export function collegeOf(naam: string): string {
  return `het college van burgemeester en wethouders van de gemeente ${naam}`
}

/** A party (or mbo-instelling) as the one who acts: the college for a gemeente. */
function actor(party: PartyView): string {
  if (party.soort === 'gemeente') return collegeOf(party.naam)
  if (party.soort === 'swv') return party.met_lidwoord
  return party.naam
}

/** A party as the annex lists it. */
function partyLine(party: PartyView): string {
  return party.soort === 'gemeente'
    ? `de gemeente ${party.naam}, handelend door haar college van burgemeester en wethouders`
    : `${party.met_lidwoord} (${party.code})`
}

export function outcomesView(dossier: Dossier, meetings: readonly MeetingView[]): OutcomesView {
  const held = meetings.filter((m) => m.verslag).sort((a, b) => a.datum.localeCompare(b.datum))
  const discussionsOf = (id: string, from = held): Discussion[] => from.flatMap((m) => m.verslag!.punten.filter((p) => p.agendapunt === id).map((p) => ({
    datum: m.datum, karakter: m.karakter, heeft_oogo_status: m.heeft_oogo_status, uitkomst: p.uitkomst, uitkomst_tekst: outcomeLabels[p.uitkomst], besproken: p.besproken,
  })))
  const themes = themeOrder
    .map((thema) => ({
      thema,
      label: themeLabels[thema],
      punten: dossier.agenda.filter((a) => a.thema === thema).map((item) => {
        const discussions = discussionsOf(item.id)
        return {
          titel: item.titel,
          ...(item.toelichting ? { toelichting: item.toelichting } : {}),
          besprekingen: discussions,
          ...(discussions.length ? { laatste_uitkomst_tekst: discussions.at(-1)!.uitkomst_tekst } : {}),
        }
      }),
    }))
    .filter((t) => t.punten.length > 0)
  const participants = participantsById(dossier)
  const titles = new Map(dossier.agenda.map((a) => [a.id, a.titel]))
  const agreements = held.flatMap((m) => m.verslag!.punten.flatMap((p) => (p.afspraken ?? []).map((a) => ({
    datum: m.datum,
    karakter: m.karakter,
    agendapunt: titles.get(p.agendapunt) ?? p.agendapunt,
    wat: a.wat,
    wie: participants.get(a.wie) ? actor(participants.get(a.wie)!) : a.wie,
    wanneer: a.wanneer,
  }))))
  const view: OutcomesView = {
    schaal_tekst: scaleText(dossier),
    partijen_tekst: partiesInOrder(dossier).map(partyLine),
    themas: themes,
    vergaderingen: held.map((m) => ({ datum: m.datum, karakter: m.karakter, heeft_oogo_status: m.heeft_oogo_status })),
    afspraken: agreements,
    // The next meeting with a verslag decides on the previous one (verslag.vorig_verslag).
    gewijzigde_verslagen: held.slice(1).flatMap((m, i) => m.verslag!.vorig_verslag?.status === 'gewijzigd-vastgesteld'
      ? [{ datum: held[i]!.datum, vastgesteld_op: m.datum, ...(m.verslag!.vorig_verslag.wijzigingen ? { wijzigingen: m.verslag!.vorig_verslag.wijzigingen } : {}) }]
      : []),
  }
  const dispute = dossier.geschil
  if (!dispute) return view

  const byId = new Map(meetings.map((m) => [m.id, m]))
  const advice = dispute.advies
  const responses = advice ? (dossier.motiveringen ?? []) : []
  const responded = new Set(responses.map((m) => m.gemeente))
  const silent = advice ? dossier.partijen.gemeenten.filter((g) => !responded.has(g.id)).map((g) => g.naam) : []
  view.geschil = {
    onderwerp: dispute.onderwerp,
    agendapunt: titles.get(dispute.agendapunt) ?? dispute.agendapunt,
    ontstaan_in_datum: byId.get(dispute.ontstaan_in)?.datum ?? '',
    reacties: responses.map((m) => {
      const decisions = advice!.aanbevelingen.map((a) => m.reacties.find((r) => r.aanbeveling === a.id)?.besluit)
      return {
        college: collegeOf(dossier.partijen.gemeenten.find((g) => g.id === m.gemeente)?.naam ?? m.gemeente),
        oordeel_tekst: judgement(decisions),
        collegebesluit: m.collegebesluit,
        raadsvergadering: m.raadsvergadering,
        ...(m.jeugdplan_versie ? { jeugdplan_versie: m.jeugdplan_versie } : {}),
        // As in the motivering: with an inspanningsverplichting the college puts the SWV's view to the raad,
        // quoted when the motivering records it, else as an annex to the raadsvoorstel.
        visie_swv: advice!.inspanningsverplichting,
        besluiten: advice!.aanbevelingen.map((a, i) => ({ aanbeveling: a.tekst, besluit_tekst: decisions[i] ? decisionParticiples[decisions[i]!] : 'geen besluit vastgelegd' })),
      }
    }),
    geen_reactie_aantal: silent.length,
  }
  if (silent.length === 1) view.geschil.geen_reactie = collegeOf(silent[0]!)
  if (silent.length > 1) view.geschil.geen_reactie = `de colleges van burgemeester en wethouders van de gemeenten ${list(silent)}`
  const special = dispute.bijzondere_vergadering ? byId.get(dispute.bijzondere_vergadering) : undefined
  if (special) view.geschil.bijzondere_vergadering_datum = special.datum
  if (!view.geschil.ontstaan_in_datum) delete (view.geschil as Partial<typeof view.geschil>).ontstaan_in_datum
  if (dispute.verzoek) {
    const request = dispute.verzoek
    const requesting = partiesInOrder(dossier).filter((p) => request.verzoekers.includes(p.id))
    view.geschil.verzoek = {
      datum: request.datum,
      soort: request.soort,
      soort_tekst: requestLabels[request.soort],
      is_bemiddeling: request.soort === 'bemiddeling',
      verzoekers_namen: requesting.map(actor),
      // As the motivering names them: several colleges in one phrase.
      verzoekers_tekst: list(actorsInText(requesting)),
      na_verzoek: discussionsOf(dispute.agendapunt, held.filter((m) => m.datum > request.datum)),
    }
  }
  if (advice) {
    const { datum, kenmerk, samenvatting, aanbevelingen, inspanningsverplichting } = advice
    // Whose view the raad hears (as in the motivering): the SWV's that asked the Commissie; else the SWV's (one PO
    // and one VO at most), or in a region with more, the SWV's of each gemeente.
    const swvs = partiesInOrder(dossier).filter((p) => p.soort === 'swv')
    const asking = swvs.filter((p) => dispute.verzoek?.verzoekers.includes(p.id))
    const viewOf = asking.length > 0 ? asking : swvs.length <= 2 ? swvs : []
    const visie_van = viewOf.length > 0 ? list(viewOf.map((p) => p.met_lidwoord)) : 'de samenwerkingsverbanden van de gemeente'
    view.geschil.advies = { datum, kenmerk, samenvatting, aanbevelingen: aanbevelingen.map((a, i) => ({ nummer: i + 1, tekst: a.tekst })), inspanningsverplichting, visie_van }
  }
  return view
}

/**
 * The college's overall judgement as a phrase after "heeft": every recommendation taken over,
 * none, or some; a recommendation without a recorded decision is never counted as taken over.
 */
function judgement(decisions: readonly (Besluit | undefined)[]): string {
  if (decisions.length === 0) return 'op het advies gereageerd'
  const missing = decisions.some((d) => d === undefined)
  const taken = decisions.filter((d) => d === 'overnemen').length
  const refused = decisions.filter((d) => d === 'niet-overnemen').length
  if (missing) return decisions.every((d) => d === undefined) ? 'op het advies gereageerd, zonder besluit over de afzonderlijke aanbevelingen' : 'over een deel van de aanbevelingen besloten'
  if (taken === decisions.length) return 'het advies overgenomen'
  if (refused === decisions.length) return 'het advies niet overgenomen'
  return 'het advies gedeeltelijk overgenomen'
}
