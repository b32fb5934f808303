/**
 * Handlebars syntax errors → a Dutch message at a place in the template. Shared by the renderer
 * (render/environment.ts, a fault found while compiling) and the static check
 * (template-check/check-templates.ts, `oogo sjablonen controleer`), so both say the same at the same place.
 *
 * Handlebars' grammar errors carry no location object, only "Parse error on line N" and a snippet
 * with a caret; a block closed with the wrong name ("if doesn't match each - 3:5") does carry one.
 */
import Handlebars from 'handlebars'
import { straightenQuotes } from './smart-quotes.ts'

/** A message with its place; line 1-based, column 1-based. */
export interface LocatedMessage {
  message: string
  line?: number
  column?: number
  suggestion?: string
}

/**
 * The Dutch message for a Handlebars syntax error thrown by `Handlebars.parse` or `compile`, or
 * undefined when `error` is not a syntax error (a missing value, an unknown helper, …).
 */
export function describeSyntaxError(error: unknown, source: string): LocatedMessage | undefined {
  const e = error as { message?: string; lineNumber?: number; column?: number }
  const message = String(e.message ?? error)
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(message)
  if (parse) return parseError(source, Number(parse[1]), parse[2]!.slice(0, parse[3]!.length), parse[4]!)
  const lexical = /^Lexical error on line (\d+)\. Unrecognized text\.\n(.*)\n(-*)\^/s.exec(message)
  if (lexical) {
    const place = parseError(source, Number(lexical[1]), lexical[2]!.slice(0, lexical[3]!.length), '')
    return { ...place, message: 'Hier staat een teken dat binnen {{…}} niet kan staan.', suggestion: 'Controleer de haakjes en aanhalingstekens; een veldnaam bestaat uit letters, cijfers, _ en punten.' }
  }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
  if (mismatch) {
    return {
      message: `Het blok \`{{#${mismatch[1]}}}\` wordt afgesloten met \`{{/${mismatch[2]}}}\`.`,
      line: e.lineNumber,
      column: e.column === undefined ? undefined : e.column + 1,
      suggestion: `Sluit het af met \`{{/${mismatch[1]}}}\`, of controleer welk blok eerder open bleef.`,
    }
  }
  return undefined
}

/**
 * At the end of the file the cause is nearly always a block that was opened and never closed:
 * find that block ourselves and point at it. Elsewhere, point just after the snippet before the caret.
 */
function parseError(source: string, line: number, beforeCaret: string, expected: string): LocatedMessage {
  if (/got 'EOF'/.test(expected)) {
    const open = unclosedBlock(source)
    if (open) {
      return { message: `Het blok \`{{#${open.name}}}\` wordt niet afgesloten.`, line: open.line, column: open.column, suggestion: `Sluit het af met \`{{/${open.name}}}\`.` }
    }
    return { message: 'Het sjabloon eindigt midden in een {{…}}-uitdrukking.', line, column: 1, suggestion: 'Controleer of elke {{ wordt gesloten met }}.' }
  }
  const text = source.split('\n')[line - 1] ?? ''
  const context = beforeCaret.replace(/^\.\.\./, '')
  const at = context ? text.indexOf(context) : -1
  return {
    message: 'Deze {{…}}-uitdrukking is ongeldig.',
    line,
    column: at >= 0 ? at + context.length + 1 : 1,
    suggestion: 'Controleer de haakjes, aanhalingstekens en de naam na {{#, {{/ of {{>.',
  }
}

