/**
 * A path read from manifest.json is input: oogo removes only a file it can prove it wrote (inside --uit, of its own
 * form, the content the manifest records). Temporary files have unguessable names and are created exclusively, so a
 * symlink planted in the output folder never makes a document land outside it.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from '../../src/write/atomic-write.ts'
import { temporaryPath } from '../../src/write/temporaries.ts'
import { writeDocuments } from '../../src/write/write-documents.ts'
import { manifestProblems, removeStale, type ManifestDocument } from '../../src/write/write-manifest.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-safe-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())
let n = 0
/** A fresh room: `uit` (the output folder) and `buiten` (outside it, with a file that must survive). */
function room() {
  const dir = join(tmp, String(++n))
  const uit = join(dir, 'uit')
  const buiten = join(dir, 'buiten')
  mkdirSync(join(uit, 'dossier-a'), { recursive: true })
  mkdirSync(buiten)
  writeFileSync(join(buiten, 'victim.txt'), 'van de gebruiker')
  return { uit, buiten }
}
const hash = (text: string) => createHash('sha256').update(text).digest('hex')
const hashOf = (path: string) => (existsSync(path) ? hash(readFileSync(path, 'utf8')) : undefined)
const doc = (path: string, content = 'docx'): ManifestDocument => ({ path, kind: 'overeenkomst', sha256: hash(content), size: content.length })

describe('temporary files', () => {
  it('have an unguessable name of the form .<name>.<pid>.<random>.tmp', () => {
    const a = temporaryPath('/uit/a.docx')
    expect(a).toMatch(new RegExp(`^/uit/\\.a\\.docx\\.${process.pid}\\.[0-9a-f]{16}\\.tmp$`))
    expect(temporaryPath('/uit/a.docx')).not.toBe(a)
  })

  it('a symlink planted at the name of earlier versions is not written through', () => {
    const { uit, buiten } = room()
    symlinkSync(join(buiten, 'victim.txt'), join(uit, `.a.docx.${process.pid}.tmp`))
    expect(writeDocuments(uit, [{ fileName: 'a.docx', bytes: new TextEncoder().encode('nieuw') }]).problems).toEqual([])
    writeFileAtomic(join(uit, 'b.docx'), 'nieuw')
    expect(readFileSync(join(buiten, 'victim.txt'), 'utf8')).toBe('van de gebruiker')
    expect(readFileSync(join(uit, 'a.docx'), 'utf8')).toBe('nieuw')
  })

  it('a symlink at the very name of the temporary is refused (exclusive create), not followed', () => {
    const { uit, buiten } = room()
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => array)
    const planted = join(uit, `.b.docx.${process.pid}.0000000000000000.tmp`)
    symlinkSync(join(buiten, 'nieuw.txt'), planted)
    expect(() => writeFileAtomic(join(uit, 'b.docx'), 'nieuw')).toThrow(expect.objectContaining({ code: 'EEXIST' }))
    // the planted link itself (not what it points to) was cleaned up with the failed temporary; plant it again
    expect(readdirSync(uit)).toEqual(['dossier-a'])
    symlinkSync(join(buiten, 'nieuw.txt'), planted)
    const result = writeDocuments(uit, [{ fileName: 'b.docx', bytes: new Uint8Array([1]) }])
    expect(result.written).toEqual([])
    expect(result.problems.map((p) => p.message)).toEqual(['Het bestand kan niet worden geschreven (EEXIST).'])
    expect(readdirSync(buiten)).toEqual(['victim.txt'])
    expect(readdirSync(uit)).toEqual(['dossier-a'])
    expect(existsSync(join(uit, 'b.docx'))).toBe(false)
  })
})

