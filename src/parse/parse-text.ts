/**
 * Rendered Markdown → `DocModel`.
 *
 * CommonMark plus GFM tables (micromark), and two attribute forms in pandoc's style:
 * `## Titel {#id}` starts a numbered article, `## Titel {-}` is an unnumbered heading, and a list
 * item may start with `{#id}` to be referable. Attributes are only recognised when they are
 * really in the template (not escaped), so a dossier value can never create one. Anything the
 * model cannot represent (HTML, code, images, quotes, deep headings) is a located error, never
 * silently dropped. Positions are lines and columns in the rendered text (`--emit tekst`).
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import type * as Md from 'mdast'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { Block, DocMeta, DocModel, Inline, List, ListItem, ListKind, Position, Section, TableRow } from '../model/types.ts'

const headingAttribute = /\s*\{(#[a-z0-9]+(?:-[a-z0-9]+)*|-|\.unnumbered)\}\s*$/
const itemAttribute = /^\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*/

export function parseText(text: string, meta: DocMeta, file: string): { model: DocModel; problems: OogoError[] } {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
  const problems: OogoError[] = []
  const unsupported = (node: Md.Node, what: string) => {
    problems.push(oogoError(ErrorCode.unsupportedMarkdown, 'parse', `${what} wordt in documenten niet ondersteund.`,
      { file, line: node.position?.start.line, column: node.position?.start.column },
      'Bekijk de ingevulde tekst met --emit tekst; pas het sjabloon aan.'))
  }
  const raw = (node: Md.Node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)

  const inlines = (nodes: readonly Md.PhrasingContent[]): Inline[] => nodes.flatMap((node): Inline[] => {
    const position = toPosition(node)
    switch (node.type) {
      case 'text': return [{ type: 'text', value: node.value.replace(/\n/g, ' '), position }]
      case 'strong': return [{ type: 'strong', children: inlines(node.children), position }]
      case 'emphasis': return [{ type: 'emphasis', children: inlines(node.children), position }]
      case 'break': return [{ type: 'break', position }]
      case 'link':
        if (node.url.startsWith('#')) {
          return [{ type: 'ref', target: node.url.slice(1), ...(node.title ? { origin: node.title } : {}), position }]
        }
        return [{ type: 'link', url: node.url, children: inlines(node.children), position }]
      case 'inlineCode': unsupported(node, 'Code (`…`)'); return []
      case 'image': case 'imageReference': unsupported(node, 'Een afbeelding'); return []
      case 'html': unsupported(node, 'HTML'); return []
      case 'linkReference': return [{ type: 'text', value: raw(node), position }]
      default: unsupported(node, `Opmaak van het type ${node.type}`); return []
    }
  })

  const list = (node: Md.List, kind: ListKind): List => ({
    type: 'list',
    kind,
    items: node.children.map((item): ListItem => {
      const children = item.children.flatMap((child) => block(child, nestedKind(kind, child)))
      const out: ListItem = { type: 'listItem', children, position: toPosition(item) }
      const first = item.children[0]
      const attribute = first?.type === 'paragraph' ? itemAttribute.exec(raw(first)) : null
      if (attribute && children[0]?.type === 'paragraph') {
        out.id = attribute[1]!
        stripLeading(children[0].children, attribute[0])
      }
      return out
    }),
    position: toPosition(node),
  })

  const block = (node: Md.RootContent, listKind: ListKind): Block[] => {
    const position = toPosition(node)
    switch (node.type) {
      case 'paragraph': return [{ type: 'paragraph', children: inlines(node.children), position }]
      case 'list': return [list(node, node.ordered ? (listKind === 'bullets' ? 'numbers' : listKind) : listKind === 'subsections' || listKind === 'letters' ? listKind : 'bullets')]
      case 'table': return [{
        type: 'table',
        header: true,
        widths: columnWidths(raw(node)),
        rows: node.children.map((row): TableRow => ({
          type: 'tableRow',
          cells: row.children.map((cell) => ({ type: 'tableCell', children: inlines(cell.children), position: toPosition(cell) })),
          position: toPosition(row),
        })),
        position,
      }]
      case 'thematicBreak': return [{ type: 'pageBreak', position }]
      case 'heading': return [] // handled by the caller
      case 'html': unsupported(node, 'HTML'); return []
      case 'code': unsupported(node, 'Een codeblok (ingesprongen of tussen ```)'); return []
      case 'blockquote': unsupported(node, 'Een citaatblok (>)'); return []
      case 'definition': return []
      default: unsupported(node, `Een blok van het type ${node.type}`); return []
    }
  }

  const children: Block[] = []
  let section: Section | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = inlines(node.children)
      const attribute = headingAttribute.exec(raw(node))
      if (attribute && !/\\$/.test(raw(node).slice(0, attribute.index))) stripTrailing(title, attribute[0])
      const position = toPosition(node)
      if (node.depth === 2 && (!attribute || attribute[1]!.startsWith('#'))) {
        section = { type: 'section', title, children: [], position }
        if (attribute) section.id = attribute[1]!.slice(1)
        children.push(section)
        continue
      }
      if (node.depth > 3) { unsupported(node, `Een kop van niveau ${node.depth}`); continue }
      const heading: Block = { type: 'heading', depth: node.depth as 1 | 2 | 3, children: title, position }
      if (node.depth <= 2) { section = undefined; children.push(heading) } else (section?.children ?? children).push(heading)
      continue
    }
    const blocks = block(node, section ? 'subsections' : 'bullets')
    ;(section ? section.children : children).push(...blocks)
  }
  return { model: { type: 'document', meta, children }, problems }
}

/**
 * Relative widths from the delimiter row: `|------|---|` gives 2/3 and 1/3 (pandoc's rule for
 * pipe tables), so template editors set column widths without a table editor.
 */
function columnWidths(source: string): number[] {
  const delimiter = source.split('\n')[1] ?? ''
  const dashes = delimiter.trim().replace(/^\||\|$/g, '').split('|').map((cell) => Math.max(1, (cell.match(/-/g) ?? []).length))
  const total = dashes.reduce((a, b) => a + b, 0)
  return dashes.map((d) => Math.round((d / total) * 1000) / 1000)
}

/** The kind of a list nested in an item of a list of `parent` kind. */
function nestedKind(parent: ListKind, _child: Md.Node): ListKind {
  return parent === 'subsections' ? 'letters' : parent === 'letters' ? 'bullets' : 'bullets'
}

function toPosition(node: Md.Node): Position | undefined {
  const p = node.position
  return p ? { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } } : undefined
}

/** Removes `suffix` (an attribute) from the end of the inline content. */
function stripTrailing(content: Inline[], suffix: string): void {
  const last = content.at(-1)
  if (last?.type !== 'text') return
  const trimmed = suffix.trim()
  const at = last.value.lastIndexOf(trimmed)
  if (at >= 0) last.value = last.value.slice(0, at).trimEnd()
  if (last.value === '') content.pop()
}

/** Removes `prefix` (an attribute) from the start of the inline content. */
function stripLeading(content: Inline[], prefix: string): void {
  const first = content[0]
  if (first?.type !== 'text') return
  const trimmed = prefix.trim()
  if (first.value.startsWith(trimmed)) first.value = first.value.slice(trimmed.length).trimStart()
  if (first.value === '') content.shift()
}
