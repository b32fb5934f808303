/**
 * The watch under `oogo voorbeeld --watch` and `--browser` (app/preview/watch-changes.ts), with a run that only
 * records what it read: a save is followed by a run after a short quiet time, and a save chokidar does not report
 * (a second change of a file within its 50 ms) is still followed by a run that reads it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchChanges } from '../../src/app/preview/watch-changes.ts'
import { captureTerminal, waitFor } from '../support/terminal.ts'

describe('watching the files of a preview', () => {
  it('runs again for a second save chokidar swallowed while a run was reading the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-watch-'))
    const dossier = join(dir, 'dossier.yaml')
    writeFileSync(dossier, 'versie: 1\n')
    const read: string[] = []
    let onRun: (() => void) | undefined
    const controller = new AbortController()
    const watching = watchChanges({ dossier, uit: join(dir, 'uit') }, captureTerminal(), controller.signal, async () => {
      read.push(readFileSync(dossier, 'utf8'))
      onRun?.()
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => read.length === 1, 'the first run')

    // The second save lands right as the run for the first starts: within chokidar's 50 ms, so without an event.
    onRun = () => {
      onRun = undefined
      writeFileSync(dossier, 'versie: 1\n# tweede keer opgeslagen\n')
    }
    writeFileSync(dossier, 'versie: 1\n# eerste keer opgeslagen\n')
    await waitFor(() => read.at(-1) === 'versie: 1\n# tweede keer opgeslagen\n', 'a run that reads the second save')
    expect(read.slice(1).filter((text) => text.includes('eerste'))).toHaveLength(1)

    controller.abort()
    await watching
  })
})
