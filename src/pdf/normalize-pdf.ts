/**
 * Makes LibreOffice's PDF the same bytes for the same .docx: LibreOffice stamps every export with the clock, in four
 * places, and this replaces each stamp with a value taken from the .docx itself.
 *
 * - `/CreationDate` (and `/ModDate`, if any) in the document information dictionary, and `xmp:CreateDate`,
 *   `xmp:ModifyDate` and `xmp:MetadataDate` in the XMP metadata: the .docx's `dcterms:created` (the dossier's date),
 *   in the same form in both places, as PDF/A requires;
 * - the date in the header of the sRGB colour profile of the PDF/A output intent (bytes 24–35 of the ICC profile,
 *   which LibreOffice has lcms make at export time): the same date. The profile is stored uncompressed from then on
 *   (8.8 kB, against 8.5 kB compressed), so no deflate implementation decides the bytes;
 * - the file identifier `/ID` in the trailer: the first 16 bytes of the .docx's SHA-256, twice (first and last
 *   version are one);
 * - LibreOffice's own `/DocChecksum` in the trailer, an MD5 over the content with the stamps in it: removed (no PDF
 *   reader uses it; PDF/A does not know it).
 *
 * The changed objects change length, so the cross-reference table is written anew from the original one's entries
 * (same objects, same order, new offsets). Everything else — page content, fonts, structure tree, outline — is kept
 * byte for byte. What still differs is what LibreOffice itself decides: another LibreOffice version (it names itself
 * in `/Producer`) or other installed fonts give another layout and so other bytes.
 *
 * A PDF not laid out as LibreOffice 7.x writes it (one classic cross-reference table, no incremental update) is
 * returned unchanged, with `normalized: false`.
 */
import { createHash } from 'node:crypto'
import { inflateSync } from 'node:zlib'
import { unzipParts } from '../ooxml/zip.ts'

export interface NormalizedPdf { bytes: Uint8Array; normalized: boolean }

/** A moment as its parts, in UTC. */
interface Moment { year: number; month: number; day: number; hour: number; minute: number; second: number }

export function normalizePdf(pdf: Uint8Array, docx: Uint8Array): NormalizedPdf {
  const moment = docxCreated(docx)
  const layout = readLayout(pdf)
  if (!moment || !layout) return { bytes: pdf, normalized: false }
  const id = createHash('sha256').update(docx).digest('hex').slice(0, 32).toUpperCase()
  const pdfDate = `D:${pad(moment.year, 4)}${pad(moment.month)}${pad(moment.day)}${pad(moment.hour)}${pad(moment.minute)}${pad(moment.second)}Z`
  const xmpDate = `${pad(moment.year, 4)}-${pad(moment.month)}-${pad(moment.day)}T${pad(moment.hour)}:${pad(moment.minute)}:${pad(moment.second)}Z`

  const parts: Buffer[] = [layout.head]
  const offsets = new Map<number, number>()
  let at = layout.head.length
  for (const object of layout.objects) {
    const bytes = fixObject(object.bytes, object.number === layout.info, pdfDate, xmpDate, moment)
    offsets.set(object.number, at)
    parts.push(bytes)
    at += bytes.length
  }
  const table = layout.entries.map(({ number, line }) => {
    const offset = offsets.get(number)
    return offset === undefined ? line : `${String(offset).padStart(10, '0')}${line.slice(10)}`
  })
  const trailer = layout.trailer
    .replace(/\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/, `/ID [ <${id}>\n<${id}> ]`)
    .replace(/\/DocChecksum\s*\/[0-9A-Fa-f]+\s*/, '')
  parts.push(Buffer.from(`xref\n0 ${table.length}\n${table.join('')}trailer\n${trailer}\nstartxref\n${at}\n%%EOF\n`, 'latin1'))
  return { bytes: new Uint8Array(Buffer.concat(parts)), normalized: true }
}

/** One indirect object as LibreOffice wrote it, from `N 0 obj` up to the next object or the table. */
interface PdfObject { number: number; bytes: Buffer }

interface Layout {
  /** From `%PDF-` up to the first object. */
  head: Buffer
  /** In file order. */
  objects: PdfObject[]
  /** The table's entries in order: object number and its 20-byte line (`oooooooooo ggggg n \n`). */
  entries: { number: number; line: string }[]
  /** The trailer dictionary, `<<…>>`. */
  trailer: string
  /** The object number of the document information dictionary. */
  info: number | undefined
}

