/**
 * Inline nodes → the runs docx writes for them (inlines/index.ts is the builder of record): bold and italics accumulate
 * through nesting (`<w:b/><w:bCs/>`, `<w:i/><w:iCs/>`), a non-breaking hyphen is `<w:noBreakHyphen/>` between the text
 * pieces, a line break is a run of its own, a cross-reference a `w:fldSimple` REF field with the cached number, a link
 * a `w:hyperlink` with only the plain runs of its text (as the builder keeps only its TextRuns).
 */
import { assertNever, type Inline } from '../../model/types.ts'
import type { RunStyle } from '../inlines/index.ts'
import { escapeXml } from './xml.ts'
import { DirectWriterRefusal, type WriterState } from './writer-state.ts'

const BOLD = '<w:b/><w:bCs/>'
const ITALICS = '<w:i/><w:iCs/>'

/** The runs of `inlines`; with `plainOnly` (inside a link) only what docx keeps there: text runs and line breaks. */
export function runsXml(inlines: readonly Inline[], style: RunStyle, state: WriterState, plainOnly = false): string {
  let xml = ''
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text': xml += textRunXml(inline.value, style); break
      case 'strong': xml += runsXml(inline.children, { ...style, bold: true }, state, plainOnly); break
      case 'emphasis': xml += runsXml(inline.children, { ...style, italics: true }, state, plainOnly); break
      case 'break': xml += '<w:r><w:br/></w:r>'; break
      case 'link': if (!plainOnly) xml += linkXml(inline.url, inline.children, style, state); break
      case 'ref':
        if (inline.text === undefined || inline.bookmark === undefined) throw new Error(`unresolved ref ${inline.target}`)
        if (!plainOnly) xml += `<w:fldSimple w:instr="${escapeXml(`REF ${inline.bookmark} \\h`)}"><w:r><w:t xml:space="preserve">${escapeXml(inline.text)}</w:t></w:r></w:fldSimple>`
        break
      default: assertNever(inline)
    }
  }
  return xml
}

/** The run properties docx writes for a style, or nothing. */
const runProperties = (style: RunStyle) => {
  const props = (style.bold ? BOLD : '') + (style.italics ? ITALICS : '')
  return props === '' ? '' : `<w:rPr>${props}</w:rPr>`
}

/** A plain run holding `text` as is (docx's `new TextRun({ children: [text] })`, the tab after a label). */
export const plainRunXml = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`

function textRunXml(value: string, style: RunStyle): string {
  if (!value.includes('\u2011')) return `<w:r>${runProperties(style)}<w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`
  const pieces = value.split('\u2011').flatMap((part, i) => (i === 0 ? [part] : ['<w:noBreakHyphen/>', part]))
    .map((piece) => (piece === '<w:noBreakHyphen/>' ? piece : piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
  return `<w:r>${runProperties(style)}${pieces.join('')}</w:r>`
}

// docx splits a fragment (up to 255 characters) off the address into `w:anchor`, as Word does.
const MAX_ANCHOR_LENGTH = 255

function linkXml(url: string, children: readonly Inline[], style: RunStyle, state: WriterState): string {
  const hash = url.indexOf('#')
  const fragment = url.length - hash - 1
  const split = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH
  const target = split ? url.slice(0, hash) : url
  const anchor = split ? url.slice(hash + 1) : undefined
  if (target === '') throw new DirectWriterRefusal('a link without an address')
  const id = state.nextLinkId(anchor !== undefined)
  state.links.push({ target, id, ...(anchor !== undefined ? { anchor } : {}) })
  const anchorAttribute = anchor === undefined ? '' : ` w:anchor="${escapeXml(anchor)}"`
  const runs = runsXml(children, style, state, true)
  return `<w:hyperlink w:history="1"${anchorAttribute} r:id="${escapeXml(id)}"${runs === '' ? '/>' : `>${runs}</w:hyperlink>`}`
}
