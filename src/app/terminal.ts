/**
 * What a use case may do with the outside world besides files: write output and messages, report problems and
 * usage errors, and hear Ctrl-C. The command line gives the process's streams and signals (cli/terminal.ts); a test
 * gives buffers. The use cases never touch `process` themselves.
 */
import type { ExitCode, OogoError } from '../errors.ts'

export interface Terminal {
  /** Output (stdout): what the command produces — text, JSON, the list of written files. */
  write(text: string): void
  /** Messages (stderr): what is being done, progress, hints. */
  writeError(text: string): void
  /**
   * Problems, by the one printer of the command line: sorted by file and place, then a line with the counts and
   * `closing` after them (default: "; er is niets geschreven." when there are errors, else "."). `closing: false`
   * leaves the count line out. Nothing is printed for an empty list.
   */
  problems(problems: readonly OogoError[], closing?: string | false): void
  /** A wrong command line (unknown document kind, bad number): the message, and where help is. Returns ExitCode.usage. */
  usageError(message: string): ExitCode
  /** A bug in oogo: a message without a stack trace (unless asked for). Returns ExitCode.internal. */
  internalError(error: unknown): ExitCode
  /** Colours, clearing the screen and progress bars only on a terminal, never in a file or pipe. */
  readonly isTTY: boolean
  /** Where a progress bar draws, when messages go to a terminal. */
  readonly progressStream?: NodeJS.WritableStream
  /** Calls `handler` on every Ctrl-C (and SIGTERM) until the returned function is called. */
  onInterrupt(handler: () => void): () => void
}
