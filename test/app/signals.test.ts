/**
 * No half work, in process: `oogo genereer` and `oogo batch` interrupted (the captured terminal's `interrupt()` is what
 * Ctrl-C and SIGTERM call) at several moments, on a full disk and in a read-only folder. After each: either every
 * document of the run or none, no temporary file, and for batch a manifest that names exactly the finished dossiers.
 * test/cli/signals-process.test.ts sends the real signals to the built program.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch } from '../../src/app/batch/batch.ts'
import { runGenerate } from '../../src/app/generate.ts'
import { root, samplePath } from '../support/helpers.ts'
import { writeFixtureDossier } from '../support/fixtures.ts'
import { captureTerminal, type CapturedTerminal } from '../support/terminal.ts'
import { fullDisk, readOnlyFolder } from '../write/mounts.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-signals-'))
const full = fullDisk('64k')
const readOnly = readOnlyFolder()
afterAll(() => {
  full.remove()
  readOnly.remove()
  rmSync(tmp, { recursive: true, force: true })
})

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort()
}
const temporaries = (dir: string) => files(dir).filter((f) => f.endsWith('.tmp'))
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!

/** The 18 uitnodigingen of the sample: enough files for an interrupt to fall between two of them. */
const uitnodigingen = 18

/** `terminal` with a hook on stdout and on stderr (messages and problems). */
function hooked(on: { stdout?: (t: CapturedTerminal) => void; stderr?: (t: CapturedTerminal) => void } = {}): CapturedTerminal {
  const terminal = captureTerminal()
  const { write, writeError, problems } = terminal
  terminal.write = (text) => { write(text); on.stdout?.(terminal) }
  terminal.writeError = (text) => { writeError(text); on.stderr?.(terminal) }
  terminal.problems = (list, closing) => { problems(list, closing); if (list.length > 0) on.stderr?.(terminal) }
  return terminal
}

const afterWarnings = (stderr: string) => stderr.slice(stderr.indexOf('6 waarschuwingen.\n') + '6 waarschuwingen.\n'.length)
const abandoned = '\nAfbreken: oogo stopt zonder documenten te schrijven.\nAfgebroken; er is niets geschreven.\n'

describe('oogo genereer, interrupted', () => {
  it('after the check, before writing: nothing written, exit 1', async () => {
    const uit = join(tmp, 'na-controle')
    const terminal = hooked({ stderr: (t) => { if (t.err.length === 1) t.interrupt() } }) // the first message: the check's warnings
    expect(await runGenerate(samplePath, { uit, document: ['overeenkomst'] }, terminal)).toBe(1)
    expect(afterWarnings(terminal.stderr())).toBe(abandoned)
    expect(terminal.stdout()).toBe('')
    expect(existsSync(uit)).toBe(false)
  })

  it('while the documents are written: no document and no temporary file remains, an earlier document is kept', async () => {
    const uit = join(tmp, 'tijdens')
    mkdirSync(uit)
    writeFileSync(join(uit, 'uitnodiging-2026-02-verkenning-texel.docx'), 'vorige run')
    const terminal = hooked()
    let seen = 0
    const watcher = watch(uit, (_, name) => { if (name?.endsWith('.tmp') && ++seen === 1) terminal.interrupt() })
    try {
      expect(await runGenerate(samplePath, { uit, document: ['uitnodiging'] }, terminal)).toBe(1)
    } finally {
      watcher.close()
    }
    expect(seen).toBeGreaterThan(0)
    expect(afterWarnings(terminal.stderr())).toBe(abandoned)
    expect(files(uit)).toEqual(['uitnodiging-2026-02-verkenning-texel.docx'])
    expect(readFileSync(join(uit, 'uitnodiging-2026-02-verkenning-texel.docx'), 'utf8')).toBe('vorige run')
  })

  it('once everything is written: the run is complete, exit 0', async () => {
    const uit = join(tmp, 'na-afloop')
    const terminal = hooked({ stdout: (t) => t.interrupt() })
    expect(await runGenerate(samplePath, { uit, document: ['uitnodiging'] }, terminal)).toBe(0)
    expect(terminal.stdout()).toMatch(/\n18 documenten geschreven \(18 uitnodiging\)\.\n$/)
    expect(files(uit)).toHaveLength(uitnodigingen)
  })

  it('removes what a killed run left, and says so', async () => {
    const uit = join(tmp, 'opruimen')
    mkdirSync(uit)
    const left = [`.overeenkomst-oogo-jz03-2026.docx.${deadPid}.tmp`, `.uitnodiging-2026-02-verkenning-texel.docx.${deadPid}.tmp`]
    for (const name of left) writeFileSync(join(uit, name), 'half')
    const terminal = captureTerminal()
    expect(await runGenerate(samplePath, { uit, document: ['overeenkomst'] }, terminal)).toBe(0)
    expect(afterWarnings(terminal.stderr())).toBe(`In ${uit} stonden 2 tijdelijke bestanden van een eerder afgebroken run; die zijn verwijderd.\n`)
    expect(files(uit)).toEqual(['overeenkomst-oogo-jz03-2026.docx'])
  })
})

