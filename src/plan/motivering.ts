/**
 * The college's motivering to the gemeenteraad on the advice (a raadsvoorstel with a concept
 * raadsbesluit): one per entry of `motiveringen`. Rule GC-MOTIVERING-VOLLEDIG makes sure it
 * answers every recommendation of the advice exactly once.
 */
import { justificationView } from '../derive/justification.ts'
import { documentFileName } from './file-name.ts'
import type { DocumentDefinition } from './types.ts'

export const motivering: DocumentDefinition = {
  kind: 'motivering',
  label: 'motivering van het college aan de gemeenteraad',
  requires: [],
  skipReason: (dossier) => (dossier.motiveringen?.length ? undefined : 'het dossier bevat geen motiveringen'),
  plan(dossier, { view }, selection) {
    if (selection.meetings.length > 0) return []
    return (dossier.motiveringen ?? [])
      .filter((m) => selection.parties.length === 0 || selection.parties.includes(m.gemeente))
      .map((m) => {
        const justification = justificationView(dossier, m)
        const advice = dossier.geschil!.advies!
        return {
          kind: 'motivering',
          template: 'motivering',
          fileName: documentFileName('motivering', m.gemeente),
          title: `Raadsvoorstel: reactie van het college op ${justification.stuk} van de Geschillencommissie`,
          subject: `${justification.gemeente.aanduiding}: ${dossier.geschil!.onderwerp}`,
          date: m.collegebesluit,
          sender: m.gemeente, // the college writes to its own council
          view: {
            ...view,
            motivering: justification,
            advies: advice,
            commissie: dossier.geschillenregeling.commissie,
            geschil_onderwerp: dossier.geschil!.onderwerp,
            ...(dossier.geschil!.verzoek ? { verzoek_datum: dossier.geschil!.verzoek.datum } : {}),
          },
        }
      })
  },
}
