/**
 * `oogo batch` on the command line: `runBatch` in a thread of its own (coordinator.ts) with a small young generation,
 * so that the memory of a long run stays flat; this thread only writes what the coordinator says and passes Ctrl-C
 * on.
 * Peak RSS with the run on the main thread → in a coordinator: 3,000 dossiers 261–264 → 244–248 MB, 42 dossiers
 * 193–199 → 206–212 MB (the thread itself). The output, the files and the exit code are those of `runBatch` itself.
 */
import { Worker } from 'node:worker_threads'
import { ExitCode } from '../../errors.ts'
import type { Terminal } from '../terminal.ts'
import type { BatchFlags } from './batch.ts'
import type { CoordinatorData, CoordinatorMessage, InterruptMessage } from './coordinator.ts'
import { threadFile } from './thread-file.ts'

/** The coordinator's young generation: what one answer at a time needs (the workers' own, pool.ts, is the same). */
const coordinatorHeap = { maxYoungGenerationSizeMb: 4 }

export function runBatchInThread(inputs: string[], flags: BatchFlags, terminal: Terminal): Promise<ExitCode> {
  const progressColumns = terminal.progressStream ? ((terminal.progressStream as { columns?: number }).columns ?? 80) : undefined
  const data: CoordinatorData = { inputs, flags, isTTY: terminal.isTTY, ...(progressColumns === undefined ? {} : { progressColumns }) }
  return new Promise<ExitCode>((resolve) => {
    const coordinator = new Worker(new URL(threadFile('coordinator')), { workerData: data, resourceLimits: coordinatorHeap })
    let code: ExitCode | undefined
    let failure: unknown
    const stopListening = terminal.onInterrupt(() => coordinator.postMessage({ type: 'interrupt' } satisfies InterruptMessage))
    coordinator.on('message', (message: CoordinatorMessage) => {
      switch (message.type) {
        case 'write': terminal.write(message.text); break
        case 'writeError': terminal.writeError(message.text); break
        case 'progress': terminal.progressStream?.write(message.text); break
        case 'problems': terminal.problems(message.problems, message.closing); break
        case 'usageError': terminal.usageError(message.message); break
        case 'internalError': {
          const error = new Error(message.message)
          error.stack = message.stack ?? message.message
          terminal.internalError(error)
          break
        }
        case 'done':
          code = message.code
          void coordinator.terminate() // its work is done; nothing it might still hold open keeps the process waiting
          break
      }
    })
    coordinator.on('error', (error) => { failure = error })
    coordinator.on('exit', () => {
      stopListening()
      // Ended without its exit code: the thread crashed (or ran out of memory), which is a bug, never a silent end.
      if (code === undefined) code = terminal.internalError(failure ?? new Error('de batch stopte zonder afsluitcode'))
      resolve(code)
    })
  })
}