/** The objects, table and trailer of a PDF with one classic cross-reference table, or undefined. */
function readLayout(pdf: Uint8Array): Layout | undefined {
  const buffer = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const text = buffer.toString('latin1')
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)
  if (!start) return undefined
  const xref = Number(start[1])
  const table = /^xref\r?\n0 (\d+)\r?\n/.exec(text.slice(xref, xref + 40))
  if (!table) return undefined
  const count = Number(table[1])
  const first = xref + table[0].length
  const entries: { number: number; line: string }[] = []
  for (let number = 0; number < count; number++) {
    const line = text.slice(first + 20 * number, first + 20 * (number + 1))
    if (!/^\d{10} \d{5} [nf][ \r]?[\r\n]$/.test(line)) return undefined
    entries.push({ number, line: line.replace(/[ \r]?[\r\n]$/, ' \n') })
  }
  const trailerMatch = /^\s*trailer\s*(<<[\s\S]*>>)\s*startxref/.exec(text.slice(first + 20 * count))
  if (!trailerMatch || /\/Prev\b|\/XRefStm\b|\/Encrypt\b/.test(trailerMatch[1]!)) return undefined
  const used = entries.filter((e) => e.line[17] === 'n').map((e) => ({ number: e.number, offset: Number(e.line.slice(0, 10)) }))
    .sort((a, b) => a.offset - b.offset)
  if (used.length === 0) return undefined
  const objects: PdfObject[] = []
  for (const [i, { number, offset }] of used.entries()) {
    const end = used[i + 1]?.offset ?? xref
    if (!text.startsWith(`${number} 0 obj`, offset) || end <= offset) return undefined
    objects.push({ number, bytes: buffer.subarray(offset, end) })
  }
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailerMatch[1]!)
  return { head: buffer.subarray(0, used[0]!.offset), objects, entries, trailer: trailerMatch[1]!, info: info ? Number(info[1]) : undefined }
}

/** The object with its clock stamps replaced; the same bytes when it has none. */
function fixObject(bytes: Buffer, isInfo: boolean, pdfDate: string, xmpDate: string, moment: Moment): Buffer {
  const head = bytes.subarray(0, Math.min(bytes.length, 200)).toString('latin1')
  if (isInfo) {
    const text = bytes.toString('latin1')
    return Buffer.from(text.replace(/\/(CreationDate|ModDate)\s*\([^)]*\)/g, (_, key: string) => `/${key}(${pdfDate})`), 'latin1')
  }
  // The XMP as LibreOffice writes it: uncompressed, with a direct length. Another form is left as it is.
  if (/\/Type\s*\/Metadata\b/.test(head) && !/\/Filter\b/.test(head) && !/\/Length \d+ \d+ R/.test(head)) {
    return replaceStream(bytes, (content) => {
      const text = content.toString('utf8')
      const fixed = text.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<\/xmp:\1>/g, (_, key: string) => `<xmp:${key}>${xmpDate}</xmp:${key}>`)
      return fixed === text ? undefined : Buffer.from(fixed, 'utf8')
    }, false)
  }
  if (/^\d+ 0 obj\s*<<\/N [134]\/Length \d+ 0 R\/Filter\/FlateDecode>>/.test(head)) {
    return replaceStream(bytes, (content) => {
      const profile = Buffer.from(inflateSync(content))
      if (profile.length < 128 || profile.toString('latin1', 36, 40) !== 'acsp') return undefined
      const stamp = [moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second]
      stamp.forEach((value, i) => profile.writeUInt16BE(value, 24 + 2 * i))
      return profile
    }, true)
  }
  return bytes
}

/**
 * The object with its stream content replaced by `change(content)` and `/Length` set to match; `dropFilter`: the new
 * content is stored unfiltered (the dictionary loses `/Filter` and gets a direct `/Length`). Unchanged when
 * `change` answers undefined or the object is not one stream.
 */
function replaceStream(bytes: Buffer, change: (content: Buffer) => Buffer | undefined, dropFilter: boolean): Buffer {
  const text = bytes.toString('latin1')
  const open = /^(\d+ 0 obj\s*)(<<[\s\S]*?>>)\s*stream\r?\n/.exec(text)
  const close = text.lastIndexOf('endstream')
  if (!open || close < open[0].length) return bytes
  const contentEnd = text[close - 1] === '\n' ? (text[close - 2] === '\r' ? close - 2 : close - 1) : close
  const declared = /\/Length (\d+)(?!\d)(?!\s+\d+\s+R)/.exec(open[2]!)
  const length = declared ? Number(declared[1]) : contentEnd - open[0].length
  let content: Buffer | undefined
  try {
    content = change(bytes.subarray(open[0].length, open[0].length + length))
  } catch {
    return bytes // a stream that does not inflate: left as it is
  }
  if (!content) return bytes
  const dictionary = dropFilter
    ? open[2]!.replace(/\/Filter\s*\/FlateDecode/, '').replace(/\/Length \d+ 0 R/, `/Length ${content.length}`)
    : open[2]!.replace(/\/Length \d+/, `/Length ${content.length}`)
  return Buffer.concat([
    Buffer.from(`${open[1]}${dictionary}\nstream\n`, 'latin1'),
    content,
    Buffer.from(`\n${text.slice(close)}`, 'latin1'),
  ])
}

/** `dcterms:created` of the .docx (oogo writes the dossier's date there), as a moment; undefined when absent. */
function docxCreated(docx: Uint8Array): Moment | undefined {
  let core: string
  try {
    const part = unzipParts(docx).get('docProps/core.xml')
    if (!part) return undefined
    core = new TextDecoder().decode(part)
  } catch {
    return undefined
  }
  const m = /<dcterms:created\b[^>]*>(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(core)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number]
  return { year, month, day, hour, minute, second }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
