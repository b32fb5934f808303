/**
 * The document model as it reads, for the terminal: what Word will show, in plain text. Articles carry their number
 * ("Artikel 3  Looptijd"), leden and letters their labels ("3.2", "(a)"), cross-references their resolved number
 * ("artikel 6.2 van deze overeenkomst"), tables are drawn with lines, and a draft says CONCEPT at the top.
 *
 * A paragraph is one line (the terminal wraps it): a changed word then changes one line, which keeps the difference
 * between two versions (app/preview/) short. Only table cells are wrapped, to keep a table within `tableWidth`.
 * Bold and italics have no mark in plain text; the text is the same.
 *
 * @example
 *   readingText(model).text // 'Kenmerk: OOGO-JZ03-2026\n\nOvereenkomst OOGO jeugd\n═══…\n\nArtikel 1  Begripsbepalingen\n…'
 */
import { assertNever, type Block, type DocModel, type Inline, type List, type Table } from '../model/types.ts'
import { articleLabel, itemLabel } from '../model/labels.ts'

export interface ReadingText {
  /** The whole text, ending in one newline. */
  text: string
  /** Every heading (the title, articles, other headings) with its line (1-based), for telling where a change is. */
  headings: { line: number; title: string }[]
}

export interface ReadingOptions {
  /** The widest a table may be drawn, in characters (default 100). */
  tableWidth?: number
}

/** A block as lines, and the headings among them (line indexes within the block, 0-based). */
interface Lines { lines: string[]; headings: { index: number; title: string }[] }

export function readingText(model: DocModel, options: ReadingOptions = {}): ReadingText {
  const tableWidth = options.tableWidth ?? 100
  const top: string[] = []
  if (model.meta.draft) top.push('CONCEPT', '')
  top.push(`Kenmerk: ${model.meta.reference}`)
  const body = blocksLines(model.children, '', tableWidth)
  const lines = [...top, '', ...body.lines]
  const offset = top.length + 1
  return {
    text: lines.map((line) => line.trimEnd()).join('\n') + '\n',
    headings: body.headings.map((h) => ({ line: h.index + offset + 1, title: h.title })),
  }
}

/** Plain text of inline content: bold and italics unmarked, a reference as its number, a line break as `\n`. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline): string => {
    switch (inline.type) {
      case 'text': return inline.value
      case 'strong': case 'emphasis': return inlineText(inline.children)
      case 'link': {
        const text = inlineText(inline.children)
        return text === '' || text === inline.url || `mailto:${text}` === inline.url ? (text || inline.url) : `${text} (${inline.url})`
      }
      case 'ref': return inline.text ?? `[${inline.target}]`
      case 'break': return '\n'
      default: return assertNever(inline)
    }
  }).join('')
}

/** Blocks one after another, a blank line between them; a lettered or bulleted list follows its lead-in closely. */
function blocksLines(blocks: readonly Block[], indent: string, tableWidth: number): Lines {
  const out: Lines = { lines: [], headings: [] }
  blocks.forEach((block, i) => {
    const part = blockLines(block, indent, tableWidth)
    const tight = block.type === 'list' && (block.kind === 'letters' || block.kind === 'bullets') && blocks[i - 1]?.type === 'paragraph'
    if (i > 0 && !tight) out.lines.push('')
    append(out, part)
  })
  return out
}

function blockLines(block: Block, indent: string, tableWidth: number): Lines {
  switch (block.type) {
    case 'heading': {
      const title = inlineText(block.children).replace(/\n/g, ' ')
      const rule = block.depth === 1 ? '═' : block.depth === 2 ? '─' : ''
      return { lines: [indent + title, ...(rule ? [indent + rule.repeat(width(title))] : [])], headings: [{ index: 0, title }] }
    }
    case 'section': {
      const title = `${articleLabel(block)}  ${inlineText(block.title).replace(/\n/g, ' ')}`
      const out: Lines = { lines: [indent + title, indent + '─'.repeat(width(title))], headings: [{ index: 0, title }] }
      if (block.children.length > 0) {
        out.lines.push('')
        append(out, blocksLines(block.children, indent, tableWidth))
      }
      return out
    }
    case 'paragraph': return { lines: indented(inlineText(block.children), indent, indent), headings: [] }
    case 'list': return listLines(block, indent, tableWidth)
    case 'table': return { lines: tableLines(block, tableWidth - indent.length).map((line) => indent + line), headings: [] }
    case 'pageBreak': return { lines: [indent + '· · · nieuwe pagina · · ·'], headings: [] }
    default: return assertNever(block)
  }
}

