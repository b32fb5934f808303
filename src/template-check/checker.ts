/**
 * The walk of one template set: parses every template, walks each document template's Handlebars AST
 * with its partials (a stack of contexts, block params, the facts its guards establish) and collects
 * the findings. checkTemplates (check-templates.ts) is the entry.
 */
import { anchorsDefined, isAnchorId } from '../model/anchors.ts'
import { ErrorCode, oogoError, sortErrors, type OogoError, type Severity } from '../errors.ts'
import {
  dataVariables, describePresence, isKnownPresent, presenceHolds,
  type FieldModel, type FieldNode, type FieldValue, type KindModel,
} from './field-model.ts'
import { emptyFacts, emptyOutcome, factsKey, mergeFacts, withFacts, type Facts, type Outcome } from './condition-facts.ts'
import { ANY, childOf, describeType, listsWith, literal, scopeLabel, withBlockParams } from './field-lookup.ts'
import { acceptsMissing, builtins, helperNames, registry } from './helper-table.ts'
import { helpers, type HelperDefinition } from '../render/helpers/index.ts'
import { parseTemplate, withoutComments } from '../render/template-errors.ts'
import { closest, didYouMean } from '../text/suggest.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'
import { codePointName, findNonXmlCharacter } from '../ooxml/xml-characters.ts'
import { anchorsWithin, internalLinks, type Guard, type GuardedPlace } from './anchor-guards.ts'
import { conditionalAnchors, duplicateAnchors, partialIncludedTwice } from './anchor-findings.ts'
import { singleBraces } from './single-braces.ts'
import { hasCurlyQuote } from '../render/smart-quotes.ts'

type Program = hbs.AST.Program
type Statement = hbs.AST.Statement
type Expression = hbs.AST.Expression
type PathExpression = hbs.AST.PathExpression
type Call = hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement

interface At { line: number; column: number }

/** One document template being walked, with the partials it calls. */
interface DocumentWalk {
  kind: KindModel
  refs: (GuardedPlace & { id: string })[]
  /** Every `{#id}` the walk passed, with the guards around it (a partial's once per distinct call). */
  anchors: (GuardedPlace & { id: string })[]
  /** Where each partial is included, for a partial with ids (included twice: each id twice). */
  partialCalls: Map<string, GuardedPlace[]>
  sources: Set<TemplateSource>
  seenPartials: Set<string>
}

interface Frame {
  source: TemplateSource
  walk: DocumentWalk
  /** The contexts from the outermost (index 0) to the current one; `../` goes one back. */
  contexts: readonly FieldNode[]
  blockParams: ReadonlyMap<string, FieldNode>
  /** How many `{{#each}}` enclose this place (for `@index`, `@first`, …). */
  eachDepth: number
  facts: Facts
  partialChain: readonly string[]
  /** Checking a partial nobody calls: fields are not known, helpers and partials are. */
  contextFree: boolean
  /** The conditions around this place, outermost first (anchor-guards.ts). */
  guards: readonly Guard[]
}

interface ResolveOptions {
  /** Helper arguments and conditions: the last part may be missing (Handlebars passes `undefined`). */
  lastMayBeMissing: boolean
  at: At
  report: boolean
}

const anchorCache = new WeakMap<TemplateSource, Set<string>>()
/** The ids that `## Titel {#id}` and `1. {#id} …` define in a template (comments skipped). */
function anchorsIn(source: TemplateSource): Set<string> {
  let anchors = anchorCache.get(source)
  if (!anchors) {
    anchors = anchorsDefined(withoutComments(source.text))
    anchorCache.set(source, anchors)
  }
  return anchors
}

const at = (node: hbs.AST.Node): At => ({ line: node.loc.start.line, column: node.loc.start.column + 1 })
const isScoped = (path: PathExpression) => /^\.|this\b/.test(path.original)
const isSimple = (path: PathExpression) => path.parts.length === 1 && !path.data && path.depth === 0 && !isScoped(path)
const listOf = (names: readonly string[], max = 30) => names.length > max ? `${names.slice(0, max).join(', ')} en ${names.length - max} andere` : names.join(', ')

export class Checker {
  private readonly findings = new Map<string, OogoError>()
  private readonly parsed = new Map<TemplateSource, Program | undefined>()
  private readonly usedPartials = new Set<string>()
  private readonly mentionedPartials = new Set<string>()
  /** Places already reported as an id without quotes: no "onbekend veld" there as well. */
  private readonly quoted = new Set<string>()

  constructor(private readonly templates: TemplateSet, private readonly model: FieldModel) {}

