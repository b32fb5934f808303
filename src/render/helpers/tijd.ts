import { HelperError, type HelperDefinition } from './types.ts'

export const tijd: HelperDefinition = {
  name: 'tijd',
  description: 'Een tijd uit het dossier ("14:00") zoals in Nederlandse tekst: 14.00.',
  params: [{ name: 'tijd', description: 'een tijd als "HH:MM"' }],
  example: '{{tijd vergadering.aanvang}} uur → 14.00 uur',
  fn([value]) {
    if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new HelperError(`\`tijd\` verwacht een tijd als "HH:MM", maar kreeg ${JSON.stringify(value)}.`)
    return value.replace(':', '.')
  },
}
