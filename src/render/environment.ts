/**
 * An isolated Handlebars environment per template set: our helpers only (`knownHelpersOnly`),
 * strict lookups (a missing field is an error, never an empty gap), no HTML escaping (the view is
 * escaped for Markdown beforehand, see escape-markdown.ts). Prototype access stays denied, the
 * Handlebars default. Every helper call is checked for its number of arguments.
 *
 * Partials are compiled like templates and wrapped so that an error inside one is reported in
 * the partial's own file, and helpers know which template they are called from.
 */
import Handlebars from 'handlebars'
import type { TemplateSet, TemplateSource } from '../load/load-project.ts'
import { didYouMean } from '../util/suggest.ts'
import { helpers, HelperError, type HelperDefinition } from './helpers/index.ts'

export const compileOptions: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(helpers.map((h) => [h.name, true])),
  noEscape: true,
}

/** An error thrown while rendering, with the template it happened in. */
export class TemplateError extends Error {
  constructor(message: string, readonly template: string, readonly line?: number, readonly column?: number,
    readonly kind: 'syntax' | 'missing-value' | 'helper' = 'syntax', readonly suggestion?: string) {
    super(message)
  }
}

export interface Environment {
  render(template: TemplateSource, view: object): string
}

type TemplateDelegate = (context: unknown, options?: RuntimeOptions) => string
type Frame = { template?: string }

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
  for (const helper of helpers) hbs.registerHelper(helper.name, wrapHelper(helper))
  const compiled = new Map<TemplateSource, TemplateDelegate>()
  const compile = (source: TemplateSource): TemplateDelegate => {
    let fn = compiled.get(source)
    if (!fn) {
      fn = hbs.compile(source.text, compileOptions) as TemplateDelegate
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
    render(template, view) {
      return annotate(template, () => compile(template)(view, { data: { template: template.file } }))
    },
  }
}

/** Runs `fn`; an error without a template yet is attributed to `template` (the innermost one wins). */
function annotate(template: TemplateSource, fn: () => string): string {
  try {
    return fn()
  } catch (error) {
    if (error instanceof TemplateError) throw error
    throw toTemplateError(error, template.file, template.text)
  }
}

function toTemplateError(error: unknown, file: string, source: string): TemplateError {
  const e = error as { message?: string; lineNumber?: number; column?: number }
  const message = String(e.message ?? error)
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(message)
  if (parse) return parseError(file, source, Number(parse[1]), parse[2]!.slice(0, parse[3]!.length), parse[4]!)
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
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
  if (mismatch) return new TemplateError(`Het blok \`${mismatch[2]}\` wordt afgesloten met \`${mismatch[1]}\`.`, file, line, column)
  return new TemplateError(`Sjabloonfout: ${message.split('\n')[0]}`, file, line, column)
}

/**
 * Handlebars' grammar errors carry no location, only "Parse error on line N" and a snippet with
 * a caret. At the end of the file the cause is nearly always a block that was opened and never
 * closed: find that block ourselves and point at it.
 */
function parseError(file: string, source: string, line: number, beforeCaret: string, expected: string): TemplateError {
  if (/got 'EOF'/.test(expected)) {
    const open = unclosedBlock(source)
    if (open) {
      return new TemplateError(`Het blok \`{{#${open.name}}}\` wordt niet afgesloten.`, file, open.line, open.column, 'syntax',
        `Sluit het af met \`{{/${open.name}}}\`.`)
    }
    return new TemplateError('Het sjabloon eindigt midden in een {{…}}-uitdrukking.', file, line, 1, 'syntax', 'Controleer of elke {{ wordt gesloten met }}.')
  }
  const text = source.split('\n')[line - 1] ?? ''
  const context = beforeCaret.replace(/^\.\.\./, '')
  const at = context ? text.indexOf(context) : -1
  return new TemplateError('Deze {{…}}-uitdrukking is ongeldig.', file, line, at >= 0 ? at + context.length + 1 : 1, 'syntax',
    'Controleer de haakjes, aanhalingstekens en de naam na {{#, {{/ of {{>.')
}

/** The innermost block opened with `{{#name` that no `{{/name}}` closes (comments skipped). */
function unclosedBlock(source: string): { name: string; line: number; column: number } | undefined {
  const stack: { name: string; offset: number }[] = []
  const withoutComments = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '))
  for (const match of withoutComments.matchAll(/\{\{~?([#/])\s*([\w.-]+)/g)) {
    if (match[1] === '#') stack.push({ name: match[2]!, offset: match.index })
    else if (stack.at(-1)?.name === match[2]) stack.pop()
  }
  const open = stack.at(-1)
  if (!open) return undefined
  const before = source.slice(0, open.offset).split('\n')
  return { name: open.name, line: before.length, column: before.at(-1)!.length + 1 }
}

function wrapHelper(helper: HelperDefinition) {
  const min = helper.params.filter((p) => !p.optional).length
  const max = helper.params.length
  return function (this: unknown, ...all: unknown[]) {
    const options = all.pop() as { loc?: { start: { line: number; column: number } }; data?: Frame & { root?: Record<string, unknown> } }
    const call = { template: options.data?.template ?? '?', line: options.loc?.start.line ?? 0, column: (options.loc?.start.column ?? 0) + 1 }
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
      throw error
    }
  }
}
