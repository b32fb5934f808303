/**
 * `oogo batch` as the command line runs it: `runBatch` in a coordinator thread (app/batch/host.ts, coordinator.ts),
 * its terminal relayed to this thread. The same output, files and exit code as `runBatch` in process; Ctrl-C, usage
 * errors, a crash and the progress bar pass through.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch } from '../../src/app/batch/batch.ts'
import { runBatchInThread } from '../../src/app/batch/host.ts'
import { createTerminal } from '../../src/cli/terminal.ts'
import { root, samplePath } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-batch-host-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const input = join(tmp, 'in')
mkdirSync(join(input, 'Regio Noord'), { recursive: true })
cpSync(samplePath, join(input, 'voorbeeld.yaml'))
cpSync(join(root, 'test/fixtures/haarlemmermeer-gemeente/dossier.yaml'), join(input, 'Regio Noord', 'Haarlemmermeer.yaml'))
const document = ['overeenkomst', 'verslag']

/** Every file under `dir` with its bytes. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)).toString('base64')]).sort())
}
/** The summary's time and rate differ from run to run. */
const timeless = (text: string) => text.replace(/\d+,\d s, \d+,\d documenten per seconde/, 'T s, R documenten per seconde')

describe('oogo batch in its coordinator thread', () => {
  it('writes the same files and says the same as runBatch in process', async () => {
    const direct = captureTerminal()
    const relayed = captureTerminal()
    const directCode = await runBatch([input], { uit: join(tmp, 'direct'), parallel: 1, document }, direct)
    const relayedCode = await runBatchInThread([input], { uit: join(tmp, 'relayed'), parallel: 1, document }, relayed)
    expect(relayedCode).toBe(0)
    expect(relayedCode).toBe(directCode)
    expect(timeless(relayed.stdout())).toBe(timeless(direct.stdout()))
    expect(timeless(relayed.stderr()).replaceAll('relayed', 'OUT')).toBe(timeless(direct.stderr()).replaceAll('direct', 'OUT'))
    expect(relayed.stderr()).toMatch(/^\[1\/2\] Regio Noord\/Haarlemmermeer\.yaml → regio-noord-haarlemmermeer\/ \(\d+ documenten\)\n/)
    expect(relayed.stdout()).toMatch(/^2 dossiers gemaakt; \d+ documenten, \d+ waarschuwingen, \d+,\d s, \d+,\d documenten per seconde\.\n$/)
    expect(tree(join(tmp, 'relayed'))).toEqual(tree(join(tmp, 'direct')))
  })

  it('passes Ctrl-C on, also one pressed while the thread is still starting: nothing written, exit 1 (the message waits until runBatch listens)', async () => {
    const out = join(tmp, 'afgebroken')
    const terminal = captureTerminal()
    const run = runBatchInThread([input], { uit: out, parallel: 1, document }, terminal)
    terminal.interrupt()
    expect(await run).toBe(1)
    expect(terminal.stderr()).toBe('\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen.\n' +
      'Afgebroken tijdens de controle; er is niets geschreven.\n')
    expect(existsSync(out)).toBe(false)
  })

  it('passes a usage error on with its exit code', async () => {
    const terminal = captureTerminal()
    expect(await runBatchInThread([input], { uit: join(tmp, 'nooit'), parallel: 'nul' }, terminal)).toBe(2)
    expect(terminal.stderr()).toBe("--parallel nul: geef een geheel getal van 1 of meer.\nGebruik 'oogo --help' voor de mogelijkheden.\n")
    expect(terminal.stdout()).toBe('')
  })

  it('reports a crash in the thread as an internal error, exit 4, with the stack only under OOGO_DEBUG', async () => {
    const terminal = captureTerminal(false, { debug: true })
    // Not a list of paths: runBatch fails on it, as a bug would make it fail.
    expect(await runBatchInThread(42 as unknown as string[], { uit: join(tmp, 'crash'), parallel: 1 }, terminal)).toBe(4)
    const stderr = terminal.stderr()
    const message = 'Interne fout in oogo: inputs is not iterable\nDit is een fout in oogo, niet in uw dossier. Meld het alstublieft, met het dossier en deze melding' +
      ' (met OOGO_DEBUG=1 toont oogo ook de technische details).\n'
    expect(stderr.slice(0, message.length)).toBe(message)
    expect(stderr.slice(message.length)).toMatch(/^TypeError: inputs is not iterable\n +at findDossiers .*\n +at runBatch /)
  })

  it('draws the progress bar on the terminal\'s stream, at its width', async () => {
    const drawn: string[] = []
    const stream = Object.assign(new Writable({ write(chunk, _encoding, done) { drawn.push(String(chunk)); done() } }), { isTTY: true, columns: 100 })
    const terminal = createTerminal({ stdout: () => {}, stderr: () => {}, isTTY: true, progressStream: stream })
    expect(await runBatchInThread([input], { uit: join(tmp, 'balk'), parallel: 1, document }, terminal)).toBe(0)
    const text = drawn.join('')
    expect(text).toContain('dossiers ')
    expect(text).toContain(' 0/2 | controleren …')
    expect(text).toMatch(/ 2\/2 \| \d+ documenten \| \d+,\d documenten\/s \| klaar/)
  })
})
