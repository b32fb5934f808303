/**
 * An isolated Handlebars environment per template set: our helpers only (`knownHelpersOnly`),
 * strict lookups (a missing field is an error, never an empty gap), no HTML escaping (the view is
 * escaped for Markdown beforehand, see escape-markdown.ts). Prototype access stays denied, the
 * Handlebars default. Every helper call is checked for its number of arguments.
 *
 * Partials are compiled like templates and wrapped so that an error inside one is reported in
 * the partial's own file, and helpers know which template they are called from.
 *
 * A JavaScript error while rendering (a helper that throws a TypeError, Handlebars' strict lookup of
 * `{{naam}}` in a context that is a text: "Cannot use 'in' operator …") is a fault in oogo, not in the
 * dossier: it becomes a TemplateCrash with the template's file, line and column, which the command line
 * reports as an internal error (exit 4), never as an invalid template without a place.
 */
import Handlebars from 'handlebars'
import { didYouMean } from '../text/suggest.ts'
import { helpers, HelperError, type HelperDefinition } from './helpers/index.ts'
import { describeOtherError, describeSyntaxError, parseTemplate, templateLimitError } from './template-errors.ts'
import { straightenQuotes } from './smart-quotes.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'

export const compileOptions: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(helpers.map((h) => [h.name, true])),
  noEscape: true,
}

/** An error thrown while rendering, with the template it happened in. */
export class TemplateError extends Error {
  constructor(message: string, readonly template: string, readonly line?: number, readonly column?: number,
    readonly kind: 'syntax' | 'missing-value' | 'helper' | 'limit' = 'syntax', readonly suggestion?: string) {
    super(message)
  }
}

type Loc = { start: { line: number; column: number } }

/**
 * A JavaScript error while filling in a template: a bug (in oogo, or a gap in the static check), reported with the
 * template place where it happened. Not a TemplateError: renderTemplate lets it through, the command line ends with
 * exit 4.
 */
export class TemplateCrash extends Error {
  constructor(readonly detail: string, readonly technical: string, public template?: string, readonly line?: number, readonly column?: number) {
    super('')
    this.name = 'TemplateCrash'
    this.message = this.describe()
  }

  /** Sets the template (the innermost one wins) and returns the crash. */
  in(template: string): TemplateCrash {
    if (this.template === undefined) {
      this.template = template
      this.message = this.describe()
    }
    return this
  }

  private describe(): string {
    const place = this.template === undefined ? 'een sjabloon' : this.line === undefined ? this.template : `${this.template}:${this.line}:${this.column ?? 1}`
    return `het invullen van ${place} liep vast: ${this.detail} (technisch: ${this.technical})`
  }
}

const crashFrom = (error: unknown, loc: Loc | undefined, detail?: string): TemplateCrash => {
  const technical = error instanceof Error ? error.message : String(error)
  return new TemplateCrash(detail ?? 'oogo kon deze uitdrukking niet uitrekenen', technical, undefined, loc?.start.line, loc === undefined ? undefined : loc.start.column + 1)
}

export interface Environment {
  /** `draft`: a concept (`--concept`); templates see it as `@concept`, and `aanvullen` prints its marker. */
  render(template: TemplateSource, view: object, draft?: boolean): string
}

type TemplateDelegate = (context: unknown, options?: RuntimeOptions) => string
type Frame = { template?: string; concept?: boolean }

const environments = new WeakMap<TemplateSet, Environment>()

export function environmentFor(templates: TemplateSet): Environment {
  let environment = environments.get(templates)
  if (!environment) {
    environment = createEnvironment(templates)
    environments.set(templates, environment)
  }
  return environment
}

function createEnvironment(templates: TemplateSet): Environment {
  const hbs = Handlebars.create()
  keepEveryLocation(hbs)
  guardStrictLookups(hbs)
  for (const helper of helpers) hbs.registerHelper(helper.name, wrapHelper(helper))
  const compiled = new Map<TemplateSource, TemplateDelegate>()
  const compile = (source: TemplateSource): TemplateDelegate => {
    let fn = compiled.get(source)
    if (!fn) {
      const limit = templateLimitError(source.text)
      if (limit) throw new TemplateError(limit.message, source.file, limit.line, limit.column, 'limit', limit.suggestion)
      // The tree the static check parsed (parseTemplate: straightened the same way, kept by text), compiled from a
      // copy (it is shared and frozen) instead of being parsed a second time: after a save in `voorbeeld --watch` that
      // second parse of the overeenkomst was a fifth of the wait. Without a tree, the text: compile reports its error.
      const { program } = parseTemplate(source.text)
      fn = hbs.compile(program ? structuredClone(program) : straightenQuotes(source.text), compileOptions) as TemplateDelegate
      compiled.set(source, fn)
    }
    return fn
  }
  for (const partial of templates.partials.values()) {
    // A partial registered as a function runs with our own data frame naming its file.
    hbs.registerPartial(partial.name, ((context: unknown, options: RuntimeOptions & { data?: Frame }) => {
      const data = { ...hbs.createFrame(options?.data ?? {}), template: partial.file }
      return annotate(partial, () => compile(partial)(context, { ...options, data }))
    }) as unknown as Handlebars.Template)
  }
  return {
    render(template, view, draft = false) {
      return annotate(template, () => compile(template)(view, { data: { template: template.file, concept: draft } }))
    },
  }
}

