/**
 * The paragraphs of a Word document as plain text, read with the XML parser (xml.ts), for `oogo sjablonen van-word`.
 *
 * A paragraph's text is its runs joined, however Word or LibreOffice split them: `w:t` as written, `w:tab` and
 * `w:ptab` a tab, `w:br`/`w:cr` a line break `\n` (a page break `\f`, a column break nothing), `w:noBreakHyphen` U+2011, `w:softHyphen`
 * U+00AD, `w:sym` its character. Runs inside hyperlinks, smart tags, custom XML, content controls and simple fields
 * count; a complex field counts with its result, not its code. Bookmarks, comments (their ranges and references),
 * proofing marks and rendered page breaks are left out. What cannot be read as text is reported, not guessed:
 * unaccepted tracked changes, tables, drawings and objects, symbols of a symbol font, footnotes.
 */
import { openZip, ZipError, type ZipProblem } from './zip.ts'
import { attribute, childElements, ns, parseXml, wAttribute, type Element } from './xml.ts'
import { readRelationships, targetOf } from './relationships.ts'

export interface WordParagraph {
  /** The style's name (`w:name` in styles.xml), which survives LibreOffice; undefined without a style. */
  styleName?: string
  /** The style's id (`w:pStyle`), for a document whose styles part is missing. */
  styleId?: string
  text: string
  /** List numbering set on the paragraph itself: the level's format (`decimal`, `bullet`, …) and level. */
  numbering?: { format: string; level: number }
  /** The paragraph's numbering is switched off on the paragraph itself (`w:numId w:val="0"`: Backspace before a number). */
  numberingOff?: true
}

/** Why a paragraph (1-based, counting every paragraph of the body) or the document cannot be read. */
export type WordProblem =
  | { kind: 'package'; zip?: ZipProblem; reason: 'not-zip' | 'no-document' | 'not-xml' | 'not-word' | 'too-large' }
  | { kind: 'tracked-change'; paragraph: number; change: 'ins' | 'del' | 'moveFrom' | 'moveTo' | 'format'; text: string }
  | { kind: 'unsupported'; paragraph: number; what: 'table' | 'drawing' | 'symbol' | 'note'; text: string }

export interface WordDocument {
  paragraphs: WordParagraph[]
  /** The custom document properties (docProps/custom.xml) with a text value. */
  properties: Map<string, string>
  problems: WordProblem[]
}

const MB = 1024 * 1024
const zipLimits = { maxEntries: 2000, maxTotalSize: 200 * MB }
/** A template may have 512 kB; its document.xml is some ten times that. */
const maxPartSize = 16 * MB

const changeElements: Record<string, 'ins' | 'del' | 'moveFrom' | 'moveTo' | 'format'> = {
  ins: 'ins', del: 'del', moveFrom: 'moveFrom', moveTo: 'moveTo',
  pPrChange: 'format', rPrChange: 'format', sectPrChange: 'format', tblPrChange: 'format', trPrChange: 'format', tcPrChange: 'format',
  tblGridChange: 'format', numberingChange: 'format', cellIns: 'ins', cellDel: 'del', cellMerge: 'format',
  moveFromRangeStart: 'moveFrom', moveToRangeStart: 'moveTo', customXmlInsRangeStart: 'ins', customXmlDelRangeStart: 'del',
}

/** Containers whose runs are the paragraph's text. */
const runContainers = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'sdt', 'sdtContent', 'dir', 'bdo'])
/** Left out on purpose: not text. */
const ignored = new Set(['pPr', 'rPr', 'bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd', 'commentReference',
  'proofErr', 'permStart', 'permEnd', 'lastRenderedPageBreak', 'sdtPr', 'sdtEndPr', 'instrText', 'fldChar', 'annotationRef',
  'moveFromRangeEnd', 'moveToRangeEnd', 'customXmlInsRangeEnd', 'customXmlDelRangeEnd', 'separator', 'continuationSeparator',
  'footnoteRef', 'endnoteRef', 'dayShort', 'monthShort', 'yearShort', 'dayLong', 'monthLong', 'yearLong', 'pgNum', 'oMathPara', 'oMath'])

