/**
 * The default house style as a reference document: `templates/huisstijl.docx` is exactly what
 * `scripts/maak-huisstijl.ts` builds from style-map.ts, and applying it with `--huisstijl` gives the
 * same bytes as applying no house style at all. Also: what style-map.ts assumes about docx's own
 * default styles and theme, and the renumbering of drawing ids that keeps a logo deterministic.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { Document, Header, ImageRun, Paragraph, readTheme } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { packTemplate, templateFile } from '../../scripts/maak-huisstijl.ts'
import { docxDefaultStyleNames, houseStyle, Style, styleNames } from '../../src/docx/style-map.ts'
import { defaultThemeFingerprint, themeFingerprint } from '../../src/docx/theme.ts'
import { loadHouseStyle } from '../../src/load/load-house-style.ts'
import { packDocx } from '../../src/pack/pack-docx.ts'
import { assembleFile, samplePath, sampleWarnings } from '../support/helpers.ts'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const part = (zip: Uint8Array, name: string) => strFromU8(unzipSync(zip, { filter: (f) => f.name === name })[name]!)
const styleEntries = (xml: string) => [...xml.matchAll(/<w:style\b[^>]*\sw:styleId="([^"]*)"[^>]*>[\s\S]*?<w:name w:val="([^"]*)"/g)].map(([, id, name]) => ({ id: id!, name: name! }))

describe('templates/huisstijl.docx', () => {
  it('is a fresh build of the default house style, byte for byte', async () => {
    const fresh = await packTemplate()
    const committed = new Uint8Array(readFileSync(templateFile))
    expect(sha256(committed), 'templates/huisstijl.docx is out of date: run `npx tsx scripts/maak-huisstijl.ts`').toBe(sha256(fresh))
  })

  it('uses and shows every style of the model, on the default page', () => {
    const committed = new Uint8Array(readFileSync(templateFile))
    const ids = styleEntries(part(committed, 'word/styles.xml')).map((s) => s.id)
    const document = part(committed, 'word/document.xml')
    for (const id of new Set(Object.values(Style))) {
      expect(ids, id).toContain(id)
      if (id !== Style.header && id !== Style.footer) expect(document, id).toContain(`<w:pStyle w:val="${id}"/>`)
    }
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(document).toContain('<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>')
  })

  it('applied with --huisstijl, gives every document of the sample the bytes of the built-in house style', async () => {
    const loaded = loadHouseStyle(templateFile)
    expect(loaded.problems).toEqual([])
    const builtIn = await assembleFile(samplePath)
    const applied = await assembleFile(samplePath, { houseStyle: loaded.houseStyle! })
    expect(applied.problems.map((p) => p.code)).toEqual(sampleWarnings)
    expect(applied.documents).toHaveLength(26)
    expect(applied.documents.every((d) => d.houseStyle === templateFile)).toBe(true)
    expect(applied.documents.map((d) => sha256(d.bytes!))).toEqual(builtIn.documents.map((d) => sha256(d.bytes!)))
  })
})

describe('what style-map.ts knows of docx 9.15.2', () => {
  it('names every default style docx writes, so a house style replaces it instead of doubling it', async () => {
    const bytes = await packDocx(new Document({ styles: houseStyle, sections: [{ children: [new Paragraph('x')] }] }), { date: '2026-01-01' })
    const known: Record<string, readonly string[]> = { ...styleNames, ...docxDefaultStyleNames }
    const written = styleEntries(part(bytes, 'word/styles.xml'))
    expect(written.length).toBeGreaterThan(30)
    for (const { id, name } of written) {
      expect(known[id], `docx writes style ${id} (${name}); add it to style-map.ts`).toBeDefined()
      expect(known[id]!.map((n) => n.toLowerCase()), id).toContain(name.toLowerCase())
    }
  })

  it('recognises the theme docx writes by default', async () => {
    const bytes = await packDocx(new Document({ sections: [{ children: [new Paragraph('x')] }] }), { date: '2026-01-01' })
    expect(themeFingerprint(readTheme(part(bytes, 'word/theme/theme1.xml')))).toBe(defaultThemeFingerprint)
  })
})

describe('drawing ids (pack/normalize-docx.ts)', () => {
  // A 1×1 PNG: enough for docx, which only copies the bytes.
  const crc = (bytes: Buffer) => {
    let c = ~0
    for (const b of bytes) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)) }
    return ~c >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))), chunk('IEND', Buffer.alloc(0))])
  const image = () => new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } })
  const build = () => new Document({
    sections: [{ headers: { default: new Header({ children: [new Paragraph({ children: [image()] })] }) }, children: [new Paragraph({ children: [image(), image()] })] }],
  })
  const ids = (xml: string) => [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]))

  it('numbers drawings 1, 2, 3 in document order and gives every build in a process the same bytes', async () => {
    const first = await packDocx(build(), { date: '2026-01-01' })
    const second = await packDocx(build(), { date: '2026-01-01' }) // docx's counter has moved on by three
    expect(ids(part(first, 'word/document.xml'))).toEqual([1, 2])
    expect(ids(part(first, 'word/header1.xml'))).toEqual([3])
    expect(sha256(second)).toBe(sha256(first))
  })
})