describe('oogo genereer on a disk that fails', () => {
  it.skipIf(!full.dir)(`a full disk: a located Dutch error, exit 3, nothing written${full.reason ? ` (skipped: ${full.reason})` : ''}`, async () => {
    const uit = join(full.dir!, 'uit')
    const terminal = captureTerminal()
    expect(await runGenerate(samplePath, { uit, document: ['uitnodiging'] }, terminal)).toBe(3)
    expect(afterWarnings(terminal.stderr())).toMatch(new RegExp(`^${uit}/uitnodiging-[a-z0-9-]+\\.docx  Het bestand kan niet worden geschreven \\(ENOSPC\\)\\.  \\[schrijven/mislukt\\]\\n` +
      '    De schijf is vol; maak ruimte vrij of kies een andere map\\.\\n\\n1 fout; er is niets geschreven\\.\\n$'))
    expect(terminal.stdout()).toBe('')
    expect(files(uit)).toEqual([])
  })

  it.skipIf(!readOnly.dir)(`a read-only folder: a located Dutch error, exit 3${readOnly.reason ? ` (skipped: ${readOnly.reason})` : ''}`, async () => {
    const hint = readOnly.code === 'EROFS' ? 'De map staat op een schijf waarop alleen gelezen kan worden; kies een andere map.' : 'Controleer de schrijfrechten van de map.'
    for (const [uit, what] of [[readOnly.dir!, `${join(readOnly.dir!, 'overeenkomst-oogo-jz03-2026.docx')}  Het bestand kan niet worden geschreven`],
      [join(readOnly.dir!, 'uit'), `${join(readOnly.dir!, 'uit')}  De uitvoermap kan niet worden gemaakt`]] as const) {
      const terminal = captureTerminal()
      expect(await runGenerate(samplePath, { uit, document: ['overeenkomst'] }, terminal)).toBe(3)
      expect(afterWarnings(terminal.stderr())).toBe(`${what} (${readOnly.code}).  [schrijven/mislukt]\n    ${hint}\n\n1 fout; er is niets geschreven.\n`)
    }
    expect(files(readOnly.dir!)).toEqual([])
  })
})

/** Three dossiers, built one at a time: of the sample 4 documents, the concept 4, Haarlemmermeer 1. */
function batchInput(): string {
  const dir = join(tmp, 'in')
  if (existsSync(dir)) return dir
  mkdirSync(join(dir, 'Regio Noord'), { recursive: true })
  cpSync(samplePath, join(dir, 'voorbeeld.yaml'))
  cpSync(join(root, 'test/fixtures/haarlemmermeer-gemeente/dossier.yaml'), join(dir, 'Regio Noord', 'Haarlemmermeer.yaml'))
  writeFixtureDossier('concept', join(dir, 'Regio Noord', 'haarlemmermeer.yml'))
  return dir
}
const documentsPerFolder: Record<string, number> = { 'regio-noord-haarlemmermeer': 1, 'regio-noord-haarlemmermeer-2': 4, voorbeeld: 4 }
const document = ['overeenkomst', 'verslag']

