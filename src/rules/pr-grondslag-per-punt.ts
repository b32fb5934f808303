import type { Rule } from './types.ts'

/** C-06: in a combined OOGO each agenda item says which plan it is about. */
export const prGrondslagPerPunt: Rule = {
  id: 'PR-GRONDSLAG-PER-PUNT',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'praktijk (NJi; Noord-Limburg): in een gecombineerd OOGO grondslag en deelnemers per agendapunt vastleggen',
  title: 'In een gecombineerd OOGO vermeldt elk agendapunt zijn grondslag (jeugdplan of ondersteuningsplan PO of VO).',
  check({ dossier }) {
    if (dossier.dossier.soort !== 'gecombineerd') return []
    return dossier.agenda.flatMap((item, i) => item.grondslag ? [] : [{
      path: ['agenda', i, 'grondslag'],
      message: `Agendapunt "${item.titel}" (${item.id}) vermeldt geen grondslag. In een gecombineerd OOGO moet per agendapunt vaststaan of het over het jeugdplan of over het ondersteuningsplan PO of VO gaat: daarvan hangen de deelnemers en de geschillenregeling af.`,
      suggestion: 'Voeg `grondslag: jeugd`, `grondslag: ondersteuningsplan-po` of `grondslag: ondersteuningsplan-vo` toe.',
    }])
  },
}