describe('removeStale', () => {
  it('removes only documents of its own form inside the output folder, with the hash the manifest records', () => {
    const { uit, buiten } = room()
    writeFileSync(join(uit, 'dossier-a', 'verslag.docx'), 'docx')
    writeFileSync(join(uit, 'dossier-a', 'bewerkt.docx'), 'door de gebruiker bewerkt')
    writeFileSync(join(buiten, 'x.docx'), 'docx')
    symlinkSync(buiten, join(uit, 'koppeling'))
    symlinkSync(join(buiten, 'x.docx'), join(uit, 'dossier-a', 'link.docx'))
    const result = removeStale(uit, [
      doc('../buiten/victim.txt'), doc('dossier-a/../../buiten/x.docx'), doc(join(buiten, 'x.docx')), doc('koppeling/x.docx'),
      doc('dossier-a/link.docx'), doc('dossier-a/bewerkt.docx'), doc('dossier-a/verslag.docx'), doc('dossier-a/weg.docx'),
    ], hashOf)
    expect(result).toEqual({
      removed: ['dossier-a/verslag.docx'],
      kept: [
        { path: '../buiten/victim.txt', reason: 'heeft niet de vorm <map>/<naam>.docx of <map>/<naam>.pdf' },
        { path: 'dossier-a/../../buiten/x.docx', reason: 'heeft niet de vorm <map>/<naam>.docx of <map>/<naam>.pdf' },
        { path: join(buiten, 'x.docx'), reason: 'heeft niet de vorm <map>/<naam>.docx of <map>/<naam>.pdf' },
        { path: 'koppeling/x.docx', reason: 'ligt via een symbolische koppeling buiten de uitvoermap' },
        { path: 'dossier-a/link.docx', reason: 'is geen gewoon bestand' },
        { path: 'dossier-a/bewerkt.docx', reason: 'is gewijzigd sinds oogo het schreef' },
        { path: 'dossier-a/weg.docx', reason: 'is geen gewoon bestand' },
      ],
    })
    expect(readdirSync(buiten).sort()).toEqual(['victim.txt', 'x.docx'])
    expect(readdirSync(join(uit, 'dossier-a')).sort()).toEqual(['bewerkt.docx', 'link.docx'])
  })

  it('checks a bare path too (no hash given): the form and the place', () => {
    const { uit, buiten } = room()
    expect(removeStale(uit, ['../buiten/victim.txt'])).toEqual({ removed: [], kept: [{ path: '../buiten/victim.txt', reason: 'heeft niet de vorm <map>/<naam>.docx of <map>/<naam>.pdf' }] })
    expect(readFileSync(join(buiten, 'victim.txt'), 'utf8')).toBe('van de gebruiker')
  })
})

describe('manifestProblems', () => {
  it('names every path that is not a document of oogo inside the output folder, and a wrong shape', () => {
    const { uit } = room()
    const dossier = (folder: string, documents: unknown[]) => ({ file: 'a.yaml', sha256: hash('a'), folder, documents })
    const header = { engineVersion: '0.1.0', templatesSha256: hash('t'), houseStyleSha256: null, configSha256: null, documents: [] }
    expect(manifestProblems(uit, { ...header, dossiers: [dossier('dossier-a', [doc('dossier-a/verslag.docx')])] })).toEqual([])
    expect(manifestProblems(uit, {
      ...header,
      dossiers: [
        dossier('dossier-a', [doc('../outside/victim.txt'), doc('dossier-b/verslag.docx'), { path: 'dossier-a/x.docx' }]),
        dossier('..', []),
        'geen dossier',
      ],
    })).toEqual([
      'manifest.json, dossiers[0].documents[0]: het pad "../outside/victim.txt" ligt niet in de map van het dossier',
      'manifest.json, dossiers[0].documents[1]: het pad "dossier-b/verslag.docx" ligt niet in de map van het dossier',
      'manifest.json, dossiers[0].documents[2]: geen geldig document (path, kind, sha256, size)',
      'manifest.json, dossiers[1]: de map ".." heeft niet de vorm die oogo maakt',
      'manifest.json, dossiers[2]: geen geldig dossier (file, sha256, folder, documents)',
    ])
    expect(manifestProblems(uit, [])).toEqual(['manifest.json is geen object'])
  })
})
