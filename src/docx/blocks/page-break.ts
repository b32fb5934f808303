/**
 * `***` in a template: the next block starts on a new page (`<w:br w:type="page"/>`).
 */
import { PageBreak, Paragraph } from 'docx'

export function buildPageBreak(): Paragraph[] {
  return [new Paragraph({ children: [new PageBreak()] })]
}
