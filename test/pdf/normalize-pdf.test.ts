/**
 * normalizePdf on two real exports of the same .docx by LibreOffice 7.4 (test/fixtures/pdf: run-1.pdf and run-2.pdf,
 * made a minute apart from bron.docx, an uitnodiging of the sample): LibreOffice stamps the clock into them, so they
 * differ; after normalizing they are the same bytes, carry the .docx's date and a file identifier from its hash, and
 * every entry of the rewritten cross-reference table points at its object.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { normalizePdf } from '../../src/pdf/normalize-pdf.ts'
import { crossReference } from '../support/pdf-xref.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pdf')
const docx = new Uint8Array(readFileSync(join(fixtures, 'bron.docx')))
const runs = ['run-1.pdf', 'run-2.pdf'].map((name) => new Uint8Array(readFileSync(join(fixtures, name))))
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

describe('normalizePdf', () => {
  const [a, b] = runs.map((pdf) => normalizePdf(pdf, docx))

  it('two exports of the same .docx differ as LibreOffice writes them, and are the same bytes after', () => {
    expect(Buffer.compare(Buffer.from(runs[0]!), Buffer.from(runs[1]!))).not.toBe(0)
    expect(a!.normalized).toBe(true)
    expect(Buffer.compare(Buffer.from(a!.bytes), Buffer.from(b!.bytes))).toBe(0)
  })

  it("puts the .docx's date (dcterms:created, the document's date in the dossier) in the information dictionary and the XMP metadata", () => {
    const pdf = text(a!.bytes)
    expect(text(runs[0]!)).not.toContain('/CreationDate(D:20260127000000Z)')
    expect(pdf.match(/\/CreationDate\([^)]*\)/g)).toEqual(['/CreationDate(D:20260127000000Z)'])
    expect(pdf.match(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*/g)).toEqual(['<xmp:CreateDate>2026-01-27T00:00:00Z'])
    const metadata = /\/Type\/Metadata\/Subtype\/XML\/Length (\d+)>>\nstream\n/.exec(pdf)!
    expect(pdf.slice(metadata.index + metadata[0].length + Number(metadata[1]))).toMatch(/^\nendstream/)
  })

  it('gives the file identifier from the .docx hash and drops LibreOffice\'s checksum', () => {
    const id = createHash('sha256').update(docx).digest('hex').slice(0, 32).toUpperCase()
    const trailer = text(a!.bytes).slice(text(a!.bytes).lastIndexOf('trailer'))
    expect(trailer).toBe(`trailer\n<</Size 78/Root 76 0 R\n/Info 77 0 R\n/ID [ <${id}>\n<${id}> ]\n>>\nstartxref\n${text(a!.bytes).lastIndexOf('xref\n0 ')}\n%%EOF\n`)
    expect(text(runs[0]!)).toContain('/DocChecksum')
  })

  it('dates the colour profile of the output intent the same, and keeps it uncompressed', () => {
    const pdf = text(a!.bytes)
    const icc = /<<\/N 3\/Length (\d+)>>\nstream\n/.exec(pdf)!
    const profile = Buffer.from(pdf.slice(icc.index + icc[0].length, icc.index + icc[0].length + Number(icc[1])), 'latin1')
    expect(profile.toString('latin1', 36, 40)).toBe('acsp')
    expect([0, 1, 2, 3, 4, 5].map((i) => profile.readUInt16BE(24 + 2 * i))).toEqual([2026, 1, 27, 0, 0, 0])
    const original = text(runs[0]!)
    const packed = /<<\/N 3\/Length (\d+) 0 R\/Filter\/FlateDecode>>\nstream\n/.exec(original)!
    const before = Buffer.from(inflateSync(Buffer.from(original.slice(packed.index + packed[0].length, original.indexOf('\nendstream', packed.index)), 'latin1')))
    expect(before.subarray(0, 24)).toEqual(profile.subarray(0, 24)) // the rest of the profile unchanged
    expect(before.subarray(36)).toEqual(profile.subarray(36))
  })

  it('rewrites the cross-reference table so that every entry points at its object', () => {
    expect(crossReference(Buffer.from(runs[0]!)).wrong).toEqual([])
    expect(crossReference(Buffer.from(a!.bytes))).toEqual({ wrong: [], inUse: 77, prev: false })
  })

  it('leaves a PDF it does not know the layout of as it is', () => {
    const odd = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n'))
    expect(normalizePdf(odd, docx)).toEqual({ bytes: odd, normalized: false })
  })
})
