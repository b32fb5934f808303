/**
 * The document set is written whole or not at all: a full disk, a read-only folder or an interruption leaves neither
 * documents nor temporary files of the run; temporary files of a killed run are removed by the next one.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { completeInterruptedSets, removeStaleTemporaries, staleAfterMs } from '../../src/write/temporaries.ts'
import { writeDocuments, writeDocumentSet, type FileToWrite } from '../../src/write/write-documents.ts'
import { fullDisk, readOnlyFolder } from './mounts.ts'

const folder = () => mkdtempSync(join(tmpdir(), 'oogo-set-'))
/** Four files of 20 kB: 80 kB together. */
const files: FileToWrite[] = ['a', 'b', 'c', 'd'].map((n) => ({ fileName: `${n}.docx`, bytes: new Uint8Array(20_000).fill(n.charCodeAt(0)) }))
const never = () => false

/** A pid no process has: that of a process that has ended. */
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!

describe('writeDocuments and writeDocumentSet', () => {
  it('write every file, nothing else', async () => {
    const dir = folder()
    expect(await writeDocumentSet(join(dir, 'uit'), files, never)).toEqual({
      written: files.map((f) => ({ path: join(dir, 'uit', f.fileName), bytes: 20_000 })), problems: [], interrupted: false,
    })
    expect(readdirSync(join(dir, 'uit'))).toEqual(['a.docx', 'b.docx', 'c.docx', 'd.docx'])
    expect(writeDocuments(join(dir, 'uit'), files.slice(0, 1)).written).toEqual([{ path: join(dir, 'uit', 'a.docx'), bytes: 20_000 }])
  })

  it('stop before the renames when interrupted between two files: no documents, no temporary files', async () => {
    for (const after of [1, 3, 4]) {
      const dir = folder()
      let asked = 0
      // stopped() is asked before each file and once before the renames
      const result = await writeDocumentSet(dir, files, () => ++asked > after)
      expect(result).toEqual({ written: [], problems: [], interrupted: true })
      expect(readdirSync(dir)).toEqual([])
    }
  })

  it('leave the earlier documents of the same name in place when interrupted', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'b.docx'), 'vorige run')
    expect((await writeDocumentSet(dir, files, () => readdirSync(dir).some((n) => n.startsWith('.c.docx.')))).interrupted).toBe(true)
    expect(readdirSync(dir)).toEqual(['b.docx'])
    expect(readFileSync(join(dir, 'b.docx'), 'utf8')).toBe('vorige run')
  })

  it('undo the renames when one fails: none of the documents stays', async () => {
    const dir = folder()
    // c.docx is a non-empty folder: a file cannot be renamed over it (EISDIR)
    writeFileSync(join(dir, 'keep'), '')
    const blocked = join(dir, 'c.docx')
    mkdirSync(blocked)
    writeFileSync(join(blocked, 'x'), '')
    const result = writeDocuments(dir, files)
    expect(result).toEqual({
      written: [], interrupted: false,
      problems: [{ code: 'schrijven/mislukt', severity: 'error', stage: 'write', message: 'Het bestand kan niet worden geschreven (EISDIR).', place: { file: blocked } }],
    })
    expect(readdirSync(dir).sort()).toEqual(['c.docx', 'keep'])
  })

  const full = fullDisk('64k')
  const readOnly = readOnlyFolder()
  afterAll(() => { full.remove(); readOnly.remove() })

  it.skipIf(!full.dir)(`report a full disk at the file that did not fit, and leave nothing${full.reason ? ` (skipped: ${full.reason})` : ''}`, async () => {
    const dir = full.dir!
    for (const write of [() => writeDocumentSet(join(dir, 'uit'), files, never), async () => writeDocuments(join(dir, 'uit'), files)]) {
      expect(await write()).toEqual({
        written: [], interrupted: false,
        problems: [{ code: 'schrijven/mislukt', severity: 'error', stage: 'write', message: 'Het bestand kan niet worden geschreven (ENOSPC).',
          place: { file: join(dir, 'uit', 'd.docx') }, suggestion: 'De schijf is vol; maak ruimte vrij of kies een andere map.' }],
      })
      expect(readdirSync(join(dir, 'uit'))).toEqual([])
    }
  })

  it.skipIf(!readOnly.dir)(`report a read-only folder, and one that cannot be made in it${readOnly.reason ? ` (skipped: ${readOnly.reason})` : ''}`, async () => {
    const dir = readOnly.dir!
    const suggestion = readOnly.code === 'EROFS' ? 'De map staat op een schijf waarop alleen gelezen kan worden; kies een andere map.' : 'Controleer de schrijfrechten van de map.'
    expect(await writeDocumentSet(dir, files, never)).toEqual({
      written: [], interrupted: false,
      problems: [{ code: 'schrijven/mislukt', severity: 'error', stage: 'write', message: `Het bestand kan niet worden geschreven (${readOnly.code}).`, place: { file: join(dir, 'a.docx') }, suggestion }],
    })
    expect(writeDocuments(join(dir, 'uit'), files)).toEqual({
      written: [], interrupted: false,
      problems: [{ code: 'schrijven/mislukt', severity: 'error', stage: 'write', message: `De uitvoermap kan niet worden gemaakt (${readOnly.code}).`, place: { file: join(dir, 'uit') }, suggestion }],
    })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('removeStaleTemporaries', () => {
  it('removes the temporary files of ended runs, of this process and old ones; keeps a running writer\'s and other files', () => {
    const dir = folder()
    const running = process.ppid // alive: the process that started this one
    const names = {
      // the form with a random part (this version) and the form without (earlier versions)
      dead: `.overeenkomst.docx.${deadPid}.0123456789abcdef.tmp`, own: `.verslag.docx.${process.pid}.tmp`, old: `.oud.docx.${running}.00000000ffffffff.tmp`,
      fresh: `.uitnodiging.2.docx.${running}.a1b2c3d4e5f60718.tmp`, other: '.verborgen.tmp', document: 'overeenkomst.docx',
    }
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x')
    const old = (Date.now() - staleAfterMs - 60_000) / 1000
    utimesSync(join(dir, names.old), old, old)
    expect(removeStaleTemporaries(dir)).toEqual([names.old, names.dead, names.own].map((n) => join(dir, n)))
    expect(readdirSync(dir).sort()).toEqual([names.other, names.fresh, names.document].sort())
    expect(removeStaleTemporaries(join(dir, 'mist'))).toEqual([])
  })
})

describe('completeInterruptedSets', () => {
  it('finishes the renames a killed run listed in its journal, and removes the journal', () => {
    const dir = folder()
    const temporary = (name: string) => `.${name}.${deadPid}.0123456789abcdef.tmp`
    // Killed after renaming a.docx: b.docx and c.docx still wait under their temporary names.
    writeFileSync(join(dir, 'a.docx'), 'A')
    writeFileSync(join(dir, temporary('b.docx')), 'B')
    writeFileSync(join(dir, temporary('c.docx')), 'C')
    writeFileSync(join(dir, `.oogo-set.${deadPid}.fedcba9876543210.json`), JSON.stringify({ renames: [[temporary('a.docx'), 'a.docx'], [temporary('b.docx'), 'b.docx'], [temporary('c.docx'), 'c.docx']] }))
    expect(completeInterruptedSets(dir)).toEqual([join(dir, 'b.docx'), join(dir, 'c.docx')])
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.docx', 'c.docx'])
    expect(readFileSync(join(dir, 'c.docx'), 'utf8')).toBe('C')
  })

  it('leaves the journal of a running writer alone, and passes over one cut short by the kill', () => {
    const dir = folder()
    writeFileSync(join(dir, `.oogo-set.${process.ppid}.json`), JSON.stringify({ renames: [] }))
    writeFileSync(join(dir, `.oogo-set.${deadPid}.json`), '{"renames": [[')
    expect(completeInterruptedSets(dir)).toEqual([])
    expect(readdirSync(dir)).toEqual([`.oogo-set.${process.ppid}.json`])
  })
})

describe('a set being renamed', () => {
  it('leaves no journal once every document has its name', () => {
    const dir = folder()
    expect(writeDocuments(dir, [{ fileName: 'a.docx', bytes: new Uint8Array([1]) }, { fileName: 'b.docx', bytes: new Uint8Array([2]) }]).problems).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.docx'])
  })
})
