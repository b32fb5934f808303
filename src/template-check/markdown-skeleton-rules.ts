/**
 * What the document model cannot hold, or what Markdown would silently turn into something the author did not
 * write: one set of rules over markdown-it's tokens, used twice. `oogo sjablonen controleer` runs it over a
 * template's skeleton (markdown-skeleton.ts: the template with its Handlebars tags neutralised), and parse/ runs it
 * over the filled-in text of every document; so what genereer refuses, the static check has reported first.
 *
 * - raw HTML, code (indented four spaces, between ``` or between backticks), images, block quotes, headings deeper
 *   than `####` or inside a list: the model has no place for them;
 * - a second paragraph of a list item that is not aligned with the item's text: "Komen het volgende overeen:"
 *   indented four spaces after the last bullet becomes part of that bullet (an error);
 * - a line that continues a list item's paragraph without the item's indentation (CommonMark's "lazy continuation":
 *   a line without a blank line before it joins the bullet above; a warning, since it is often meant);
 * - a table row with more or fewer cells than the header (markdown-it drops the extra cells and fills missing ones
 *   silently), and a table whose delimiter row does not match its header (it is no table, but a paragraph of pipes).
 *
 * Lines and columns are 0-based in the text parsed; the callers turn them into places.
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { ownCopy, RecentMap } from '../model/recent-map.ts'

/** The one Markdown setup of oogo: CommonMark plus GFM tables (parse/ builds its model from the same tokens). */
export const markdown = new MarkdownIt('commonmark').enable('table')

/**
 * markdown-it's first step writes every line ending as `\n` and every NUL as U+FFFD, with two replacements that copy
 * the whole text even when it has neither (every `\n` is replaced by itself): some 110 kB for the sample's
 * overeenkomst. The same step, on a copy only when there is a `\r` or a NUL to replace.
 */
markdown.core.ruler.at('normalize', (state) => {
  if (/[\r\0]/.test(state.src)) state.src = state.src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')
})

/**
 * The inline tokens of a paragraph, heading or table cell, by its text. Most paragraphs of a document are the same text
 * in every document of a template (the articles, the fixed sentences), and parsing their inline markup was two fifths
 * of markdown-it's time (0.35 → 0.21 ms for the overeenkomst): each distinct text is parsed once. The tokens are shared
 * between the parses, so no one may change them: oogo only reads them (parse/, structureFindings), and markdown-it's
 * one rule after this one, text_join, changes a list of tokens only the first time (it joins neighbouring texts; a
 * joined list has none left). Inline parsing depends on nothing but the text and, for `[tekst][label]`, the link
 * definitions of the document: a document with any is parsed as markdown-it parses it. Only a text met a second time is
 * kept (a sentence with a name or date of one dossier never is), the recently used ones (the 26 documents of the
 * sample have 499 distinct texts); a text noted or kept is a copy of its own, parsed from that copy, since the text a
 * block token holds is a slice of the whole document and would keep it alive (a batch worker grew by 8 MB of
 * rendered documents over 300 dossiers that way). So a batch worker keeps the templates' fixed texts, not every
 * sentence of every dossier it made.
 */
const inlineTokens = new RecentMap<Token[]>(1_000)
/** Texts met once, the recently met ones. */
const seenTexts = new RecentMap<true>(4_000)
markdown.core.ruler.at('inline', (state) => {
  const references = state.env?.references
  const shared = references === undefined || Object.keys(references).length === 0
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue
    const text = token.content
    const known = shared ? inlineTokens.get(text) : undefined
    if (known) {
      token.children = known
      continue
    }
    const kept = shared && seenTexts.has(text)
    const children: Token[] = []
    state.md.inline.parse(kept ? ownCopy(text) : text, state.md, state.env, children)
    token.children = children
    if (kept) inlineTokens.set(text, children)
    else if (shared) seenTexts.set(text, true)
  }
})

/** The deepest heading a document holds: `####` (Word's "Kop 3"). */
export const maxHeadingDepth = 4

export type StructureKind = 'unsupported' | 'indentation' | 'table-cells'

export interface StructureFinding {
  kind: StructureKind
  severity: 'error' | 'warning'
  /** 0-based, in the text parsed. */
  line: number
  column: number
  /** Dutch. */
  message: string
  suggestion: string
}

