/**
 * A college's reasons to the gemeenteraad on the Geschillencommissie's advice (or on the result of its
 * bemiddeling): every recommendation once, in the advice's order, with the college's decision as a participle,
 * the change in the jeugdplan it leads to, the overall judgement (adopted, partly, not), the numbered bijlagen
 * (the jeugdplan the dictum adopts is always bijlage 2), and in a regional dossier what the other gemeenten'
 * colleges propose to their raden, as far as the dossier records it. The SWV's view is shown when the advice
 * sets an inspanningsverplichting.
 */
import type { Besluit, Dossier, Motivering } from '../model/dossier.ts'
import { partiesInOrder, type PartyView } from './parties.ts'
import { actorsInText, list } from './request.ts'

type Decision = Besluit | 'geen-besluit'

export interface Reaction {
  nummer: number
  aanbeveling_id: string
  aanbeveling: string
  besluit: Decision
  besluit_tekst: string
  motivering: string
  wijziging?: string
}

export interface OtherMunicipality {
  naam: string
  raadsbehandeling?: string
  /** What that college proposes to its raad, when the dossier has its motivering. */
  voorstel?: {
    raadsvergadering: string
    jeugdplan_versie?: string
    /** Only when both versions are known: the same date of the jeugdplan or not. */
    zelfde_versie?: boolean
    /** The recommendations on which that college decides otherwise than this one. */
    afwijkingen: { nummer: number; besluit_tekst: string; eigen_besluit_tekst: string }[]
  }
}

export interface JustificationView {
  gemeente: PartyView
  collegebesluit: string
  raadsvergadering: string
  reacties: Reaction[]
  /** The recommendations taken over wholly or partly: the changes in the jeugdplan. */
  overgenomen: Reaction[]
  /** The recommendations taken over partly or not. */
  afgeweken: Reaction[]
  oordeel: 'geheel' | 'deels' | 'niet'
  oordeel_tekst: string
  /** What the Commissie produced: an advies, or the result of a bemiddeling. */
  is_bemiddeling: boolean
  /** "het advies" or "de uitkomst van de bemiddeling", in running text. */
  stuk: string
  toon_visie_swv: boolean
  visie_swv?: string
  /** Whose view: "het Samenwerkingsverband …", or several SWV's. */
  visie_swv_van: string
  visie_swv_meervoud: boolean
  swv_namen: string[]
  /** Who asked the Commissie, in running text ("het Samenwerkingsverband …", "het college van burgemeester en wethouders van …"). */
  verzoekers_tekst?: string
  jeugdplan_versie?: string
  financien?: string
  burgemeester?: string
  /** More than one gemeente: the other gemeenten and what their colleges propose. */
  regionaal: boolean
  andere_gemeenten: OtherMunicipality[]
}

/** Decisions as participles, as a raadsvoorstel reports them. */
const participles: Record<Decision, string> = {
  overnemen: 'overgenomen',
  'deels-overnemen': 'gedeeltelijk overgenomen',
  'niet-overnemen': 'niet overgenomen',
  'geen-besluit': 'geen besluit',
}

const judgements = {
  geheel: 'neemt het advies over',
  deels: 'neemt het advies gedeeltelijk over',
  niet: 'neemt het advies niet over',
} as const

const mediationJudgements = {
  geheel: 'neemt de aanbevelingen uit de bemiddeling over',
  deels: 'neemt de aanbevelingen uit de bemiddeling gedeeltelijk over',
  niet: 'neemt de aanbevelingen uit de bemiddeling niet over',
} as const

function reactionsOf(dossier: Dossier, justification: Motivering): Reaction[] {
  return dossier.geschil!.advies!.aanbevelingen.map((recommendation, i) => {
    // Rule GC-MOTIVERING-VOLLEDIG requires a reaction; should a configuration switch it off,
    // the document says so rather than leave the recommendation out.
    const reaction = justification.reacties.find((r) => r.aanbeveling === recommendation.id)
    const decision: Decision = reaction?.besluit ?? 'geen-besluit'
    return {
      nummer: i + 1,
      aanbeveling_id: recommendation.id,
      aanbeveling: recommendation.tekst,
      besluit: decision,
      besluit_tekst: participles[decision],
      motivering: reaction?.motivering ?? 'Het college heeft over deze aanbeveling (nog) geen besluit genomen.',
      ...(reaction?.wijziging && decision !== 'niet-overnemen' ? { wijziging: reaction.wijziging } : {}),
    }
  })
}

