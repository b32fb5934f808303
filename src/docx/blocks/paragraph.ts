/**
 * A paragraph. Directly after the title it is the subtitle (the caller decides the style).
 */
import { Paragraph as WordParagraph } from 'docx'
import type { Paragraph } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import { Style } from '../style-map.ts'

export function buildParagraph(node: Paragraph, style: string = Style.normal): WordParagraph[] {
  return [new WordParagraph({ style, children: buildInlines(node.children) })]
}
