import { swvCoverage } from './swv-coverage.ts'
import type { Rule } from './types.ts'

/** A-03 for primary education (art. 18a WPO). */
export const jwPoSwv: Rule = {
  id: 'JW-2.2-PO-SWV',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet jo. art. 18a WPO',
  title: 'Een samenwerkingsverband PO neemt deel, en elke gemeente valt onder een samenwerkingsverband PO van het dossier.',
  check: ({ dossier }) => swvCoverage(dossier, 'po'),
}
