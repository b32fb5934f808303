/**
 * zipParts deflates a part once per distinct content and writes the zip container itself: the bytes must be exactly
 * what fflate's zipSync writes (`zipPartsBefore`, the old function kept here, each part at its level), for every
 * document of the sample and of every fixture, for a part met for the first, second or tenth time, and for names and
 * parts of every kind. The one part fflate does not deflate, the body (word/document.xml: pako, zlib's level 1), is
 * held apart: its entry must hold exactly pako's DEFLATE data of its text, and every other part the bytes as before.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { zipSync, type Zippable } from 'fflate'
import { deflateRaw } from 'pako'
import { describe, expect, it } from 'vitest'
import { deflatePart, levelOf, openZip, unzipParts, zipParts, type Parts } from '../../src/ooxml/zip.ts'
import { assembleFixture, fixtureNames, fixturesDir } from '../support/fixtures.ts'
import { assembleText, sampleText } from '../support/helpers.ts'

/** src/ooxml/zip.ts's zipParts as it was before the entry cache (commit 1dd9eed), with each part at its level (levelOf). */
function zipPartsBefore(parts: Parts): Uint8Array {
  const encoder = new TextEncoder()
  const out: Zippable = {}
  const mtime = new Date(1980, 0, 1, 0, 0, 0)
  for (const [name, part] of parts) {
    if (name === BODY) throw new Error('fflate deflates no body: compare it apart')
    out[name] = [typeof part === 'string' ? encoder.encode(part) : part, { mtime, level: levelOf(name) }]
  }
  return zipSync(out, { mtime })
}

const BODY = 'word/document.xml'
/** The parts without the body. */
const withoutBody = (parts: Parts): Parts => new Map([...parts].filter(([name]) => name !== BODY))

/** The cases that make documents (the others stop at their errors): they have a list of files. */
const makesDocuments = (name: string) => existsSync(join(fixturesDir, name, 'expected.files.txt'))
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const decoder = new TextDecoder()

/** A document's parts as pack/ hands them to zipParts: XML as text, anything else as bytes. */
const partsOf = (bytes: Uint8Array): Parts =>
  new Map([...unzipParts(bytes)].map(([name, data]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? decoder.decode(data) : data]))

describe('zipParts with its entry cache', () => {
  it('writes every document of the sample and of every fixture byte for byte as before', async () => {
    const results = [await assembleText(sampleText), ...await Promise.all(fixtureNames().filter(makesDocuments).map((name) => assembleFixture(name)))]
    const documents = results.flatMap((result) => result.documents).filter((d) => d.bytes)
    expect(documents.length).toBeGreaterThan(100)
    for (const document of documents) {
      const parts = partsOf(document.bytes!)
      // The body: pako's DEFLATE data of its text, with the CRC-32 and size of its UTF-8.
      const body = new TextEncoder().encode(parts.get(BODY) as string)
      const stored = openZip(document.bytes!, { maxEntries: 100, maxTotalSize: 100_000_000 }).packed(BODY)!
      expect(hex(stored.packed), document.fileName).toBe(hex(deflateRaw(body, { level: 1 })))
      expect([stored.method, stored.size, stored.crc], document.fileName).toEqual([8, body.length, crc32(body)])
      // Every other part: the parts every document of a house style shares came from the cache.
      expect(hex(zipParts(withoutBody(parts))), document.fileName).toBe(hex(zipPartsBefore(withoutBody(parts))))
    }
  })

  it("deflates the body as pako's deflateRaw at level 1, byte for byte, one after another on its kept stream", () => {
    let seed = 11
    const noise = Uint8Array.from({ length: 300_000 }, () => (seed = (seed * 48271) % 0x7fffffff) & 0xff) // does not compress
    const text = new TextEncoder().encode('<w:p><w:r><w:t>Artikel één — geschillen</w:t></w:r></w:p>'.repeat(3000))
    const inputs = [new Uint8Array(0), Uint8Array.of(65), text, noise, text.subarray(0, 70_000), noise.subarray(0, 100), text]
    for (const input of inputs) expect(hex(deflatePart(input, 1)), `${input.length} bytes`).toBe(hex(deflateRaw(input, { level: 1 })))
  })

  it('writes as before: empty parts, bytes, a non-ASCII name (UTF-8 flag), the same content under two names', () => {
    const shared = '<w:styles>' + 'x'.repeat(5000) + '</w:styles>'
    const parts: Parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
      ['leeg.xml', ''],
      ['word/één.xml', '<w:document>één € ✓ 😀</w:document>'],
      ['word/styles.xml', shared],
      ['word/kopie.xml', shared],
      ['word/media/image1.png', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)],
      ['word/media/image2.png', new Uint8Array(0)],
    ])
    const before = hex(zipPartsBefore(parts))
    for (let round = 0; round < 3; round++) expect(hex(zipParts(parts))).toBe(before)
    expect(hex(zipParts(new Map()))).toBe(hex(zipPartsBefore(new Map())))
  })

  it('does not mix up parts of the same size, nor text and bytes of the same content', () => {
    const a: Parts = new Map<string, string | Uint8Array>([['a.xml', '<a>1</a>'], ['b.bin', new TextEncoder().encode('<a>2</a>')]])
    const b: Parts = new Map<string, string | Uint8Array>([['a.xml', '<a>2</a>'], ['b.bin', new TextEncoder().encode('<a>1</a>')]])
    for (let round = 0; round < 3; round++) {
      expect(hex(zipParts(a))).toBe(hex(zipPartsBefore(a)))
      expect(hex(zipParts(b))).toBe(hex(zipPartsBefore(b)))
    }
    expect(decoder.decode(unzipParts(zipParts(b)).get('a.xml'))).toBe('<a>2</a>')
  })

  it('writes as before when the cache is full and drops what was used least recently', () => {
    // 24 parts of 300,000 characters, each zipped three times: twice the 8 MB the cache keeps of text.
    const big = Array.from({ length: 24 }, (_, i) => new Map([[`word/deel${i}.xml`, `<a>${String(i).repeat(100_000)}</a>`]]) as Parts)
    const before = big.map((parts) => hex(zipPartsBefore(parts)))
    for (let round = 0; round < 3; round++) big.forEach((parts, i) => expect(hex(zipParts(parts)), `part ${i}, round ${round}`).toBe(before[i]))
  })
})
