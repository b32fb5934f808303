/**
 * The transforms, in their fixed order: anchors must be unique before they are numbered, and
 * numbers must exist before references can be resolved.
 */
import type { OogoError } from '../errors.ts'
import type { DocModel } from '../model/types.ts'
import { numberSections, numberSectionsInPlace } from './number-sections.ts'
import { resolveRefs, resolveRefsInPlace } from './resolve-refs.ts'
import type { Transform } from './types.ts'
import { uniqueIds } from './unique-ids.ts'

export const transforms: readonly Transform[] = [uniqueIds, numberSections, resolveRefs]

export function transformModel(model: DocModel, file: string): { model: DocModel; problems: OogoError[] } {
  const problems: OogoError[] = []
  const context = { file, report: (p: OogoError) => problems.push(p) }
  // The same as `transforms` in turn, with one copy of the model instead of one per transform (a thousand meetings
  // make seven thousand documents; copying each three times was a third of the time).
  const out = structuredClone(uniqueIds(model, context))
  numberSectionsInPlace(out)
  resolveRefsInPlace(out, context)
  return { model: out, problems }
}

export type { Transform, TransformContext } from './types.ts'
