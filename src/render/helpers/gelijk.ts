import type { HelperDefinition } from './types.ts'

export const gelijk: HelperDefinition = {
  name: 'gelijk',
  description: 'Waar als twee waarden gelijk zijn; voor voorwaardelijke tekst.',
  params: [{ name: 'a', description: 'een waarde' }, { name: 'b', description: 'de waarde om mee te vergelijken' }],
  example: '{{#if (gelijk dossier.schaal "jeugdhulpregio")}}…{{/if}}',
  fn: ([a, b]) => a === b,
}
