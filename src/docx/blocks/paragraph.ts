/**
 * A paragraph. Directly after the title it is the subtitle (the caller decides the style). The flow marks of the
 * context (flow.ts) add "keep with next" and the space above a paragraph that follows a table.
 */
import { Paragraph as WordParagraph } from 'docx'
import type { Paragraph } from '../../model/types.ts'
import type { BuildContext } from '../build-context.ts'
import { buildInlines } from '../inlines/index.ts'
import { Style } from '../style-map.ts'

export function buildParagraph(node: Paragraph, style: string = Style.normal, context?: BuildContext): WordParagraph[] {
  return [new WordParagraph({ style, ...flowOptions(node, context), children: buildInlines(node.children) })]
}

/** Space above a paragraph after a table (twips): as much as a heading gets, so a table ends visibly. */
export const spaceAfterTable = 240

/** The paragraph options the flow marks ask for: none, `keepNext`, space above, or both. */
export function flowOptions(node: Paragraph, context?: BuildContext): { keepNext?: true; spacing?: { before: number } } {
  return {
    ...(context?.keepWithNext.has(node) ? { keepNext: true as const } : {}),
    ...(context?.afterTable.has(node) ? { spacing: { before: spaceAfterTable } } : {}),
  }
}
