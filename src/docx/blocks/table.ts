/**
 * A table over the full text width of the context's page with fixed columns (fixed layout: the same in every reader),
 * thin grey borders and a shaded header row.
 *
 * Columns take the template's proportions, except that a column is never narrower than its longest unbreakable word
 * (estimated for the widest font a reader may use, text-width.ts): the width it lacks comes from the columns that have
 * room to spare, so a name or a date is never broken in the middle.
 *
 * A short row (every signature row) never breaks across pages (`cantSplit`); a row too long for that may break, so a
 * reader never has to hide what does not fit on a page. The header row stays with the first row below it, and is marked
 * as the table's header row (`w:tblHeader`, "herhalen als veldnamenrij"): that is how Word's accessibility checker, a
 * screen reader and a tagged PDF know it (issue 15). It once was marked only in tables without unbreakable rows, as
 * LibreOffice 7.4 printed 1 of 20 signature rows when the two met; test/assemble/reader.test.ts converts the 20-party
 * agreement and sees every signatory with the header row marked (LibreOffice 7.4.7).
 *
 * A signature table (a header cell "Handtekening") gives every party room to sign — rows at least 2.5 cm high — and
 * keeps its last two rows together, so no signatory stands alone on a page.
 */
import { BorderStyle, HeightRule, Paragraph, ShadingType, Table as WordTable, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import type { Table, TableCell as ModelCell } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import type { BuildContext } from '../build-context.ts'
import { plainText } from '../flow.ts'
import { cm, Style, tableTextSize } from '../style-map.ts'
import { textWidth, unbreakablePieces } from '../text-width.ts'

/** The border of every table edge and cell (shared with docx/direct/table-xml.ts, which writes the same table). */
export const tableBorder = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' }
const border = tableBorder
/** The padding of every cell, in twips. */
export const cellMargin = { top: 60, bottom: 60, left: 80, right: 80 }
const margin = cellMargin
/** A row of at most this many estimated lines is short: it never breaks across pages (12 pt lines: about 5 cm). */
export const maxUnbreakableLines = 12
/** Room to sign in a row of a signature table. */
export const signatureRowHeight = cm(2.5)

/** What a row of the table is: the header row, kept with the next row, never split, and its least height (twips). */
export interface RowLayout { isHeader: boolean; keepNext: boolean; short: boolean; tall?: number }

/** The layout of a table in a context: its column count and widths (twips), and what each row is. */
export function tableLayout(node: Table, context: BuildContext): { columns: number; widths: number[]; row: (r: number) => RowLayout } {
  const columns = Math.max(...node.rows.map((r) => r.cells.length))
  const widths = columnWidths(node, columns, context.textWidth)
  const short = node.rows.map((row, r) => rowLines(row.cells, widths, node.header && r === 0) <= maxUnbreakableLines)
  const keepLastRow = context.keepWithNext.has(node)
  const signatures = node.header && (node.rows[0]?.cells ?? []).some((cell) => /^handtekening$/i.test(cellText(cell).trim()))
  const last = node.rows.length - 1
  return {
    columns,
    widths,
    row: (r) => {
      const isHeader = node.header && r === 0
      const keepNext = (isHeader && node.rows.length > 1) || (keepLastRow && r === last) || (signatures && r === last - 1 && r > 0)
      return { isHeader, keepNext, short: short[r]!, ...(signatures && !isHeader ? { tall: signatureRowHeight } : {}) }
    },
  }
}

export function buildTable(node: Table, context: BuildContext): WordTable[] {
  const { columns, widths, row: rowLayout } = tableLayout(node, context)
  return [new WordTable({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: node.rows.map((row, r) => {
      const { isHeader, keepNext, short, tall } = rowLayout(r)
      return new TableRow({
        ...(isHeader ? { tableHeader: true } : {}),
        cantSplit: short,
        ...(keepNext ? { keepNext: true } : {}),
        ...(tall !== undefined ? { height: { value: tall, rule: HeightRule.ATLEAST } } : {}),
        children: Array.from({ length: columns }, (_, c) => new TableCell({
          width: { size: widths[c]!, type: WidthType.DXA },
          ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF4' } } : {}),
          margins: margin,
          children: [new Paragraph({
            style: Style.table,
            children: buildInlines(row.cells[c]?.children ?? [], isHeader ? { bold: true } : {}),
          })],
        })),
      })
    }),
  })]
}

/**
 * Column widths in twips: the template's proportions of the text width (scaled by their own sum, as the model's
 * rounded proportions may add up to 1.001), then every column raised to its longest unbreakable word, taking the
 * difference from the other columns in proportion to the room each has above its own minimum. When the minimums
 * together are wider than the text, the columns share the text width in proportion to their minimums.
 */
export function columnWidths(node: Table, columns: number, available: number): number[] {
  const shares = Array.from({ length: columns }, (_, c) => node.widths[c] ?? 1 / columns)
  const total = shares.reduce((a, b) => a + b, 0)
  const wanted = shares.map((share) => (available * share) / total)
  const minimum = Array.from({ length: columns }, (_, c) => Math.max(0, ...node.rows.map((row, r) =>
    longestPiece(row.cells[c], node.header && r === 0))))
  const needed = minimum.reduce((a, b) => a + b, 0)
  const widths = needed >= available
    ? minimum.map((m) => (available * m) / needed)
    : fit(wanted, minimum)
  return widths.map(Math.floor)
}

/** Raises the columns below their minimum and lowers the others, in proportion to their room, until all fit. */
function fit(wanted: number[], minimum: number[]): number[] {
  const widths = [...wanted]
  for (let round = 0; round < widths.length; round++) {
    const lacking = widths.reduce((sum, w, c) => sum + Math.max(0, minimum[c]! - w), 0)
    if (lacking <= 0) break
    const room = widths.reduce((sum, w, c) => sum + Math.max(0, w - minimum[c]!), 0)
    widths.forEach((w, c) => {
      widths[c] = w < minimum[c]! ? minimum[c]! : w - (lacking * (w - minimum[c]!)) / room
    })
  }
  return widths
}

const cellText = (cell: ModelCell | undefined) => (cell ? plainText(cell.children) : '')
const cellPadding = margin.left + margin.right

/** The width (twips) a cell's column needs for its longest unbreakable word, padding included. */
function longestPiece(cell: ModelCell | undefined, bold: boolean): number {
  const pieces = unbreakablePieces(cellText(cell).replace(/\n/g, ' '))
  return pieces.length === 0 ? 0 : cellPadding + Math.max(...pieces.map((piece) => textWidth(piece, tableTextSize, bold)))
}

/** The estimated number of lines of the row's highest cell: each line of the cell filled word by word. */
function rowLines(cells: readonly ModelCell[], widths: readonly number[], bold: boolean): number {
  return Math.max(0, ...cells.map((cell, c) => {
    const inner = Math.max(1, (widths[c] ?? 0) - cellPadding)
    return cellText(cell).split('\n').reduce((lines, line) => lines + linesOf(line, inner, bold), 0)
  }))
}

function linesOf(text: string, inner: number, bold: boolean): number {
  let lines = 1
  let used = 0
  const space = textWidth(' ', tableTextSize, bold)
  for (const piece of unbreakablePieces(text)) {
    const width = textWidth(piece, tableTextSize, bold)
    const extra = used === 0 ? width : space + width
    if (used > 0 && used + extra > inner) { lines++; used = width } else used += extra
    if (used > inner) { lines += Math.floor(used / inner); used %= inner }
  }
  return lines
}
