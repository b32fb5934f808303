/**
 * The real signals to the built program (`node dist/cli.js`, built by `npm test`): SIGINT, SIGTERM and SIGKILL the
 * moment the first temporary file appears, then the folder is read. No temporary file remains (after SIGKILL the next
 * run removes them and says so), the run's documents are all there or none is, and batch's manifest names exactly the
 * finished dossiers. The moments in between are the business of test/app/signals.test.ts (in process).
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runGenerate } from '../../src/app/generate.ts'
import { root, samplePath } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-signals-process-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort()
}

interface Ended { code: number | null; signal: NodeJS.Signals | null; stderr: string; sent: boolean }

/**
 * Runs `oogo <args>` and sends `signal` at the moment `when` says: a temporary file appeared in the folder `watched`
 * (made first; inotify, so even a file that lives a millisecond is seen), or stderr holds a given text.
 */
function runAndSignal(args: readonly string[], signal: NodeJS.Signals, when: { watched: string } | { stderr: string }): Promise<Ended> {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  let sent = false
  const send = () => {
    if (sent) return
    sent = true
    child.kill(signal)
  }
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
    if ('stderr' in when && stderr.includes(when.stderr)) send()
  })
  let watcher: ReturnType<typeof watch> | undefined
  if ('watched' in when) {
    mkdirSync(when.watched, { recursive: true })
    watcher = watch(when.watched, (_, name) => { if (name?.endsWith('.tmp')) send() })
  }
  return new Promise((resolve) => child.on('close', (code, signal) => {
    watcher?.close()
    resolve({ code, signal, stderr, sent })
  }))
}

/** The sample's 18 uitnodigingen: enough files for a signal to fall among them. */
const uitnodigingen = ['genereer', samplePath, '--document', 'uitnodiging', '--uit']

describe('signals to oogo genereer', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.concurrent(`${signal}: the temporary files are removed and no document is written (or, too late, all are)`, async () => {
      const uit = join(tmp, signal)
      const ended = await runAndSignal([...uitnodigingen, uit], signal, { watched: uit })
      expect(ended.sent).toBe(true)
      expect(files(uit).filter((f) => f.endsWith('.tmp'))).toEqual([])
      if (ended.code === 1) {
        expect(ended.stderr).toMatch(/\nAfbreken: oogo stopt zonder documenten te schrijven\.\nAfgebroken; er is niets geschreven\.\n$/)
        expect(files(uit)).toEqual([])
      } else {
        // Too late: everything was written. The signal may still meet the process while Node takes itself down (its
        // signal handlers already gone), which ends it by that signal instead of exit code 0; the documents stand.
        expect(files(uit)).toHaveLength(18)
        if (ended.code === null) expect(ended.signal, ended.stderr).toBe(signal)
        else expect(ended.code, ended.stderr).toBe(0)
      }
    })
  }

  it.concurrent('SIGKILL: what the kill leaves, the next run makes whole (a set being renamed) or removes (temporaries)', async () => {
    const uit = join(tmp, 'SIGKILL')
    const ended = await runAndSignal([...uitnodigingen, uit], 'SIGKILL', { watched: uit })
    expect(ended).toMatchObject({ code: null, signal: 'SIGKILL', sent: true })
    const left = files(uit)
    const journal = left.some((f) => /^\.oogo-set\.\d+(?:\.[0-9a-f]{16})?\.json$/.test(f)) // as src/write/temporaries.ts names it
    const temporaries = left.filter((f) => f.endsWith('.tmp')).length
    const documents = left.length - temporaries - (journal ? 1 : 0)
    // Killed before the renames: no document; among them: a journal; after them: all eighteen.
    if (!journal) expect([0, 18]).toContain(documents)
    const terminal = captureTerminal()
    expect(await runGenerate(samplePath, { uit, document: ['uitnodiging'] }, terminal)).toBe(0)
    if (journal) expect(terminal.stderr()).toContain(`alsnog op ${temporaries === 1 ? 'zijn' : 'hun'} plaats gezet.\n`)
    else if (temporaries > 0) {
      expect(terminal.stderr()).toContain(`In ${uit} ${temporaries === 1 ? 'stond 1 tijdelijk bestand' : `stonden ${temporaries} tijdelijke bestanden`} van een eerder afgebroken run; ` +
        `${temporaries === 1 ? 'dat is' : 'die zijn'} verwijderd.\n`)
    }
    expect(files(uit).filter((f) => f.startsWith('.'))).toEqual([])
    expect(files(uit)).toHaveLength(18)
  })
})

describe('signals to oogo batch', () => {
  it.concurrent('SIGTERM after the first dossier: the dossiers in progress are finished, the manifest names them, exit 1', async () => {
    const input = join(tmp, 'in')
    // Eight dossiers one at a time: after the first, the signal always falls before the last has begun.
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      mkdirSync(input, { recursive: true })
      cpSync(samplePath, join(input, `d${n}.yaml`))
    }
    const out = join(tmp, 'batch')
    const ended = await runAndSignal(['batch', input, '--uit', out, '--parallel', '1', '--document', 'overeenkomst', 'verslag'], 'SIGTERM', { stderr: '[1/8]' })
    expect(ended.sent).toBe(true)
    expect(ended.code, ended.stderr).toBe(1)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { dossiers: { folder: string; documents: { path: string }[] }[] }
    const built = manifest.dossiers.length
    expect(built).toBeLessThan(8)
    expect(ended.stderr).toMatch(new RegExp('\\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen\\.\\n(.|\\n)*' +
      `Afgebroken: ${built} van 8 dossiers gemaakt; manifest\\.json noemt wat klaar is\\. Start opnieuw om de rest te maken\\.\\n$`))
    // every recorded dossier whole (4 documents of the sample), nothing else: no temporary file, no unrecorded document
    expect(manifest.dossiers.map((d) => d.documents.length)).toEqual(Array(built).fill(4))
    expect(files(out)).toEqual(['manifest.json', ...manifest.dossiers.flatMap((d) => d.documents.map((x) => x.path))].sort())
  })
})
