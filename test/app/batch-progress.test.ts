/**
 * The batch bar (issue 14, item 10): it showed "0/42 … nog 0s" while the first dossiers were still being checked.
 * Until the first dossier is done it now says it is checking, without a rate or a time left; after that the time
 * left is estimated from the dossiers done. The clock is the test's own, so nothing here depends on timing.
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { Progress, progressStatus } from '../../src/app/batch/progress.ts'
import type { FoundDossier } from '../../src/load/find-dossiers.ts'
import { captureTerminal } from '../support/terminal.ts'

/** A terminal whose progress stream is a TTY that keeps the frames of the bar. */
function barTerminal() {
  const frames: string[] = []
  const stream = Object.assign(new Writable({ write(chunk, _encoding, done) { frames.push(String(chunk)); done() } }), { isTTY: true, columns: 160 })
  const terminal = { ...captureTerminal(true), progressStream: stream }
  // cli-progress writes each frame as one chunk, between chunks of cursor codes.
  const text = () => frames.filter((frame) => frame.startsWith('dossiers '))
  return { terminal, text }
}

const dossier = (name: string): FoundDossier => ({ file: `${name}.yaml`, folder: name } as FoundDossier)

describe('progressStatus', () => {
  it('before the first dossier is done: checking, no rate, no time left', () => {
    expect(progressStatus(0, 42, 0, 0)).toBe('controleren …')
    expect(progressStatus(0, 42, 0, 12.5)).toBe('controleren …')
  })

  it('after it: documents, rate and the time left from the dossiers done', () => {
    expect(progressStatus(1, 42, 13, 2)).toBe('13 documenten | 6,5 documenten/s | nog ca. 1 min 22 s')
    expect(progressStatus(21, 42, 273, 30)).toBe('273 documenten | 9,1 documenten/s | nog ca. 30 s')
    expect(progressStatus(1, 400, 1, 20)).toBe('1 document | 0,1 documenten/s | nog ca. 2 u 13 min')
    expect(progressStatus(2, 2, 26, 4)).toBe('26 documenten | 6,5 documenten/s | klaar')
  })
})

describe('the bar on a terminal', () => {
  it('starts with "0/42 | controleren …", never "nog 0s"', () => {
    const { terminal, text } = barTerminal()
    const progress = new Progress(terminal, 42, () => 0)
    const first = text()
    progress.stop()
    expect(first).toHaveLength(1)
    expect(first[0]).toMatch(/^dossiers [░█]+ 0\/42 \| controleren …$/)
  })

  it('shows the estimate once a dossier is done', () => {
    const { terminal, text } = barTerminal()
    let clock = 0
    const progress = new Progress(terminal, 3, () => clock)
    clock = 4000
    progress.tick(dossier('kop'), 13)
    progress.stop() // renders the last state, then clears the line
    expect(text().at(-1)).toMatch(/^dossiers [░█]+ 1\/3 \| 13 documenten \| 3,3 documenten\/s \| nog ca\. 8 s$/)
  })

  it('without a terminal: one plain line per dossier, and nothing before the first', () => {
    const terminal = captureTerminal(false)
    const progress = new Progress(terminal, 2, () => 0)
    expect(terminal.stderr()).toBe('')
    progress.tick(dossier('kop'), 13)
    progress.stop()
    expect(terminal.stderr()).toBe('[1/2] kop.yaml → kop/ (13 documenten)\n')
  })
})
