/**
 * The Overeenkomst OOGO jeugd: one per dossier. `dossier.ondertekening` dates the document; its place and date appear
 * in the slotformule only when all parties sign together (`gezamenlijk`), otherwise each party fills them in by hand.
 */
import type { DocumentDefinition } from './types.ts'
import { documentFileName } from './file-name.ts'

export const overeenkomst: DocumentDefinition = {
  kind: 'overeenkomst',
  label: 'Overeenkomst OOGO jeugd',
  requires: [
    {
      path: ['dossier', 'ondertekening'],
      reason: 'de overeenkomst vermeldt plaats en datum van ondertekening',
      example: 'ondertekening: { plaats: Schagen, datum: 2026-01-15 }',
    },
  ],
  skipReason: () => undefined,
  plan(dossier, { view }, selection) {
    // Not about one meeting or party: narrowing with --vergadering or --partij leaves it out.
    if (selection.meetings.length > 0 || selection.parties.length > 0) return []
    return [{
      kind: 'overeenkomst',
      template: 'overeenkomst',
      fileName: documentFileName('overeenkomst', dossier.dossier.kenmerk),
      title: 'Overeenkomst OOGO jeugd',
      subject: dossier.dossier.titel,
      date: dossier.dossier.ondertekening!.datum,
      view,
    }]
  },
}
