/**
 * The Markdown of a template, checked without a dossier. A template's skeleton is its text as Handlebars would emit
 * it with every value a placeholder: content as Handlebars keeps it (a line holding only a block tag, `{{else}}`,
 * a comment or a partial is removed whole, as Handlebars removes such "standalone" lines), each `{{value}}` or
 * inline `{{> partial}}` replaced by as many `x` as the tag is long, both branches of every `{{#if}}` in turn, and
 * the body of an `{{#each}}` once. That text goes through oogo's Markdown rules (markdown-skeleton-rules.ts, the
 * rules parse/ applies to the filled-in text), and every finding is reported at the template's own file, line and
 * column: raw HTML, code, indentation that silently changes the structure, table rows with the wrong number of
 * cells.
 *
 * Each character of the skeleton remembers the offset in the template it came from, so a finding in the skeleton is
 * a place in the template even where tags were removed before it on the same line.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { parseTemplate } from '../render/template-errors.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'
import { markdown, structureFindings, type StructureKind } from './markdown-skeleton-rules.ts'

export interface Skeleton {
  text: string
  /** For each character of `text`, the offset in the template it stands for. */
  origins: number[]
  /**
   * For each character, the stretch of template text between two block tags it belongs to. Two lines of different
   * stretches meet in a filled-in text only when the data makes both blocks print something.
   */
  stretches: number[]
}

type Node = hbs.AST.Node
type Statement = hbs.AST.Statement

/** The skeleton of a template's text; undefined when the text is no valid template (the checker reports that). */
export function markdownSkeleton(text: string): Skeleton | undefined {
  const { program } = parseTemplate(text)
  if (!program) return undefined
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const offset = (position: hbs.AST.Position) => (lineStarts[position.line - 1] ?? 0) + position.column
  const out: string[] = []
  const origins: number[] = []
  const stretches: number[] = []
  let stretch = 0
  const emit = (chars: string, from: number) => {
    for (let i = 0; i < chars.length; i++) { out.push(chars[i]!); origins.push(from + i); stretches.push(stretch) }
  }
  /** A tag that prints something: `x` for each of its characters on its first line. */
  const placeholder = (node: Node) => {
    const start = offset(node.loc.start)
    const end = node.loc.end.line === node.loc.start.line ? offset(node.loc.end) : text.indexOf('\n', start)
    for (let i = start; i < Math.max(start + 1, end); i++) { out.push('x'); origins.push(i); stretches.push(stretch) }
  }
  const lineOf = (node: Node) => text.slice(lineStarts[node.loc.start.line - 1] ?? 0, (lineStarts[node.loc.start.line] ?? text.length + 1) - 1)
  const walk = (statements: readonly Statement[]) => {
    for (const statement of statements) {
      switch (statement.type) {
        case 'ContentStatement': {
          const content = statement as hbs.AST.ContentStatement
          const start = offset(content.loc.start)
          emit(content.value, start + strippedPrefix((content as unknown as { original: string }).original, content.value, content as never))
          break
        }
        case 'MustacheStatement': placeholder(statement); break
        case 'PartialStatement': case 'PartialBlockStatement': {
          // A partial alone on its line: Handlebars removes the line's indentation and line end, and the partial's
          // own text (which ends in a line end) takes its place, each line indented as the tag was.
          const line = lineOf(statement)
          const standalone = statement.loc.start.line === statement.loc.end.line
            && line.trim() === text.slice(offset(statement.loc.start), offset(statement.loc.end)).trim()
          const lineStart = lineStarts[statement.loc.start.line - 1] ?? 0
          if (standalone) emit(line.slice(0, line.length - line.trimStart().length), lineStart)
          placeholder(statement)
          if (standalone) emit('\n', offset(statement.loc.end))
          break
        }
        case 'BlockStatement': case 'DecoratorBlock': {
          // Both branches in turn; never together in a document, so an `{{else}}` at the start of a line ends the
          // blocks of the first branch (a blank line), and the second branch's text does not join its last list item
          // or table.
          const block = statement as hbs.AST.BlockStatement
          stretch++
          if (block.program) walk(block.program.body)
          stretch++
          if (block.inverse) {
            const start = out.length
            walk(block.inverse.body)
            // A second branch that starts a line of its own at the margin follows the text before the block, not the
            // first branch: a blank line ends the first branch's list or table. (An indented start continues it.)
            if ((start === 0 || out[start - 1] === '\n') && out[start] !== undefined && !/\s/.test(out[start]!)) {
              out.splice(start, 0, '\n'); origins.splice(start, 0, origins[start]!); stretches.splice(start, 0, stretch)
            }
            stretch++
          }
          break
        }
        default: break // comments print nothing
      }
    }
  }
  walk(program.body)
  return { text: out.join(''), origins, stretches }
}

