import { dutchDate } from '../text/dutch-dates.ts'
import type { Finding, Rule } from './types.ts'

/** B-12: the college answers the advice after it, and the raad decides after the college. */
export const gcMotiveringNaAdvies: Rule = {
  id: 'GC-MOTIVERING-NA-ADVIES',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 (het college motiveert of het het advies overneemt en biedt advies, motivering en concept jeugdplan aan de gemeenteraad aan)',
  title: 'Een motivering volgt op het advies, en de raadsvergadering op het collegebesluit.',
  check({ dossier }) {
    const advice = dossier.geschil?.advies
    if (!advice) return []
    const findings: Finding[] = []
    ;(dossier.motiveringen ?? []).forEach((m, i) => {
      if (m.collegebesluit < advice.datum) {
        findings.push({ path: ['motiveringen', i, 'collegebesluit'], message: `Het collegebesluit van ${dutchDate(m.collegebesluit)} ligt vóór het advies van ${dutchDate(advice.datum)}.` })
      }
      if (m.raadsvergadering < m.collegebesluit) {
        findings.push({ path: ['motiveringen', i, 'raadsvergadering'], message: `De raadsvergadering van ${dutchDate(m.raadsvergadering)} ligt vóór het collegebesluit van ${dutchDate(m.collegebesluit)}.` })
      }
    })
    return findings
  },
}