/** Runs `fn`; an error without a template yet is attributed to `template` (the innermost one wins). */
function annotate(template: TemplateSource, fn: () => string): string {
  try {
    return fn()
  } catch (error) {
    if (error instanceof TemplateError) throw error
    if (error instanceof TemplateCrash) throw error.in(template.file)
    // Handlebars' own exceptions (a missing value, a syntax error) are faults in the template; anything else is a crash.
    if (!(error instanceof Handlebars.Exception)) {
      const e = error as { lineNumber?: number; column?: number }
      throw crashFrom(error, e.lineNumber === undefined ? undefined : { start: { line: e.lineNumber, column: e.column ?? 0 } }).in(template.file)
    }
    throw toTemplateError(error, template.file, template.text)
  }
}

/**
 * Handlebars compiles two blocks with the same content (`{{naam}}` in `{{#each}}` and again in a `{{#with}}` further on)
 * once, and the second then reports the first one's line and column: a missing value or a crash pointed at the wrong
 * place. Each block keeps its own compiled code here, and with it its own place.
 */
function keepEveryLocation(hbs: typeof Handlebars): void {
  const env = hbs as unknown as { JavaScriptCompiler: new () => object }
  class LocatedCompiler extends env.JavaScriptCompiler {
    matchExistingProgram(): undefined {
      return undefined
    }
  }
  // Child blocks are compiled with `new this.compiler()`: they must be located as well.
  Object.assign(LocatedCompiler.prototype, { compiler: LocatedCompiler })
  env.JavaScriptCompiler = LocatedCompiler
}

type Container = { strict: (obj: unknown, name: string, loc?: Loc) => unknown; [patched]?: true }
const patched = Symbol('oogo strict lookups')

/**
 * Handlebars' strict lookup (`name in obj`) throws a TypeError without a place when the context is a text or a number
 * (`{{naam}}` inside `{{#each}}` over a group of texts). Every compiled template's container gets a strict lookup
 * that turns such an error into a TemplateCrash at the expression's place; Handlebars' own "not defined" stays as it is.
 */
function guardStrictLookups(hbs: typeof Handlebars): void {
  const template = hbs.template.bind(hbs)
  hbs.template = ((spec: { main?: (container: Container, ...rest: unknown[]) => unknown }) => {
    const main = spec.main
    if (typeof main === 'function') {
      spec.main = function (this: unknown, container: Container, ...rest: unknown[]) {
        if (!container[patched]) {
          const strict = container.strict
          container.strict = (obj, name, loc) => {
            try {
              return strict(obj, name, loc)
            } catch (error) {
              if (error instanceof Handlebars.Exception) throw error
              throw crashFrom(error, loc, `het veld \`${name}\` werd opgezocht in ${JSON.stringify(obj) ?? String(obj)}, een waarde zonder velden`)
            }
          }
          container[patched] = true
        }
        return main.call(this, container, ...rest)
      }
    }
    return template(spec as never)
  }) as typeof hbs.template
}

function toTemplateError(error: unknown, file: string, source: string): TemplateError {
  const e = error as { message?: string; lineNumber?: number; column?: number }
  const message = String(e.message ?? error)
  const syntax = describeSyntaxError(error, source)
  if (syntax) return new TemplateError(syntax.message, file, syntax.line, syntax.column, 'syntax', syntax.suggestion)
  const line = e.lineNumber
  const column = e.column === undefined ? undefined : e.column + 1
  const notDefined = /^"([^"]+)" not defined in/.exec(message)
  if (notDefined) return new TemplateError(notDefined[1]!, file, line, column, 'missing-value')
  const unknownHelper = /unknown helper (\S+)/.exec(message)
  if (unknownHelper) {
    const guess = didYouMean(unknownHelper[1]!, helpers.map((h) => h.name))
    return new TemplateError(`Onbekende helper \`${unknownHelper[1]}\`.`, file, line, column, 'helper',
      `${guess ? `${guess} ` : ''}Beschikbaar: ${helpers.map((h) => h.name).join(', ')}.`)
  }
  const missingPartial = /The partial (\S+) could not be found/.exec(message)
  if (missingPartial) return new TemplateError(`Onbekend deelsjabloon (partial) \`${missingPartial[1]}\`.`, file, line, column)
  const other = describeOtherError(error, source)
  return new TemplateError(other.message, file, other.line, other.column, 'syntax', other.suggestion)
}

function wrapHelper(helper: HelperDefinition) {
  const min = helper.params.filter((p) => !p.optional).length
  const max = helper.params.length
  return function (this: unknown, ...all: unknown[]) {
    const options = all.pop() as { loc?: { start: { line: number; column: number } }; data?: Frame & { root?: Record<string, unknown> } }
    const call = { template: options.data?.template ?? '?', line: options.loc?.start.line ?? 0, column: (options.loc?.start.column ?? 0) + 1, draft: options.data?.concept === true }
    const fail = (message: string) => new TemplateError(message, call.template, call.line, call.column, 'helper')
    if (all.length < min || all.length > max) {
      const expected = min === max ? `${min}` : `${min} tot ${max}`
      throw new TemplateError(`De helper \`${helper.name}\` verwacht ${expected} ${max === 1 ? 'argument' : 'argumenten'}, maar kreeg er ${all.length}.`,
        call.template, call.line, call.column, 'helper', `Voorbeeld: ${helper.example}`)
    }
    try {
      return helper.fn(all, options.data?.root ?? {}, call)
    } catch (error) {
      if (error instanceof HelperError) throw fail(error.message)
      if (error instanceof TemplateError || error instanceof TemplateCrash) throw error
      throw crashFrom(error, options.loc, `de helper \`${helper.name}\` kon zijn argumenten niet verwerken`)
    }
  }
}
