/**
 * Edits of a naar-word document "as Word would make them", on the XML of word/document.xml: text split over runs
 * with bookmarks and proofing marks between them, curly quotes typed into a tag, a paragraph added with Enter,
 * tracked changes. Test code only; oogo itself reads these documents with an XML parser.
 */
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'

/** The document with `edit` applied to the text of word/document.xml (or of another XML part). */
export function editDocumentXml(bytes: Uint8Array, edit: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const decoder = new TextDecoder()
  const parts = new Map<string, string | Uint8Array>([...unzipParts(bytes)].map(([name, part]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? decoder.decode(part) : part]))
  parts.set(part, edit(parts.get(part) as string))
  return zipParts(parts)
}

/** Replaces exactly one occurrence of `from` (fails when there is none or more than one). */
export function once(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from)
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${from}`)
  return xml.slice(0, at) + to + xml.slice(at + from.length)
}

/** Inserts `paragraph` after the paragraph that holds `marker`. */
export function afterParagraphWith(xml: string, marker: string, paragraph: string): string {
  const at = xml.indexOf(marker)
  if (at < 0) throw new Error(`no ${marker}`)
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
  return xml.slice(0, end) + paragraph + xml.slice(end)
}

/** A paragraph in one of oogo's styles (by id, as naar-word writes them), text in one run. */
export const paragraph = (styleId: string, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
