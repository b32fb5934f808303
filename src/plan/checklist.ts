/**
 * The checklist OOGO jeugd: per question of the checklist in the Wegwijzer OOGO jeugd (§4.2) what
 * the dossier shows and a status. One per dossier, never skipped, but not made by default (only on
 * request). Its date is the latest meeting in the dossier, or else the date of the concept
 * jeugdplan. The SWV codes per gemeente (for item 5) come from `facts.reference`.
 */
import { checklistView } from '../derive/checklist.ts'
import { documentFileName } from './file-name.ts'
import type { DocumentDefinition } from './types.ts'

export const checklist: DocumentDefinition = {
  kind: 'checklist',
  label: 'checklist OOGO jeugd',
  defaultSelected: false,
  requires: [],
  skipReason: () => undefined,
  plan(dossier, { view, reference }, selection) {
    if (selection.meetings.length > 0 || selection.parties.length > 0) return []
    const dates = (dossier.vergaderingen ?? []).map((m) => m.datum).sort()
    return [{
      kind: 'checklist',
      template: 'checklist',
      fileName: documentFileName('checklist', dossier.dossier.kenmerk),
      title: 'Checklist OOGO jeugd',
      subject: dossier.dossier.titel,
      date: dates.at(-1) ?? dossier.jeugdplan.concept_datum,
      view: { ...view, checklist: checklistView(dossier, reference) },
    }]
  },
}
