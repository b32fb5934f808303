/**
 * The Word package itself: what Word checks before it offers a repair (relationships and content
 * types agree, bookmark ids are unique, every REF field has its bookmark, page fields carry a
 * cached result), the provenance in the document properties, and the sample's document.xml as a
 * golden file (pretty-printed, so a docx upgrade shows as a readable diff).
 */
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { assembleFile, root, sampleWarnings } from '../support/helpers.ts'
import { engineVersion } from '../../src/version.ts'

let parts: Record<string, string>
let sha256: string

beforeAll(async () => {
  const result = await assembleFile('samples/voorbeeld-dossier.yaml')
  expect(result.problems.map((p) => p.code)).toEqual(sampleWarnings)
  sha256 = result.documents[0]!.model.meta.dossierSha256
  parts = Object.fromEntries(Object.entries(unzipSync(result.documents[0]!.bytes!)).map(([name, bytes]) => [name, strFromU8(bytes)]))
})

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!)

describe('the .docx package', () => {
  it('has a content type for every part and a target for every relationship', () => {
    const types = parts['[Content_Types].xml']!
    for (const name of Object.keys(parts).filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml')) {
      const extension = name.split('.').pop()!
      expect(types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`), name).toBe(true)
    }
    for (const [name, rels] of Object.entries(parts).filter(([n]) => n.endsWith('.rels'))) {
      const base = name.replace(/_rels\/[^/]*\.rels$/, '')
      for (const target of all(rels, /Target="([^"]+)"/g).filter((t) => !/^https?:/.test(t))) {
        const path = target.startsWith('/') ? target.slice(1) : join(base, target).replace(/\\/g, '/')
        expect(parts[path], `${name} → ${target}`).toBeDefined()
      }
    }
  })

  it('has unique bookmarks and a bookmark for every cross-reference', () => {
    const xml = parts['word/document.xml']!
    const ids = all(xml, /<w:bookmarkStart [^>]*w:id="(\d+)"/g)
    expect(new Set(ids).size).toBe(ids.length)
    expect(all(xml, /<w:bookmarkEnd w:id="(\d+)"/g).sort()).toEqual([...ids].sort())
    const names = new Set(all(xml, /<w:bookmarkStart w:name="([^"]+)"/g))
    expect(names.size).toBe(ids.length)
    const refs = all(xml, /w:instr="REF ([^ ]+) \\h"/g)
    expect(refs.length).toBeGreaterThanOrEqual(10)
    for (const ref of refs) expect(names.has(ref), ref).toBe(true)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(40)
  })

  it('writes page numbers as simple fields with a cached result', () => {
    const footer = Object.entries(parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1]
    expect(footer).toContain('<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve">1</w:t></w:r></w:fldSimple>')
    expect(footer).toContain('<w:fldSimple w:instr="NUMPAGES"><w:r><w:t xml:space="preserve">1</w:t></w:r></w:fldSimple>')
  })

  it('records title, subject, kenmerk and provenance in the properties', () => {
    const core = parts['docProps/core.xml']!
    expect(core).toContain('<dc:title>Overeenkomst OOGO jeugd</dc:title>')
    expect(core).toContain('<dc:subject>OOGO jeugd Kop van Noord-Holland 2027–2030</dc:subject>')
    expect(core).toContain('<cp:keywords>OOGO-JZ03-2026</cp:keywords>')
    const custom = parts['docProps/custom.xml']!
    expect(custom).toMatch(new RegExp(`name="oogo-versie"><vt:lpwstr>${engineVersion.replace(/\./g, '\\.')}</vt:lpwstr>`))
    expect(sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(custom).toContain(`name="oogo-dossier-sha256"><vt:lpwstr>${sha256}</vt:lpwstr>`)
    expect(custom).toContain('name="oogo-status"><vt:lpwstr>definitief</vt:lpwstr>')
  })

  it('never shows undefined, template syntax or an escaped character', () => {
    const text = all(parts['word/document.xml']!, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).join('')
    expect(text).not.toMatch(/undefined|\{\{|\}\}|\\[*_#{]|\[\]\(#/)
  })

  it('matches the stored document.xml', async () => {
    const pretty = parts['word/document.xml']!.replace(/></g, '>\n<')
    await expect(pretty + '\n').toMatchFileSnapshot(join(root, 'test', 'fixtures', 'voorbeeld', 'expected.document.xml'))
  })
})
