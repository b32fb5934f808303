/**
 * A transform: a pure model → model function named for its effect; problems go to `report`
 * instead of being thrown, so every dangling reference is listed in one go.
 */
import type { OogoError } from '../errors.ts'
import type { DocModel } from '../model/types.ts'
import type { TemplateAnchor } from './template-anchors.ts'

export interface TransformContext {
  /** The rendered text's name, for places inside it. */
  file: string
  report(problem: OogoError): void
  /** Every id the document's templates define, printed or not (template-anchors.ts); absent: not known. */
  templateAnchors?: ReadonlyMap<string, TemplateAnchor>
}

export type Transform = (model: DocModel, context: TransformContext) => DocModel
