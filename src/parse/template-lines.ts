/**
 * Which template line a line of the filled-in text came from, for faults found after filling in (parse/, transform/):
 * they are reported at the template's (or partial's) file and line, not at "(ingevulde tekst):203".
 *
 * Only on a fault, the document is filled in once more from marked templates: before every line end that Handlebars
 * keeps (not the line ends of lines holding only a block tag, `{{else}}`, a comment or a partial, which Handlebars
 * removes), an invisible marker of private-use characters naming the template line. Markers never go inside a tag,
 * and at the end of a line they change no column a helper sees (`{{ref}}` records its own place). Stripping the
 * markers gives the same text (checked: otherwise no mapping is made and the places stay in the filled-in text) and,
 * for each of its lines, the template line whose line end closes it. Production output never sees a marker.
 */
import type { OogoError, Place } from '../errors.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'
import { renderTemplate } from '../render/render-template.ts'
import { parseTemplate } from '../render/template-errors.ts'
import { strippedPrefix } from '../template-check/markdown-skeleton.ts'

export interface LineOrigin {
  source: TemplateSource
  /** 1-based. */
  line: number
}

const open = '\uE000'
const close = '\uE001'
const digitBase = 0xE010
const markerPattern = /\uE000([\uE010-\uE019]+)\uE001/g

const marker = (id: number) => open + [...String(id)].map((d) => String.fromCharCode(digitBase + Number(d))).join('') + close
const idOf = (digits: string) => Number([...digits].map((c) => c.charCodeAt(0) - digitBase).join(''))

interface Marked { templates: TemplateSet; origins: LineOrigin[] }
const markedSets = new WeakMap<TemplateSet, Marked>()

/** The template set with a marker before every line end Handlebars keeps, and what each marker stands for. */
export function markTemplates(templates: TemplateSet): Marked {
  let marked = markedSets.get(templates)
  if (marked) return marked
  const origins: LineOrigin[] = []
  const mark = (source: TemplateSource): TemplateSource => ({ ...source, text: markedText(source, origins) })
  marked = {
    templates: {
      documents: new Map([...templates.documents].map(([name, source]) => [name, mark(source)])),
      partials: new Map([...templates.partials].map(([name, source]) => [name, mark(source)])),
    },
    origins,
  }
  markedSets.set(templates, marked)
  return marked
}

function markedText(source: TemplateSource, origins: LineOrigin[]): string {
  const { text } = source
  const { program } = parseTemplate(text)
  if (!program) return text
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const kept: number[] = [] // offsets of the line ends Handlebars keeps
  const visit = (statements: readonly hbs.AST.Statement[]) => {
    for (const statement of statements) {
      if (statement.type === 'ContentStatement') {
        const content = statement as hbs.AST.ContentStatement
        const original = (content as unknown as { original: string }).original
        const start = (lineStarts[content.loc.start.line - 1] ?? 0) + content.loc.start.column
        const from = strippedPrefix(original, content.value, content as never)
        for (let i = from; i < from + content.value.length; i++) {
          if (original[i] === '\n') kept.push(start + (original[i - 1] === '\r' && i - 1 >= from ? i - 1 : i))
        }
      }
      const block = statement as Partial<hbs.AST.BlockStatement>
      if (block.program) visit(block.program.body)
      if (block.inverse) visit(block.inverse.body)
    }
  }
  visit(program.body)
  let out = ''
  let last = 0
  for (const offset of kept.sort((a, b) => a - b)) {
    let line = lineStarts.length
    while (line > 1 && lineStarts[line - 1]! > offset) line--
    out += text.slice(last, offset) + marker(origins.push({ source, line }) - 1)
    last = offset
  }
  return out + text.slice(last)
}

/** `text` without its markers, and for each of its lines the template line whose line end closes it. */
export function stripMarkers(text: string, origins: readonly LineOrigin[]): { text: string; lines: (LineOrigin | undefined)[] } {
  const lines: (LineOrigin | undefined)[] = []
  const plain: string[] = []
  for (const line of text.split('\n')) {
    let origin: LineOrigin | undefined
    for (const match of line.matchAll(markerPattern)) origin = origins[idOf(match[1]!)] // the last: the line end's own
    lines.push(origin)
    plain.push(line.replace(markerPattern, ''))
  }
  return { text: plain.join('\n'), lines }
}

/** What to fill in again: the document's template, view and concept flag, as assemble rendered it. */
export interface Rendering {
  template: string
  view: object
  draft: boolean
  /** The filled-in text as made for the document. */
  text: string
  /** Its name in places (`overeenkomst-x (ingevulde tekst)`). */
  textName: string
}

/**
 * `problems` with every place in the filled-in text moved to the template line it came from; a problem the
 * mapping cannot place keeps its place, with the advice to look at the filled-in text.
 */
export function placeInTemplates(templates: TemplateSet, rendering: Rendering, problems: readonly OogoError[]): OogoError[] {
  const inText = problems.filter((p) => p.place.file === rendering.textName)
  if (inText.length === 0) return [...problems]
  const map = lineMap(templates, rendering)
  return problems.map((problem) => {
    if (problem.place.file !== rendering.textName) return problem
    const origin = problem.place.line === undefined ? undefined : map?.[problem.place.line - 1]
    if (!origin) return { ...problem, suggestion: withAdvice(problem.suggestion) }
    const templateLine = origin.source.text.split('\n')[origin.line - 1] ?? ''
    const renderedLine = rendering.text.split('\n')[problem.place.line! - 1] ?? ''
    const column = problem.place.column ?? 1
    // The column holds where the filled-in line and the template line agree up to it; else the line's start.
    const same = templateLine.slice(0, column - 1) === renderedLine.slice(0, column - 1)
    const place: Place = { file: origin.source.file, line: origin.line, column: same ? column : templateLine.length - templateLine.trimStart().length + 1 }
    return { ...problem, place }
  })
}

const advice = 'Bekijk de ingevulde tekst met `--emit tekst`.'
const withAdvice = (suggestion: string | undefined) => suggestion?.includes('--emit tekst') ? suggestion : [suggestion, advice].filter(Boolean).join(' ')

function lineMap(templates: TemplateSet, rendering: Rendering): (LineOrigin | undefined)[] | undefined {
  const marked = markTemplates(templates)
  const again = renderTemplate(marked.templates, rendering.template, rendering.view, rendering.draft)
  if (again.text === undefined) return undefined
  const stripped = stripMarkers(again.text, marked.origins)
  return stripped.text === rendering.text ? stripped.lines : undefined
}
