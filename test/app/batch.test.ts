/**
 * `oogo batch`: three dossiers (the sample and two fixtures) in a temporary folder, built in process through
 * `runBatch` with a captured terminal (the workers load the .ts sources through tsx); one run of the built program
 * (`node dist/cli.js batch`) for the compiled worker. Two document kinds and one worker (two where the test is about
 * parallel runs), kept warm from run to run, keep the runs short: each worker loads the whole pipeline; every kind is
 * the business of the golden and every-kind tests.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch, type BatchFlags, type BatchStats } from '../../src/app/batch/batch.ts'
import { keepWorkersWarm, stopWarmWorkers } from '../../src/app/batch/pool.ts'
import { root, samplePath } from '../support/helpers.ts'
import { writeFixtureDossier } from '../support/fixtures.ts'
import { captureTerminal, type CapturedTerminal } from '../support/terminal.ts'
import { unzipParts } from '../../src/ooxml/zip.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-batch-'))
// The runs here share their workers (each loads the whole pipeline once); a changed house style is read again all the same.
keepWorkersWarm()
afterAll(async () => {
  keepWorkersWarm(false)
  await stopWarmWorkers()
  rmSync(tmp, { recursive: true, force: true })
})

function inputFolder(name: string, broken = false): string {
  const dir = join(tmp, name)
  mkdirSync(join(dir, 'Regio Noord'), { recursive: true })
  cpSync(samplePath, join(dir, 'voorbeeld.yaml'))
  cpSync(join(root, 'test/fixtures/haarlemmermeer-gemeente/dossier.yaml'), join(dir, 'Regio Noord', 'Haarlemmermeer.yaml'))
  writeFixtureDossier('concept', join(dir, 'Regio Noord', 'haarlemmermeer.yml'))
  if (broken) writeFixtureDossier('fout-verwijzingen', join(dir, 'fout.yaml'))
  return dir
}

/** The kinds every run here makes: of the sample 1 overeenkomst and 3 verslagen. */
const document = ['overeenkomst', 'verslag']

async function batch(inputs: string[], flags: Omit<BatchFlags, 'document'> & { document?: string[] }, onStderr?: (text: string, terminal: CapturedTerminal) => void) {
  let stats: BatchStats | undefined
  const terminal = captureTerminal()
  const writeError = terminal.writeError
  terminal.writeError = (text) => { writeError(text); onStderr?.(text, terminal) }
  const code = await runBatch(inputs, { document, ...flags }, terminal, (s) => (stats = s))
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr(), stats }
}

