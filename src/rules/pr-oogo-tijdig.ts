import { dutchDate } from '../text/dutch-dates.ts'
import { addDays, daysBetween } from '../text/iso-dates.ts'
import type { Rule } from './types.ts'

/**
 * C-04: the last OOGO meeting before the raad treats the jeugdplan lies far enough ahead of it.
 * The term comes only from the project configuration. Whether there is an OOGO meeting before
 * the raad at all is rule JW-2.2-OOGO-VOOR-VASTSTELLING's business.
 */
export const prOogoTijdig: Rule = {
  id: 'PR-OOGO-TIJDIG',
  level: 'C',
  severity: 'waarschuwing',
  basis: "praktijk; geen wettelijke termijn (Wegwijzer OOGO jeugd §2.2: 'tijdig', de doorlooptijd 'hangt af van de lokale doorlooptijden'); termijn uit de projectinstellingen (oogo_dagen_voor_raad)",
  title: 'De laatste vergadering met OOGO-status vóór de raadsbehandeling van het jeugdplan ligt ten minste het ingestelde aantal dagen daarvoor.',
  check({ dossier, terms }) {
    const limit = terms.oogo_dagen_voor_raad
    if (limit === undefined) return []
    const oogo = (dossier.vergaderingen ?? []).filter((m) => m.soort === 'oogo')
    return dossier.partijen.gemeenten.flatMap((gemeente, i) => {
      const council = gemeente.raadsbehandeling_jeugdplan
      if (!council) return []
      const last = oogo.filter((m) => m.datum < council).map((m) => m.datum).sort().at(-1)
      if (last === undefined) return []
      const days = daysBetween(last, council)
      if (days >= limit) return []
      return [{
        path: ['partijen', 'gemeenten', i, 'raadsbehandeling_jeugdplan'],
        message: `De raad van ${gemeente.naam} behandelt het jeugdplan op ${dutchDate(council)}, ${count(days)} na de laatste vergadering met OOGO-status (${dutchDate(last)}); ingesteld is ten minste ${count(limit)}.`,
        suggestion: `Houd de OOGO-vergadering uiterlijk op ${dutchDate(addDays(council, -limit))}, of plan de raadsbehandeling op ${dutchDate(addDays(last, limit))} of later.`,
      }]
    })
  },
}

function count(days: number): string {
  return days === 1 ? '1 dag' : `${days} dagen`
}
