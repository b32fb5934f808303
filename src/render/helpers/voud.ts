import { copiesInWords } from '../../text/dutch-numbers.ts'
import { HelperError, type HelperDefinition } from './types.ts'

export const voud: HelperDefinition = {
  name: 'voud',
  description: 'Het aantal exemplaren in de slotformule: 2 → tweevoud, 6 → zesvoud.',
  params: [{ name: 'aantal', description: 'het aantal exemplaren (meestal aantal_partijen)' }],
  example: 'in {{voud aantal_partijen}} → in zesvoud',
  fn([value]) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new HelperError(`\`voud\` verwacht een aantal van ten minste 1, maar kreeg ${JSON.stringify(value)}.`)
    return copiesInWords(value)
  },
}
