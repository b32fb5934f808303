/**
 * Verslagen: one per meeting that has minutes in the dossier.
 */
import { dutchDate } from '../text/dutch-dates.ts'
import { minutesView } from '../derive/minutes.ts'
import { documentFileName } from './file-name.ts'
import { municipalSender, type DocumentDefinition } from './types.ts'

export const verslag: DocumentDefinition = {
  kind: 'verslag',
  label: 'verslag',
  requires: [],
  skipReason: (dossier) => ((dossier.vergaderingen ?? []).some((m) => m.verslag) ? undefined : 'geen enkele vergadering heeft een verslag'),
  plan(dossier, { view, meetings }, selection) {
    const sender = municipalSender(dossier, dossier.overlegcommissie.voorzitter.namens) // sent on behalf of the chair
    return meetings
      .filter((m) => m.verslag && (selection.meetings.length === 0 || selection.meetings.includes(m.id)))
      .map((meeting) => ({
        kind: 'verslag',
        template: 'verslag',
        fileName: documentFileName('verslag', meeting.id),
        title: `Verslag ${meeting.karakter}`,
        subject: `${dossier.overlegcommissie.naam}, ${dutchDate(meeting.datum)}`,
        date: meeting.datum,
        view: { ...view, vergadering: meeting, verslag: minutesView(dossier, meeting, meetings)! },
        ...(sender ? { sender } : {}),
      }))
  },
}
