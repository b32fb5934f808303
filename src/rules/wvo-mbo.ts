import type { Rule } from './types.ts'

/** the SWV VO invites the mbo for the ondersteuningsplan VO; the mbo is no party in jeugd. */
export const wvoMbo: Rule = {
  id: 'WVO-2.47-MBO',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.47 lid 10, tweede volzin, WVO 2020 (uitnodiging mbo alleen voor het ondersteuningsplan VO)',
  title: 'Een mbo-instelling komt alleen voor in een gecombineerd OOGO, voor het ondersteuningsplan VO.',
  check({ dossier }) {
    const mbo = dossier.partijen.mbo_instellingen ?? []
    if (mbo.length === 0) return []
    if (dossier.dossier.soort !== 'gecombineerd') {
      return [{
        path: ['partijen', 'mbo_instellingen'],
        at: 'key',
        message: 'Een mbo-instelling is geen partij bij het OOGO jeugd. Het samenwerkingsverband VO nodigt haar alleen uit voor het overleg over het ondersteuningsplan VO, in een gecombineerd OOGO.',
        suggestion: 'Verwijder `mbo_instellingen`, of maak het dossier gecombineerd (`dossier.soort: gecombineerd`) met een agendapunt met `grondslag: ondersteuningsplan-vo`.',
      }]
    }
    if (dossier.agenda.some((a) => a.grondslag === 'ondersteuningsplan-vo')) return []
    return [{
      path: ['partijen', 'mbo_instellingen'],
      at: 'key',
      message: 'Er is een mbo-instelling, maar geen agendapunt over het ondersteuningsplan VO, het enige onderdeel waarvoor zij wordt uitgenodigd.',
      suggestion: 'Geef het betreffende agendapunt `grondslag: ondersteuningsplan-vo`.',
    }]
  },
}
