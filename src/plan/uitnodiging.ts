/**
 * Uitnodigingen: one per meeting × invited party, addressed to the party's representative.
 * Every gemeente and SWV is invited; an mbo-instelling only in a combined OOGO, to a meeting
 * with a point on the ondersteuningsplan VO (art. 2.47 lid 10 WVO 2020: the SWV VO invites it
 * for that part; it is not a party to the OOGO jeugd).
 */
import { dutchDate } from '../text/dutch-dates.ts'
import { documentFileName } from './file-name.ts'
import { municipalSender, type DocumentDefinition } from './types.ts'

export const uitnodiging: DocumentDefinition = {
  kind: 'uitnodiging',
  label: 'uitnodiging',
  requires: [],
  skipReason: (dossier) => (dossier.vergaderingen?.length ? undefined : 'het dossier noemt geen vergaderingen'),
  plan(dossier, { view, meetings, invitees }, selection) {
    const combined = dossier.dossier.soort === 'gecombineerd'
    const sender = municipalSender(dossier, dossier.overlegcommissie.voorzitter.namens) // the chair invites
    return meetings
      .filter((m) => selection.meetings.length === 0 || selection.meetings.includes(m.id))
      .flatMap((meeting) => invitees
        .filter((p) => p.soort !== 'mbo' || (combined && meeting.punten.some((e) => e.grondslag === 'ondersteuningsplan-vo')))
        .filter((p) => selection.parties.length === 0 || selection.parties.includes(p.id))
        .map((recipient) => ({
          kind: 'uitnodiging',
          template: 'uitnodiging',
          fileName: documentFileName('uitnodiging', meeting.id, recipient.id),
          title: `Uitnodiging ${meeting.karakter}`,
          subject: `${dossier.overlegcommissie.naam}, ${dutchDate(meeting.datum)}`,
          date: meeting.uitnodiging.datum,
          view: { ...view, vergadering: meeting, ontvanger: recipient },
          ...(sender ? { sender } : {}),
        })))
  },
}
