/**
 * The flow between blocks that no block sees by itself, marked in the build context before a sequence is built:
 *
 * - a lead-in stays on the page of what it leads in: a paragraph ending in ":" (before a list, a table or a quoted
 *   paragraph) and any paragraph directly before a table ("Aldus overeengekomen …" before the signatures);
 * - a closing stays together: from the last paragraph before a closing formula ("Met vriendelijke groet,",
 *   "Hoogachtend,", "Aldus overeengekomen …", "Aldus besloten …") to the signature lines after it;
 * - a paragraph directly after a table gets space above it.
 *
 * A table's own rows stay whole (table.ts); a table marked here keeps its last row with what follows.
 */
import type { Block, Inline, Paragraph } from '../model/types.ts'
import type { BuildContext } from './build-context.ts'

const closingFormula = /^(Met vriendelijke groet|Met vriendelijke groeten|Hoogachtend|Aldus (overeengekomen|besloten|vastgesteld))\b/

export function markFlow(blocks: readonly Block[], context: BuildContext): void {
  const closing = blocks.findIndex((b) => b.type === 'paragraph' && closingFormula.test(plainText(b.children).trim()))
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]
    const previous = blocks[i - 1]
    if (previous?.type === 'table') {
      const first = firstParagraph(block)
      if (first) context.afterTable.add(first)
    }
    if (next === undefined) return
    const leadIn = block.type === 'paragraph' && (next.type === 'table' || endsWithColon(block.children))
    const inClosing = closing >= 0 && i >= closing - 1
    if (leadIn || inClosing) context.keepWithNext.add(lastParagraph(block) ?? block)
  })
}

/** The text of inlines as a reader sees it. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text': return inline.value
      case 'strong': case 'emphasis': case 'link': return plainText(inline.children)
      case 'ref': return inline.text ?? ''
      case 'break': return '\n'
    }
  }).join('')
}

export const endsWithColon = (inlines: readonly Inline[]) => plainText(inlines).trimEnd().endsWith(':')

/** The paragraph a block starts with, if it starts with one. */
function firstParagraph(block: Block): Paragraph | undefined {
  if (block.type === 'paragraph') return block
  if (block.type === 'list') {
    const first = block.items[0]?.children[0]
    return first?.type === 'paragraph' ? first : undefined
  }
  return undefined
}

/** The block's last paragraph (deepest, in a list), or the block itself when it ends in a table or is a heading. */
function lastParagraph(block: Block): Paragraph | Block | undefined {
  switch (block.type) {
    case 'paragraph': case 'table': case 'heading': return block
    case 'list': {
      const last = block.items.at(-1)?.children.at(-1)
      return last === undefined ? undefined : lastParagraph(last)
    }
    case 'section': {
      const last = block.children.at(-1)
      return last === undefined ? undefined : lastParagraph(last)
    }
    case 'pageBreak': return undefined
  }
}
