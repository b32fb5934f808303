/**
 * A transform: a pure model → model function named for its effect; problems go to `report`
 * instead of being thrown, so every dangling reference is listed in one go.
 */
import type { OogoError } from '../errors.ts'
import type { DocModel } from '../model/types.ts'

export interface TransformContext {
  /** The rendered text's name, for places inside it. */
  file: string
  report(problem: OogoError): void
}

export type Transform = (model: DocModel, context: TransformContext) => DocModel
