/**
 * The command line in process: a terminal that keeps everything written, in order, per stream, built by the real
 * `createTerminal` (so problems, usage errors and internal errors read exactly as a user sees them), and `runCli`,
 * which runs `oogo <args>` through `main` as the program does, without starting a process.
 */
import type { Terminal } from '../../src/app/terminal.ts'
import type { ExitCode } from '../../src/errors.ts'
import { main } from '../../src/cli/main.ts'
import { createTerminal } from '../../src/cli/terminal.ts'

export interface CapturedTerminal extends Terminal {
  out: string[]
  err: string[]
  /** stdout and stderr together, in the order written. */
  all: () => string
  stdout: () => string
  stderr: () => string
  /** Acts as Ctrl-C: calls every handler registered with onInterrupt. */
  interrupt: () => void
}

export function captureTerminal(isTTY = false, options: { debug?: boolean } = {}): CapturedTerminal {
  const out: string[] = []
  const err: string[] = []
  const both: string[] = []
  const handlers = new Set<() => void>()
  const terminal = createTerminal({
    stdout: (text) => void (out.push(text), both.push(text)),
    stderr: (text) => void (err.push(text), both.push(text)),
    isTTY,
    ...(options.debug ? { debug: true } : {}),
    onInterrupt(handler) {
      handlers.add(handler)
      return () => void handlers.delete(handler)
    },
  })
  return {
    ...terminal,
    out,
    err,
    all: () => both.join(''),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    interrupt: () => { for (const handler of [...handlers]) handler() },
  }
}

export interface CliRun { code: ExitCode; stdout: string; stderr: string }

/** `oogo <args>` in this process, from `cwd` (default: the current folder). */
export async function runCli(args: readonly string[], options: { cwd?: string; debug?: boolean } = {}): Promise<CliRun> {
  const terminal = captureTerminal(false, options)
  const before = process.cwd()
  if (options.cwd) process.chdir(options.cwd)
  try {
    const code = await main(args, terminal)
    return { code, stdout: terminal.stdout(), stderr: terminal.stderr() }
  } finally {
    process.chdir(before)
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
