/**
 * A college's reasons to the gemeenteraad on the Geschillencommissie's advice: every
 * recommendation once, in the advice's order, with the college's decision, and the overall
 * judgement (adopted, partly, not). The SWV's view is shown when the advice sets an
 * inspanningsverplichting.
 */
import type { Dossier, Motivering } from '../model/dossier.ts'
import { decisionLabels } from './labels.ts'
import { partiesInOrder, type PartyView } from './parties.ts'

export interface JustificationView {
  gemeente: PartyView
  collegebesluit: string
  raadsvergadering: string
  reacties: { nummer: number; aanbeveling_id: string; aanbeveling: string; besluit: string; besluit_tekst: string; motivering: string }[]
  oordeel: 'geheel' | 'deels' | 'niet'
  oordeel_tekst: string
  toon_visie_swv: boolean
  visie_swv?: string
  swv_namen: string[]
}

const judgements = {
  geheel: 'neemt het advies over',
  deels: 'neemt het advies gedeeltelijk over',
  niet: 'neemt het advies niet over',
} as const

export function justificationView(dossier: Dossier, justification: Motivering): JustificationView {
  const advice = dossier.geschil!.advies!
  const parties = partiesInOrder(dossier)
  const reactions = advice.aanbevelingen.map((recommendation, i) => {
    // Rule GC-MOTIVERING-VOLLEDIG requires a reaction; should a configuration switch it off,
    // the document says so rather than leave the recommendation out.
    const reaction = justification.reacties.find((r) => r.aanbeveling === recommendation.id)
    return {
      nummer: i + 1,
      aanbeveling_id: recommendation.id,
      aanbeveling: recommendation.tekst,
      besluit: reaction?.besluit ?? 'geen-besluit',
      besluit_tekst: reaction ? decisionLabels[reaction.besluit] : 'geen besluit',
      motivering: reaction?.motivering ?? 'Het college heeft over deze aanbeveling (nog) geen besluit genomen.',
    }
  })
  const decisions = new Set(reactions.map((r) => r.besluit).filter((b) => b !== 'geen-besluit'))
  const oordeel = decisions.size === 0 || (decisions.size === 1 && decisions.has('overnemen')) ? 'geheel' : decisions.size === 1 && decisions.has('niet-overnemen') ? 'niet' : 'deels'
  const view: JustificationView = {
    gemeente: parties.find((p) => p.id === justification.gemeente)!,
    collegebesluit: justification.collegebesluit,
    raadsvergadering: justification.raadsvergadering,
    reacties: reactions,
    oordeel,
    oordeel_tekst: judgements[oordeel],
    toon_visie_swv: advice.inspanningsverplichting,
    swv_namen: parties.filter((p) => p.soort === 'swv' && p.gemeenten?.includes(justification.gemeente)).map((p) => p.aanduiding),
  }
  if (justification.visie_swv) view.visie_swv = justification.visie_swv
  return view
}

export { judgements }
