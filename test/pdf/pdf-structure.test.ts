/**
 * The PDFs of `oogo genereer --pdf` read as a PDF reader reads them, with a PDF library (pdf-lib: the catalog, the
 * outline, the fonts, the XMP metadata stream as objects, not as bytes matched with regular expressions). One real
 * LibreOffice run makes the sample's 26 documents, every kind made by default; every PDF is checked:
 *
 * - the cross-reference table points at every object (pdf-lib itself reads objects without it; a reader does not),
 *   and the trailer has the /ID PDF/A asks for;
 * - PDF/A-2b: `pdfaid:part` 2 and `pdfaid:conformance` B in the XMP metadata (parsed as XML), and every entry of the
 *   document information dictionary equal to its XMP counterpart (PDF/A-2 §6.6.3: title, author, subject, keywords,
 *   creator, producer, creation and modification date);
 * - tagged: /MarkInfo /Marked true and a structure tree with content and a parent tree; the language nl-NL;
 * - titled: the title in the information dictionary and in the XMP equal to the .docx's `dc:title`, and shown as the
 *   window title (/ViewerPreferences /DisplayDocTitle true);
 * - every font embedded: each font reachable from the pages (their inherited resources, form XObjects, annotation
 *   appearances, Type3 glyph resources; a Type0 font through its descendant font) has a /FontDescriptor with a
 *   non-empty /FontFile, /FontFile2 or /FontFile3 — a standard font without a descriptor counts as not embedded;
 * - the page count equal to the "Pagina X van Y" of the last page's text (poppler's pdftotext, that page only);
 * - deterministic: the creation date is the .docx's (the dossier's), the /ID comes from the .docx's hash.
 *
 * The overeenkomst's bookmarks equal what the document model says they must be. The bookmarks mirror Word's
 * navigation pane, i.e. the outline levels the .docx gives its paragraphs (docx/style-map.ts): the document title
 * (`#`, Word's Title style) is no bookmark — it is the window title; every article ("Artikel N Titel", label and
 * title one space apart, as LibreOffice turns the tab between them into a space) and every `##` heading (Heading1)
 * is a bookmark on the top level, in document order; a `###` heading (Heading2) is nested under the top-level
 * bookmark before it. Every bookmark goes to a page of the document, in page order.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inlineText } from '../../src/html/plain-text.ts'
import { articleLabel } from '../../src/model/labels.ts'
import type { Block, DocModel } from '../../src/model/types.ts'
import { visitBlocks } from '../../src/model/visit.ts'
import { unzipParts } from '../../src/ooxml/zip.ts'
import { documentDefinitions } from '../../src/plan/registry.ts'
import { assembleFile, samplePath } from '../support/helpers.ts'
import { crossReference } from '../support/pdf-xref.ts'
import { runCli, type CliRun } from '../support/terminal.ts'

// What the run must make, from the document model of the same sample (file names, kinds, the overeenkomst's articles).
const sample = await assembleFile(samplePath, { emit: 'model' })
const documents = sample.documents.map((d) => ({ kind: d.kind, docx: d.fileName, pdf: d.fileName.replace(/\.docx$/, '.pdf') }))
const overeenkomst = sample.documents.find((d) => d.kind === 'overeenkomst')?.model as DocModel

const work = mkdtempSync(join(tmpdir(), 'oogo-pdf-structure-'))
const out = join(work, 'uit')
afterAll(() => rmSync(work, { recursive: true, force: true }))

let run: CliRun
/** The "Pagina X van Y" of each PDF's last page, read for all PDFs at once (one pdftotext each, side by side). */
let lastPageNumbers: Map<string, string[]>
beforeAll(async () => {
  run = await runCli(['genereer', samplePath, '--uit', out, '--pdf'])
  lastPageNumbers = new Map(await Promise.all(documents.map(async ({ pdf }): Promise<[string, string[]]> => {
    try {
      return [pdf, await pageNumbersOn(pdf, (await read(pdf)).doc.getPageCount())]
    } catch (error) { // the PDF's own tests say what is wrong with it
      return [pdf, [`niet te lezen: ${(error as Error).message}`]]
    }
  })))
}, 90_000)

// ---------------------------------------------------------------------------------------------------------------
// Reading a PDF

interface ReadPdf { bytes: Buffer; doc: PDFDocument; catalog: PDFDict; info: PDFDict | undefined; xmp: XmlDocument }
const cache = new Map<string, ReadPdf>()

