/**
 * manifest.json is made one dossier at a time (a batch of thousands of dossiers took a hundred megabytes for one big
 * stringify at its end); its bytes must stay exactly those of `JSON.stringify(normalizeManifest(m), null, 2)` plus a
 * newline, which earlier runs wrote and which an idle run compares with.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestText, normalizeManifest, writeManifest, type Manifest, type ManifestDossier } from '../../src/write/write-manifest.ts'

const hash = (n: number) => n.toString(16).padStart(64, '0')
const dossier = (file: string, folder: string, documents: number): ManifestDossier => ({
  file, sha256: hash(documents + 1), folder,
  // in reverse order, as a run may record them: the text sorts them
  documents: Array.from({ length: documents }, (_, i) => ({ path: `${folder}/verslag-${documents - i}.docx`, kind: 'verslag', sha256: hash(i), size: 1000 + i })),
})
const header = { engineVersion: '0.1.0', templatesSha256: hash(7), houseStyleSha256: null, configSha256: hash(8), documents: ['verslag', 'overeenkomst'] }
const old = (m: Manifest) => JSON.stringify(normalizeManifest(m), null, 2) + '\n'

describe('manifestText', () => {
  it('gives the bytes of the one big stringify: no dossiers, one, several out of order, a PDF header, names that JSON escapes', () => {
    const many: Manifest = {
      ...header,
      pdf: { libreOffice: '7.4.7.2', only: false },
      dossiers: [
        dossier('Regio\'s/Kop "van" NH.yaml', 'regio-s-kop-van-nh', 3),
        dossier('a/ß\\x\u2028.yaml', 'a-ss-x', 0),
        { ...dossier('b.yaml', 'b', 2), documents: [{ path: 'b/x.pdf', kind: 'uitnodiging', sha256: hash(3), size: 9, docxSha256: hash(4) }] },
      ],
    }
    for (const manifest of [{ ...header, dossiers: [] }, { ...header, dossiers: [dossier('x.yaml', 'x', 1)] }, many]) {
      expect(manifestText(manifest)).toBe(old(manifest))
    }
  })
})

describe('writeManifest, unless the same', () => {
  it('leaves the same manifest untouched, and replaces one that differs anywhere (also one longer or shorter)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'oogo-manifest-'))
    const manifest: Manifest = { ...header, dossiers: [dossier('a.yaml', 'a', 2), dossier('b.yaml', 'b', 3)] }
    const file = join(folder, 'manifest.json')
    expect(writeManifest(folder, manifest, { unlessSame: true })).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(old(manifest))
    const inode = statSync(file).ino
    expect(writeManifest(folder, manifest, { unlessSame: true })).toBe(false)
    expect(statSync(file).ino).toBe(inode)
    for (const other of [old(manifest) + ' ', old(manifest).slice(0, -1), old(manifest).replace('"a.yaml"', '"c.yaml"')]) {
      writeFileSync(file, other)
      expect(writeManifest(folder, manifest, { unlessSame: true })).toBe(true)
      expect(readFileSync(file, 'utf8')).toBe(old(manifest))
    }
    expect(readdirSync(folder)).toEqual(['manifest.json'])
  })
})
