/**
 * The transforms, in their fixed order: anchors must be unique before they are numbered, and
 * numbers must exist before references can be resolved.
 */
import type { OogoError } from '../errors.ts'
import type { DocModel } from '../model/types.ts'
import { numberSectionsInPlace } from './number-sections.ts'
import { resolveRefsInPlace } from './resolve-refs.ts'
import type { TemplateAnchor } from './template-anchors.ts'
import { uniqueIds } from './unique-ids.ts'
import { copyModel } from './copy-model.ts'

/**
 * `templateAnchors`: the ids the document's templates define, so a reference to one that dropped out says so.
 * `owned`: the caller hands the model over (assemble, with the model parseText just made) and it is numbered in
 * place; otherwise the input stays as it was and a copy is returned.
 */
export function transformModel(model: DocModel, file: string, templateAnchors?: ReadonlyMap<string, TemplateAnchor>, owned = false): { model: DocModel; problems: OogoError[] } {
  const problems: OogoError[] = []
  const context = { file, report: (p: OogoError) => problems.push(p), ...(templateAnchors ? { templateAnchors } : {}) }
  // Unique ids, numbers, references, with at most one copy of the model instead of one per transform (a thousand
  // meetings make seven thousand documents; copying each three times was a third of the time).
  const checked = uniqueIds(model, context)
  const out = owned ? checked : copyModel(checked)
  numberSectionsInPlace(out)
  resolveRefsInPlace(out, context)
  return { model: out, problems }
}

export type { Transform, TransformContext } from './types.ts'
export { templateAnchors, type TemplateAnchor } from './template-anchors.ts'
