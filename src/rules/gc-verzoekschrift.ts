import type { Rule } from './types.ts'

/** B-06: the verzoekschrift comes with the papers on the dispute. */
export const gcVerzoekschrift: Rule = {
  id: 'GC-VERZOEKSCHRIFT',
  level: 'B',
  severity: 'fout',
  basis: 'procedure Geschillencommissie oogo-jeugdplan (het verzoekschrift vermeldt het geschil en de soort verzoek, "met alle stukken")',
  title: 'Het verzoek noemt de stukken die erbij horen (bijlagen).',
  check({ dossier }) {
    const request = dossier.geschil?.verzoek
    if (!request || (request.bijlagen ?? []).length > 0) return []
    return [{
      path: ['geschil', 'verzoek', 'bijlagen'],
      message: 'Het verzoek noemt geen bijlagen; het verzoekschrift gaat met alle stukken over het geschil naar de Geschillencommissie.',
      suggestion: 'Noem ten minste de verslagen van de vergadering waarin het geschil ontstond en van de bijzondere vergadering, en het concept jeugdplan.',
    }]
  },
}
