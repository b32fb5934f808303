import { swvCoverage } from './swv-coverage.ts'
import type { Rule } from './types.ts'

/** A-03 for secondary education (art. 2.47 WVO 2020). */
export const jwVoSwv: Rule = {
  id: 'JW-2.2-VO-SWV',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet jo. art. 2.47 WVO 2020',
  title: 'Een samenwerkingsverband VO neemt deel, en elke gemeente valt onder een samenwerkingsverband VO van het dossier.',
  check: ({ dossier }) => swvCoverage(dossier, 'vo'),
}
