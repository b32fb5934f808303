/**
 * The XML docx writes for some block output: packed as the only content of a document (reproducibly, by pack/), and
 * read back as the children of `<w:body>` without the closing section properties.
 */
import { Document, type FileChild } from 'docx'
import { unzipParts } from '../../src/ooxml/zip.ts'
import { packDocx } from '../../src/pack/pack-docx.ts'

export async function bodyXml(children: readonly FileChild[]): Promise<string> {
  const bytes = await packDocx(new Document({ sections: [{ children: [...children] }] }), { date: '2026-01-01' })
  const xml = new TextDecoder().decode(unzipParts(bytes).get('word/document.xml'))
  const body = /<w:body>([\s\S]*?)<w:sectPr\b/.exec(xml)
  if (!body) throw new Error('no <w:body> in word/document.xml')
  return body[1]!
}

/** The relationship id of a hyperlink, replaced: docx draws it from a seeded random number. */
export const withoutHyperlinkIds = (xml: string) => xml.replace(/(<w:hyperlink\b[^>]*?\sr:id=")[^"]*(")/g, '$1rId$2')