  run(): OogoError[] {
    for (const source of [...this.templates.documents.values(), ...this.templates.partials.values()]) this.parse(source)
    for (const [name, source] of this.templates.documents) {
      const known = this.model.kinds.get(name)
      if (!known) {
        this.report(ErrorCode.templateUnknownKind, source.file, { line: 1, column: 1 },
          `Het sjabloon \`${name}\` hoort bij geen documentsoort; oogo maakt er geen document mee. Het is gecontroleerd met de velden die elk document heeft.`,
          `${didYouMean(name, this.model.kinds.keys()) ?? ''} Documentsoorten: ${[...this.model.kinds.keys()].join(', ')}.`.trim(), 'warning')
      }
      this.checkDocument(source, known ?? this.model.common)
    }
    // A template that cannot be parsed may well use a partial: what it names counts as used.
    for (const [source, program] of this.parsed) {
      if (program) continue
      for (const match of withoutComments(source.text).matchAll(/\{\{~?#?>\s*([^\s}~]+)/g)) this.mentionedPartials.add(match[1]!)
    }
    for (const [name, source] of this.templates.partials) {
      if (this.usedPartials.has(name)) continue
      if (!this.mentionedPartials.has(name)) this.report(ErrorCode.templateUnusedPartial, source.file, { line: 1, column: 1 },
        `Geen sjabloon gebruikt het deelsjabloon \`${name}\`; van dit bestand zijn alleen de opbouw, de helpers en de deelsjablonen gecontroleerd, niet de velden.`,
        `Gebruik het met {{> ${name}}}, of verwijder het bestand.`, 'warning')
      const program = this.parsed.get(source)
      if (!program) continue
      const walk: DocumentWalk = { kind: this.model.common, refs: [], anchors: [], partialCalls: new Map(), sources: new Set([source]), seenPartials: new Set() }
      this.program(program, this.rootFrame(source, walk, ANY, true))
    }
    return sortErrors([...this.findings.values()])
  }

  private parse(source: TemplateSource): Program | undefined {
    if (this.parsed.has(source)) return this.parsed.get(source)
    // A character XML does not allow would make a Word document no reader opens: refused at its place.
    const bad = findNonXmlCharacter(source.text)
    if (bad) {
      const before = source.text.slice(0, bad.index)
      const line = before.split('\n').length
      this.report(ErrorCode.templateInvalidCharacter, source.file, { line, column: bad.index - before.lastIndexOf('\n') },
        `Het teken ${codePointName(bad.codePoint)} kan niet in een Word-document staan (XML 1.0 staat het niet toe).`,
        'Verwijder het teken uit het sjabloon; het is vaak onzichtbaar, maar een editor die tekencodes toont, laat het zien.')
    }
    const { program, error, tooLarge } = parseTemplate(source.text)
    if (error) this.report(tooLarge ? ErrorCode.templateTooLarge : ErrorCode.templateSyntax, source.file, { line: error.line ?? 1, column: error.column ?? 1 }, error.message, error.suggestion)
    this.parsed.set(source, program)
    return program
  }

  private rootFrame(source: TemplateSource, walk: DocumentWalk, context: FieldNode, contextFree = false): Frame {
    return { source, walk, contexts: [context], blockParams: new Map(), eachDepth: 0, facts: { present: new Set(), values: new Map() }, partialChain: [], contextFree, guards: [] }
  }

  private checkDocument(source: TemplateSource, kind: KindModel): void {
    const program = this.parsed.get(source)
    if (!program) return
    const walk: DocumentWalk = { kind, refs: [], anchors: [], partialCalls: new Map(), sources: new Set([source]), seenPartials: new Set() }
    this.program(program, this.rootFrame(source, walk, kind.root))
    const anchors = new Set([...walk.sources].flatMap((s) => [...anchorsIn(s)]))
    for (const ref of walk.refs) {
      if (anchors.has(ref.id)) continue
      const guess = closest(ref.id, anchors)
      this.report(ErrorCode.templateUnknownAnchor, ref.file, ref, `Verwijzing naar onbekend artikel of lid \`${ref.id}\`.`,
        guess ? `Bedoelde u \`${guess}\`?` : 'Geef het artikel of lid een id: `## Titel {#id}` of `1. {#id} …`.')
    }
    for (const f of [...conditionalAnchors(walk.anchors, walk.refs, walk.kind.index), ...duplicateAnchors(walk.anchors)]) {
      this.report(f.code, f.file, f.at, f.message, f.suggestion)
    }
  }


  // --- statements ------------------------------------------------------------------------------

  private program(program: Program | undefined, frame: Frame): void {
    for (const statement of program?.body ?? []) this.statement(statement, frame)
  }

  private statement(statement: Statement, frame: Frame): void {
    switch (statement.type) {
      case 'MustacheStatement': return this.mustache(statement as hbs.AST.MustacheStatement, frame)
      case 'BlockStatement': return this.block(statement as hbs.AST.BlockStatement, frame)
      case 'PartialStatement': case 'PartialBlockStatement': return this.partial(statement as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, frame)
      case 'Decorator': case 'DecoratorBlock':
        // `{{*x}}` and `{{#*inline}}`: Handlebars decorators; oogo registers none, so the document would stop on them.
        return this.report(ErrorCode.templateSyntax, frame.source.file, at(statement),
          'Een decorator (`{{*…}}` of `{{#*…}}`) wordt in sjablonen van oogo niet ondersteund.',
          'Verwijder de decorator; een gedeeld stuk tekst zet u in partials/ en roept u aan met {{> naam}}.')
      case 'ContentStatement': return this.content(statement as hbs.AST.ContentStatement, frame)
      default: return // comments
    }
  }

  /** Text: the anchors it defines (with the guards around them), and fields written with single braces. */
  private content(content: hbs.AST.ContentStatement, frame: Frame): void {
    if (frame.contextFree) return
    for (const anchor of anchorsWithin(frame.source, content.loc)) {
      frame.walk.anchors.push({ id: anchor.id, file: frame.source.file, line: anchor.line, column: anchor.column, guards: frame.guards, facts: frame.facts })
    }
    for (const link of internalLinks(content)) frame.walk.refs.push({ ...link, file: frame.source.file, guards: frame.guards, facts: frame.facts })
    for (const found of singleBraces(content)) {
      const path = found.path
      const known = path !== undefined && this.resolvePathText(path, frame)
      if (!found.block && !known && !found.dotted) continue
      this.report(ErrorCode.templateSingleBraces, frame.source.file, found.at,
        `\`${found.text}\` staat tussen enkele accolades en komt daardoor letterlijk in het document${found.block ? '' : known ? `, niet de waarde van het veld \`${path}\`` : ''}.`,
        `Schrijf dubbele accolades: \`${found.fix}\`.`)
    }
  }

  /** Does a field path written in the text (`dossier.titel`) name a field here? Quiet: nothing is reported. */
  private resolvePathText(text: string, frame: Frame): boolean {
    const mustache = parseTemplate(`{{${text}}}`).program?.body[0] as hbs.AST.MustacheStatement | undefined
    if (mustache?.type !== 'MustacheStatement' || mustache.path.type !== 'PathExpression') return false
    const node = this.resolve(mustache.path as PathExpression, frame, { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false })
    return node !== undefined && node.type !== 'any'
  }

  private mustache(mustache: hbs.AST.MustacheStatement, frame: Frame): void {
    if (this.isHelperCall(mustache, frame)) {
      this.call(mustache, frame, false)
      return
    }
    if (mustache.path.type !== 'PathExpression') return
    // At the path, not the `{{`: where the renderer reports a missing value too.
    const path = mustache.path as PathExpression
    const node = this.resolve(path, frame, { lastMayBeMissing: false, at: at(path), report: true })
    if (node?.type === 'object' || (node?.type === 'array' && node.items?.type === 'object')) {
      this.report(ErrorCode.templateNotText, frame.source.file, at(path),
        `\`${path.original}\` is ${describeType(node)}, geen tekst: het document zou "[object Object]" tonen.`,
        node.type === 'array' ? `Gebruik {{#each ${path.original}}}…{{/each}} of {{opsomming ${path.original} "naam"}}.` : `Kies een veld eronder, bijvoorbeeld {{${path.original}.${Object.keys(node.properties ?? {})[0] ?? 'naam'}}}.`)
    }
  }

  private block(block: hbs.AST.BlockStatement, frame: Frame): void {
    if (!this.isHelperCall(block, frame)) {
      // `{{#veld}}…{{/veld}}`: a list repeats, a group becomes the context, anything else is a condition.
      const node = this.resolve(block.path, frame, { lastMayBeMissing: false, at: at(block.path), report: true })
      if (node?.type === 'array') this.each(block, node, frame)
      else if (node?.type === 'object') this.with(block, node, frame)
      else this.branches(block, this.outcome(block.path, frame), frame, this.guards(block, block.path, 'veld', frame))
      return
    }
    const args = this.call(block, frame, true)
    const name = block.path.parts[0]!
    const target = args[0] ?? ANY
    switch (name) {
      case 'if': return this.branches(block, block.params[0] ? this.outcome(block.params[0], frame) : emptyOutcome(), frame, block.params[0] && this.guards(block, block.params[0], 'if', frame))
      case 'unless': {
        const { yes, no } = block.params[0] ? this.outcome(block.params[0], frame) : emptyOutcome()
        return this.branches(block, { yes: no, no: yes }, frame, block.params[0] && this.guards(block, block.params[0], 'unless', frame))
      }
      case 'each':
        if (!['array', 'any'].includes(target.type) && block.params[0]) {
          const original = (block.params[0] as PathExpression).original ?? ''
          // Over a group Handlebars repeats the block per field (in the order of the YAML), with a text as the context:
          // `{{naam}}` inside crashed the renderer ("Cannot use 'in' operator").
          this.report(ErrorCode.templateHelperArguments, frame.source.file, at(block.params[0]),
            target.type === 'object'
              ? `{{#each}} verwacht een lijst, maar \`${original}\` is een groep; het blok zou eens per veld van die groep herhaald worden, met de waarde van dat veld als context.`
              : `{{#each}} verwacht een lijst, maar \`${original}\` is ${describeType(target)}; de tekst in het blok komt nooit in het document.`,
            target.type === 'object'
              ? `Gebruik {{#with ${original}}}…{{/with}} om de velden van de groep te gebruiken, of de velden zelf: {{${original}.${Object.keys(target.properties ?? {})[0] ?? 'naam'}}}. Zie docs/velden.md voor de lijsten (type lijst).`
              : 'Zie docs/velden.md voor de lijsten (type lijst).')
          return this.each(block, ANY, frame)
        }
        return this.each(block, target, frame)
      case 'with': return this.with(block, target, frame)
      default:
        this.program(block.program, frame)
        this.program(block.inverse, frame)
    }
  }

  private branches(block: hbs.AST.BlockStatement, outcome: Outcome, frame: Frame, guards?: [Guard, Guard]): void {
    const guarded = (f: Frame, guard: Guard | undefined): Frame => guard ? { ...f, guards: [...f.guards, guard] } : f
    this.program(block.program, guarded(withFacts(frame, outcome.yes), guards?.[0] && { ...guards[0], facts: outcome.yes }))
    this.program(block.inverse, guarded(withFacts(frame, outcome.no), guards?.[1] && { ...guards[1], facts: outcome.no }))
  }

  /** The two branches of a condition as guards (anchor-guards.ts); their facts are filled in by `branches`. */
  private guards(block: hbs.AST.BlockStatement, condition: Expression, keyword: 'if' | 'unless' | 'veld', frame: Frame): [Guard, Guard] {
    const key = this.conditionKey(condition, frame)
    const text = printExpression(condition)
    const opened = keyword === 'veld' ? `{{#${text}}}` : `{{#${keyword} ${text}}}`
    const base = { key, facts: { present: [], values: [] }, file: frame.source.file, line: block.loc.start.line }
    const wrapIf = `{{#if ${text}}}…{{/if}}`
    const wrapUnless = `{{#unless ${text}}}…{{/unless}}`
    const positive = keyword !== 'unless'
    return [
      { ...base, holds: positive, label: opened, wrap: positive ? wrapIf : wrapUnless },
      { ...base, holds: !positive, label: `het {{else}}-deel van ${opened}`, wrap: positive ? wrapUnless : wrapIf },
    ]
  }

  /** The same text for the same condition, wherever it is written: fields by their path in the field model. */
  private conditionKey(expression: Expression, frame: Frame): string {
    switch (expression.type) {
      case 'PathExpression': {
        const path = expression as PathExpression
        if (path.data && path.parts[0] !== 'root') return path.original
        const node = this.resolve(path, frame, { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false })
        return node && node.type !== 'any' && !node.path.startsWith('#') ? node.path : `?${path.original}`
      }
      case 'SubExpression': {
        const call = expression as hbs.AST.SubExpression
        return `(${[(call.path as PathExpression).original, ...call.params.map((p) => this.conditionKey(p, frame))].join(' ')})`
      }
      default: return printExpression(expression)
    }
  }

  private each(block: hbs.AST.BlockStatement, list: FieldNode, frame: Frame): void {
    const element = list.type === 'array' ? (list.items ?? ANY) : ANY
    const index: FieldNode = { path: `${list.path}#index`, type: list.type === 'object' ? 'string' : 'integer', description: '', alwaysPresent: true }
    const params = block.program?.blockParams ?? []
    const list_ = block.params[0] ?? block.path
    const key = `each ${this.conditionKey(list_, frame)}`
    const text = printExpression(list_)
    const facts = { present: list === ANY ? [] : [list.path], values: [] }
    const base = { key, file: frame.source.file, line: block.loc.start.line, wrap: `{{#if ${text}}}…{{/if}}` }
    const inner: Frame = {
      ...withFacts(frame, facts),
      contexts: [...frame.contexts, element],
      blockParams: withBlockParams(frame.blockParams, params, [element, index]),
      eachDepth: frame.eachDepth + 1,
      guards: [...frame.guards, { ...base, holds: true, facts, label: `{{#each ${text}}}`, repeats: text }],
    }
    this.program(block.program, inner)
    this.program(block.inverse, { ...frame, guards: [...frame.guards, { ...base, holds: false, facts: emptyFacts(), label: `het {{else}}-deel van {{#each ${text}}}`, wrap: `{{#unless ${text}}}…{{/unless}}` }] })
  }

  private with(block: hbs.AST.BlockStatement, node: FieldNode, frame: Frame): void {
    const target = block.params[0] ?? block.path
    const facts = { present: node === ANY ? [] : [node.path], values: [] }
    const text = printExpression(target)
    const base = { key: this.conditionKey(target, frame), file: frame.source.file, line: block.loc.start.line }
    const inner: Frame = {
      ...withFacts(frame, facts),
      contexts: [...frame.contexts, node],
      blockParams: withBlockParams(frame.blockParams, block.program?.blockParams ?? [], [node]),
      guards: [...frame.guards, { ...base, holds: true, facts, label: `{{#with ${text}}}`, wrap: `{{#if ${text}}}…{{/if}}` }],
    }
    this.program(block.program, inner)
    this.program(block.inverse, { ...frame, guards: [...frame.guards, { ...base, holds: false, facts: emptyFacts(), label: `het {{else}}-deel van {{#with ${text}}}`, wrap: `{{#unless ${text}}}…{{/unless}}` }] })
  }

  private partial(statement: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, frame: Frame): void {
    const place = at(statement)
    if (statement.name.type !== 'PathExpression') {
      // A partial chosen at run time (`{{> (naam)}}`): only its expression can be checked.
      this.expression(statement.name, frame, { lastMayBeMissing: true, at: place, report: true })
      return
    }
    const name = (statement.name as PathExpression).original
    // `{{> @partial-block}}` in a partial called as a block: the caller's own content.
    if (name.startsWith('@partial-block')) return
    const source = this.templates.partials.get(name)
    if (statement.params.length > 1) {
      this.report(ErrorCode.templateSyntax, frame.source.file, place, `Het deelsjabloon \`${name}\` krijgt ${statement.params.length} contexten mee; dat kan er ten hoogste één zijn.`,
        `Geef extra waarden mee als naam=waarde: {{> ${name} ${(statement.params[0] as PathExpression).original ?? 'context'} naam=waarde}}.`)
    }
    const context = statement.params[0]
      ? this.expression(statement.params[0], frame, { lastMayBeMissing: false, at: at(statement.params[0]), report: true })
      : frame.contexts.at(-1)!
    const extra = new Map<string, FieldNode>()
    for (const pair of statement.hash?.pairs ?? []) {
      extra.set(pair.key, this.expression(pair.value, frame, { lastMayBeMissing: true, at: at(pair.value), report: true }) ?? ANY)
    }
    if (!source) {
      if (statement.type === 'PartialBlockStatement') {
        // `{{#> naam}}…{{/naam}}` without the partial renders its own content.
        this.program((statement as hbs.AST.PartialBlockStatement).program, frame)
        return
      }
      this.report(ErrorCode.templateUnknownPartial, frame.source.file, place, `Onbekend deelsjabloon (partial) \`${name}\`.`,
        `${didYouMean(name, this.templates.partials.keys()) ?? ''} Beschikbaar: ${listOf([...this.templates.partials.keys()]) || 'geen'}.`.trim())
      return
    }
    this.usedPartials.add(name)
    frame.walk.sources.add(source)
    if (!frame.contextFree) {
      const f = partialIncludedTwice(name, source, { file: frame.source.file, ...place, guards: frame.guards, facts: frame.facts }, frame.walk.partialCalls)
      if (f) this.report(f.code, f.file, f.at, f.message, f.suggestion)
    }
    const program = this.parsed.get(source)
    const cycle = [...frame.partialChain, ...(frame.source === source && !frame.partialChain.includes(name) ? [name] : [])]
    if (cycle.includes(name)) {
      // Handlebars would include the partial in itself until the stack overflows.
      const path = [...cycle.slice(cycle.indexOf(name)), name].map((p) => `\`${p}\``).join(' → ')
      this.report(ErrorCode.templatePartialCycle, frame.source.file, place,
        `Het deelsjabloon \`${name}\` wordt hier binnen zichzelf opgenomen (${path}); dat houdt nooit op.`,
        `Verwijder de aanroep {{> ${name}}} uit dit deelsjabloon, of zet de tekst die beide delen hier zelf neer.`)
      return
    }
    if (!program) return
    const base = context ?? ANY
    const partialContext: FieldNode = extra.size === 0 || base.type === 'any' ? base
      : { ...base, type: 'object', properties: { ...(base.properties ?? {}), ...Object.fromEntries(extra) } }
    const key = [name, base.path, [...extra].map(([k, v]) => `${k}=${v.path}`).join(','), frame.eachDepth > 0, factsKey(frame.facts), frame.contextFree].join('\0')
    if (frame.walk.seenPartials.has(key)) return
    frame.walk.seenPartials.add(key)
    this.program(program, {
      source,
      walk: frame.walk,
      contexts: [partialContext],
      blockParams: new Map(),
      eachDepth: frame.eachDepth,
      facts: frame.facts,
      partialChain: [...frame.partialChain, name],
      contextFree: frame.contextFree,
      guards: frame.guards,
    })
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** As Handlebars decides it (compiler.classifySexpr, with knownHelpersOnly). */
  private isHelperCall(call: Call, frame: Frame): boolean {
    if (call.path.type !== 'PathExpression') return false
    const path = call.path as PathExpression
    if (isSimple(path) && frame.blockParams.has(path.parts[0]!)) return false
    if (call.type === 'SubExpression' || call.params.length > 0 || call.hash) return true
    return isSimple(path) && (registry.has(path.parts[0]!) || Object.hasOwn(builtins, path.parts[0]!))
  }

  /** Checks a helper call; returns what its arguments are (for `#each`, `#with`). */
  private call(call: Call, frame: Frame, isBlock: boolean): (FieldNode | undefined)[] {
    const place = at(call)
    const path = call.path as PathExpression
    const name = isSimple(path) ? path.parts[0]! : path.original
    // Own keys only: `{{constructor}}` names no helper, whatever Object.prototype holds.
    const builtin = Object.hasOwn(builtins, name) ? builtins[name] : undefined
    const helper = registry.get(name)
    const check = (lastMayBeMissing: boolean) => {
      for (const pair of call.hash?.pairs ?? []) this.expression(pair.value, frame, { lastMayBeMissing: true, at: at(pair.value), report: true })
      return call.params.map((p) => this.expression(p, frame, { lastMayBeMissing, at: at(p), report: true }))
    }
    if (!builtin && !helper) {
      this.report(ErrorCode.templateUnknownHelper, frame.source.file, place, `Onbekende helper \`${name}\`.`,
        `${didYouMean(name, helperNames) ?? ''} Beschikbaar: ${helpers.map((h) => h.name).join(', ')}; van Handlebars zelf: ${Object.keys(builtins).join(', ')}.`.trim())
      return check(true)
    }
    const min = builtin?.min ?? helper!.params.filter((p) => !p.optional).length
    const max = builtin?.max ?? helper!.params.length
    const count = call.params.length
    if (count < min || count > max) {
      const expected = min === max ? `${min}` : max === Infinity ? `ten minste ${min}` : `${min} tot ${max}`
      const field = count === 0 && own(frame.contexts.at(-1)?.properties, name) ? ` Bedoelt u het veld \`${name}\`, schrijf dan {{this.${name}}}.` : ''
      this.report(ErrorCode.templateHelperArguments, frame.source.file, place,
        `De helper \`${name}\` verwacht ${expected} ${max === 1 ? 'argument' : 'argumenten'}, maar krijgt er ${count}.`,
        helper ? `Voorbeeld: ${helper.example}${field}` : `Voorbeeld: {{#${name} …}}…{{/${name}}}.`)
    }
    if (builtin?.block && !isBlock) {
      this.report(ErrorCode.templateBlockUsage, frame.source.file, place, `\`${name}\` werkt alleen als blok.`, `Schrijf {{#${name} …}}…{{/${name}}}.`)
    } else if (isBlock && !builtin?.block) {
      this.report(ErrorCode.templateBlockUsage, frame.source.file, place,
        `\`${name}\` is geen blokhelper: de tekst tussen {{#${name}}} en {{/${name}}} komt nooit in het document.`, `Schrijf {{${name} …}} zonder #, en zonder {{/${name}}}.`)
    }
    if (helper) this.literalArguments(call, helper, name, frame)
    if (name === 'ref') this.ref(call, frame, place)
    if (name === 'lookup') this.lookupKey(call, frame)
    return check(builtin ? true : acceptsMissing(helper!))
  }

  private ref(call: Call, frame: Frame, place: At): void {
    const id = call.params[0]
    // An id without quotes is reported by literalArguments; an id from a text field cannot be checked here.
    if (id?.type !== 'StringLiteral') return
    const value = (id as hbs.AST.StringLiteral).value
    if (!isAnchorId(value)) {
      this.report(ErrorCode.templateHelperArguments, frame.source.file, place, `\`ref\` verwacht een id in kleine letters, cijfers en streepjes, maar kreeg ${JSON.stringify(value)}.`,
        `Voorbeeld: ${registry.get('ref')!.example}`)
      return
    }
    frame.walk.refs.push({ id: value, file: frame.source.file, ...place, guards: frame.guards, facts: frame.facts })
  }

  /**
   * `(lookup x "naam")` is `x.naam`, and `(lookup lijst i)` an element of the list: what the walk knows of the result.
   * Undefined when it cannot tell (a key computed at run time on a group).
   */
  private lookupResult(call: Call, frame: Frame): FieldNode | undefined {
    if (call.path.type !== 'PathExpression' || (call.path as PathExpression).original !== 'lookup') return undefined
    const [target, key] = call.params
    if (target?.type !== 'PathExpression' || !key) return undefined
    const node = this.resolve(target as PathExpression, frame, { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false })
    if (!node || node.type === 'any') return undefined
    if (node.type === 'array') return node.items
    if (key.type !== 'StringLiteral' && key.type !== 'NumberLiteral') return undefined
    return childOf(node, String((key as hbs.AST.StringLiteral).value))
  }

  /** `{{lookup dossier "titell"}}` prints nothing (lookup is not strict): a key the group does not have is reported. */
  private lookupKey(call: Call, frame: Frame): void {
    const [target, key] = call.params
    if (target?.type !== 'PathExpression' || key?.type !== 'StringLiteral') return
    const node = this.resolve(target as PathExpression, frame, { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false })
    if (node?.type !== 'object' || !node.properties) return
    const name = (key as hbs.AST.StringLiteral).value
    if (own(node.properties, name)) return
    const guess = closest(name, Object.keys(node.properties))
    this.report(ErrorCode.templateUnknownField, frame.source.file, at(key),
      `Onbekend veld: \`${(target as PathExpression).original}\` heeft geen veld \`${name}\`; \`lookup\` geeft dan niets, en er ontbreekt tekst in het document.`,
      guess ? `Bedoelde u \`${guess}\`?` : `Velden hier: ${listOf(Object.keys(node.properties))} (zie docs/velden.md).`)
  }

  /** Does the path name a text field here (a ref to an id in the dossier, `{{ref this.id}}`)? Quiet. */
  private isStringField(path: PathExpression, frame: Frame): boolean {
    if (hasCurlyQuote(path.original)) return false
    const node = this.resolve(path, frame, { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false })
    return node !== undefined && (node.type === 'string' || node.type === 'any')
  }

  /**
   * A bare word where the helper expects text in quotes (`{{ref wijziging}}`, `{{opsomming lijst naam}}`): Handlebars
   * looks up a field of that name. Reported with the whole call written right, instead of "onbekend veld" with a list
   * of fields. A path that names a text field is taken as meant (`{{ref this.id}}`).
   */
  private literalArguments(call: Call, helper: HelperDefinition, name: string, frame: Frame): void {
    const bare = call.params.map((p, i) => helper.params[i]?.literal !== undefined && p.type === 'PathExpression' && !this.isStringField(p as PathExpression, frame))
    if (!bare.includes(true)) return
    const written = call.params.map((p, i) => {
      const literal = helper.params[i]?.literal
      if (!literal || (p.type !== 'PathExpression' && p.type !== 'StringLiteral')) return printExpression(p)
      const text = p.type === 'PathExpression' ? unquoted((p as PathExpression).original) : (p as hbs.AST.StringLiteral).value
      return `${literal.quote}${text}${literal.quote}`
    })
    const fix = call.type === 'SubExpression' ? `(${[name, ...written].join(' ')})` : `{{${[name, ...written].join(' ')}}}`
    call.params.forEach((p, i) => {
      if (bare[i]) this.quoteHint(frame, at(p), (p as PathExpression).original, fix, helper.params[i]!.literal!.words)
    })
  }

  private quoteHint(frame: Frame, place: At, written: string, fix: string, what: string): void {
    this.quoted.add(`${frame.source.file}:${place.line}:${place.column}`)
    const curly = hasCurlyQuote(written)
    this.report(ErrorCode.templateQuotes, frame.source.file, place,
      curly
        ? `\`${written}\` staat tussen gekrulde aanhalingstekens die niet sluiten; Handlebars leest het daardoor als een veldnaam.`
        : `\`${written}\` staat niet tussen aanhalingstekens en wordt daardoor gelezen als een veld uit het dossier, niet als ${what}.`,
      `Zet ${what} tussen rechte aanhalingstekens: ${fix}`)
  }

  // --- expressions and paths -------------------------------------------------------------------

  private expression(expression: Expression, frame: Frame, options: ResolveOptions): FieldNode | undefined {
    switch (expression.type) {
      case 'PathExpression': return this.resolve(expression as PathExpression, frame, options)
      case 'SubExpression':
        if (options.report) this.call(expression as hbs.AST.SubExpression, frame, false)
        return this.lookupResult(expression as hbs.AST.SubExpression, frame) ?? ANY
      case 'StringLiteral': return literal('string')
      case 'NumberLiteral': return literal('number')
      case 'BooleanLiteral': return literal('boolean')
      default: return literal('null')
    }
  }

  /** The field a path names, or undefined (reported) when there is none. */
  private resolve(path: PathExpression, frame: Frame, options: ResolveOptions): FieldNode | undefined {
    const kind = frame.walk.kind
    let start: FieldNode
    let parts = path.parts
    let head: string
    if (path.data) {
      const name = parts[0] ?? ''
      if (name === 'root') {
        start = frame.contextFree ? ANY : kind.root
        parts = parts.slice(1)
        head = '@root.'
      } else {
        const variable = dataVariables.find((v) => v.name === name)
        if (!variable) {
          if (options.report) {
            this.report(ErrorCode.templateUnknownField, frame.source.file, options.at, `Onbekende variabele \`@${name}\`.`,
              `${didYouMean(name, dataVariables.map((v) => v.name))?.replace('`', '`@') ?? ''} Beschikbaar: ${dataVariables.map((v) => `@${v.name}`).join(', ')}.`.trim())
          }
          return undefined
        }
        if (variable.onlyInEach && frame.eachDepth === 0 && !frame.contextFree) {
          if (options.report) {
            this.report(ErrorCode.templateOutsideList, frame.source.file, options.at, `\`@${name}\` bestaat alleen binnen {{#each …}}.`,
              'Gebruik het binnen {{#each lijst}}…{{/each}}.')
          }
          return undefined
        }
        if (parts.length > 1) {
          if (options.report) this.report(ErrorCode.templateUnknownField, frame.source.file, options.at, `\`@${name}\` heeft geen velden: \`${path.original}\` bestaat niet.`)
          return undefined
        }
        return { path: `@${name}`, type: variable.type, description: variable.description, alwaysPresent: true }
      }
    } else if (path.depth === 0 && !isScoped(path) && parts.length > 0 && frame.blockParams.has(parts[0]!)) {
      start = frame.blockParams.get(parts[0]!)!
      head = `${parts[0]!}.`
      parts = parts.slice(1)
    } else {
      const index = frame.contexts.length - 1 - path.depth
      if (index < 0 && frame.contextFree) return ANY
      if (index < 0) {
        if (options.report) {
          this.report(ErrorCode.templateUnknownField, frame.source.file, options.at,
            `\`${path.original}\` gaat ${path.depth} ${path.depth === 1 ? 'niveau' : 'niveaus'} terug, maar hier ${frame.contexts.length === 1 ? 'is geen niveau erboven' : `zijn er maar ${frame.contexts.length - 1}`}.`,
            frame.partialChain.length > 0 ? 'In een deelsjabloon begint `../` opnieuw; geef de waarde mee: {{> naam veld=…}}, of gebruik @root.' : 'Gebruik @root voor een veld van het hele document.')
        }
        return undefined
      }
      start = frame.contexts[index]!
      head = `${'../'.repeat(path.depth)}${/^(\.\.\/)*this[./]/.test(path.original) ? 'this.' : ''}`
    }
    const text = (i: number) => head + parts.slice(0, i + 1).map((p) => (/^\d+$/.test(p) ? `[${p}]` : p)).join('.')

    let node = start
    let warned = false
    for (const [i, part] of parts.entries()) {
      if (node.type === 'any') return ANY
      const child = childOf(node, part)
      if (!child) {
        if (options.report) this.unknownField(frame, path, parts, i, node, text, options.at, start)
        return undefined
      }
      const last = i === parts.length - 1
      if (options.report && !warned && !(last && options.lastMayBeMissing) && !this.isPresent(child, frame)) {
        warned = true
        this.optionalField(frame, child, text(i), path.original, options.at)
      }
      node = child
    }
    return node
  }

  private isPresent(node: FieldNode, frame: Frame): boolean {
    if (node.alwaysPresent || isKnownPresent(node.path, frame.facts)) return true
    return node.presentWhen !== undefined && presenceHolds(node.presentWhen, frame.walk.kind.index, frame.facts)
  }

  private optionalField(frame: Frame, node: FieldNode, guard: string, whole: string, place: At): void {
    const when = node.presentWhen ? ` (alleen ${describePresence(node.presentWhen)})` : ''
    // A field of one soort of party: the test on that soort is the natural guard.
    const parent = node.path.replace(/(\.[^.[\]]+|\[\])$/, '')
    const sibling = node.presentWhen?.length !== 1 ? undefined : node.presentWhen.find((group) => group.length === 1 && group[0]!.values?.length === 1 && group[0]!.path.startsWith(`${parent}.`))?.[0]
    const test = sibling ? `${guard.replace(/[^./]+$/, '')}${sibling.path.slice(parent.length + 1)}` : ''
    const value = sibling?.values![0]
    const alternative = !sibling ? ''
      : value === true ? ` of {{#if ${test}}}…{{/if}}`
      : value === false ? ` of {{#unless ${test}}}…{{/unless}}`
      : ` of {{#if (gelijk ${test} ${JSON.stringify(value)})}}…{{/if}}`
    this.report(ErrorCode.templateOptionalField, frame.source.file, place,
      `\`${whole}\`: \`${guard}\` is niet altijd aanwezig${when}; zonder die waarde stopt het maken van het document met een fout.`,
      `Zet dit binnen {{#if ${guard}}}…{{/if}}${alternative}.`, 'warning')
  }

  private unknownField(frame: Frame, path: PathExpression, parts: readonly string[], i: number, parent: FieldNode, text: (i: number) => string, place: At, start: FieldNode): void {
    const part = parts[i]!
    const file = frame.source.file
    const whole = path.original
    if (this.quoted.has(`${file}:${place.line}:${place.column}`)) return
    if (hasCurlyQuote(whole)) {
      // `{{aanvullen „datum}}`: a curly quote that does not close is read as part of a field name.
      this.report(ErrorCode.templateQuotes, file, place, `\`${whole}\` bevat een gekruld aanhalingsteken dat niet sluit; Handlebars leest het daardoor als een veldnaam.`,
        `Gebruik rechte aanhalingstekens, en sluit wat u opent: "…" of '…'. Bedoelt u een veld, laat de aanhalingstekens dan weg: {{${unquoted(whole)}}}.`)
      return
    }
    const names = Object.keys(parent.properties ?? {})
    const where = i > 0 ? `\`${text(i - 1)}\` heeft geen veld \`${part}\`` : `er is hier geen veld \`${part}\` (${scopeLabel(start)})`
    if (parent.type === 'array' && own(parent.items?.properties, part)) {
      const list = text(i - 1)
      this.report(ErrorCode.templateOutsideList, file, place, `\`${whole}\`: \`${part}\` bestaat alleen binnen een element van \`${list}\`.`,
        `Gebruik het binnen {{#each ${list}}}…{{/each}}: {{#each ${list}}}{{${part}}}{{/each}}.`)
      return
    }
    const guess = closest(part, i === 0 && !path.data ? [...names, ...frame.blockParams.keys()] : names)
    if (guess) {
      this.report(ErrorCode.templateUnknownField, file, place, `Onbekend veld \`${whole}\`: ${where}.`, `Bedoelde u \`${guess}\`?`)
      return
    }
    if (i === 0 && !path.data && path.depth === 0) {
      const contexts = frame.contexts
      for (let j = contexts.length - 2; j >= 0; j--) {
        if (!own(contexts[j]!.properties, part)) continue
        const up = `${'../'.repeat(contexts.length - 1 - j)}${whole.replace(/^this\./, '')}`
        const root = j === 0 && contexts[0] === frame.walk.kind.root ? ` of \`@root.${whole.replace(/^this\./, '')}\`` : ''
        this.report(ErrorCode.templateUnknownField, file, place, `Onbekend veld \`${whole}\`: ${where}.`,
          `Binnen {{#each}} en {{#with}} gaat een veld over het element. Bedoelde u \`${up}\`${root}?`)
        return
      }
      if (frame.partialChain.length > 0 && own(frame.walk.kind.root.properties, part)) {
        this.report(ErrorCode.templateUnknownField, file, place, `Onbekend veld \`${whole}\`: ${where}.`,
          `Dit deelsjabloon krijgt ${scopeLabel(start).replace(/^in /, '')} als context. Bedoelde u \`@root.${whole.replace(/^this\./, '')}\`?`)
        return
      }
    }
    const lists = listsWith(parent, part)
    if (lists.length > 0) {
      const prefix = i > 0 ? `${text(i - 1)}.` : ''
      const shown = lists.slice(0, 3).map((l) => `\`${prefix}${l}\``)
      const first = `${prefix}${lists[0]!}`.replace(/\[\]\./g, '.')
      this.report(ErrorCode.templateOutsideList, file, place,
        `\`${whole}\`: \`${part}\` bestaat alleen binnen een element van ${shown.length === 1 ? shown[0] : `een lijst (${shown.join(', ')}${lists.length > 3 ? ', …' : ''})`}.`,
        `Gebruik het binnen {{#each ${first}}}…{{/each}}.`)
      return
    }
    this.report(ErrorCode.templateUnknownField, file, place, `Onbekend veld \`${whole}\`: ${where}.`,
      names.length > 0 ? `Velden hier: ${listOf(names)} (zie docs/velden.md).` : `\`${i > 0 ? text(i - 1) : 'dit'}\` is ${describeType(parent)} zonder velden.`)
  }

  // --- guards ----------------------------------------------------------------------------------

  /** What `{{#if expression}}` tells inside (yes) and in its `{{else}}` (no). */
  private outcome(expression: Expression, frame: Frame): Outcome {
    const quiet = { lastMayBeMissing: true, at: { line: 0, column: 0 }, report: false }
    if (expression.type === 'PathExpression') {
      const node = this.resolve(expression as PathExpression, frame, quiet)
      if (!node || node.type === 'any' || node.path.startsWith('@')) return emptyOutcome()
      return node.type === 'boolean'
        ? { yes: { present: [node.path], values: [[node.path, [true]]] }, no: { present: [], values: [[node.path, [false]]] } }
        : { yes: { present: [node.path], values: [] }, no: emptyFacts() }
    }
    if (expression.type !== 'SubExpression') return emptyOutcome()
    const call = expression as hbs.AST.SubExpression
    const name = call.path.parts[0]
    const [a, b] = call.params
    if (name === 'gelijk' && a && b) {
      const [pathArg, literalArg] = a.type === 'PathExpression' ? [a, b] : [b, a]
      if (pathArg.type !== 'PathExpression' || !['StringLiteral', 'NumberLiteral', 'BooleanLiteral'].includes(literalArg.type)) return emptyOutcome()
      const node = this.resolve(pathArg as PathExpression, frame, quiet)
      if (!node || node.type === 'any') return emptyOutcome()
      const value = (literalArg as hbs.AST.StringLiteral).value as FieldValue
      const possible = frame.facts.values.get(node.path) ?? node.enum ?? (node.type === 'boolean' ? [true, false] : undefined)
      return {
        yes: { present: [node.path], values: [[node.path, [value]]] },
        no: { present: [], values: possible ? [[node.path, [...possible].filter((v) => v !== value)]] : [] },
      }
    }
    if ((name === 'en' || name === 'of') && a && b) {
      const [x, y] = [this.outcome(a, frame), this.outcome(b, frame)]
      return name === 'en' ? { yes: mergeFacts(x.yes, y.yes), no: emptyFacts() } : { yes: emptyFacts(), no: mergeFacts(x.no, y.no) }
    }
    return emptyOutcome()
  }

  private report(code: OogoError['code'], file: string, place: At, message: string, suggestion?: string, severity: Severity = 'error'): void {
    const key = [code, file, place.line, place.column, message].join('\0')
    if (!this.findings.has(key)) this.findings.set(key, oogoError(code, 'validate', message, { file, line: place.line, column: place.column }, suggestion || undefined, severity))
  }
}

/** A property of a field node's own, never one of Object.prototype (`constructor`, `toString`). */
function own<T>(properties: Record<string, T> | undefined, key: string): T | undefined {
  return properties && Object.hasOwn(properties, key) ? properties[key] : undefined
}

/** An expression as the editor would write it: `verzoek_advies`, `(gelijk dossier.soort "gecombineerd")`. */
function printExpression(expression: Expression): string {
  switch (expression.type) {
    case 'PathExpression': return (expression as PathExpression).original
    case 'SubExpression': {
      const call = expression as hbs.AST.SubExpression
      return `(${[printExpression(call.path), ...call.params.map(printExpression)].join(' ')})`
    }
    case 'StringLiteral': return JSON.stringify((expression as hbs.AST.StringLiteral).value)
    case 'NumberLiteral': case 'BooleanLiteral': return String((expression as hbs.AST.NumberLiteral).value)
    default: return (expression as { original?: unknown }).original === undefined ? 'null' : String((expression as { original?: unknown }).original)
  }
}

/** The text without the quotes an editor may have typed around it. */
const unquoted = (text: string): string => text.replace(/^['"‘’‚“”„]+|['"‘’‚“”„]+$/g, '')
