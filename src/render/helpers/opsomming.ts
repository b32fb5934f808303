import { enumeration } from '../../text/enumeration.ts'
import { HelperError, type HelperDefinition } from './types.ts'

export const opsomming: HelperDefinition = {
  name: 'opsomming',
  description: 'Een lijst als opsomming in lopende tekst: "A, B en C". Met een veldnaam wordt dat veld van elk element genomen.',
  params: [
    { name: 'lijst', description: 'een lijst uit het dossier' },
    { name: 'veld', description: 'de naam van het veld van elk element, bijvoorbeeld "naam"', optional: true, literal: { words: 'de veldnaam', quote: '"' } },
  ],
  example: '{{opsomming partijen.gemeenten "naam"}} → Den Helder, Hollands Kroon, Schagen en Texel',
  fn([list, field]) {
    if (!Array.isArray(list)) throw new HelperError(`\`opsomming\` verwacht een lijst, maar kreeg ${JSON.stringify(list)}.`)
    const items = list.map((item, i) => {
      const value = field === undefined ? item : (item as Record<string, unknown> | null)?.[String(field)]
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new HelperError(`\`opsomming\`: element ${i + 1} heeft geen ${field === undefined ? 'tekst' : `veld \`${String(field)}\``}.`)
      }
      return String(value)
    })
    return enumeration(items)
  },
}