const noMarkup = 'Schrijf gewone tekst; opmaak gaat met Markdown (`**vet**`, `*cursief*`, `## Kop`, `1. lid`).'
const supportedInline = new Set(['text', 'text_special', 'softbreak', 'hardbreak', 'strong_open', 'strong_close', 'em_open', 'em_close', 'link_open', 'link_close'])
const unsupportedInline: Record<string, { what: string; needle: string; suggestion: string }> = {
  code_inline: { what: 'Code tussen backticks (`…`)', needle: '`', suggestion: 'Haal de backticks (`) weg, of zet er een \\ voor als u het teken zelf bedoelt.' },
  image: { what: 'Een afbeelding (`![…](…)`)', needle: '![', suggestion: 'Een logo komt uit de huisstijl (`--huisstijl`); haal de afbeelding uit het sjabloon.' },
  html_inline: { what: 'HTML', needle: '<', suggestion: `${noMarkup} Bedoelt u het teken < zelf, zet er dan een \\ voor.` },
}

/** The leading white space of `line`, in columns (a tab to the next multiple of four, as CommonMark counts). */
export function indentation(line: string): number {
  let width = 0
  for (const c of line) {
    if (c === ' ') width++
    else if (c === '\t') width += 4 - (width % 4)
    else break
  }
  return width
}

/** The column where the text of the list item starting on `line` begins (`- tekst`: 2, `1. tekst`: 3). */
function contentColumn(line: string): number {
  const match = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]*)/.exec(line)
  if (!match) return indentation(line)
  const before = indentation(match[1]!) + match[2]!.length
  const gap = indentation(' '.repeat(before) + match[3]!) - before
  // More than four spaces after the marker: the text is indented code, and the item's text starts one space in.
  return gap === 0 || gap > 4 ? before + 1 : before + gap
}

/** The cells of a table row as GFM counts them: split at pipes not escaped, an outer pipe on either side optional. */
export function tableCells(line: string): number {
  const text = line.trim()
  const cells: string[] = ['']
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && i + 1 < text.length) { cells[cells.length - 1] += c + text[++i]; continue }
    if (c === '|') cells.push('')
    else cells[cells.length - 1] += c
  }
  if (text.startsWith('|')) cells.shift()
  if (text.endsWith('|') && !text.endsWith('\\|') && cells.length > 0) cells.pop()
  return cells.length
}

const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/**
 * Every finding in `tokens` (markdown-it's, of `text` split into `lines`), in the order of the text. `joinsAbove`
 * says whether a line meets the line above it in every text (a template's skeleton: not when a block tag is
 * between them); a lazy continuation is only reported where it does.
 */
