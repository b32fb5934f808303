/**
 * Every anchor (`{#id}` on an article or lid) is unique in the document; a duplicate would make
 * cross-references ambiguous.
 */
import { ErrorCode, oogoError } from '../errors.ts'
import { visitBlocks } from '../model/visit.ts'
import type { Position } from '../model/types.ts'
import type { Transform } from './types.ts'

export const uniqueIds: Transform = (model, context) => {
  const seen = new Map<string, Position | undefined>()
  const check = (id: string | undefined, position: Position | undefined) => {
    if (id === undefined) return
    if (seen.has(id)) {
      const first = seen.get(id)?.start.line
      context.report(oogoError(ErrorCode.duplicateAnchor, 'transform', `Het anker \`{#${id}}\` komt twee keer voor${first ? ` (eerder op regel ${first})` : ''}.`,
        { file: context.file, line: position?.start.line, column: position?.start.column }, 'Geef elk artikel en lid een eigen id.'))
    } else seen.set(id, position)
  }
  visitBlocks(model.children, (block) => {
    if (block.type === 'section') check(block.id, block.position)
    if (block.type === 'list') for (const item of block.items) check(item.id, item.position)
  })
  return model
}
