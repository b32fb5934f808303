import type { Rule } from './types.ts'

/** the procedure contains a provision for settling disputes. */
export const jwGeschillenregeling: Rule = {
  id: 'JW-2.2-GESCHILLENREGELING',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3, laatste volzin, Jeugdwet',
  title: 'De procedure bevat een voorziening voor het beslechten van geschillen (geschillenregeling).',
  check({ dossier }) {
    if (dossier.geschillenregeling) return []
    return [{
      path: ['dossier'],
      at: 'key',
      message: 'Het dossier bevat geen geschillenregeling, terwijl de procedure van het OOGO jeugd volgens de wet een voorziening voor het beslechten van geschillen moet bevatten.',
      suggestion: 'Voeg toe: `geschillenregeling: { commissie: Geschillencommissie oogo-jeugdplan, verzoek_soorten: [advies, bemiddeling] }`.',
    }]
  },
}
