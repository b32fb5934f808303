import type { Rule } from './types.ts'

/** B-02: the overlegcommissie has a representative of each college and each SWV. */
export const gcCommissieSamenstelling: Rule = {
  id: 'GC-COMMISSIE-SAMENSTELLING',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 (de overlegcommissie "bestaat uit vertegenwoordigers van de betreffende colleges van B&W en de SWV")',
  title: 'De overlegcommissie heeft ten minste één lid namens elk college en elk samenwerkingsverband.',
  check({ dossier }) {
    const members = dossier.overlegcommissie.leden
    if (!members) return [] // without leden the commissie consists of every party's representative
    const parties = [...dossier.partijen.gemeenten.map((g) => ({ id: g.id, naam: `gemeente ${g.naam}` })),
      ...dossier.partijen.samenwerkingsverbanden.map((s) => ({ id: s.id, naam: s.naam }))]
    return parties.filter((p) => !members.some((l) => l.namens === p.id)).map((p) => ({
      path: ['overlegcommissie', 'leden'],
      at: 'key' as const,
      message: `De overlegcommissie heeft geen lid namens ${p.naam}.`,
      suggestion: `Voeg een lid toe met \`namens: ${p.id}\`, of laat \`leden\` weg: dan bestaat de commissie uit de vertegenwoordigers van alle partijen.`,
    }))
  },
}
