/**
 * The helpers a template may call: Handlebars' own (with their arity) and oogo's registry, and
 * whether a helper accepts a missing argument.
 */
import { helpers, type HelperDefinition } from '../render/helpers/index.ts'

/** Handlebars' own helpers that our templates may use. */
export const builtins: Record<string, { min: number; max: number; block: boolean }> = {
  if: { min: 1, max: 1, block: true },
  unless: { min: 1, max: 1, block: true },
  each: { min: 1, max: 1, block: true },
  with: { min: 1, max: 1, block: true },
  lookup: { min: 2, max: 2, block: false },
  log: { min: 1, max: Infinity, block: false },
}
export const registry = new Map(helpers.map((h) => [h.name, h]))
export const helperNames = [...registry.keys(), ...Object.keys(builtins)]

/**
 * Does the helper accept a missing value (`gelijk`, `en`, `of` do; `datum` stops with an error)?
 * Asked of the helper itself, so a new helper needs no entry here.
 */
const tolerance = new Map<HelperDefinition, boolean>()
export function acceptsMissing(helper: HelperDefinition): boolean {
  let ok = tolerance.get(helper)
  if (ok === undefined) {
    try {
      helper.fn(helper.params.map(() => undefined), {}, { template: '', line: 0, column: 0, draft: false })
      ok = true
    } catch {
      ok = false
    }
    tolerance.set(helper, ok)
  }
  return ok
}
