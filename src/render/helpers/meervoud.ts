import { HelperError, type HelperDefinition } from './types.ts'

export const meervoud: HelperDefinition = {
  name: 'meervoud',
  description: 'Kiest het enkelvoud of het meervoud bij een aantal.',
  params: [
    { name: 'aantal', description: 'een getal of een lijst (dan telt het aantal elementen)' },
    { name: 'enkelvoud', description: 'het woord bij precies één', literal: { words: 'het woord', quote: '"' } },
    { name: 'meervoud', description: 'het woord bij nul of meer dan één', literal: { words: 'het woord', quote: '"' } },
  ],
  example: '{{meervoud swv_po "samenwerkingsverband" "samenwerkingsverbanden"}}',
  fn([count, singular, plural]) {
    const n = Array.isArray(count) ? count.length : count
    if (typeof n !== 'number') throw new HelperError(`\`meervoud\` verwacht een getal of een lijst, maar kreeg ${JSON.stringify(count)}.`)
    return n === 1 ? singular : plural
  },
}