async function read(file: string): Promise<ReadPdf> {
  const cached = cache.get(file)
  if (cached) return cached
  const bytes = readFileSync(join(out, file))
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true })
  const catalog = doc.catalog
  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict)
  const metadata = catalog.lookup(PDFName.of('Metadata'), PDFStream)
  if (!(metadata instanceof PDFRawStream)) throw new Error(`${file}: the metadata stream is not a stream as read from the file`)
  const xmp = new DOMParser().parseFromString(new TextDecoder().decode(decodePDFRawStream(metadata).decode()), 'application/xml')
  const result = { bytes, doc, catalog, info, xmp }
  cache.set(file, result)
  return result
}

/** A text string (literal or hex, PDFDocEncoding or UTF-16) as text; a name as its name; else undefined. */
function textOf(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText()
  if (object instanceof PDFName) return object.decodeText()
  return undefined
}

const lookupDict = (dict: PDFDict, key: string): PDFDict | undefined => dict.lookupMaybe(PDFName.of(key), PDFDict)

// XMP: a property is an element (text, or the items of an rdf:Alt/Seq/Bag) or an attribute of an rdf:Description.
const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
}

function xmpProperty(xmp: XmlDocument, namespace: string, name: string): string | undefined {
  const element = xmp.getElementsByTagNameNS(namespace, name).item(0)
  if (element) {
    const items = Array.from(element.getElementsByTagNameNS(ns.rdf, 'li'))
    if (items.length === 0) return element.textContent?.trim()
    const preferred = items.find((li) => li.getAttribute('xml:lang') === 'x-default') ?? items[0]!
    return element.getElementsByTagNameNS(ns.rdf, 'Alt').length > 0 ? preferred.textContent ?? '' : items.map((li) => li.textContent ?? '').join(', ')
  }
  for (const description of Array.from(xmp.getElementsByTagNameNS(ns.rdf, 'Description')) as XmlElement[]) {
    if (description.hasAttributeNS(namespace, name)) return description.getAttributeNS(namespace, name) ?? undefined
  }
  return undefined
}

/** A PDF date (D:YYYYMMDDHHmmSSOHH'mm') or an XMP date as an ISO instant, to compare the two. */
function instant(date: string | undefined): string | undefined {
  if (date === undefined) return undefined
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)'?|([+-])(\d{2})'?(\d{2})?'?)?$/.exec(date)
  const iso = pdf
    ? `${pdf[1]}-${pdf[2] ?? '01'}-${pdf[3] ?? '01'}T${pdf[4] ?? '00'}:${pdf[5] ?? '00'}:${pdf[6] ?? '00'}${pdf[8] ? `${pdf[8]}${pdf[9]}:${pdf[10] ?? '00'}` : 'Z'}`
    : date
  const time = Date.parse(iso)
  return Number.isNaN(time) ? `ongeldige datum ${date}` : new Date(time).toISOString()
}

/** Every font reachable from the pages, with the font file that embeds it (undefined: not embedded). */
function fontsOf(doc: PDFDocument): { font: string; file: string | undefined }[] {
  const fonts: { font: string; file: string | undefined }[] = []
  const seen = new Set<PDFObject>()
  const once = (object: PDFObject | undefined): boolean => {
    if (object === undefined || seen.has(object)) return false
    seen.add(object)
    return true
  }
  const fontFile = (descriptor: PDFDict | undefined): string | undefined => {
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const file = descriptor?.lookupMaybe(PDFName.of(key), PDFStream)
      if (file instanceof PDFRawStream && file.getContentsSize() > 0) return key
    }
    return undefined
  }
  const visitFont = (font: PDFDict) => {
    if (!once(font)) return
    const name = textOf(font.lookup(PDFName.of('BaseFont'))) ?? textOf(font.lookup(PDFName.of('Name'))) ?? '(zonder naam)'
    const subtype = textOf(font.lookup(PDFName.of('Subtype')))
    if (subtype === 'Type3') { // its glyphs are content streams in the PDF itself; the fonts they use count too
      fonts.push({ font: name, file: 'Type3' })
      visitResources(lookupDict(font, 'Resources'))
    } else if (subtype === 'Type0') {
      const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict)
      fonts.push({ font: name, file: fontFile(lookupDict(descendant, 'FontDescriptor')) })
    } else {
      fonts.push({ font: name, file: fontFile(lookupDict(font, 'FontDescriptor')) })
    }
  }
  const visitXObject = (xobject: PDFObject | undefined) => {
    if (xobject instanceof PDFStream && textOf(xobject.dict.lookup(PDFName.of('Subtype'))) === 'Form' && once(xobject)) {
      visitResources(lookupDict(xobject.dict, 'Resources'))
    }
  }
  const visitResources = (resources: PDFDict | undefined) => {
    if (!once(resources)) return
    const fontDict = lookupDict(resources!, 'Font')
    for (const [, font] of fontDict?.entries() ?? []) visitFont(doc.context.lookup(font, PDFDict))
    const xobjects = lookupDict(resources!, 'XObject')
    for (const [, xobject] of xobjects?.entries() ?? []) visitXObject(doc.context.lookup(xobject))
  }
  for (const page of doc.getPages()) {
    let node: PDFDict | undefined = page.node // resources are inherited from the page tree
    while (node && !node.has(PDFName.of('Resources'))) node = lookupDict(node, 'Parent')
    visitResources(node && lookupDict(node, 'Resources'))
    for (const annotation of page.node.Annots()?.asArray() ?? []) {
      const appearance = lookupDict(doc.context.lookup(annotation, PDFDict), 'AP')
      const normal = appearance?.lookup(PDFName.of('N'))
      if (normal instanceof PDFDict) for (const [, state] of normal.entries()) visitXObject(doc.context.lookup(state))
      else if (normal instanceof PDFStream) visitResources(lookupDict(normal.dict, 'Resources'))
    }
  }
  return fonts
}

