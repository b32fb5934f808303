import { dutchDate } from '../text/dutch-dates.ts'
import { meetingKind } from './meeting-terms.ts'
import type { Rule } from './types.ts'

/** B-01: the voorzitter invites before the meeting (the invitation states its character); one dated after it is impossible. */
export const gcUitnodigingVooraf: Rule = {
  id: 'GC-UITNODIGING-VOORAF',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 (de voorzitter vermeldt "in de uitnodiging het karakter van het overleg"); de overeenkomst OOGO jeugd van partijen',
  title: 'Elke uitnodiging is verstuurd vóór de vergadering waarvoor zij uitnodigt.',
  check({ dossier }) {
    return (dossier.vergaderingen ?? []).flatMap((meeting, i) => meeting.uitnodiging.datum <= meeting.datum ? [] : [{
      path: ['vergaderingen', i, 'uitnodiging', 'datum'],
      message: `De uitnodiging voor de ${meetingKind[meeting.soort]} van ${dutchDate(meeting.datum)} is gedateerd ${dutchDate(meeting.uitnodiging.datum)}, na de vergadering.`,
      suggestion: 'Controleer de datum van de uitnodiging (`uitnodiging.datum`) en die van de vergadering.',
    }])
  },
}