export function structureFindings(tokens: readonly Token[], lines: readonly string[], joinsAbove: (line: number) => boolean = () => true): StructureFinding[] {
  const findings: StructureFinding[] = []
  const add = (kind: StructureKind, line: number, column: number, message: string, suggestion: string, severity: 'error' | 'warning' = 'error') =>
    findings.push({ kind, severity, line, column, message, suggestion })
  const firstText = (line: number) => indentation(lines[line] ?? '')
  const unsupported = (token: Token, what: string, suggestion: string) =>
    add('unsupported', token.map?.[0] ?? 0, firstText(token.map?.[0] ?? 0), `${what} wordt in documenten niet ondersteund.`, suggestion)

  /** Open list items: where their text starts, and how many blocks they hold so far. */
  const items: { level: number; column: number; blocks: number }[] = []
  let quoteDepth = 0
  let headerCells = 0
  let tableBody = false
  for (const token of tokens) {
    const item = items.at(-1)
    const inItem = item !== undefined && token.level === item.level + 1
    if (inItem && token.nesting !== -1 && token.type !== 'inline' && token.block) item.blocks++
    switch (token.type) {
      case 'list_item_open':
        items.push({ level: token.level, column: contentColumn(lines[token.map?.[0] ?? 0] ?? ''), blocks: 0 })
        break
      case 'list_item_close': items.pop(); break
      case 'blockquote_open':
        if (quoteDepth++ === 0) unsupported(token, 'Een citaatblok (`>`)', 'Haal het teken > aan het begin van de regel weg, of zet er een \\ voor.')
        break
      case 'blockquote_close': quoteDepth--; break
      case 'html_block': unsupported(token, 'HTML', noMarkup); break
      case 'fence': unsupported(token, 'Een codeblok tussen ```', 'Haal de regels met ``` weg; gewone tekst staat zonder omlijsting in het sjabloon.'); break
      case 'code_block': {
        const line = token.map?.[0] ?? 0
        const what = item ? 'Een regel die vier spaties verder inspringt dan de tekst van het lid of opsommingsteken erboven,' : 'Een regel die vier spaties of meer inspringt,'
        add('unsupported', line, firstText(line), `${what} wordt in Markdown een codeblok, en dat wordt in documenten niet ondersteund.`,
          item ? `Laat de regel even ver inspringen als de tekst erboven (${item.column} spaties), of haal de inspringing weg als hij niet bij dat onderdeel hoort.`
            : 'Haal de inspringing weg: alleen de tekst van een lid of opsomming springt in, even ver als de tekst na het nummer of streepje.')
        break
      }
      case 'heading_open': {
        const depth = Number(token.tag.slice(1))
        if (items.length > 0) {
          const at = locate(lines, token.map, '#')
          add('unsupported', at.line, at.column, 'Een kop binnen een lijst wordt in documenten niet ondersteund.', 'Laat een lege regel voor de kop en begin hem aan het begin van de regel.')
        }
        else if (depth > maxHeadingDepth) {
          unsupported(token, `Een kop van niveau ${depth} (\`${'#'.repeat(depth)}\`)`,
            'Er zijn drie niveaus van koppen onder de titel: `##` voor een artikel of kop, `###` voor een tussenkop en `####` voor een kop daaronder. Gebruik `####`, of maak van de kop gewone tekst.')
        }
        break
      }
      case 'paragraph_open': {
        if (!token.map) break
        const [start, end] = token.map
        if (inItem && item.blocks > 1 && quoteDepth === 0 && firstText(start) !== item.column) {
          add('indentation', start, firstText(start),
            `Deze alinea springt ${firstText(start)} ${firstText(start) === 1 ? 'spatie' : 'spaties'} in en hoort daardoor bij het lid of opsommingsteken erboven, waarvan de tekst op ${item.column} ${item.column === 1 ? 'spatie' : 'spaties'} begint.`,
            `Hoort de alinea bij dat onderdeel, laat hem dan precies ${item.column} spaties inspringen; zo niet, haal de inspringing weg.`)
        }
        if (inItem && quoteDepth === 0) {
          for (let line = start + 1; line < end; line++) {
            if ((lines[line] ?? '').trim() === '' || firstText(line) >= item.column || !joinsAbove(line)) continue
            add('indentation', line, firstText(line),
              'Deze regel staat direct onder een lid of opsommingsteken zonder lege regel ertussen, en wordt daardoor een deel van dat onderdeel, hoewel hij minder ver inspringt.',
              `Hoort de regel bij dat onderdeel, laat hem dan ${item.column} spaties inspringen; zo niet, zet er een lege regel voor.`, 'warning')
          }
        }
        if (end - start >= 2 && (lines[start] ?? '').includes('|') && delimiterRow.test(lines[start + 1] ?? '') && (lines[start + 1] ?? '').includes('-')) {
          const header = tableCells(lines[start]!)
          const delimiter = tableCells(lines[start + 1]!)
          add('table-cells', start, firstText(start),
            `Deze tabel wordt niet herkend: de kopregel heeft ${header} ${header === 1 ? 'cel' : 'cellen'}, de regel met streepjes eronder ${delimiter}; de regels worden gewone tekst met streepjes.`,
            'Geef de regel met streepjes evenveel cellen als de kopregel (`|---|---|` voor twee kolommen).')
        }
        break
      }
      case 'table_open': headerCells = tableCells(lines[token.map?.[0] ?? 0] ?? ''); break
      case 'tbody_open': tableBody = true; break
      case 'tbody_close': tableBody = false; break
      case 'tr_open': {
        if (!token.map || !tableBody) break
        const line = token.map[0]
        const cells = tableCells(lines[line] ?? '')
        if (cells === headerCells) break
        add('table-cells', line, firstText(line),
          `Deze tabelrij heeft ${cells} ${cells === 1 ? 'cel' : 'cellen'}, de kopregel ${headerCells}; ${cells < headerCells ? 'de ontbrekende cellen worden stil leeg gelaten' : 'de cellen te veel vallen stil weg'}.`,
          `Geef elke rij ${headerCells} cellen, gescheiden door |; een lege cel schrijft u als \`| |\`. Bedoelt u een | in de tekst, zet er dan een \\ voor.`)
        break
      }
      case 'inline': {
        if (quoteDepth > 0 || !token.children) break
        const reported = new Set<string>()
        for (const child of token.children) {
          if (supportedInline.has(child.type)) continue
          const known = unsupportedInline[child.type]
          if (reported.has(child.type)) continue
          reported.add(child.type)
          const at = locate(lines, token.map, known?.needle ?? '')
          add('unsupported', at.line, at.column, `${known?.what ?? `Opmaak van het type ${child.type}`} wordt in documenten niet ondersteund.`, known?.suggestion ?? noMarkup)
        }
        break
      }
    }
  }
  return findings
}

/** The first place of `needle` in the lines `map` covers; else the start of the block. */
function locate(lines: readonly string[], map: [number, number] | null, needle: string): { line: number; column: number } {
  const [start, end] = map ?? [0, 1]
  for (let line = start; line < end && needle; line++) {
    const column = (lines[line] ?? '').indexOf(needle)
    if (column >= 0) return { line, column }
  }
  return { line: start, column: indentation(lines[start] ?? '') }
}
