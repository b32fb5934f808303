import { dutchDate } from '../text/dutch-dates.ts'
import type { Rule } from './types.ts'

/** The OOGO is held about a concept of the plan, so not before that concept exists. */
export const jwOogoOverConcept: Rule = {
  id: 'JW-2.2-OOGO-OVER-CONCEPT',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet ("over een concept van het plan")',
  title: 'Een vergadering met OOGO-status vindt plaats op of na de datum van het concept jeugdplan.',
  check({ dossier }) {
    const concept = dossier.jeugdplan.concept_datum
    return (dossier.vergaderingen ?? []).flatMap((m, i) => m.soort === 'oogo' && m.datum < concept ? [{
      path: ['vergaderingen', i, 'datum'],
      message: `De vergadering met OOGO-status van ${dutchDate(m.datum)} ligt vóór het concept jeugdplan van ${dutchDate(concept)}; het OOGO gaat over dat concept.`,
      suggestion: 'Maak er algemeen overleg van (soort: algemeen), of controleer de datum van het concept (jeugdplan.concept_datum).',
    }] : [])
  },
}
