import type { Rule } from './types.ts'

/** B-04: a request comes from an SWV and/or a college, never from anyone else. */
export const gcVerzoekers: Rule = {
  id: 'GC-VERZOEKERS',
  level: 'B',
  severity: 'fout',
  basis: 'procedure Geschillencommissie oogo-jeugdplan (verzoekers: "een samenwerkingsverband en/of een college van burgemeester en wethouders")',
  title: 'Verzoekers zijn alleen samenwerkingsverbanden en/of colleges die partij zijn.',
  check({ dossier }) {
    const mbo = new Map((dossier.partijen.mbo_instellingen ?? []).map((m) => [m.id, m.naam]))
    return (dossier.geschil?.verzoek?.verzoekers ?? []).flatMap((id, i) => mbo.has(id) ? [{
      path: ['geschil', 'verzoek', 'verzoekers', i],
      message: `${mbo.get(id)} is een mbo-instelling en kan geen verzoek doen aan de Geschillencommissie oogo-jeugdplan; dat kunnen alleen een samenwerkingsverband en/of een college.`,
    }] : [])
  },
}