/** The manifest names exactly the folders that are complete; every other folder is empty; no temporary file anywhere. */
function expectConsistent(out: string): string[] {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { dossiers: { folder: string; documents: { path: string }[] }[] }
  const recorded = manifest.dossiers.map((d) => d.folder)
  expect(temporaries(out)).toEqual([])
  for (const d of manifest.dossiers) expect(files(join(out, d.folder)).map((f) => `${d.folder}/${f}`)).toEqual(d.documents.map((x) => x.path).sort())
  for (const folder of Object.keys(documentsPerFolder).filter((f) => !recorded.includes(f))) {
    expect([0, documentsPerFolder[folder]], folder).toContain(files(join(out, folder)).length)
  }
  return recorded
}

describe('oogo batch, interrupted', () => {
  it('during the check: nothing written, exit 1', async () => {
    const out = join(tmp, 'batch-controle')
    const terminal = captureTerminal()
    const run = runBatch([batchInput()], { uit: out, parallel: 1, document }, terminal)
    terminal.interrupt() // the handler is in place once runBatch has started: the checks run in the workers
    expect(await run).toBe(1)
    expect(terminal.stderr()).toBe('\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen.\n' +
      'Afgebroken tijdens de controle; er is niets geschreven.\n')
    expect(existsSync(out)).toBe(false)
  })

  it('twice after the first dossier: the one in progress is abandoned, the manifest names the finished one; a killed run\'s temporaries are removed first', async () => {
    const out = join(tmp, 'batch-tweemaal')
    mkdirSync(join(out, 'voorbeeld'), { recursive: true })
    writeFileSync(join(out, `.manifest.json.${deadPid}.tmp`), '{')
    writeFileSync(join(out, 'voorbeeld', `.verslag-2026-04-oogo.docx.${deadPid}.tmp`), 'half')
    const terminal = hooked({ stderr: (t) => { if (t.err.at(-1)!.startsWith('[1/3]')) { t.interrupt(); t.interrupt() } } })
    expect(await runBatch([batchInput()], { uit: out, parallel: 2, document }, terminal)).toBe(1)
    const stderr = terminal.stderr()
    expect(stderr).toContain(`In ${out} stonden 2 tijdelijke bestanden van een eerder afgebroken run; die zijn verwijderd.\n`)
    expect(stderr).toContain('\nNogmaals afbreken: oogo stopt direct; de dossiers die nu worden gemaakt, worden niet afgemaakt.\n')
    expect(stderr).toMatch(/Afgebroken: 1 van 3 dossiers gemaakt; manifest\.json noemt wat klaar is\. Start opnieuw om de rest te maken\.\n$/)
    expect(expectConsistent(out)).toHaveLength(1)
  })
})

describe('oogo batch on a disk that fails', () => {
  it.skipIf(!full.dir)(`a full disk: the dossier that did not fit leaves nothing, no new one is begun, exit 3${full.reason ? ` (skipped: ${full.reason})` : ''}`, async () => {
    const out = join(full.dir!, 'batch')
    const terminal = captureTerminal()
    expect(await runBatch([batchInput()], { uit: out, parallel: 1, document }, terminal)).toBe(3)
    const stderr = terminal.stderr()
    expect(stderr).toMatch(new RegExp(`\\n${out}/regio-noord-haarlemmermeer-2/[a-z0-9-]+\\.docx  Het bestand kan niet worden geschreven \\(ENOSPC\\)\\.  \\[schrijven/mislukt\\]\\n` +
      '    De schijf is vol; maak ruimte vrij of kies een andere map\\.\\n'))
    expect(stderr).toContain('Schrijven mislukt; er wordt geen nieuw dossier begonnen.\n')
    expect(stderr).toMatch(/Gestopt: 1 van 3 dossiers gemaakt; manifest\.json noemt wat klaar is\. Start opnieuw om de rest te maken\.\n$/)
    expect(expectConsistent(out)).toEqual(['regio-noord-haarlemmermeer'])
    expect(files(out).filter((f) => f.endsWith('.docx'))).toEqual(['regio-noord-haarlemmermeer/overeenkomst-oogo-hlm-2026-01.docx'])
  })
})
