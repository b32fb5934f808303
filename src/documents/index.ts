/**
 * The registry of document kinds, in the order `oogo genereer` builds them.
 */
import { overeenkomst } from './overeenkomst.ts'
import type { DocumentDefinition } from './types.ts'

export const documentDefinitions: readonly DocumentDefinition[] = [overeenkomst]

export const documentKinds: readonly string[] = documentDefinitions.map((d) => d.kind)

export type { DocumentDefinition, DocumentPlan, Requirement } from './types.ts'
