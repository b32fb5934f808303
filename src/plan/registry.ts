/**
 * The registry of document kinds, in the order `oogo genereer` builds and lists them.
 */
import { bijlageJeugdplan } from './bijlage-jeugdplan.ts'
import { checklist } from './checklist.ts'
import { motivering } from './motivering.ts'
import { overeenkomst } from './overeenkomst.ts'
import type { DocumentDefinition } from './types.ts'
import { uitnodiging } from './uitnodiging.ts'
import { verslag } from './verslag.ts'
import { verzoek } from './verzoek.ts'

export const documentDefinitions: readonly DocumentDefinition[] = [overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlageJeugdplan, checklist]

export const documentKinds: readonly string[] = documentDefinitions.map((d) => d.kind)

