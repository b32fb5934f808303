import { dutchDate } from '../text/dutch-dates.ts'
import type { Rule } from './types.ts'

/** the raad adopts the plan only after an OOGO meeting on the concept. */
export const jwOogoVoorVaststelling: Rule = {
  id: 'JW-2.2-OOGO-VOOR-VASTSTELLING',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet ("niet vastgesteld dan nadat … op overeenstemming gericht overleg heeft plaatsgevonden")',
  title: 'De gemeenteraad stelt het jeugdplan pas vast na een vergadering met OOGO-status over het concept (een latere raadsdatum dan de eerste OOGO-vergadering).',
  check({ dossier }) {
    const oogo = (dossier.vergaderingen ?? []).filter((m) => m.soort === 'oogo')
    return dossier.partijen.gemeenten.flatMap((gemeente, i) => {
      const council = gemeente.raadsbehandeling_jeugdplan
      if (!council) return []
      const path = ['partijen', 'gemeenten', i, 'raadsbehandeling_jeugdplan']
      if (dossier.jeugdplan.concept_datum >= council) {
        return [{
          path,
          message: `De raad van ${gemeente.naam} behandelt het jeugdplan op ${dutchDate(council)}, niet na het concept van ${dutchDate(dossier.jeugdplan.concept_datum)}: over een concept moet eerst OOGO worden gevoerd.`,
        }]
      }
      // No OOGO meeting in the dossier yet is rule JW-2.2-OOGO-GEPLAND (a warning: it may still come).
      if (oogo.length === 0 || oogo.some((m) => m.datum < council)) return []
      return [{
        path,
        message: `De raad van ${gemeente.naam} behandelt het jeugdplan op ${dutchDate(council)}, vóór de eerste vergadering met OOGO-status (${dutchDate(oogo.map((m) => m.datum).sort()[0]!)}).`,
        suggestion: 'Plan een vergadering met OOGO-status (soort: oogo) over het concept vóór de raadsbehandeling, of verschuif de raadsbehandeling.',
      }]
    })
  },
}
