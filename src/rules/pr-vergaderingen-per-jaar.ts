import type { Finding, Rule } from './types.ts'

/**
 * C-11: the agreed minimum number of meetings per calendar year. Only complete years are judged:
 * those strictly between the year of the first and the year of the last meeting in the dossier.
 */
export const prVergaderingenPerJaar: Rule = {
  id: 'PR-VERGADERINGEN-PER-JAAR',
  level: 'C',
  severity: 'waarschuwing',
  basis: "praktijk (Noord-Limburg: 'ten minste twee maal per jaar'); de afspraak van partijen (procedure.vergaderingen_per_jaar)",
  title: 'Elk volledig kalenderjaar tussen de eerste en de laatste vergadering telt ten minste het afgesproken aantal vergaderingen (het eerste en het laatste jaar worden niet beoordeeld).',
  check({ dossier }) {
    const minimum = dossier.procedure?.vergaderingen_per_jaar
    const meetings = dossier.vergaderingen ?? []
    if (minimum === undefined || meetings.length === 0) return []
    const perYear = new Map<number, number>()
    for (const meeting of meetings) {
      const year = Number(meeting.datum.slice(0, 4))
      perYear.set(year, (perYear.get(year) ?? 0) + 1)
    }
    const years = [...perYear.keys()]
    const first = Math.min(...years)
    const last = Math.max(...years)
    const findings: Finding[] = []
    for (let year = first + 1; year < last; year++) {
      const held = perYear.get(year) ?? 0
      if (held >= minimum) continue
      findings.push({
        path: ['procedure', 'vergaderingen_per_jaar'],
        message: `In ${year} ${held === 0 ? 'is geen vergadering' : held === 1 ? 'is 1 vergadering' : `zijn ${held} vergaderingen`} gehouden; afgesproken is ten minste ${minimum} per jaar.`,
        suggestion: `Neem de vergaderingen van ${year} op die in het dossier ontbreken, of pas de afspraak in procedure.vergaderingen_per_jaar aan.`,
      })
    }
    return findings
  },
}
