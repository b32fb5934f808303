/**
 * Model blocks → docx paragraphs and tables, in order: each kind by its builder in blocks/. A paragraph directly after
 * the title is the subtitle.
 *
 * Before a sequence of blocks is built, the flow between them is marked in the context (flow.ts): which paragraph
 * stays on the page of what follows it, and which one follows a table.
 */
import type { FileChild } from 'docx'
import { assertNever, type Block } from '../model/types.ts'
import type { BuildContext } from './build-context.ts'
import { buildHeading } from './blocks/heading.ts'
import { buildList } from './blocks/list.ts'
import { buildPageBreak } from './blocks/page-break.ts'
import { buildParagraph } from './blocks/paragraph.ts'
import { buildSection } from './blocks/section.ts'
import { buildTable } from './blocks/table.ts'
import { markFlow } from './flow.ts'
import { Style } from './style-map.ts'

/** `blocks` at list nesting depth `depth` (0 = not in a list). */
export function buildBlocks(blocks: readonly Block[], depth: number, context: BuildContext): FileChild[] {
  markFlow(blocks, context)
  return blocks.flatMap((block, i) => buildBlock(block, depth, blocks[i - 1], context))
}

function buildBlock(node: Block, depth: number, previous: Block | undefined, context: BuildContext): FileChild[] {
  switch (node.type) {
    case 'heading': return buildHeading(node)
    case 'paragraph': return buildParagraph(node, previous?.type === 'heading' && previous.depth === 1 ? Style.subtitle : Style.normal, context)
    case 'list': return buildList(node, depth, context, buildBlocks)
    case 'table': return buildTable(node, context)
    case 'section': return buildSection(node, context, buildBlocks)
    case 'pageBreak': return buildPageBreak()
    default: return assertNever(node)
  }
}
