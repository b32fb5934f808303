/**
 * Header and footer of every page: the kenmerk at the top right, "Pagina X van Y" at the bottom.
 * Page fields are `<w:fldSimple w:instr="PAGE">` with a cached "1": docx's own PageNumber fields
 * have no cached result, which makes Word offer to repair the file (TECH-NOTES §6).
 * In draft mode every page also carries a diagonal CONCEPT watermark and "CONCEPT" in the header.
 */
import { AlignmentType, Footer, Header, Paragraph, SimpleField, TextRun } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { DocMeta } from '../model/types.ts'
import { Style } from './style-map.ts'

export function buildHeader(meta: DocMeta): Header {
  const children: Paragraph[] = []
  if (meta.draft) {
    children.push(new Paragraph({
      style: Style.header,
      alignment: AlignmentType.LEFT,
      children: [new TextWatermark({ text: 'CONCEPT', color: 'C0C0C0', opacity: 0.4 }), new TextRun({ text: 'CONCEPT', bold: true, color: 'C00000' })],
    }))
  }
  children.push(new Paragraph({ style: Style.header, alignment: AlignmentType.RIGHT, children: [new TextRun(`Kenmerk: ${meta.reference}`)] }))
  return new Header({ children })
}

export function buildFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: Style.footer,
      alignment: AlignmentType.CENTER,
      children: [new TextRun('Pagina '), new SimpleField('PAGE', '1'), new TextRun(' van '), new SimpleField('NUMPAGES', '1')],
    })],
  })
}
