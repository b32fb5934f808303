/**
 * Lists as paragraphs with a literal label and a hanging indent: leden "7.1", letters "(a)",
 * numbers "1." and bullets "•". The label of a referable lid is bookmarked. Nested lists indent
 * one step further. Flow marks (flow.ts) keep a lead-in with what follows it and give space after a table.
 */
import { Bookmark, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx'
import type { List, ListItem } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import { cm, listIndent, Style } from '../style-map.ts'
import type { BuildContext } from '../build-context.ts'
import type { BuildBlocks } from './types.ts'
import { markFlow } from '../flow.ts'
import { flowOptions } from './paragraph.ts'
import { itemLabel } from '../../model/labels.ts'

const styleOf = { subsections: Style.subsection, letters: Style.letter, numbers: Style.number, bullets: Style.bullet } as const

export function buildList(node: List, depth: number, context: BuildContext, buildBlocks: BuildBlocks): FileChild[] {
  // Nested lists that are not leden or letters (bullets in a lid, say) indent below their parent.
  const extra = depth > 0 && (node.kind === 'bullets' || node.kind === 'numbers') ? cm(1 + depth) : 0
  const indent = extra ? { left: extra + cm(0.75), hanging: cm(0.75) } : undefined
  return node.items.flatMap((item) => {
    markFlow(item.children, context) // a lid ending in ":" stays with its letters
    const text = new TextRun(itemLabel(node, item))
    const marker: ParagraphChild = item.bookmark ? new Bookmark({ id: item.bookmark, children: [text] }) : text
    const [first, ...rest] = item.children
    const lead = first?.type === 'paragraph' ? buildInlines(first.children) : []
    const paragraph = new Paragraph({
      style: styleOf[node.kind],
      ...(indent ? { indent } : {}),
      ...(first?.type === 'paragraph' ? flowOptions(first, context) : {}),
      children: [marker, new TextRun({ children: ['\t'] }), ...lead],
    })
    const following = first?.type === 'paragraph' ? rest : item.children
    return [paragraph, ...continuation(following, node, depth, context, buildBlocks, indent)]
  })
}

/** Further paragraphs of an item align with its text; nested lists go one level deeper. */
function continuation(blocks: ListItem['children'], list: List, depth: number, context: BuildContext, buildBlocks: BuildBlocks, indent?: { left: number }): FileChild[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') {
      return [new Paragraph({ style: styleOf[list.kind], indent: { left: indent?.left ?? cm(listIndent[list.kind].left), hanging: 0 }, ...flowOptions(block, context), children: buildInlines(block.children) })]
    }
    return buildBlocks([block], depth + 1, context)
  })
}
