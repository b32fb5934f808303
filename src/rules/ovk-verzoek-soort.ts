import type { Rule } from './types.ts'

/** The request is of a kind the parties allowed in their geschillenregeling. */
export const ovkVerzoekSoort: Rule = {
  id: 'OVK-VERZOEK-SOORT',
  level: 'B',
  severity: 'fout',
  basis: 'de geschillenregeling van partijen (geschillenregeling.verzoek_soorten)',
  title: 'Het verzoek is van een soort die de geschillenregeling van partijen toestaat.',
  check({ dossier }) {
    const soort = dossier.geschil?.verzoek?.soort
    const allowed = dossier.geschillenregeling?.verzoek_soorten ?? []
    if (!soort || (soort !== 'advies' && soort !== 'bemiddeling') || allowed.includes(soort)) return []
    return [{
      path: ['geschil', 'verzoek', 'soort'],
      message: `Het verzoek is een verzoek om ${soort}, maar de geschillenregeling van partijen staat alleen ${allowed.join(' en ')} toe.`,
      suggestion: `Vraag om ${allowed.join(' of ')}, of pas de geschillenregeling (en de overeenkomst) aan.`,
    }]
  },
}
