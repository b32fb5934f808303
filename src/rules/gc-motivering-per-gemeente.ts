import { dutchDate } from '../text/dutch-dates.ts'
import type { Finding, Rule } from './types.ts'

/**
 * B-12: once there is an advice, every raad that still adopts the plan gets its college's
 * motivering. A warning: a dossier records the OOGO as far as it has come, and a motivering for a
 * later raad session may simply not be written yet.
 */
export const gcMotiveringPerGemeente: Rule = {
  id: 'GC-MOTIVERING-PER-GEMEENTE',
  level: 'B',
  severity: 'waarschuwing',
  basis: 'Wegwijzer OOGO jeugd §2.2 (het college "biedt het advies, de motivering en het concept jeugdplan aan de gemeenteraad aan")',
  title: 'Na een advies krijgt de raad van elke gemeente die het plan daarna vaststelt een motivering van zijn college.',
  check({ dossier }) {
    const advice = dossier.geschil?.advies
    if (!advice) return []
    const justifications = dossier.motiveringen ?? []
    const findings: Finding[] = []
    dossier.partijen.gemeenten.forEach((g, i) => {
      const council = g.raadsbehandeling_jeugdplan
      if (council !== undefined && council <= advice.datum) return // the raad decided before the advice
      if (justifications.some((m) => m.gemeente === g.id)) return
      findings.push({
        path: ['partijen', 'gemeenten', i, 'id'],
        message: `Er is een advies van ${dutchDate(advice.datum)}, maar geen motivering van het college van ${g.naam} aan de raad${council ? `, die het jeugdplan op ${dutchDate(council)} behandelt` : ''}.`,
        suggestion: `Voeg onder \`motiveringen\` een motivering toe met \`gemeente: ${g.id}\`.`,
      })
    })
    return findings
  },
}
