/**
 * A table over the full text width of the context's page with fixed columns in the template's proportions (fixed
 * layout: the same in every reader), thin grey borders, a shaded header row that repeats on every page, and rows that do
 * not break across pages (a signature row must stay whole).
 */
import { BorderStyle, Paragraph, ShadingType, Table as WordTable, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import type { Table } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import type { BuildContext } from '../build-context.ts'
import { Style } from '../style-map.ts'

const border = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' }

export function buildTable(node: Table, context: BuildContext): WordTable[] {
  const columns = Math.max(...node.rows.map((r) => r.cells.length))
  // The model's proportions are rounded (0.293 + 3 × 0.171 + 0.195 = 1.001): scaled by their own sum, so the table is
  // never wider than the text.
  const shares = Array.from({ length: columns }, (_, c) => node.widths[c] ?? 1 / columns)
  const total = shares.reduce((a, b) => a + b, 0)
  const widths = shares.map((share) => Math.floor((context.textWidth * share) / total))
  return [new WordTable({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: node.rows.map((row, r) => {
      const isHeader = node.header && r === 0
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: true,
        children: Array.from({ length: columns }, (_, c) => new TableCell({
          width: { size: widths[c]!, type: WidthType.DXA },
          ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF4' } } : {}),
          margins: { top: 60, bottom: 60, left: 80, right: 80 },
          children: [new Paragraph({
            style: Style.table,
            children: buildInlines(row.cells[c]?.children ?? [], isHeader ? { bold: true } : {}),
          })],
        })),
      })
    }),
  })]
}
