import { numberInWords } from '../../text/dutch-numbers.ts'
import { HelperError, type HelperDefinition } from './types.ts'

export const inWoorden: HelperDefinition = {
  name: 'in_woorden',
  description: 'Een geheel getal in woorden, zoals in juridische tekst gebruikelijk.',
  params: [{ name: 'getal', description: 'een geheel getal, bijvoorbeeld een termijn in dagen' }],
  example: '{{in_woorden termijnen.uitnodiging_dagen_vooraf}} → veertien',
  fn([value]) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new HelperError(`\`in_woorden\` verwacht een geheel getal, maar kreeg ${JSON.stringify(value)}.`)
    return numberInWords(value)
  },
}
