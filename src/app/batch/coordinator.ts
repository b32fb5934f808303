/**
 * The thread that runs `oogo batch` for the command line (host.ts starts it): `runBatch` as it is, with a terminal
 * whose output, problems and progress bar go to the main thread, which writes them, and whose Ctrl-C comes from there.
 * It is a thread of its own for its memory: on the main thread, handling thousands of the workers' answers let V8
 * grow the heap from 16 to 49 MB over 3,000 dossiers (at most 24 MB of it in use; at 1,000 dossiers the young
 * generation alone was at 16 MB). A thread's `resourceLimits` bound its young generation; the main thread's is fixed
 * when the process starts (V8 flags set at run time did not change it).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ExitCode } from '../../errors.ts'
import type { Terminal } from '../terminal.ts'
import { runBatch, type BatchFlags } from './batch.ts'

/** What the main thread tells the coordinator when it starts it. */
export interface CoordinatorData {
  inputs: string[]
  flags: BatchFlags
  isTTY: boolean
  /** The width of the terminal the progress bar draws on; absent: no bar. */
  progressColumns?: number
}

/** From the coordinator to the main thread, in the order the terminal was used. */
export type CoordinatorMessage =
  | { type: 'write' | 'writeError' | 'progress'; text: string }
  | { type: 'problems'; problems: Parameters<Terminal['problems']>[0]; closing?: string | false }
  | { type: 'usageError'; message: string }
  | { type: 'internalError'; message: string; stack?: string }
  | { type: 'done'; code: ExitCode }

/** From the main thread: Ctrl-C (or SIGTERM). */
export interface InterruptMessage { type: 'interrupt' }

const data = workerData as CoordinatorData
const port = parentPort!
const send = (message: CoordinatorMessage) => port.postMessage(message)
// A Ctrl-C pressed while this thread was starting waits in the port until runBatch's first pause, by which time runBatch
// listens (it does before its first await).
const handlers = new Set<() => void>()
port.on('message', (message: InterruptMessage) => {
  if (message.type === 'interrupt') for (const handler of [...handlers]) handler()
})

/** What cli-progress needs of a stream: writing, and that it is a terminal of some width. */
const progressStream = data.progressColumns === undefined ? undefined : {
  isTTY: true,
  columns: data.progressColumns,
  write(text: string | Uint8Array, callback?: () => void) {
    send({ type: 'progress', text: typeof text === 'string' ? text : Buffer.from(text).toString('utf8') })
    callback?.()
    return true
  },
} as unknown as NodeJS.WritableStream

const terminal: Terminal = {
  write: (text) => send({ type: 'write', text }),
  writeError: (text) => send({ type: 'writeError', text }),
  problems: (problems, closing) => send({ type: 'problems', problems, ...(closing === undefined ? {} : { closing }) }),
  usageError(message) {
    send({ type: 'usageError', message })
    return ExitCode.usage
  },
  internalError(error) {
    send({ type: 'internalError', message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) })
    return ExitCode.internal
  },
  isTTY: data.isTTY,
  ...(progressStream ? { progressStream } : {}),
  onInterrupt(handler) {
    handlers.add(handler)
    return () => void handlers.delete(handler)
  },
}

let code: ExitCode
try {
  code = await runBatch(data.inputs, data.flags, terminal)
} catch (error) {
  code = terminal.internalError(error)
}
// The last message: the main thread stops this thread when it has it (the port it listens on would keep it running).
send({ type: 'done', code })
