/**
 * The templates against the field model, without a dossier (`oogo sjablonen controleer`; `oogo
 * genereer` runs it first). Every template and partial is parsed; each document template is walked
 * against the view of its kind with a stack of contexts (`#each X` → an element of X, `#with`,
 * block params, `../`, `@root`) and what its guards tell (`{{#if x}}`, `{{#if (gelijk soort "swv")}}`,
 * the `{{else}}` of either). Reported, all at once, each at its file, line and column:
 *
 * - a syntax error (a block left open, a bad `{{…}}`),
 * - an unknown field (with "bedoelde u …?"), or a field of a list element used outside the list,
 * - an unknown helper or partial, a helper with the wrong number of arguments, a block helper
 *   used without `#` or a helper used as a block,
 * - a `{{ref 'x'}}` to an id that no `{#x}` in the template or its partials defines,
 * - as a warning: a field that is not always present, used where no guard makes sure it is (the
 *   document would stop with an error for a dossier without it).
 *
 * A partial is checked where it is called, in the caller's context (with `{{> p x=y}}`'s `x` added)
 * and under the caller's guards, once per distinct context. A partial that no template calls gets
 * a warning and is checked without a context: syntax, helpers and partials, not its fields.
 */
import { sha256 } from '../load/find-dossiers.ts'
import { loadSchema, packageRoot, schemaFile, templateSetSha256 } from '../load/load-project.ts'
import { buildFieldModel, type FieldModel } from './field-model.ts'
import { Checker } from './checker.ts'
import { sortErrors, type OogoError } from '../errors.ts'
import { checkMarkdownOfTemplates } from './markdown-skeleton.ts'
import type { TemplateSet } from '../model/project.ts'

export const viewSchemaFile = `${packageRoot}schemas/weergave.schema.json`

/** The field model of the installed schemas. */
export function defaultFieldModel(): FieldModel {
  return buildFieldModel(loadSchema(schemaFile), loadSchema(viewSchemaFile))
}

const cache = new WeakMap<TemplateSet, WeakMap<FieldModel, OogoError[]>>()

/**
 * What a check of `templates` against the installed schemas depends on, as one hash: every template and partial (name
 * and text) and both schemas the field model is built from.
 */
export function templateCheckKey(templates: TemplateSet): string {
  return sha256(`${templateSetSha256(templates)}\0${JSON.stringify([loadSchema(schemaFile), loadSchema(viewSchemaFile)])}`)
}

/**
 * The templateCheckKey of the built-in templates, put into the bundle (dist/bundle/) by scripts/bundle.ts when this
 * very code found nothing in them at build time; absent when run from the sources (the tests) or when it did find
 * something. The check of the built-in set took some 200 ms of every `oogo genereer` and of every batch thread, for
 * an answer fixed when the package is built. Any other set, a changed template or schema, is checked in full.
 */
declare const OOGO_CLEAN_TEMPLATES: string | undefined
const cleanAtBuild = typeof OOGO_CLEAN_TEMPLATES === 'string' ? OOGO_CLEAN_TEMPLATES : undefined
const foundClean = new WeakMap<TemplateSet, boolean>()

/** Every finding in the template set, sorted by file and place; the same set is checked once. */
export function checkTemplates(templates: TemplateSet, given?: FieldModel): OogoError[] {
  if (given === undefined && cleanAtBuild !== undefined) {
    let clean = foundClean.get(templates)
    if (clean === undefined) foundClean.set(templates, clean = templateCheckKey(templates) === cleanAtBuild)
    if (clean) return []
  }
  const model = given ?? defaultFieldModel()
  let byModel = cache.get(templates)
  if (!byModel) cache.set(templates, byModel = new WeakMap())
  let findings = byModel.get(model)
  if (!findings) byModel.set(model, findings = sortErrors([...new Checker(templates, model).run(), ...checkMarkdownOfTemplates(templates)]))
  return findings.map((f) => ({ ...f, place: { ...f.place } }))
}
