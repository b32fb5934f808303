import { dutchDate } from '../text/dutch-dates.ts'
import { daysBetween } from '../text/iso-dates.ts'
import type { Finding, Rule } from './types.ts'

/** B-09: the advice within four weeks after the last hearing (the Commissie's duty). */
export const gcAdviesVierWeken: Rule = {
  id: 'GC-ADVIES-VIER-WEKEN',
  level: 'B',
  severity: 'waarschuwing',
  basis: 'procedure Geschillencommissie oogo-jeugdplan (advies "binnen vier weken na de laatste zittingsdag, dan wel de laatste uitwisseling van stukken")',
  title: 'Het advies volgt binnen vier weken (28 dagen) na de laatste zitting, en na het verzoek.',
  check({ dossier }) {
    const advice = dossier.geschil?.advies
    if (!advice) return []
    const findings: Finding[] = []
    const days = daysBetween(advice.zitting, advice.datum)
    if (days < 0) findings.push({ path: ['geschil', 'advies', 'datum'], message: `Het advies van ${dutchDate(advice.datum)} ligt vóór de zitting van ${dutchDate(advice.zitting)}.` })
    else if (days > 28) findings.push({ path: ['geschil', 'advies', 'datum'], message: `Het advies van ${dutchDate(advice.datum)} kwam ${days} dagen na de laatste zitting van ${dutchDate(advice.zitting)}, later dan vier weken.` })
    const request = dossier.geschil?.verzoek
    if (request && advice.zitting < request.datum) {
      findings.push({ path: ['geschil', 'advies', 'zitting'], message: `De zitting van ${dutchDate(advice.zitting)} ligt vóór het verzoek van ${dutchDate(request.datum)}.` })
    }
    return findings
  },
}
