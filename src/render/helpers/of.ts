import { truthy } from './truthy.ts'
import type { HelperDefinition } from './types.ts'

export const of: HelperDefinition = {
  name: 'of',
  description: 'Waar als ten minste een van beide waarden waar is (niet leeg, niet onwaar); voor voorwaardelijke tekst.',
  params: [{ name: 'a', description: 'een waarde' }, { name: 'b', description: 'een tweede waarde' }],
  example: '{{#if (of verzoek_advies verzoek_bemiddeling)}}…{{/if}}',
  fn: ([a, b]) => truthy(a) || truthy(b),
}