interface Bookmark { title: string; children: Bookmark[] }

/** The outline as a tree of titles, and the page (0-based) each bookmark goes to, in outline order (-1: none). */
function outlineOf(doc: PDFDocument): { tree: Bookmark[]; pages: number[] } {
  const pageRefs = doc.getPages().map((page) => page.ref)
  const pages: number[] = []
  const level = (parent: PDFDict | undefined): Bookmark[] => {
    const entries: Bookmark[] = []
    const seen = new Set<PDFDict>()
    for (let item = parent && lookupDict(parent, 'First'); item && !seen.has(item); item = lookupDict(item, 'Next')) {
      seen.add(item)
      const action = lookupDict(item, 'A')
      const destination = item.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? action?.lookupMaybe(PDFName.of('D'), PDFArray)
      const target = destination?.get(0)
      pages.push(target instanceof PDFRef ? pageRefs.indexOf(target) : -1)
      entries.push({ title: textOf(item.lookup(PDFName.of('Title'))) ?? '', children: level(item) })
    }
    return entries
  }
  return { tree: level(lookupDict(doc.catalog, 'Outlines')), pages }
}

/** The bookmarks the document model asks for (see the header): articles and `##` on top, `###` below them. */
function expectedBookmarks(model: DocModel): Bookmark[] {
  const top: Bookmark[] = []
  const line = (text: string) => text.replace(/\s+/g, ' ').trim()
  visitBlocks(model.children, (block: Block) => {
    if (block.type === 'section') top.push({ title: line(`${articleLabel(block)} ${inlineText(block.title)}`), children: [] })
    else if (block.type === 'heading' && block.depth === 2) top.push({ title: line(inlineText(block.children)), children: [] })
    else if (block.type === 'heading' && block.depth === 3) {
      const entry = { title: line(inlineText(block.children)), children: [] }
      if (top.length > 0) top[top.length - 1]!.children.push(entry)
      else top.push(entry)
    }
  })
  return top
}

/** Every "Pagina X van Y" in the text of page `page` (1-based). */
async function pageNumbersOn(file: string, page: number): Promise<string[]> {
  const { stdout: text } = await promisify(execFile)('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', join(out, file), '-'], { encoding: 'utf8' })
  return [...text.matchAll(/Pagina\s+(\d+)\s+van\s+(\d+)/g)].map((m) => `Pagina ${m[1]} van ${m[2]}`)
}

/** The .docx's title (`dc:title` of docProps/core.xml). */
function docxTitle(file: string): string | undefined {
  const core = new TextDecoder().decode(unzipParts(readFileSync(join(out, file))).get('docProps/core.xml'))
  return new DOMParser().parseFromString(core, 'application/xml').getElementsByTagNameNS(ns.dc, 'title').item(0)?.textContent ?? undefined
}

// ---------------------------------------------------------------------------------------------------------------

describe('genereer --pdf: one LibreOffice run for the whole sample', () => {
  it('makes a .docx and a PDF of every document, of every kind made by default', () => {
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(documents.flatMap((d) => [d.docx, d.pdf]).sort())
    expect(documents).toHaveLength(26)
    expect([...new Set(documents.map((d) => d.kind))]).toEqual(documentDefinitions.filter((d) => d.defaultSelected !== false).map((d) => d.kind))
  })
})

