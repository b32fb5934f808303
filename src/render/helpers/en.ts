import { truthy } from './truthy.ts'
import type { HelperDefinition } from './types.ts'

export const en: HelperDefinition = {
  name: 'en',
  description: 'Waar als beide waarden waar zijn (niet leeg, niet onwaar); voor voorwaardelijke tekst.',
  params: [{ name: 'a', description: 'een waarde' }, { name: 'b', description: 'een tweede waarde' }],
  example: '{{#if (en verzoek_advies verzoek_bemiddeling)}}…{{/if}}',
  fn: ([a, b]) => truthy(a) && truthy(b),
}
