import type { HelperDefinition } from './types.ts'

const truthy = (value: unknown) => Boolean(value) && !(Array.isArray(value) && value.length === 0)

export const of: HelperDefinition = {
  name: 'of',
  description: 'Waar als ten minste een van beide waarden waar is (niet leeg, niet onwaar); voor voorwaardelijke tekst.',
  params: [{ name: 'a', description: 'een waarde' }, { name: 'b', description: 'een tweede waarde' }],
  example: '{{#if (of verzoek_advies verzoek_bemiddeling)}}…{{/if}}',
  fn: ([a, b]) => truthy(a) || truthy(b),
}