/** Reads a .docx; `problems` says what could not be read, with the paragraph it is in. */
export function readWordDocument(bytes: Uint8Array): WordDocument {
  const result: WordDocument = { paragraphs: [], properties: new Map(), problems: [] }
  const fail = (reason: Extract<WordProblem, { kind: 'package' }>['reason'], zip?: ZipProblem) => {
    result.problems.push(zip ? { kind: 'package', reason, zip } : { kind: 'package', reason })
    return result
  }
  let text: (name: string) => string | undefined
  try {
    const zip = openZip(bytes, zipLimits)
    const decoder = new TextDecoder('utf-8')
    const names = new Map(zip.names.map((n) => [n.toLowerCase(), n]))
    text = (name) => {
      const actual = names.get(name.toLowerCase())
      const part = actual === undefined ? undefined : zip.read(actual, maxPartSize)
      return part && decoder.decode(part)
    }
  } catch (error) {
    if (error instanceof ZipError) return fail('not-zip', error.problem)
    throw error
  }
  try {
    const main = targetOf(readRelationships('', text), 'officeDocument') ?? 'word/document.xml'
    const documentXml = text(main)
    if (documentXml === undefined) return fail('no-document')
    const root = parseXml(documentXml)
    if (!root) return fail('not-xml')
    const body = root.namespaceURI === ns.w && root.localName === 'document' ? childElements(root, ns.w, 'body')[0] : undefined
    if (!body) return fail('not-word')
    const relationships = readRelationships(main, text)
    const styles = styleNames(text(targetOf(relationships, 'styles') ?? 'word/styles.xml'))
    const numbering = numberingFormats(text(targetOf(relationships, 'numbering') ?? 'word/numbering.xml'))
    readBody(body, styles, numbering, result)
    readProperties(text('docProps/custom.xml'), result.properties)
  } catch (error) {
    if (error instanceof ZipError) return fail(error.problem.kind === 'part-too-large' ? 'too-large' : 'not-zip', error.problem)
    throw error
  }
  return result
}

function readBody(body: Element, styles: Map<string, string>, numbering: Map<string, string[]>, result: WordDocument): void {
  const visit = (parent: Element) => {
    for (const element of childElements(parent)) {
      if (element.namespaceURI !== ns.w) continue
      const local = element.localName ?? ''
      if (local === 'p') {
        result.paragraphs.push(readParagraph(element, result.paragraphs.length + 1, styles, numbering, result.problems))
      } else if (local === 'sdt' || local === 'sdtContent' || local === 'customXml' || local === 'smartTag') {
        visit(element)
      } else if (local === 'altChunk') {
        // Content imported from another file (HTML, RTF), which Word merges only when it opens the document.
        result.problems.push({ kind: 'unsupported', paragraph: result.paragraphs.length + 1, what: 'drawing', text: '' })
      } else if (local === 'tbl') {
        result.problems.push({ kind: 'unsupported', paragraph: result.paragraphs.length + 1, what: 'table', text: textOf(element) })
      } else if (changeElements[local]) {
        // A whole paragraph moved or inserted as a block, outside any w:p.
        result.problems.push({ kind: 'tracked-change', paragraph: result.paragraphs.length + 1, change: changeElements[local]!, text: textOf(element) })
      }
      // sectPr (the page layout), bookmarks and comment ranges between paragraphs: not text.
    }
  }
  visit(body)
}