/**
 * How many characters Handlebars removed from the start of a content statement (`original` → `value`): the rest of
 * a standalone tag's line (`[ \t]*\n`), or all white space after a `~}}`; at the end it removes the indentation
 * before a standalone tag, or all white space before a `{{~`. `content` says which ends were stripped.
 */
export function strippedPrefix(original: string, value: string, content: { rightStripped?: boolean; leftStripped?: boolean } = { rightStripped: true, leftStripped: true }): number {
  if (value === original) return 0
  const prefixes = content.rightStripped ? [/^[ \t]*\r?\n?/.exec(original)![0].length, /^\s*/.exec(original)![0].length] : [0]
  for (const prefix of prefixes) {
    const rest = original.slice(prefix)
    const suffixes = content.leftStripped ? [0, /[ \t]*$/.exec(rest)![0].length, /\s*$/.exec(rest)![0].length] : [0]
    if (suffixes.some((suffix) => rest.slice(0, rest.length - suffix) === value)) return prefix
  }
  return Math.max(0, original.indexOf(value))
}

const codes: Record<StructureKind, OogoError['code']> = {
  unsupported: ErrorCode.templateUnsupportedMarkdown,
  indentation: ErrorCode.templateIndentation,
  'table-cells': ErrorCode.templateTableCells,
}

const checked = new WeakMap<TemplateSource, OogoError[]>()

/** The Markdown findings of one template or partial, at its file, line and column (each source is read once). */
export function checkMarkdown(source: TemplateSource): OogoError[] {
  let findings = checked.get(source)
  if (!findings) checked.set(source, findings = findingsOf(source))
  return findings.map((f) => ({ ...f, place: { ...f.place } }))
}

function findingsOf(source: TemplateSource): OogoError[] {
  const skeleton = markdownSkeleton(source.text)
  if (!skeleton) return []
  const lines = skeleton.text.split('\n')
  const lineStarts = [0]
  for (const line of lines) lineStarts.push(lineStarts.at(-1)! + line.length + 1)
  const templateLineStarts = [0]
  for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') templateLineStarts.push(i + 1)
  const seen = new Set<string>()
  const findings: OogoError[] = []
  // A line joins the one above it only if nothing between them depends on the data.
  const joinsAbove = (line: number) => skeleton.stretches[lineStarts[line]! - 1] === skeleton.stretches[lineStarts[line]!]
  for (const finding of structureFindings(markdown.parse(skeleton.text, {}), lines, joinsAbove)) {
    const at = Math.min(lineStarts[finding.line]! + finding.column, skeleton.origins.length - 1)
    const origin = skeleton.origins[Math.max(0, at)] ?? 0
    let line = templateLineStarts.length
    while (line > 1 && templateLineStarts[line - 1]! > origin) line--
    const place = { file: source.file, line, column: origin - templateLineStarts[line - 1]! + 1 }
    const key = `${finding.kind}:${place.line}:${place.column}:${finding.message}`
    if (seen.has(key)) continue
    seen.add(key)
    findings.push(oogoError(codes[finding.kind], 'validate', finding.message, place, finding.suggestion, finding.severity))
  }
  return findings
}

/** The Markdown findings of every template and partial of the set. */
export function checkMarkdownOfTemplates(templates: TemplateSet): OogoError[] {
  return [...templates.documents.values(), ...templates.partials.values()].flatMap(checkMarkdown)
}