/** The innermost block opened with `{{#name` that no `{{/name}}` closes (comments skipped). */
export function unclosedBlock(source: string): { name: string; line: number; column: number } | undefined {
  const stack: { name: string; offset: number }[] = []
  for (const match of withoutComments(source).matchAll(/\{\{~?([#/])\s*([\w.-]+)/g)) {
    if (match[1] === '#') stack.push({ name: match[2]!, offset: match.index })
    else if (stack.at(-1)?.name === match[2]) stack.pop()
  }
  const open = stack.at(-1)
  if (!open) return undefined
  const before = source.slice(0, open.offset).split('\n')
  return { name: open.name, line: before.length, column: before.at(-1)!.length + 1 }
}

/** The source with every `{{!-- … --}}` and `{{! … }}` comment blanked out (line breaks kept, so places stay right). */
export function withoutComments(source: string): string {
  return source.replace(/\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '))
}

/** Twenty times the largest built-in template; a template of 1 MB takes 7 s to render, one of 10 MB minutes. */
export const maxTemplateChars = 512 * 1024
/** Blocks within blocks (an `{{else if}}` counts as one more); the built-in templates go 4 deep, Handlebars overflows near 2,000. */
export const maxTemplateDepth = 100

/**
 * Whether a template stays within what Handlebars handles in reasonable time and without a stack
 * overflow: its size, and how deep its blocks and its (sub)expressions nest. Checked before parsing,
 * with a scan that is linear in the text.
 */
export function templateLimitError(text: string): LocatedMessage | undefined {
  if (text.length > maxTemplateChars) {
    return {
      message: `Het sjabloon is groter dan ${maxTemplateChars / 1024} kB; zo'n groot sjabloon wordt uit veiligheid niet verwerkt.`,
      line: 1, column: 1, suggestion: 'Verdeel de tekst over deelsjablonen (partials/), of controleer of dit het juiste bestand is.',
    }
  }
  const plain = withoutComments(text)
  const place = (offset: number) => {
    const before = text.slice(0, offset).split('\n')
    return { line: before.length, column: before.at(-1)!.length + 1 }
  }
  const tooDeep = (offset: number): LocatedMessage => ({
    message: `De blokken en uitdrukkingen zijn hier dieper dan ${maxTemplateDepth} niveaus genest; zo'n sjabloon wordt uit veiligheid niet verwerkt.`,
    ...place(offset), suggestion: 'Controleer of elk {{#…}}-blok wordt afgesloten, en verdeel de tekst zo nodig over deelsjablonen.',
  })
  // Each open block with the number of `{{else x}}` chained to it (each nests one level more).
  const blocks: number[] = []
  let depth = 0
  for (const match of plain.matchAll(/\{\{~?\s*(?:([#^])(?!\s*~?\}\})|(\/)|(else\s+(?!~?\}\}))|)([^}]*)/g)) {
    if (match[1]) { blocks.push(1); depth += 1 } else if (match[2]) { depth -= blocks.pop() ?? 0 } else if (match[3] && blocks.length > 0) { blocks[blocks.length - 1]! += 1; depth += 1 }
    if (depth > maxTemplateDepth) return tooDeep(match.index)
    let parentheses = 0
    for (const char of match[4]!) {
      if (char === '(') parentheses += 1
      else if (char === ')') parentheses -= 1
      if (depth + parentheses > maxTemplateDepth) return tooDeep(match.index)
    }
  }
  return undefined
}

/**
 * Parses a template without compiling it: the syntax tree for the static check, or the syntax
 * error with its place. Curly quotes inside `{{…}}` are straightened first, as the renderer does
 * (smart-quotes.ts).
 */
export function parseTemplate(text: string): ParsedTemplate {
  const known = parsed.get(text)
  if (known) return known
  const result = parseAnew(text)
  if (result.program) deepFreeze(result.program)
  if (parsed.size >= parsedLimit) parsed.delete(parsed.keys().next().value!) // the oldest first
  parsed.set(text, result)
  return result
}

export interface ParsedTemplate { program?: hbs.AST.Program; error?: LocatedMessage; tooLarge?: boolean }

/**
 * Parses by text, kept: the check, the anchors of the transform and the fault placement each read the same
 * templates, and `voorbeeld --watch` reads them again after every save, of which mostly one template changed. The
 * syntax tree is shared and frozen. Bounded, so a long session does not grow.
 */
const parsed = new Map<string, ParsedTemplate>()
const parsedLimit = 200

/** Frozen all the way down: a reader that writes to the shared tree fails at once instead of spoiling the next read. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) deepFreeze(child)
}

function parseAnew(text: string): ParsedTemplate {
  const limit = templateLimitError(text)
  if (limit) return { error: limit, tooLarge: true }
  try {
    return { program: Handlebars.parse(straightenQuotes(text)) }
  } catch (error) {
    return { error: describeSyntaxError(error, text) ?? describeOtherError(error, text) }
  }
}

/** Handlebars' other complaints (English, often without a place), in Dutch and located where we can find them. */
const otherMessages: [RegExp, (m: RegExpExecArray) => string, string?][] = [
  [/^Missing decorator: "?([^"]*)"?/, (m) => `Een decorator (\`{{*${m[1]}}}\`) wordt in sjablonen van oogo niet ondersteund.`, 'Verwijder de decorator.'],
  [/^Invalid path: (\S+)/, (m) => `\`${m[1]}\` is geen geldige verwijzing naar een veld.`, 'Schrijf een veld met punten (`dossier.titel`), `this` of `../` alleen aan het begin.'],
  [/^#(if|unless|with) requires exactly one argument/, (m) => `\`{{#${m[1]}}}\` verwacht precies één argument.`],
  [/^Unsupported number of partial arguments: (\d+)/, (m) => `Een gedeeld stuk (partial) krijgt ten hoogste één context mee, niet ${m[1]}.`, 'Geef extra waarden mee als naam=waarde.'],
  [/^Missing helper: "?([^"]*)"?/, (m) => `Onbekende helper \`${m[1]}\`.`],
]

/** A Handlebars error that is not a syntax error: a Dutch message, at its place, else at the first `{{` that names what it quotes. */
export function describeOtherError(error: unknown, source: string): LocatedMessage {
  const e = error as { message?: string; lineNumber?: number; column?: number }
  const message = String(e.message ?? error).split('\n')[0]!
  const known = otherMessages.map(([pattern, say, suggestion]) => ({ match: pattern.exec(message), say, suggestion })).find((k) => k.match)
  const quoted = /"([^"]+)"|: (\S+)$/.exec(message)
  const found = e.lineNumber === undefined && quoted ? locate(source, quoted[1] ?? quoted[2]!) : undefined
  return {
    message: known ? known.say(known.match!) : `Handlebars kan dit sjabloon niet verwerken (\`${message}\`).`,
    line: e.lineNumber ?? found?.line ?? 1,
    column: e.column !== undefined ? e.column + 1 : found?.column ?? 1,
    ...(known?.suggestion ? { suggestion: known.suggestion } : {}),
  }
}

/** The first `{{` expression in `source` that contains `needle`. */
function locate(source: string, needle: string): { line: number; column: number } | undefined {
  for (const match of withoutComments(source).matchAll(/\{\{[^}]*\}\}/g)) {
    if (!match[0].includes(needle)) continue
    const before = source.slice(0, match.index).split('\n')
    return { line: before.length, column: before.at(-1)!.length + 1 }
  }
  return undefined
}
