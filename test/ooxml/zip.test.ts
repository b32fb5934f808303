/**
 * The zip container: parts out and back in, byte for byte, the same bytes every time, and no oversized part.
 */
import { describe, expect, it } from 'vitest'
import { unzipParts, zipParts, type Parts } from '../../src/ooxml/zip.ts'

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

  it('refuse bytes that are no zip archive', () => {
    expect(() => unzipParts(encoder.encode('dit is geen zip'))).toThrow()
  })
})
