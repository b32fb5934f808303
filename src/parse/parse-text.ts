/**
 * Rendered Markdown → `DocModel`.
 *
 * CommonMark plus GFM tables (markdown-it: about twenty times faster than micromark on our
 * contracts, which matters in batches), and two attribute forms in pandoc's style:
 * `## Titel {#id}` starts a numbered article, `## Titel {-}` is an unnumbered heading, and a list
 * item may start with `{#id}` to be referable. Attributes are only recognised when they are
 * really in the template text (not escaped), so a dossier value can never create one. Anything the
 * model cannot represent (HTML, code, images, quotes, headings deeper than `####`), indentation that made a line part
 * of the list item above it, and a table row with the wrong number of cells are located errors, never
 * silently dropped or filled: the rules `oogo sjablonen controleer` applies to each template's skeleton
 * (template-check/markdown-skeleton-rules.ts), here on the filled-in text. Positions are lines in the
 * rendered text (`--emit tekst`; assemble maps faults to the template); markdown-it keeps no columns, so
 * a block's position is its first line, column 1.
 */
import type Token from 'markdown-it/lib/token.mjs'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { markdown, maxHeadingDepth, structureFindings, type StructureKind } from '../template-check/markdown-skeleton-rules.ts'
import { headingAttribute, itemAnchor } from '../model/anchors.ts'
import type { Block, DocMeta, DocModel, Inline, List, ListItem, ListKind, Position, Section, TableRow } from '../model/types.ts'

const codes: Record<StructureKind, OogoError['code']> = {
  unsupported: ErrorCode.unsupportedMarkdown,
  indentation: ErrorCode.indentation,
  'table-cells': ErrorCode.tableCells,
}

