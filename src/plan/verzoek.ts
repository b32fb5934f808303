/**
 * The verzoek aan de Geschillencommissie: one per dossier with `geschil.verzoek`.
 */
import { requestView } from '../derive/request.ts'
import { documentFileName } from './file-name.ts'
import { municipalSender, type DocumentDefinition } from './types.ts'

export const verzoek: DocumentDefinition = {
  kind: 'verzoek',
  label: 'verzoek aan de Geschillencommissie',
  requires: [],
  skipReason: (dossier) => (dossier.geschil?.verzoek ? undefined : 'het dossier bevat geen verzoek (geschil.verzoek)'),
  plan(dossier, { view, meetings }, selection) {
    const request = requestView(dossier, meetings)!
    if (selection.meetings.length > 0) return []
    if (selection.parties.length > 0 && !request.verzoek.verzoekers.some((p) => selection.parties.includes(p.id))) return []
    const verzoekers = dossier.geschil!.verzoek!.verzoekers
    const sender = verzoekers.length === 1 ? municipalSender(dossier, verzoekers[0]) : undefined // one gemeente asks
    return [{
      kind: 'verzoek',
      template: 'verzoek',
      fileName: documentFileName('verzoek', dossier.dossier.kenmerk),
      title: `Verzoek aan de ${request.commissie}`,
      subject: dossier.geschil!.onderwerp,
      date: request.verzoek.datum,
      view: { ...view, ...request },
      ...(sender ? { sender } : {}),
    }]
  },
}
