/**
 * A terminal for the command tests: everything written, in order, per stream.
 */
import type { Terminal } from '../../src/app/preview.ts'

export interface CapturedTerminal extends Terminal {
  out: string[]
  err: string[]
  /** stdout and stderr together, in the order written. */
  all: () => string
  stdout: () => string
  stderr: () => string
}

export function captureTerminal(isTTY = false): CapturedTerminal {
  const out: string[] = []
  const err: string[] = []
  const both: string[] = []
  return {
    out,
    err,
    isTTY,
    write: (text) => void (out.push(text), both.push(text)),
    writeError: (text) => void (err.push(text), both.push(text)),
    all: () => both.join(''),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}

/** Waits until `condition` holds, polling; fails after `ms`. */
export async function waitFor(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
