import { dutchDate } from '../text/dutch-dates.ts'
import { daysBetween } from '../text/iso-dates.ts'
import type { Rule } from './types.ts'

/** The agreed term between the meeting where a dispute arose and the bijzondere vergadering. */
export const ovkBijzondereVergaderingTermijn: Rule = {
  id: 'OVK-BIJZONDERE-VERGADERING-TERMIJN',
  level: 'B',
  severity: 'waarschuwing',
  basis: 'de overeenkomst OOGO jeugd van partijen (procedure.termijnen.bijzondere_vergadering_binnen_dagen); geen wettelijke termijn',
  title: 'De bijzondere vergadering valt binnen de afgesproken termijn na de vergadering waarin het geschil ontstond.',
  check({ dossier, terms }) {
    const limit = terms.bijzondere_vergadering_binnen_dagen
    const dispute = dossier.geschil
    if (limit === undefined || !dispute?.bijzondere_vergadering) return []
    const meetings = dossier.vergaderingen ?? []
    const origin = meetings.find((m) => m.id === dispute.ontstaan_in)
    const index = meetings.findIndex((m) => m.id === dispute.bijzondere_vergadering)
    const special = meetings[index]
    if (!origin || !special) return []
    const days = daysBetween(origin.datum, special.datum)
    return days > limit ? [{
      path: ['vergaderingen', index, 'datum'],
      message: `De bijzondere vergadering van ${dutchDate(special.datum)} valt ${days} dagen na de vergadering van ${dutchDate(origin.datum)}; afgesproken is binnen ${limit} dagen.`,
    }] : []
  },
}
