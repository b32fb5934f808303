import type { Rule } from './types.ts'

// Names of other bodies of the Stichting Onderwijsgeschillen that are no forum for the OOGO jeugd.
const wrongBody = /passend onderwijs|ondersteuningsplan|ouders|toelating|verwijdering/i

/** B-14: disputes in the OOGO jeugd go to the Geschillencommissie oogo-jeugdplan (or a regional one). */
export const gcCommissie: Rule = {
  id: 'GC-COMMISSIE',
  level: 'B',
  severity: 'fout',
  basis: 'onderwijsgeschillen.nl (Geschillencommissie oogo-jeugdplan); Wegwijzer OOGO jeugd §2.2',
  title: 'De geschillenregeling wijst de Geschillencommissie oogo-jeugdplan (of een regionale commissie) aan, niet een commissie voor passend onderwijs of ouders.',
  check({ dossier }) {
    const name = dossier.geschillenregeling?.commissie
    if (!name || !wrongBody.test(name)) return []
    return [{
      path: ['geschillenregeling', 'commissie'],
      message: `"${name}" is niet de commissie voor geschillen in het OOGO jeugd; die gaan naar de Geschillencommissie oogo-jeugdplan.`,
      suggestion: 'Schrijf: `commissie: Geschillencommissie oogo-jeugdplan`.',
    }]
  },
}
