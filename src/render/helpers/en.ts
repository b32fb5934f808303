import type { HelperDefinition } from './types.ts'

const truthy = (value: unknown) => Boolean(value) && !(Array.isArray(value) && value.length === 0)

export const en: HelperDefinition = {
  name: 'en',
  description: 'Waar als beide waarden waar zijn (niet leeg, niet onwaar); voor voorwaardelijke tekst.',
  params: [{ name: 'a', description: 'een waarde' }, { name: 'b', description: 'een tweede waarde' }],
  example: '{{#if (en verzoek_advies verzoek_bemiddeling)}}…{{/if}}',
  fn: ([a, b]) => truthy(a) && truthy(b),
}
