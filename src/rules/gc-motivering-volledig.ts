import type { Finding, Rule } from './types.ts'

/** B-11: each motivering answers every recommendation of the advice, exactly once. */
export const gcMotiveringVolledig: Rule = {
  id: 'GC-MOTIVERING-VOLLEDIG',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 ("Het college van B&W motiveert of hij het advies van de Geschillencommissie overneemt"); per aanbeveling afgeleid',
  title: 'Elke motivering gaat precies één keer in op elke aanbeveling van het advies.',
  check({ dossier }) {
    const advice = dossier.geschil?.advies
    if (!advice) return []
    const findings: Finding[] = []
    ;(dossier.motiveringen ?? []).forEach((m, i) => {
      for (const recommendation of advice.aanbevelingen) {
        if (m.reacties.some((r) => r.aanbeveling === recommendation.id)) continue
        findings.push({
          path: ['motiveringen', i, 'reacties'],
          at: 'key',
          message: `De motivering van \`${m.gemeente}\` gaat niet in op aanbeveling \`${recommendation.id}\`; de raad moet bij elke aanbeveling het besluit van het college lezen.`,
          suggestion: `Voeg toe: \`- { aanbeveling: ${recommendation.id}, besluit: overnemen, motivering: … }\`.`,
        })
      }
      m.reacties.forEach((r, j) => {
        if (m.reacties.findIndex((other) => other.aanbeveling === r.aanbeveling) !== j) {
          findings.push({ path: ['motiveringen', i, 'reacties', j, 'aanbeveling'], message: `Aanbeveling \`${r.aanbeveling}\` wordt in deze motivering twee keer beantwoord.`, suggestion: 'Eén reactie per aanbeveling.' })
        }
      })
    })
    return findings
  },
}