export function parseText(text: string, meta: DocMeta, file: string): { model: DocModel; problems: OogoError[] } {
  const tokens = markdown.parse(text, {})
  const lines = text.split('\n')
  const problems: OogoError[] = structureFindings(tokens, lines).map((f) =>
    oogoError(codes[f.kind], 'parse', f.message, { file, line: f.line + 1, column: f.column + 1 }, f.suggestion, f.severity))
  let at = 0 // the cursor into `tokens`

  const position = (token: Token): Position | undefined =>
    token.map ? { start: { line: token.map[0] + 1, column: 1 }, end: { line: token.map[1], column: (lines[token.map[1] - 1]?.length ?? 0) + 1 } } : undefined

  /** Inline children → inline nodes (markdown-it's inline tokens are flat: *_open … *_close). */
  const inlines = (parent: Token): Inline[] => {
    const children = parent.children ?? []
    let i = 0
    const until = (close?: string): Inline[] => {
      const out: Inline[] = []
      while (i < children.length) {
        const token = children[i++]!
        switch (token.type) {
          case close: return out
          case 'text': case 'text_special': out.push({ type: 'text', value: token.content }); break
          case 'softbreak': out.push({ type: 'text', value: ' ' }); break
          case 'hardbreak': out.push({ type: 'break' }); break
          case 'strong_open': out.push({ type: 'strong', children: until('strong_close') }); break
          case 'em_open': out.push({ type: 'emphasis', children: until('em_close') }); break
          case 'link_open': {
            const href = token.attrGet('href') ?? ''
            const title = token.attrGet('title')
            const content = until('link_close')
            if (href.startsWith('#')) out.push({ type: 'ref', target: href.slice(1), ...(title ? { origin: title } : {}), position: position(parent) })
            else out.push({ type: 'link', url: href, children: content })
            break
          }
          default: break // code, an image, HTML: left out, and reported by structureFindings
        }
      }
      return out
    }
    return mergeText(until())
  }

  /**
   * Blocks up to the token of type `close`; at the top level (`close` undefined) up to the next
   * heading, which the caller turns into an article or heading. Lists inside get `kind`.
   */
  const blocks = (close: string | undefined, kind: ListKind): Block[] => {
    const out: Block[] = []
    while (at < tokens.length) {
      if (close === undefined && tokens[at]!.type === 'heading_open') return out
      const token = tokens[at++]!
      if (token.type === close) return out
      switch (token.type) {
        case 'paragraph_open': {
          out.push({ type: 'paragraph', children: inlines(tokens[at]!), position: position(token) })
          at += 2 // inline, paragraph_close
          break
        }
        case 'bullet_list_open': case 'ordered_list_open': {
          const ordered = token.type === 'ordered_list_open'
          const listKind: ListKind = kind === 'subsections' || kind === 'letters' ? kind : ordered ? 'numbers' : 'bullets'
          out.push(list(token, listKind))
          break
        }
        case 'table_open': out.push(table(token)); break
        case 'hr': out.push({ type: 'pageBreak', position: position(token) }); break
        // A heading in a list, HTML, code, a block quote: left out, and reported by structureFindings.
        case 'heading_open': skip('heading_close'); break
        case 'blockquote_open': skip('blockquote_close'); break
        default: break
      }
    }
    return out
  }

  const skip = (close: string) => { while (at < tokens.length && tokens[at++]!.type !== close) { /* skip */ } }

  const list = (open: Token, kind: ListKind): List => {
    const items: ListItem[] = []
    while (tokens[at]?.type === 'list_item_open') {
      const itemOpen = tokens[at++]!
      const children = blocks('list_item_close', nested(kind))
      const item: ListItem = { type: 'listItem', children, position: position(itemOpen) }
      const source = itemOpen.map ? lines[itemOpen.map[0]] ?? '' : ''
      const attribute = itemAnchor.exec(source)
      if (attribute && children[0]?.type === 'paragraph') {
        item.id = attribute[1]!
        stripLeading(children[0].children, `{#${attribute[1]}}`)
      }
      items.push(item)
    }
    at++ // the list's close token
    return { type: 'list', kind, items, position: position(open) }
  }

  const table = (open: Token): Block => {
    const rows: TableRow[] = []
    let row: TableRow | undefined
    while (at < tokens.length) {
      const token = tokens[at++]!
      if (token.type === 'table_close') break
      if (token.type === 'tr_open') rows.push(row = { type: 'tableRow', cells: [], position: position(token) })
      if ((token.type === 'th_open' || token.type === 'td_open') && row) {
        row.cells.push({ type: 'tableCell', children: inlines(tokens[at]!) })
      }
    }
    const delimiter = open.map ? lines[open.map[0] + 1] ?? '' : ''
    return { type: 'table', header: true, widths: columnWidths(delimiter), rows, position: position(open) }
  }

  const children: Block[] = []
  let section: Section | undefined
  while (at < tokens.length) {
    const token = tokens[at]!
    if (token.type !== 'heading_open') {
      const parsed = blocks(undefined, section ? 'subsections' : 'bullets')
      ;(section ? section.children : children).push(...parsed)
      continue
    }
    at++
    const depth = Number(token.tag.slice(1))
    const inline = tokens[at]!
    at += 2 // inline, heading_close
    const title = inlines(inline)
    const source = token.map ? lines.slice(token.map[0], token.map[1]).join(' ') : ''
    const attribute = headingAttribute.exec(source)
    if (attribute) stripTrailing(title, attribute[0])
    if (depth === 2 && (!attribute || attribute[1]!.startsWith('#'))) {
      section = { type: 'section', title, children: [], position: position(token) }
      if (attribute) section.id = attribute[1]!.slice(1)
      children.push(section)
      continue
    }
    if (depth > maxHeadingDepth) continue // reported by structureFindings
    const heading: Block = { type: 'heading', depth: depth as 1 | 2 | 3 | 4, children: title, position: position(token) }
    if (depth <= 2) { section = undefined; children.push(heading) } else (section?.children ?? children).push(heading)
  }
  return { model: { type: 'document', meta, children }, problems }
}

/** The kind of a list nested in an item of a list of `parent` kind: leden hold letters. */
function nested(parent: ListKind): ListKind {
  return parent === 'subsections' ? 'letters' : 'bullets'
}

/**
 * Relative widths from the delimiter row: `|------|---|` gives 2/3 and 1/3 (pandoc's rule for
 * pipe tables), so template editors set column widths without a table editor.
 */
function columnWidths(delimiter: string): number[] {
  const dashes = delimiter.trim().replace(/^\||\|$/g, '').split('|').map((cell) => Math.max(1, (cell.match(/-/g) ?? []).length))
  const total = dashes.reduce((a, b) => a + b, 0)
  return dashes.map((d) => Math.round((d / total) * 1000) / 1000)
}

/** Adjacent text nodes as one (markdown-it splits text at every escape). */
function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const inline of inlines) {
    const last = out.at(-1)
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value
    else out.push(inline)
  }
  return out
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
  if (first.value.startsWith(prefix)) first.value = first.value.slice(prefix.length).trimStart()
  if (first.value === '') content.shift()
}
