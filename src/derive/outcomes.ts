/**
 * The outcomes of the OOGO for the raad and the jeugdplan: the ontwikkelagenda grouped by theme
 * with what became of each item over the meetings held (meetings with minutes, by date), and the
 * dispute with the advice and each college's response.
 */
import type { Dossier } from '../model/dossier.ts'
import { outcomeLabels, requestLabels, themeLabels, themeOrder } from './labels.ts'
import { judgements, justificationView } from './justification.ts'
import type { MeetingView } from './meetings.ts'
import { partiesInOrder } from './parties.ts'

export interface OutcomesView {
  schaal_tekst: string
  themas: {
    thema: string
    label: string
    punten: {
      titel: string
      toelichting?: string
      besprekingen: { datum: string; karakter: string; heeft_oogo_status: boolean; uitkomst: string; uitkomst_tekst: string; besproken: string }[]
      laatste_uitkomst_tekst?: string
    }[]
  }[]
  vergaderingen: { datum: string; karakter: string; heeft_oogo_status: boolean }[]
  geschil?: {
    onderwerp: string
    verzoek?: { datum: string; soort: string; soort_tekst: string; verzoekers_namen: string[] }
    advies?: { datum: string; kenmerk: string; samenvatting: string; aanbevelingen: { id: string; tekst: string }[]; inspanningsverplichting: boolean }
    reacties: { gemeente: string; oordeel_tekst: string; collegebesluit: string; raadsvergadering: string; besluiten: { aanbeveling: string; besluit_tekst: string }[] }[]
  }
}

export function scaleText(dossier: Dossier): string {
  const { schaal, regio } = dossier.dossier
  const municipalities = dossier.partijen.gemeenten
  switch (schaal) {
    case 'jeugdhulpregio': return `op het niveau van de jeugdhulpregio${regio ? ` ${regio.naam} (${regio.code})` : ''}`
    case 'gemeente': return `op het niveau van de gemeente ${municipalities.map((g) => g.naam).join(', ')}`
    case 'ondersteuningsplan': return 'in de samenstelling van het op overeenstemming gericht overleg over het ondersteuningsplan'
  }
}

export function outcomesView(dossier: Dossier, meetings: readonly MeetingView[]): OutcomesView {
  const held = meetings.filter((m) => m.verslag).sort((a, b) => a.datum.localeCompare(b.datum))
  const themes = themeOrder
    .map((thema) => ({
      thema,
      label: themeLabels[thema],
      punten: dossier.agenda.filter((a) => a.thema === thema).map((item) => {
        const discussions = held.flatMap((m) => m.verslag!.punten.filter((p) => p.agendapunt === item.id).map((p) => ({
          datum: m.datum, karakter: m.karakter, heeft_oogo_status: m.heeft_oogo_status, uitkomst: p.uitkomst, uitkomst_tekst: outcomeLabels[p.uitkomst], besproken: p.besproken,
        })))
        return {
          titel: item.titel,
          ...(item.toelichting ? { toelichting: item.toelichting } : {}),
          besprekingen: discussions,
          ...(discussions.length ? { laatste_uitkomst_tekst: discussions.at(-1)!.uitkomst_tekst } : {}),
        }
      }),
    }))
    .filter((t) => t.punten.length > 0)
  const view: OutcomesView = {
    schaal_tekst: scaleText(dossier),
    themas: themes,
    vergaderingen: held.map((m) => ({ datum: m.datum, karakter: m.karakter, heeft_oogo_status: m.heeft_oogo_status })),
  }
  const dispute = dossier.geschil
  if (dispute) {
    const parties = partiesInOrder(dossier)
    view.geschil = {
      onderwerp: dispute.onderwerp,
      reacties: dispute.advies ? (dossier.motiveringen ?? []).map((m) => {
        const j = justificationView(dossier, m)
        return {
          gemeente: j.gemeente.aanduiding,
          oordeel_tekst: judgements[j.oordeel],
          collegebesluit: m.collegebesluit,
          raadsvergadering: m.raadsvergadering,
          besluiten: j.reacties.map((r) => ({ aanbeveling: r.aanbeveling, besluit_tekst: r.besluit_tekst })),
        }
      }) : [],
    }
    if (dispute.verzoek) {
      view.geschil.verzoek = {
        datum: dispute.verzoek.datum,
        soort: dispute.verzoek.soort,
        soort_tekst: requestLabels[dispute.verzoek.soort],
        verzoekers_namen: parties.filter((p) => dispute.verzoek!.verzoekers.includes(p.id)).map((p) => p.aanduiding),
      }
    }
    if (dispute.advies) {
      const { datum, kenmerk, samenvatting, aanbevelingen, inspanningsverplichting } = dispute.advies
      view.geschil.advies = { datum, kenmerk, samenvatting, aanbevelingen, inspanningsverplichting }
    }
  }
  return view
}
