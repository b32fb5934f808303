import type { Rule } from './types.ts'

/** in a combined OOGO on the ondersteuningsplan VO, the SWV VO invites the bevoegd gezag of an mbo-instelling. */
export const wvoMboUitgenodigd: Rule = {
  id: 'WVO-2.47-MBO-UITGENODIGD',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.47 lid 10, tweede volzin, WVO 2020 (het samenwerkingsverband nodigt het bevoegd gezag van een mbo-instelling met een vestiging in zijn gebied uit voor het overleg over het ondersteuningsplan, lid 9 onder a)',
  title: 'Een gecombineerd OOGO met agendapunten over het ondersteuningsplan VO nodigt een mbo-instelling uit.',
  check({ dossier }) {
    if (dossier.dossier.soort !== 'gecombineerd' || (dossier.partijen.mbo_instellingen ?? []).length > 0) return []
    const index = dossier.agenda.findIndex((a) => a.grondslag === 'ondersteuningsplan-vo')
    if (index < 0) return []
    return [{
      path: ['agenda', index, 'grondslag'],
      message: `Agendapunt "${dossier.agenda[index]!.titel}" gaat over het ondersteuningsplan VO, maar het dossier noemt geen mbo-instelling. Het samenwerkingsverband VO nodigt het bevoegd gezag van elke mbo-instelling met een vestiging in zijn gebied uit voor het overleg over de basisondersteuning.`,
      suggestion: 'Voeg de mbo-instelling toe onder `partijen.mbo_instellingen`.',
    }]
  },
}
