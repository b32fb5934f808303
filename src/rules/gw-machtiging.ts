import { comparableName } from '../text/names.ts'
import type { Rule } from './types.ts'

/**
 * The burgemeester represents the gemeente (art. 171 lid 1 Gemeentewet); anyone else who signs for it — a wethouder —
 * needs the burgemeester's assignment (lid 2). Without its date the overeenkomst cannot name the authority to sign.
 */
export const gwMachtiging: Rule = {
  id: 'GW-171-MACHTIGING',
  level: 'A',
  severity: 'waarschuwing',
  basis: 'art. 171 lid 1 en 2 Gemeentewet (de burgemeester vertegenwoordigt de gemeente en kan een ander aanwijzen om dat te doen)',
  title: 'Tekent een ander dan de burgemeester namens een gemeente, dan vermeldt het dossier de aanwijzing door de burgemeester (machtiging).',
  check({ dossier }) {
    return dossier.partijen.gemeenten.flatMap((g, i) => {
      const rep = g.vertegenwoordiger
      const isMayor = /burgemeester/i.test(rep.functie) || (g.burgemeester !== undefined && comparableName(g.burgemeester) === comparableName(rep.naam))
      if (isMayor || rep.machtiging) return []
      return [{
        path: ['partijen', 'gemeenten', i, 'vertegenwoordiger'],
        at: 'key' as const,
        message: `${rep.naam} (${rep.functie}) tekent de overeenkomst namens de gemeente ${g.naam}, maar het dossier vermeldt geen aanwijzing door de burgemeester. De burgemeester vertegenwoordigt de gemeente; een ander kan dat alleen als de burgemeester hem of haar daartoe heeft aangewezen.`,
        suggestion: 'Vermeld de datum van het aanwijzingsbesluit van de burgemeester in `vertegenwoordiger.machtiging`, of laat de burgemeester tekenen.',
      }]
    })
  },
}
