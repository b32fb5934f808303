/**
 * Model blocks → the body XML of `word/document.xml`, byte for byte what docx writes for the paragraphs and tables that
 * build-blocks.ts and blocks/ build (they stay the builder of record; test/docx/direct/ compares both on every document
 * of every fixture). The same flow marks (flow.ts), labels (model/labels.ts), styles (style-map.ts), article tab stop
 * and table layout are used, so the two cannot drift apart in what they decide, only in how they spell it.
 */
import { assertNever, type Block, type List, type ListItem, type Section } from '../../model/types.ts'
import { itemLabel } from '../../model/labels.ts'
import type { BuildContext } from '../build-context.ts'
import { markFlow } from '../flow.ts'
import { spaceAfterTable } from '../blocks/paragraph.ts'
import { cm, listIndent, Style } from '../style-map.ts'
import { paragraphXml, type ParagraphProps } from './paragraph-xml.ts'
import { plainRunXml, runsXml } from './runs-xml.ts'
import { tableXml } from './table-xml.ts'
import type { WriterState } from './writer-state.ts'
import { escapeXml } from './xml.ts'

const headingStyles = { 1: Style.title, 2: Style.heading, 3: Style.subheading, 4: Style.minorHeading } as const
const listStyles = { subsections: Style.subsection, letters: Style.letter, numbers: Style.number, bullets: Style.bullet } as const

/** `blocks` at list nesting depth `depth` (0 = not in a list), as build-blocks.ts builds them. */
export function blocksXml(blocks: readonly Block[], depth: number, context: BuildContext, state: WriterState): string {
  markFlow(blocks, context)
  let xml = ''
  blocks.forEach((block, i) => { xml += blockXml(block, depth, blocks[i - 1], context, state) })
  return xml
}

function blockXml(node: Block, depth: number, previous: Block | undefined, context: BuildContext, state: WriterState): string {
  switch (node.type) {
    case 'heading': return paragraphXml({ style: headingStyles[node.depth] }, runsXml(node.children, {}, state))
    case 'paragraph': {
      const style = previous?.type === 'heading' && previous.depth === 1 ? Style.subtitle : Style.normal
      return paragraphXml({ style, ...flow(node, context) }, runsXml(node.children, {}, state))
    }
    case 'list': return listXml(node, depth, context, state)
    case 'table': return tableXml(node, context, state)
    case 'section': return sectionXml(node, context, state)
    case 'pageBreak': return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    default: return assertNever(node)
  }
}

/** blocks/paragraph.ts's `flowOptions`: keep with next, space above after a table. */
function flow(node: Block, context: BuildContext): Pick<ParagraphProps, 'keepNext' | 'spaceBefore'> {
  if (node.type !== 'paragraph') return {}
  return {
    ...(context.keepWithNext.has(node) ? { keepNext: true } : {}),
    ...(context.afterTable.has(node) ? { spaceBefore: spaceAfterTable } : {}),
  }
}

/** A label inside a bookmark (`w:bookmarkStart`, the run, `w:bookmarkEnd`), numbered in the order written. */
function bookmarked(name: string | undefined, run: string, state: WriterState): string {
  if (name === undefined || name === '') return run
  const id = ++state.bookmarks
  return `<w:bookmarkStart w:name="${escapeXml(name)}" w:id="${id}"/>${run}<w:bookmarkEnd w:id="${id}"/>`
}

function listXml(node: List, depth: number, context: BuildContext, state: WriterState): string {
  const extra = depth > 0 && (node.kind === 'bullets' || node.kind === 'numbers') ? cm(1 + depth) : 0
  const indent = extra ? { left: extra + cm(0.75), hanging: cm(0.75) } : undefined
  let xml = ''
  for (const item of node.items) {
    markFlow(item.children, context)
    const [first, ...rest] = item.children
    const marker = bookmarked(item.bookmark, plainRunXml(itemLabel(node, item)), state)
    const lead = first?.type === 'paragraph' ? runsXml(first.children, {}, state) : ''
    xml += paragraphXml({ style: listStyles[node.kind], ...(first ? flow(first, context) : {}), ...(indent ? { indent } : {}) }, marker + plainRunXml('\t') + lead)
    xml += continuationXml(first?.type === 'paragraph' ? rest : item.children, node, depth, context, state, indent)
  }
  return xml
}

function continuationXml(blocks: ListItem['children'], list: List, depth: number, context: BuildContext, state: WriterState, indent?: { left: number }): string {
  let xml = ''
  for (const block of blocks) {
    xml += block.type === 'paragraph'
      ? paragraphXml({ style: listStyles[list.kind], ...flow(block, context), indent: { left: indent?.left ?? cm(listIndent[list.kind].left), hanging: 0 } }, runsXml(block.children, {}, state))
      : blocksXml([block], depth + 1, context, state)
  }
  return xml
}

function sectionXml(node: Section, context: BuildContext, state: WriterState): string {
  const tab = context.articleTab
  const runs = plainRunXml('Artikel ') + bookmarked(node.bookmark, plainRunXml(node.number ?? ''), state) + plainRunXml('\t') + runsXml(node.title, {}, state)
  return paragraphXml({ style: Style.article, tab, indent: { left: tab, hanging: tab } }, runs) + blocksXml(node.children, 0, context, state)
}
