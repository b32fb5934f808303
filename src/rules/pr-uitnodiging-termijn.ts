import { dutchDate } from '../text/dutch-dates.ts'
import { addDays, daysBetween } from '../text/iso-dates.ts'
import { count, lead, meetingKind } from './meeting-terms.ts'
import type { Rule } from './types.ts'

/** C-01: the invitation goes out at least the agreed number of days before the meeting. */
export const prUitnodigingTermijn: Rule = {
  id: 'PR-UITNODIGING-TERMIJN',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'praktijk; geen wettelijke termijn: de termijn die partijen afspraken (procedure.termijnen.uitnodiging_dagen_vooraf)',
  title: 'Elke uitnodiging is ten minste het afgesproken aantal dagen vóór de vergadering verstuurd.',
  check({ dossier, terms }) {
    const limit = terms.uitnodiging_dagen_vooraf
    if (limit === undefined) return []
    return (dossier.vergaderingen ?? []).flatMap((meeting, i) => {
      const sent = meeting.uitnodiging.datum
      const days = daysBetween(sent, meeting.datum)
      if (days >= limit) return []
      const latest = addDays(meeting.datum, -limit)
      return [{
        path: ['vergaderingen', i, 'uitnodiging', 'datum'],
        message: `De uitnodiging voor de ${meetingKind[meeting.soort]} van ${dutchDate(meeting.datum)} is verstuurd op ${dutchDate(sent)}, ${lead(days)}; afgesproken is ten minste ${count(limit)} vooraf.`,
        suggestion: `Verstuur de uitnodiging uiterlijk op ${dutchDate(latest)}, of verschuif de vergadering naar ${dutchDate(addDays(sent, limit))} of later.`,
      }]
    })
  },
}
