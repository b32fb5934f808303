import { dutchDate } from '../text/dutch-dates.ts'
import { meetingKind } from './meeting-terms.ts'
import { hasOogoStatus } from './party-names.ts'
import type { Rule } from './types.ts'

/**
 * A meeting with OOGO-status has a verslag once later meetings exist: the verslag records whether agreement was
 * reached and goes with the concept to the raad. The bijzondere vergadering of a verzoek is GC-BIJZONDERE-VERGADERING's.
 */
export const ovkVerslag: Rule = {
  id: 'OVK-VERSLAG',
  level: 'B',
  severity: 'waarschuwing',
  basis: 'de overeenkomst OOGO jeugd van partijen (de secretaris maakt van iedere vergadering een verslag; de verslagen van de vergaderingen met OOGO-status gaan met het concept jeugdplan naar de raad); geen wettelijke eis',
  title: 'Elke vergadering met OOGO-status waarna al een volgende vergadering is gehouden of gepland, heeft een verslag.',
  check({ dossier }) {
    const meetings = dossier.vergaderingen ?? []
    const covered = dossier.geschil?.verzoek ? dossier.geschil.bijzondere_vergadering : undefined
    return meetings.flatMap((meeting, i) => {
      if (!hasOogoStatus(meeting) || meeting.verslag || meeting.id === covered) return []
      const next = meetings.filter((m) => m.datum > meeting.datum).sort((a, b) => a.datum.localeCompare(b.datum))[0]
      if (!next) return []
      return [{
        path: ['vergaderingen', i, 'id'],
        message: `De ${meetingKind[meeting.soort]} van ${dutchDate(meeting.datum)} heeft geen verslag, terwijl de volgende vergadering (${dutchDate(next.datum)}) al in het dossier staat. Het verslag legt vast of over de agendapunten overeenstemming is bereikt.`,
        suggestion: 'Voeg het verslag toe onder `verslag` van deze vergadering.',
      }]
    })
  },
}