function otherMunicipalities(dossier: Dossier, justification: Motivering, own: Reaction[]): OtherMunicipality[] {
  return dossier.partijen.gemeenten.filter((g) => g.id !== justification.gemeente).map((g) => {
    const theirs = dossier.motiveringen?.find((m) => m.gemeente === g.id)
    const other: OtherMunicipality = { naam: g.naam, ...(g.raadsbehandeling_jeugdplan ? { raadsbehandeling: g.raadsbehandeling_jeugdplan } : {}) }
    if (theirs) {
      const reactions = reactionsOf(dossier, theirs)
      other.voorstel = {
        raadsvergadering: theirs.raadsvergadering,
        ...(theirs.jeugdplan_versie ? { jeugdplan_versie: theirs.jeugdplan_versie } : {}),
        ...(theirs.jeugdplan_versie && justification.jeugdplan_versie ? { zelfde_versie: theirs.jeugdplan_versie === justification.jeugdplan_versie } : {}),
        afwijkingen: reactions.filter((r, i) => r.besluit !== own[i]!.besluit)
          .map((r) => ({ nummer: r.nummer, besluit_tekst: r.besluit_tekst, eigen_besluit_tekst: own[r.nummer - 1]!.besluit_tekst })),
      }
    }
    return other
  })
}

export function justificationView(dossier: Dossier, justification: Motivering): JustificationView {
  const dispute = dossier.geschil!
  const parties = partiesInOrder(dossier)
  const reactions = reactionsOf(dossier, justification)
  const decisions = new Set(reactions.map((r) => r.besluit).filter((b) => b !== 'geen-besluit'))
  const oordeel = decisions.size === 0 || (decisions.size === 1 && decisions.has('overnemen')) ? 'geheel' : decisions.size === 1 && decisions.has('niet-overnemen') ? 'niet' : 'deels'
  const mediation = dispute.verzoek?.soort === 'bemiddeling'
  const municipality = dossier.partijen.gemeenten.find((g) => g.id === justification.gemeente)!
  const ownSwvs = parties.filter((p) => p.soort === 'swv' && p.gemeenten?.includes(justification.gemeente))
  // Whose view the raad hears: the SWV's that asked the Commissie, else those of this gemeente's area.
  const askingSwvs = parties.filter((p) => p.soort === 'swv' && dispute.verzoek?.verzoekers.includes(p.id))
  const viewOf = askingSwvs.length > 0 ? askingSwvs : ownSwvs
  const viewNames = viewOf.map((p) => p.met_lidwoord)
  const stuk = mediation ? 'de uitkomst van de bemiddeling' : 'het advies'
  const view: JustificationView = {
    gemeente: parties.find((p) => p.id === justification.gemeente)!,
    collegebesluit: justification.collegebesluit,
    raadsvergadering: justification.raadsvergadering,
    reacties: reactions,
    overgenomen: reactions.filter((r) => r.besluit === 'overnemen' || r.besluit === 'deels-overnemen'),
    afgeweken: reactions.filter((r) => r.besluit === 'deels-overnemen' || r.besluit === 'niet-overnemen'),
    oordeel,
    oordeel_tekst: (mediation ? mediationJudgements : judgements)[oordeel],
    is_bemiddeling: mediation,
    stuk,
    toon_visie_swv: dispute.advies!.inspanningsverplichting,
    visie_swv_van: viewNames.length <= 1 ? (viewNames[0] ?? 'het samenwerkingsverband') : list(viewNames),
    visie_swv_meervoud: viewNames.length > 1,
    swv_namen: ownSwvs.map((p) => p.met_lidwoord),
    regionaal: dossier.partijen.gemeenten.length > 1,
    andere_gemeenten: otherMunicipalities(dossier, justification, reactions),
  }
  if (justification.visie_swv) view.visie_swv = justification.visie_swv
  if (dispute.verzoek) {
    const names = actorsInText(parties.filter((p) => dispute.verzoek!.verzoekers.includes(p.id)))
    view.verzoekers_tekst = list(names)
  }
  if (justification.jeugdplan_versie) view.jeugdplan_versie = justification.jeugdplan_versie
  if (justification.financien) view.financien = justification.financien
  if (municipality.burgemeester) view.burgemeester = municipality.burgemeester
  return view
}

export { judgements }