function readParagraph(p: Element, index: number, styles: Map<string, string>, numbering: Map<string, string[]>, problems: WordProblem[]): WordParagraph {
  const pPr = childElements(p, ns.w, 'pPr')[0]
  const styleId = wAttribute(childElements(pPr ?? p, ns.w, 'pStyle')[0], 'val')
  let text = ''
  const found = new Set<string>()
  const report = (problem: WordProblem) => {
    const key = problem.kind === 'tracked-change' ? problem.change : problem.kind === 'unsupported' ? problem.what : problem.kind
    if (!found.has(key)) problems.push(problem)
    found.add(key)
  }
  const snippet = () => textOf(p)

  // A tracked change anywhere in the paragraph, its mark and properties included.
  const scan = (element: Element) => {
    for (const child of childElements(element)) {
      const change = child.namespaceURI === ns.w ? changeElements[child.localName ?? ''] : undefined
      if (change) {
        report({ kind: 'tracked-change', paragraph: index, change, text: snippet() })
      }
      scan(child)
    }
  }
  scan(p)

  let inFieldCode = false
  const readRun = (run: Element) => {
    for (const child of childElements(run)) {
      if (child.namespaceURI !== ns.w) {
        if (child.localName === 'AlternateContent') report({ kind: 'unsupported', paragraph: index, what: 'drawing', text: snippet() })
        continue
      }
      const local = child.localName ?? ''
      if (local === 'fldChar') {
        const type = wAttribute(child, 'fldCharType')
        inFieldCode = type === 'begin' ? true : type === 'separate' || type === 'end' ? false : inFieldCode
        continue
      }
      if (inFieldCode) continue
      if (local === 't') text += child.textContent ?? ''
      else if (local === 'tab' || local === 'ptab') text += '\t'
      else if (local === 'br') text += wAttribute(child, 'type') === 'page' ? '\f' : wAttribute(child, 'type') === 'column' ? '' : '\n'
      else if (local === 'cr') text += '\n'
      else if (local === 'noBreakHyphen') text += '\u2011'
      else if (local === 'softHyphen') text += '\u00AD'
      else if (local === 'sym') {
        const code = parseInt(wAttribute(child, 'char') ?? '', 16)
        // A symbol font (Symbol, Wingdings) maps its glyphs to U+F0xx, which means nothing as text.
        if (Number.isNaN(code) || (code >= 0xf000 && code <= 0xf0ff)) report({ kind: 'unsupported', paragraph: index, what: 'symbol', text: snippet() })
        else text += String.fromCodePoint(code)
      } else if (local === 'drawing' || local === 'pict' || local === 'object') {
        report({ kind: 'unsupported', paragraph: index, what: 'drawing', text: snippet() })
      } else if (local === 'footnoteReference' || local === 'endnoteReference') {
        report({ kind: 'unsupported', paragraph: index, what: 'note', text: snippet() })
      }
      // rPr, delText (inside a w:del, reported above), instrText, comment references: not text.
    }
  }
  const readContent = (parent: Element) => {
    for (const child of childElements(parent)) {
      if (child.namespaceURI !== ns.w) continue
      const local = child.localName ?? ''
      if (local === 'r') readRun(child)
      else if (runContainers.has(local) || local === 'ins' || local === 'moveTo') readContent(child) // reported; read as shown
      // A section break (pPr/sectPr) is in pPr, which is no text.
      else if (!ignored.has(local) && local !== 'del' && local !== 'moveFrom') {
        // Something else Word may put in a paragraph (math, ruby): its text, as shown.
        text += textOf(child)
      }
    }
  }
  readContent(p)

  const paragraph: WordParagraph = { text }
  const name = styleId === undefined ? undefined : styles.get(styleId)
  if (name !== undefined) paragraph.styleName = name
  if (styleId !== undefined) paragraph.styleId = styleId
  const numPr = childElements(pPr ?? p, ns.w, 'numPr')[0]
  if (pPr && numPr) {
    const numId = wAttribute(childElements(numPr, ns.w, 'numId')[0], 'val')
    const level = Number(wAttribute(childElements(numPr, ns.w, 'ilvl')[0], 'val') ?? '0')
    const format = numId === undefined ? undefined : numbering.get(numId)?.[level]
    if (numId === '0') paragraph.numberingOff = true
    else if (format !== undefined) paragraph.numbering = { format, level }
  }
  return paragraph
}

/** The text a reader sees in `element` (w:t only), for quoting in a message. */
function textOf(element: Element): string {
  let out = ''
  const walk = (parent: Element) => {
    for (const child of childElements(parent)) {
      if (child.namespaceURI === ns.w && (child.localName === 't' || child.localName === 'delText')) out += child.textContent ?? ''
      else walk(child)
    }
  }
  walk(element)
  return out
}

/** styleId → name, for paragraph styles. */
function styleNames(xml: string | undefined): Map<string, string> {
  const names = new Map<string, string>()
  const root = xml === undefined ? undefined : parseXml(xml)
  if (!root) return names
  for (const style of childElements(root, ns.w, 'style')) {
    const id = wAttribute(style, 'styleId')
    const name = wAttribute(childElements(style, ns.w, 'name')[0], 'val')
    if (id !== undefined && name !== undefined) names.set(id, name)
  }
  return names
}

/** numId → the format of each level (`decimal`, `bullet`, `lowerLetter`, …). */
function numberingFormats(xml: string | undefined): Map<string, string[]> {
  const formats = new Map<string, string[]>()
  const root = xml === undefined ? undefined : parseXml(xml)
  if (!root) return formats
  const abstract = new Map<string, string[]>()
  for (const definition of childElements(root, ns.w, 'abstractNum')) {
    const levels: string[] = []
    for (const level of childElements(definition, ns.w, 'lvl')) {
      levels[Number(wAttribute(level, 'ilvl') ?? '0')] = wAttribute(childElements(level, ns.w, 'numFmt')[0], 'val') ?? 'decimal'
    }
    const id = wAttribute(definition, 'abstractNumId')
    if (id !== undefined) abstract.set(id, levels)
  }
  for (const num of childElements(root, ns.w, 'num')) {
    const id = wAttribute(num, 'numId')
    const levels = abstract.get(wAttribute(childElements(num, ns.w, 'abstractNumId')[0], 'val') ?? '')
    if (id !== undefined && levels) formats.set(id, levels)
  }
  return formats
}

const customProperties = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties'

function readProperties(xml: string | undefined, into: Map<string, string>): void {
  const root = xml === undefined ? undefined : parseXml(xml)
  if (!root) return
  for (const property of childElements(root, customProperties, 'property')) {
    const name = attribute(property, undefined, 'name')
    const value = childElements(property)[0]?.textContent
    if (name !== undefined && value !== undefined && value !== null) into.set(name, value)
  }
}
