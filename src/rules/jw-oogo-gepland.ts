import { dutchDate } from '../text/dutch-dates.ts'
import type { Rule } from './types.ts'

/**
 * A raad date is set, but the dossier has no OOGO meeting yet. A warning: a dossier records the
 * OOGO as far as it has come (the overeenkomst is signed before the first meeting).
 */
export const jwOogoGepland: Rule = {
  id: 'JW-2.2-OOGO-GEPLAND',
  level: 'A',
  severity: 'waarschuwing',
  basis: 'art. 2.2 lid 3 Jeugdwet ("niet vastgesteld dan nadat … op overeenstemming gericht overleg heeft plaatsgevonden")',
  title: 'Staat een raadsbehandeling gepland, dan staat er ook een vergadering met OOGO-status in het dossier.',
  check({ dossier }) {
    if ((dossier.vergaderingen ?? []).some((m) => m.soort === 'oogo')) return []
    return dossier.partijen.gemeenten.flatMap((gemeente, i) => gemeente.raadsbehandeling_jeugdplan ? [{
      path: ['partijen', 'gemeenten', i, 'raadsbehandeling_jeugdplan'],
      message: `De raad van ${gemeente.naam} behandelt het jeugdplan op ${dutchDate(gemeente.raadsbehandeling_jeugdplan)}, maar het dossier bevat (nog) geen vergadering met OOGO-status.`,
      suggestion: 'Plan vóór die datum een vergadering met OOGO-status (soort: oogo) over het concept jeugdplan.',
    }] : [])
  },
}
