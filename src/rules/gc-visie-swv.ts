import type { Rule } from './types.ts'

/** B-13: with an inspanningsverplichting the SWV's view goes to the raad with the motivering. */
export const gcVisieSwv: Rule = {
  id: 'GC-VISIE-SWV',
  level: 'B',
  severity: 'waarschuwing',
  basis: 'procedure Geschillencommissie oogo-jeugdplan (inspanningsverplichting "om de visie van het samenwerkingsverband op het jeugdplan … met de gemeenteraad te bespreken")',
  title: 'Noemt het advies een inspanningsverplichting, dan bevat elke motivering de visie van het samenwerkingsverband.',
  check({ dossier }) {
    if (!dossier.geschil?.advies?.inspanningsverplichting) return []
    return (dossier.motiveringen ?? []).flatMap((m, i) => m.visie_swv ? [] : [{
      path: ['motiveringen', i, 'gemeente'],
      message: `Het advies legt het college een inspanningsverplichting op, maar de motivering van \`${m.gemeente}\` bevat de visie van het samenwerkingsverband niet.`,
      suggestion: 'Voeg `visie_swv:` toe met de visie van het samenwerkingsverband op het jeugdplan.',
    }])
  },
}