describe.each(documents)('$pdf', ({ docx, pdf }) => {
  it('has a cross-reference table that points at every object, and a document id', async () => {
    const { bytes, doc } = await read(pdf)
    expect(crossReference(bytes)).toEqual({ wrong: [], inUse: doc.context.enumerateIndirectObjects().length, prev: false })
    const id = doc.context.trailerInfo.ID
    expect(id instanceof PDFArray ? id.asArray().map((part) => part instanceof PDFHexString || part instanceof PDFString) : id).toEqual([true, true])
  })

  it('carries the date of its .docx (the dossier\'s) and an id from the .docx hash, not the clock of the run', async () => {
    const { bytes, doc, xmp } = await read(pdf)
    const docxBytes = readFileSync(join(out, docx))
    const core = new TextDecoder().decode(unzipParts(docxBytes).get('docProps/core.xml'))
    const created = /<dcterms:created[^>]*>([^<]+)</.exec(core)![1]!
    expect({ info: doc.getCreationDate()?.toISOString(), xmp: xmpProperty(xmp, ns.xmp, 'CreateDate') })
      .toEqual({ info: new Date(created).toISOString(), xmp: created })
    const id = createHash('sha256').update(docxBytes).digest('hex').slice(0, 32).toUpperCase()
    expect(bytes.toString('latin1')).toContain(`/ID [ <${id}>\n<${id}> ]`)
  })

  it('says it is PDF/A-2b in its XMP metadata, and its information dictionary agrees with the XMP', async () => {
    const { xmp, info } = await read(pdf)
    expect({ part: xmpProperty(xmp, ns.pdfaid, 'part'), conformance: xmpProperty(xmp, ns.pdfaid, 'conformance') }).toEqual({ part: '2', conformance: 'B' })
    const entry = (key: string) => textOf(info?.lookup(PDFName.of(key)))
    expect({
      title: entry('Title'), author: entry('Author'), subject: entry('Subject'), keywords: entry('Keywords'),
      creator: entry('Creator'), producer: entry('Producer'), created: instant(entry('CreationDate')), modified: instant(entry('ModDate')),
    }).toEqual({
      title: xmpProperty(xmp, ns.dc, 'title'), author: xmpProperty(xmp, ns.dc, 'creator'), subject: xmpProperty(xmp, ns.dc, 'description'),
      keywords: xmpProperty(xmp, ns.pdf, 'Keywords'), creator: xmpProperty(xmp, ns.xmp, 'CreatorTool'), producer: xmpProperty(xmp, ns.pdf, 'Producer'),
      created: instant(xmpProperty(xmp, ns.xmp, 'CreateDate')), modified: instant(xmpProperty(xmp, ns.xmp, 'ModifyDate')),
    })
  })

  it('is tagged: marked, with a structure tree, in Dutch (nl-NL)', async () => {
    const { catalog } = await read(pdf)
    expect(lookupDict(catalog, 'MarkInfo')?.lookup(PDFName.of('Marked'))).toBe(PDFBool.True)
    const tree = lookupDict(catalog, 'StructTreeRoot')
    expect({
      type: textOf(tree?.lookup(PDFName.of('Type'))),
      content: tree?.has(PDFName.of('K')),
      parentTree: tree?.lookup(PDFName.of('ParentTree')) instanceof PDFDict,
    }).toEqual({ type: 'StructTreeRoot', content: true, parentTree: true })
    expect(textOf(catalog.lookup(PDFName.of('Lang')))).toBe('nl-NL')
  })

  it('carries the .docx title in its metadata and shows it as the window title', async () => {
    const { doc, xmp, catalog } = await read(pdf)
    const title = docxTitle(docx)
    expect(title).toMatch(/\S/)
    expect({ info: doc.getTitle(), xmp: xmpProperty(xmp, ns.dc, 'title') }).toEqual({ info: title, xmp: title })
    expect(lookupDict(catalog, 'ViewerPreferences')?.lookup(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True)
  })

  it('embeds every font it uses', async () => {
    const fonts = fontsOf((await read(pdf)).doc)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((f) => f.file === undefined)).toEqual([])
  })

  it('numbers its last page "Pagina N van N", N its page count', async () => {
    const count = (await read(pdf)).doc.getPageCount()
    expect(lastPageNumbers.get(pdf)).toEqual([`Pagina ${count} van ${count}`])
  })
})

describe('the overeenkomst\'s bookmarks', () => {
  const pdf = documents.find((d) => d.kind === 'overeenkomst')!.pdf

  it('are its articles and headings, in order and nesting, as the document model has them', async () => {
    const expected = expectedBookmarks(overeenkomst)
    expect(expected.filter((b) => b.title.startsWith('Artikel ')).length).toBeGreaterThanOrEqual(10) // the model has its articles
    expect(outlineOf((await read(pdf)).doc).tree).toEqual(expected)
  })

  it('each go to a page of the document, in page order', async () => {
    const { doc } = await read(pdf)
    const { pages } = outlineOf(doc)
    expect(pages.filter((page) => page < 0 || page >= doc.getPageCount())).toEqual([])
    expect(pages).toHaveLength(expectedBookmarks(overeenkomst).length)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })
})
