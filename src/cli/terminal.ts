/**
 * The terminal of the command line: the use cases' `Terminal` over two writers. `processTerminal()` is the real
 * one (stdout, stderr, SIGINT and SIGTERM); tests pass buffers to `createTerminal` and get exactly what a user would see.
 */
import type { Terminal } from '../app/terminal.ts'
import { ExitCode } from '../errors.ts'
import { printProblems } from './print-problems.ts'

export interface Streams {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Messages go to a terminal (colours, progress bar) rather than a file or pipe. */
  isTTY: boolean
  progressStream?: NodeJS.WritableStream
  /** Show the technical details of an internal error (OOGO_DEBUG). */
  debug?: boolean
  /** Registers a Ctrl-C handler; returns its removal. */
  onInterrupt?: (handler: () => void) => () => void
}

export function createTerminal(streams: Streams): Terminal {
  return {
    write: streams.stdout,
    writeError: streams.stderr,
    problems: (problems, closing) => streams.stderr(printProblems(problems, streams.isTTY, closing)),
    usageError(message) {
      streams.stderr(`${message}\nGebruik 'oogo --help' voor de mogelijkheden.\n`)
      return ExitCode.usage
    },
    internalError(error) {
      const message = error instanceof Error ? error.message : String(error)
      streams.stderr(`Interne fout in oogo: ${message}\n` +
        'Dit is een fout in oogo, niet in uw dossier. Meld het alstublieft, met het dossier en deze melding' +
        ' (met OOGO_DEBUG=1 toont oogo ook de technische details).\n')
      if (streams.debug) streams.stderr(`${(error as Error)?.stack ?? ''}\n`)
      return ExitCode.internal
    },
    isTTY: streams.isTTY,
    ...(streams.progressStream ? { progressStream: streams.progressStream } : {}),
    onInterrupt: streams.onInterrupt ?? (() => () => {}),
  }
}

const ignoreLateSignal = (): void => {}

export function processTerminal(): Terminal {
  const isTTY = Boolean(process.stdout.isTTY) && Boolean(process.stderr.isTTY) && !process.env['NO_COLOR']
  return createTerminal({
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY,
    ...(isTTY ? { progressStream: process.stderr } : {}),
    debug: Boolean(process.env['OOGO_DEBUG']),
    onInterrupt(handler) {
      process.on('SIGINT', handler)
      process.on('SIGTERM', handler)
      return () => {
        process.off('SIGINT', handler)
        process.off('SIGTERM', handler)
        // The command is done and the process is ending: a signal that comes now must not kill it halfway through
        // its exit (it would end without its exit code, after everything was written). Every command that listens
        // ends right after it stops listening.
        process.on('SIGINT', ignoreLateSignal)
        process.on('SIGTERM', ignoreLateSignal)
      }
    },
  })
}
