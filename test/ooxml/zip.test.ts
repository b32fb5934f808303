/**
 * The zip container: parts out and back in, byte for byte, the same bytes every time, and no oversized part.
 */
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openZip, unzipParts, ZipError, zippedText, zipParts, type Parts, type ZipProblem } from '../../src/ooxml/zip.ts'

const encoder = new TextEncoder()

describe('zipParts and unzipParts', () => {
  const parts: Parts = new Map<string, string | Uint8Array>([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
    ['word/document.xml', '<w:document>één € ✓</w:document>'],
    ['word/media/image1.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255])],
  ])

  it('give back every part, in order, text as UTF-8', () => {
    const back = unzipParts(zipParts(parts))
    expect([...back.keys()]).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/image1.png'])
    expect(back.get('[Content_Types].xml')).toEqual(encoder.encode('<?xml version="1.0"?><Types/>'))
    expect(back.get('word/document.xml')).toEqual(encoder.encode('<w:document>één € ✓</w:document>'))
    expect(back.get('word/media/image1.png')).toEqual(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255]))
  })

  it('zip the same parts to the same bytes, in any time zone (a fixed entry time)', () => {
    expect(Buffer.from(zipParts(parts)).toString('hex')).toBe(Buffer.from(zipParts(new Map(parts))).toString('hex'))
  })

  it('leave out parts that unpack to more than the limit', () => {
    const back = unzipParts(zipParts(new Map([['small', 'x'], ['large', 'x'.repeat(1000)]])), 100)
    expect([...back.keys()]).toEqual(['small'])
  })

  it('tell the text a part of the last package was zipped from, once, and only for exactly its stored bytes', () => {
    const zip = openZip(zipParts(parts), { maxEntries: 10, maxTotalSize: 10_000 })
    const stored = zip.packed('word/document.xml')!
    expect(zippedText('word/document.xml', { ...stored, crc: stored.crc ^ 1 })).toBeUndefined()
    expect(zippedText('word/document.xml', stored)).toBe('<w:document>één € ✓</w:document>')
    expect(zippedText('word/document.xml', stored)).toBeUndefined() // let go once read
    expect(zippedText('word/media/image1.png', zip.packed('word/media/image1.png')!)).toBeUndefined() // no text
  })

  it('refuse bytes that are no zip archive', () => {
    expect(() => unzipParts(encoder.encode('dit is geen zip'))).toThrow()
  })
})

describe('openZip', () => {
  const limits = { maxEntries: 10, maxTotalSize: 10_000 }
  const problemOf = (run: () => unknown): ZipProblem | undefined => {
    try {
      run()
      return undefined
    } catch (error) {
      if (error instanceof ZipError) return error.problem
      throw error
    }
  }
  const zip = zipSync({
    'stored.xml': [encoder.encode('<a/>'), { level: 0 }],
    'deflated.xml': encoder.encode(`<b>${'x'.repeat(2000)}</b>`),
    'folder/': new Uint8Array(0),
  })

  it('lists the entries and inflates a part only when asked, stored or deflated', () => {
    const opened = openZip(zip, limits)
    expect(opened.names).toEqual(['stored.xml', 'deflated.xml', 'folder/'])
    expect(opened.read('stored.xml', 100)).toEqual(encoder.encode('<a/>'))
    expect(opened.read('deflated.xml', 5000)).toEqual(encoder.encode(`<b>${'x'.repeat(2000)}</b>`))
    expect(opened.read('folder/', 0)).toEqual(new Uint8Array(0))
    expect(opened.read('er-niet.xml', 100)).toBeUndefined()
  })

  it('refuses a part that declares more than the caller allows, before inflating it', () => {
    expect(problemOf(() => openZip(zip, limits).read('deflated.xml', 2006))).toEqual({ kind: 'part-too-large', name: 'deflated.xml', size: 2007, limit: 2006 })
  })

  it('refuses from the central directory: too many entries, too many bytes in all, no zip at all', () => {
    expect(problemOf(() => openZip(zip, { ...limits, maxEntries: 2 }))).toEqual({ kind: 'too-many-entries', count: 3, limit: 2 })
    expect(problemOf(() => openZip(zip, { ...limits, maxTotalSize: 2010 }))).toEqual({ kind: 'total-too-large', size: 2011, limit: 2010 })
    expect(problemOf(() => openZip(encoder.encode('dit is geen zip'), limits))).toEqual({ kind: 'not-zip' })
    expect(problemOf(() => openZip(zip.subarray(0, zip.length - 30), limits))).toEqual({ kind: 'not-zip' })
  })
})