/**
 * Each item with its label in a column as wide as the widest label, its text after it and everything else of the
 * item below that text. Leden and numbered items stand apart by a blank line; letters and bullets follow each other.
 */
function listLines(list: List, indent: string, tableWidth: number): Lines {
  const labels = list.items.map((item) => itemLabel(list, item))
  const column = Math.max(...labels.map(width)) + 2
  const inner = indent + ' '.repeat(column)
  const apart = list.kind === 'subsections' || list.kind === 'numbers' || list.items.some((item) => item.children.length > 1)
  const out: Lines = { lines: [], headings: [] }
  list.items.forEach((item, i) => {
    if (i > 0 && apart) out.lines.push('')
    const [first, ...rest] = item.children
    const label = indent + labels[i]!.padEnd(column)
    if (first?.type === 'paragraph') {
      out.lines.push(...indented(inlineText(first.children), label, inner))
      if (rest.length > 0) {
        const tight = rest[0]!.type === 'list' && (rest[0]!.kind === 'letters' || rest[0]!.kind === 'bullets')
        if (!tight) out.lines.push('')
        append(out, blocksLines(rest, inner, tableWidth))
      }
    } else {
      out.lines.push(label.trimEnd())
      append(out, blocksLines(item.children, inner, tableWidth))
    }
  })
  return out
}

/** A table in box-drawing lines; cells wrap at word boundaries when the table would be wider than `maxWidth`. */
export function tableLines(table: Table, maxWidth: number): string[] {
  const columns = Math.max(0, ...table.rows.map((row) => row.cells.length))
  if (columns === 0) return []
  const texts = table.rows.map((row) => Array.from({ length: columns }, (_, c) => inlineText(row.cells[c]?.children ?? [])))
  const natural = Array.from({ length: columns }, (_, c) => Math.max(1, ...texts.flatMap((row) => row[c]!.split('\n').map(width))))
  const widths = fitColumns(natural, Math.max(columns * 4, maxWidth - (3 * columns + 1)))
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right
  const rows = texts.map((row) => {
    const cells = row.map((text, c) => wrap(text, widths[c]!))
    const height = Math.max(...cells.map((cell) => cell.length))
    return Array.from({ length: height }, (_, l) => '│' + cells.map((cell, c) => ` ${(cell[l] ?? '').padEnd(widths[c]!)} `).join('│') + '│')
  })
  const ruled = rows.some((row) => row.length > 1)
  const lines = [rule('┌', '┬', '┐')]
  rows.forEach((row, r) => {
    if (r > 0 && (ruled || (table.header && r === 1))) lines.push(rule('├', '┼', '┤'))
    lines.push(...row)
  })
  lines.push(rule('└', '┴', '┘'))
  return lines
}

/** Shrinks the widest columns, one character at a time, until the columns fit in `total`. */
function fitColumns(natural: readonly number[], total: number): number[] {
  const widths = [...natural]
  let sum = widths.reduce((a, b) => a + b, 0)
  while (sum > total) {
    const widest = widths.indexOf(Math.max(...widths))
    if (widths[widest]! <= 4) break
    widths[widest]!--
    sum--
  }
  return widths
}

/** Text in lines of at most `columns` characters, broken at spaces (a longer word is cut). */
function wrap(text: string, columns: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = []
    let line = ''
    for (const word of paragraph.split(/ +/)) {
      let rest = word
      while (width(rest) > columns) {
        if (line !== '') { lines.push(line); line = '' }
        lines.push([...rest].slice(0, columns).join(''))
        rest = [...rest].slice(columns).join('')
      }
      if (line === '') line = rest
      else if (width(line) + 1 + width(rest) <= columns) line += ` ${rest}`
      else { lines.push(line); line = rest }
    }
    lines.push(line)
    return lines
  })
}

/** Text whose first line starts with `first` and whose other lines (after a line break) with `rest`. */
function indented(text: string, first: string, rest: string): string[] {
  return text.split('\n').map((line, i) => (i === 0 ? first : rest) + line)
}

function append(out: Lines, part: Lines): void {
  const offset = out.lines.length
  out.lines.push(...part.lines)
  out.headings.push(...part.headings.map((h) => ({ index: h.index + offset, title: h.title })))
}

/** Characters as a terminal counts them (code points; the text is Latin script). */
const width = (text: string): number => [...text].length
