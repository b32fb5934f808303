/**
 * Walking the model: every block, depth first, in document order, with a callback per node.
 */
import type { Block, Inline } from './types.ts'

export function visitBlocks(blocks: readonly Block[], fn: (block: Block) => void): void {
  for (const block of blocks) {
    fn(block)
    switch (block.type) {
      case 'section': visitBlocks(block.children, fn); break
      case 'list': for (const item of block.items) visitBlocks(item.children, fn); break
      default: break
    }
  }
}

/** Every inline node, including those in titles, list items and table cells. */
export function visitInlines(blocks: readonly Block[], fn: (inline: Inline) => void): void {
  const walk = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      fn(inline)
      if (inline.type === 'strong' || inline.type === 'emphasis' || inline.type === 'link') walk(inline.children)
    }
  }
  visitBlocks(blocks, (block) => {
    switch (block.type) {
      case 'heading': case 'paragraph': walk(block.children); break
      case 'section': walk(block.title); break
      case 'table': for (const row of block.rows) for (const cell of row.cells) walk(cell.children); break
      default: break
    }
  })
}
