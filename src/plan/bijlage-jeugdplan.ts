/**
 * The annex to the jeugdplan with the outcomes of the OOGO: one per dossier once a meeting has
 * minutes. Its date is the latest event it reports (a meeting, the advice or a college decision).
 */
import { outcomesView } from '../derive/outcomes.ts'
import { documentFileName } from './file-name.ts'
import type { DocumentDefinition } from './types.ts'

export const bijlageJeugdplan: DocumentDefinition = {
  kind: 'bijlage-jeugdplan',
  label: 'bijlage bij het jeugdplan',
  requires: [],
  skipReason: (dossier) => ((dossier.vergaderingen ?? []).some((m) => m.verslag) ? undefined : 'er is nog geen vergadering met een verslag'),
  plan(dossier, { view, meetings }, selection) {
    if (selection.meetings.length > 0 || selection.parties.length > 0) return []
    const dates = [
      ...meetings.filter((m) => m.verslag).map((m) => m.datum),
      ...(dossier.geschil?.advies ? [dossier.geschil.advies.datum] : []),
      ...(dossier.motiveringen ?? []).map((m) => m.collegebesluit),
    ].sort()
    return [{
      kind: 'bijlage-jeugdplan',
      template: 'bijlage-jeugdplan',
      fileName: documentFileName('bijlage-jeugdplan', dossier.dossier.kenmerk),
      title: 'Bijlage bij het jeugdplan: uitkomsten van het OOGO',
      subject: dossier.jeugdplan.titel,
      date: dates.at(-1)!,
      view: { ...view, uitkomsten: outcomesView(dossier, meetings) },
    }]
  },
}
