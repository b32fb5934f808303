/**
 * The transforms, in their fixed order: anchors must be unique before they are numbered, and
 * numbers must exist before references can be resolved.
 */
import type { OogoError } from '../errors.ts'
import type { DocModel } from '../model/types.ts'
import { numberSections } from './number-sections.ts'
import { resolveRefs } from './resolve-refs.ts'
import type { Transform } from './types.ts'
import { uniqueIds } from './unique-ids.ts'

export const transforms: readonly Transform[] = [uniqueIds, numberSections, resolveRefs]

export function transformModel(model: DocModel, file: string): { model: DocModel; problems: OogoError[] } {
  const problems: OogoError[] = []
  const context = { file, report: (p: OogoError) => problems.push(p) }
  const out = transforms.reduce((current, transform) => transform(current, context), model)
  return { model: out, problems }
}

export type { Transform, TransformContext } from './types.ts'
