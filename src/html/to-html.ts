/**
 * The document model as HTML, the way Word lays it out: the kenmerk (and CONCEPT) at the top, the title and subtitle,
 * articles as "Artikel 3  Titel" headings, leden and letters with their labels in a hanging column, tables with a
 * shaded header row, and cross-references as their resolved number, a link to the article or lid they name.
 *
 * Only the element structure and class names are decided here; how it looks is page-style.ts. All text is escaped.
 *
 * @example
 *   documentHtml(model) // '<header class="paginakop">…</header><h1 class="titel">Overeenkomst OOGO jeugd</h1>…'
 */
import { assertNever, type Block, type DocModel, type Inline, type List, type Table } from '../model/types.ts'
import { escapeHtml } from './escape.ts'
import { articleLabel, itemLabel } from '../model/labels.ts'

export function documentHtml(model: DocModel): string {
  const top = [
    model.meta.draft ? '<span class="concept">CONCEPT</span>' : '',
    `<span class="kenmerk">Kenmerk: ${escapeHtml(model.meta.reference)}</span>`,
  ].join('')
  const watermark = model.meta.draft ? '<div class="watermerk" aria-hidden="true">CONCEPT</div>' : ''
  return `${watermark}<header class="paginakop">${top}</header>\n${blocksHtml(model.children, 0)}`
}

export function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map((inline): string => {
    switch (inline.type) {
      case 'text': return escapeHtml(inline.value)
      case 'strong': return `<strong>${inlinesHtml(inline.children)}</strong>`
      case 'emphasis': return `<em>${inlinesHtml(inline.children)}</em>`
      case 'break': return '<br>'
      case 'link': {
        // Only the schemes a document links to; anything else is shown, not followed.
        const safe = /^(https?:|mailto:)/i.test(inline.url)
        const text = inline.children.length > 0 ? inlinesHtml(inline.children) : escapeHtml(inline.url)
        return safe ? `<a href="${escapeHtml(inline.url)}" rel="noreferrer noopener" target="_blank">${text}</a>` : text
      }
      case 'ref':
        return inline.text === undefined
          ? `<span class="verwijzing onopgelost">[${escapeHtml(inline.target)}]</span>`
          : `<a class="verwijzing" href="#${anchor(inline.target)}">${escapeHtml(inline.text)}</a>`
      default: return assertNever(inline)
    }
  }).join('')
}

function blocksHtml(blocks: readonly Block[], depth: number): string {
  return blocks.map((block, i) => blockHtml(block, depth, blocks[i - 1])).join('\n')
}

function blockHtml(block: Block, depth: number, previous: Block | undefined): string {
  switch (block.type) {
    case 'heading': {
      const tag = `h${block.depth}`
      const kind = headingClass[block.depth]
      return `<${tag} class="${kind}">${inlinesHtml(block.children)}</${tag}>`
    }
    case 'paragraph': {
      const subtitle = previous?.type === 'heading' && previous.depth === 1
      return `<p${subtitle ? ' class="ondertitel"' : ''}>${inlinesHtml(block.children)}</p>`
    }
    case 'section':
      return `<section class="artikel"${block.id ? ` id="${anchor(block.id)}"` : ''}>` +
        `<h2 class="kop artikelkop"><span class="nummer">${escapeHtml(articleLabel(block))}</span> <span class="titel-tekst">${inlinesHtml(block.title)}</span></h2>\n` +
        `${blocksHtml(block.children, depth)}</section>`
    case 'list': return listHtml(block, depth)
    case 'table': return tableHtml(block)
    case 'pageBreak': return '<hr class="pagina-einde" title="nieuwe pagina">'
    default: return assertNever(block)
  }
}

/** `#` the title, `##` a heading (as an article's), `###` a subheading, `####` the heading below that. */
const headingClass = { 1: 'titel', 2: 'kop', 3: 'subkop', 4: 'tussenkop' } as const

const listClass = { subsections: 'leden', letters: 'letters', numbers: 'nummering', bullets: 'opsomming' } as const

function listHtml(list: List, depth: number): string {
  const items = list.items.map((item) =>
    `<div class="item"${item.id ? ` id="${anchor(item.id)}"` : ''}><span class="label">${escapeHtml(itemLabel(list, item))}</span>` +
    `<div class="inhoud">${blocksHtml(item.children, depth + 1)}</div></div>`)
  return `<div class="lijst ${listClass[list.kind]}${depth > 0 ? ' genest' : ''}">\n${items.join('\n')}\n</div>`
}

function tableHtml(table: Table): string {
  const columns = Math.max(0, ...table.rows.map((row) => row.cells.length))
  const widths = Array.from({ length: columns }, (_, c) => table.widths[c] ?? 1 / Math.max(1, columns))
  const total = widths.reduce((a, b) => a + b, 0) || 1
  const cols = widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('')
  const rows = table.rows.map((row, r) => {
    const tag = table.header && r === 0 ? 'th' : 'td'
    const cells = Array.from({ length: columns }, (_, c) => `<${tag}>${inlinesHtml(row.cells[c]?.children ?? [])}</${tag}>`)
    return `<tr>${cells.join('')}</tr>`
  })
  const [head, ...body] = table.header ? rows : ['', ...rows]
  return `<table><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}<tbody>${body.join('')}</tbody></table>`
}

/** The HTML id of an article or lid: its template id, kept apart from the page's own ids. */
const anchor = (id: string) => `id-${escapeHtml(id)}`