/** Every file under a folder with its bytes, relative paths sorted. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : (files[relative(dir, join(d, e.name))] = readFileSync(join(d, e.name)).toString('base64')) }
  walk(dir)
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))
}

const hex = expect.stringMatching(/^[0-9a-f]{64}$/)
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))

describe('oogo batch', () => {
  const input = inputFolder('in')
  const out = join(tmp, 'uit-2')

  it('builds every dossier into its own sub-folder and writes the manifest', async () => {
    const r = await batch([input], { uit: out, parallel: 2 })
    expect(r.code, r.stderr).toBe(0)
    // each dossier assembled once: checked and made in one task
    expect(r.stats).toMatchObject({ built: 3, unchanged: 0, invalid: 0, assembled: 3 })
    expect(r.stdout).toMatch(/3 dossiers gemaakt; \d+ documenten, \d+ waarschuwingen, [\d,]+ s, [\d,]+ documenten per seconde\./)
    const manifest = manifestOf(out)
    expect(Object.keys(manifest)).toEqual(['engineVersion', 'templatesSha256', 'houseStyleSha256', 'configSha256', 'documents', 'dossiers'])
    expect(manifest).toMatchObject({ engineVersion: '0.1.0', templatesSha256: hex, houseStyleSha256: null, documents: ['overeenkomst', 'verslag'] })
    expect(manifest.dossiers.map((d: { file: string; folder: string }) => [d.file, d.folder])).toEqual([
      ['Regio Noord/Haarlemmermeer.yaml', 'regio-noord-haarlemmermeer'],
      // the same name in another case and extension: a numeric suffix
      ['Regio Noord/haarlemmermeer.yml', 'regio-noord-haarlemmermeer-2'],
      ['voorbeeld.yaml', 'voorbeeld'],
    ])
    for (const dossier of manifest.dossiers) {
      expect(dossier).toEqual({ file: expect.any(String), sha256: hex, folder: expect.any(String), documents: expect.any(Array) })
      for (const document of dossier.documents) {
        expect(document).toEqual({ path: expect.stringMatching(new RegExp(`^${dossier.folder}/[a-z0-9-]+\\.docx$`)), kind: expect.any(String), sha256: hex, size: expect.any(Number) })
        expect(statSync(join(out, document.path)).size).toBe(document.size)
      }
    }
    expect(manifest.dossiers.map((d: { documents: { kind: string }[] }) => d.documents.map((x) => x.kind))).toEqual([
      ['overeenkomst'], // no meeting has minutes yet
      ['overeenkomst', 'verslag', 'verslag', 'verslag'],
      ['overeenkomst', 'verslag', 'verslag', 'verslag'],
    ])
    expect(r.stats!.documents).toBe(manifest.dossiers.reduce((n: number, d: { documents: unknown[] }) => n + d.documents.length, 0))
  })

  it('rewrites nothing when nothing changed, and everything with --forceer', async () => {
    const before = Object.fromEntries(Object.keys(tree(out)).map((f) => [f, statSync(join(out, f)).mtimeMs]))
    const again = await batch([input], { uit: out, parallel: 1 })
    expect(again.code).toBe(0)
    expect(again.stdout).toBe('niets te doen: 3 dossiers ongewijzigd\n')
    // decided in the main thread from the manifest and the hashes: no dossier checked, no worker started
    expect(again.stats).toMatchObject({ unchanged: 3, assembled: 0 })
    expect(Object.fromEntries(Object.keys(tree(out)).map((f) => [f, statSync(join(out, f)).mtimeMs]))).toEqual(before)

    const manifest = readFileSync(join(out, 'manifest.json'), 'utf8')
    const forced = await batch([input], { uit: out, parallel: 1, forceer: true })
    expect(forced.stats).toMatchObject({ built: 3, unchanged: 0 })
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(manifest)
  })

  it('rebuilds only a changed dossier, and a missing output file', async () => {
    rmSync(join(out, manifestOf(out).dossiers[0].documents[0].path))
    const r = await batch([input], { uit: out, parallel: 1 })
    expect(r.stats).toMatchObject({ built: 1, unchanged: 2, assembled: 1 })
  })

  it('gives byte-identical files and manifest with --parallel 1 and 2', async () => {
    const one = join(tmp, 'uit-1')
    expect((await batch([input], { uit: one, parallel: 1 })).code).toBe(0)
    expect(tree(one)).toEqual(tree(out))
  })

  it('writes nothing when one dossier is invalid, and reports it at file:line', async () => {
    const broken = inputFolder('kapot', true)
    const target = join(tmp, 'uit-kapot')
    const r = await batch([broken], { uit: target, parallel: 1 })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(broken, 'fout.yaml')}:48:11`)
    expect(r.stderr).toMatch(/fouten in 1 van 4 dossiers; er is niets geschreven/)
    // The two dossiers before it were made (under temporary names) and are gone again, their folders too; the one
    // after it is only checked.
    expect(r.stderr).toContain('[3/4] fout.yaml: ongeldig\n[4/4] voorbeeld.yaml: gecontroleerd\n')
    expect(existsSync(target)).toBe(false)
  })

  it('with an invalid dossier added to a built folder: the previous documents stay as they were, no temporary file or new folder remains', async () => {
    const grown = join(tmp, 'gegroeid')
    cpSync(input, grown, { recursive: true })
    const target = join(tmp, 'uit-gegroeid')
    expect((await batch([grown], { uit: target, parallel: 2 })).code).toBe(0)
    const before = tree(target)
    writeFixtureDossier('fout-verwijzingen', join(grown, 'Regio Noord', 'fout.yaml'))
    writeFixtureDossier('concept', join(grown, 'nieuw.yaml'))
    rmSync(join(target, manifestOf(target).dossiers[2].documents[1].path)) // voorbeeld: to be made again
    const r = await batch([grown], { uit: target, parallel: 2 })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/fouten in 1 van 5 dossiers; er is niets geschreven\.\n$/)
    expect(tree(target)).toEqual(Object.fromEntries(Object.entries(before).filter(([f]) => f !== manifestOf(target).dossiers[2].documents[1].path)))
  })

  it('builds the valid ones with --doorgaan and still exits 1', async () => {
    const broken = join(tmp, 'kapot')
    const target = join(tmp, 'uit-doorgaan')
    const r = await batch([broken], { uit: target, parallel: 1, doorgaan: true })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('1 van 4 dossiers ongeldig')
    expect(manifestOf(target).dossiers.map((d: { folder: string }) => d.folder)).toEqual(['regio-noord-haarlemmermeer', 'regio-noord-haarlemmermeer-2', 'voorbeeld'])
    expect(existsSync(join(target, 'fout'))).toBe(false)
  })

  it('stops cleanly on interruption: the dossier in progress is finished and recorded', async () => {
    const target = join(tmp, 'uit-afgebroken')
    const r = await batch([input], { uit: target, parallel: 1 }, (text, terminal) => { if (text.startsWith('[1/3]')) terminal.interrupt() })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Afgebroken: 1 van 3 dossiers gemaakt')
    expect(manifestOf(target).dossiers).toHaveLength(1)
    expect(readdirSync(target).filter((f) => f.endsWith('.tmp'))).toEqual([])
    // the next run makes the rest
    expect((await batch([input], { uit: target, parallel: 1 })).stats).toMatchObject({ built: 2, unchanged: 1 })
  })

  it('rejects an unknown document kind and a bad --parallel as usage errors', async () => {
    expect((await batch([input], { uit: join(tmp, 'x'), document: ['overeenkomt'] })).code).toBe(2)
    expect((await batch([input], { uit: join(tmp, 'x'), parallel: '0' })).code).toBe(2)
    expect(existsSync(join(tmp, 'x'))).toBe(false)
  })

  it('runs as the built program (dist/cli.js, compiled worker) with the same output', () => {
    const target = join(tmp, 'uit-dist')
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'batch', input, '--uit', target, '--parallel', '2', '--document', ...document],
      { cwd: root, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^3 dossiers gemaakt; /)
    expect(tree(target)).toEqual(tree(out))
  })
})

describe('oogo batch and the house styles of the gemeenten', () => {
  it('rebuilds when a house style named in the configuration changes', async () => {
    const input = join(tmp, 'huisstijl-in')
    mkdirSync(input, { recursive: true })
    cpSync(samplePath, join(input, 'voorbeeld.yaml'))
    const house = join(tmp, 'den-helder.docx')
    cpSync(join(root, 'templates', 'huisstijl.docx'), house)
    const config = join(tmp, 'oogo.config.yaml')
    writeFileSync(config, `huisstijlen:\n  den-helder: ${house}\n`)
    const out = join(tmp, 'huisstijl-uit')
    const flags = { uit: out, parallel: 1, config, document: ['motivering'] }
    const first = await batch([input], flags)
    expect(first.stats).toMatchObject({ built: 1 })
    // The report of what the gemeente's house style gave, once for the run (not once per dossier).
    expect(first.stderr.split('Huisstijl ')).toHaveLength(2)
    expect(first.stderr).toContain(`Huisstijl ${house} (voor den-helder):\n  overgenomen: Standaard, Titel,`)
    expect((await batch([input], flags)).stats).toMatchObject({ built: 0, unchanged: 1 })
    // Another house style in the same place (LibreOffice's, in Liberation Serif): the configuration file itself is
    // unchanged, and the worker, kept warm since the first run, must read the new one.
    const motivering = () => join(out, 'voorbeeld', readdirSync(join(out, 'voorbeeld')).find((f) => f.startsWith('motivering-'))!)
    const styles = () => new TextDecoder().decode(unzipParts(readFileSync(motivering())).get('word/styles.xml'))
    expect(styles()).not.toContain('Liberation Serif')
    cpSync(join(root, 'test', 'fixtures', 'huisstijl-libreoffice', 'huisstijl.docx'), house)
    expect((await batch([input], flags)).stats).toMatchObject({ built: 1, unchanged: 0 })
    expect(styles()).toContain('Liberation Serif')
  })
})

