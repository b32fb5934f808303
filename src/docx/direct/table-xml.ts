/**
 * A table as docx writes the one blocks/table.ts builds: the same layout (`tableLayout`, shared with that builder), fixed
 * columns, thin grey borders, a shaded header row, rows kept whole or together as it decides.
 */
import type { Table } from '../../model/types.ts'
import type { BuildContext } from '../build-context.ts'
import { tableBorder, cellMargin, tableLayout } from '../blocks/table.ts'
import { Style } from '../style-map.ts'
import { paragraphXml } from './paragraph-xml.ts'
import { runsXml } from './runs-xml.ts'
import { DirectWriterRefusal, type WriterState } from './writer-state.ts'

const b = tableBorder
const borderXml = (side: string) => `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(borderXml).join('')}</w:tblBorders>`
const m = cellMargin
const MARGINS = `<w:tcMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tcMar>`
const HEADER_SHADING = '<w:shd w:fill="E7ECF4" w:color="auto" w:val="clear"/>'

export function tableXml(node: Table, context: BuildContext, state: WriterState): string {
  const layout = tableLayout(node, context)
  const { widths, columns } = layout
  if (node.rows.length === 0 || columns < 1 || widths.some((w) => !Number.isInteger(w) || w < 0)) throw new DirectWriterRefusal('a table without rows, columns or proper widths')
  const total = widths.reduce((a, c) => a + c, 0)
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>`
  xml += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  node.rows.forEach((row, r) => {
    const { isHeader, keepNext, short, tall } = layout.row(r)
    let trPr = short ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'
    if (isHeader) trPr += '<w:tblHeader/>'
    if (tall !== undefined) trPr += `<w:trHeight w:val="${tall}" w:hRule="atLeast"/>`
    xml += `<w:tr><w:trPr>${trPr}</w:trPr>`
    for (let c = 0; c < columns; c++) {
      const runs = runsXml(row.cells[c]?.children ?? [], isHeader ? { bold: true } : {}, state)
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[c]}"/>${isHeader ? HEADER_SHADING : ''}${MARGINS}</w:tcPr>`
      xml += `${paragraphXml({ style: Style.table, keepNext }, runs)}</w:tc>`
    }
    xml += '</w:tr>'
  })
  return `${xml}</w:tbl>`
}
