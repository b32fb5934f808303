/**
 * The college's motivering to the gemeenteraad on the advice (a raadsvoorstel with a concept
 * raadsbesluit): one per entry of `motiveringen`. It must answer every recommendation of the
 * advice exactly once, or the raad would get an incomplete proposal.
 */
import { justificationView } from '../derive/justification.ts'
import { documentFileName } from './file-name.ts'
import type { DocumentDefinition, DocumentFault } from './types.ts'

export const motivering: DocumentDefinition = {
  kind: 'motivering',
  label: 'motivering van het college aan de gemeenteraad',
  requires: [],
  skipReason: (dossier) => (dossier.motiveringen?.length ? undefined : 'het dossier bevat geen motiveringen'),
  check(dossier) {
    const recommendations = dossier.geschil?.advies?.aanbevelingen ?? []
    const faults: DocumentFault[] = []
    ;(dossier.motiveringen ?? []).forEach((m, i) => {
      if (!dossier.geschil?.advies) return // reported by the reference check
      for (const recommendation of recommendations) {
        const answers = m.reacties.filter((r) => r.aanbeveling === recommendation.id).length
        if (answers === 0) {
          faults.push({
            path: ['motiveringen', i, 'reacties'],
            message: `De motivering van \`${m.gemeente}\` gaat niet in op aanbeveling \`${recommendation.id}\`; de raad moet bij elke aanbeveling het besluit van het college lezen.`,
            suggestion: `Voeg toe: \`- { aanbeveling: ${recommendation.id}, besluit: overnemen, motivering: … }\`.`,
          })
        }
      }
      m.reacties.forEach((r, j) => {
        if (m.reacties.findIndex((other) => other.aanbeveling === r.aanbeveling) !== j) {
          faults.push({
            path: ['motiveringen', i, 'reacties', j, 'aanbeveling'],
            message: `Aanbeveling \`${r.aanbeveling}\` wordt in deze motivering twee keer beantwoord.`,
            suggestion: 'Eén reactie per aanbeveling.',
          })
        }
      })
    })
    return faults
  },
  plan(dossier, { view }, selection) {
    if (selection.meetings.length > 0) return []
    return (dossier.motiveringen ?? [])
      .filter((m) => selection.parties.length === 0 || selection.parties.includes(m.gemeente))
      .map((m) => {
        const justification = justificationView(dossier, m)
        const advice = dossier.geschil!.advies!
        return {
          kind: 'motivering',
          template: 'motivering',
          fileName: documentFileName('motivering', m.gemeente),
          title: 'Raadsvoorstel: reactie van het college op het advies van de Geschillencommissie',
          subject: `${justification.gemeente.aanduiding}: ${dossier.geschil!.onderwerp}`,
          date: m.collegebesluit,
          view: {
            ...view,
            motivering: justification,
            advies: advice,
            commissie: dossier.geschillenregeling.commissie,
            geschil_onderwerp: dossier.geschil!.onderwerp,
            ...(dossier.geschil!.verzoek ? { verzoek_datum: dossier.geschil!.verzoek.datum } : {}),
          },
        }
      })
  },
}
