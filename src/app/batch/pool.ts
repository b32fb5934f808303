/**
 * The worker threads of `oogo batch`, a tinypool pool: each worker its own isolate, so one worker's packing does not
 * wait for another's. `runAll` hands the tasks out one at a time and starts no new task once `stopped()` is true, so
 * after Ctrl-C the tasks in progress are finished and nothing new begins.
 */
import { Tinypool } from 'tinypool'
import { threadFile } from './thread-file.ts'
import type { WorkerReply, WorkerTask } from './worker.ts'

export interface Pool {
  /**
   * Runs `count` tasks, at most `size` at once; `taskAt(i)` makes the i-th when it is handed out (so it can depend on
   * the answers so far), `onReply` hears each answer as it comes. Resolves when all are done.
   */
  runAll(count: number, taskAt: (index: number) => WorkerTask, onReply: (reply: WorkerReply) => void, stopped: () => boolean): Promise<void>
  /** Stops the workers; a task in progress is abandoned (its files are written atomically, or not at all). Resolves when they have stopped. */
  close(): Promise<void>
}

/** Pools whose run ended with no task in progress, kept for the next run in this process (`keepWorkersWarm`), by size. */
const warm = new Map<number, Tinypool>()
let keepWarm = false

/**
 * Keeps the workers of a finished run for the next run in this process, for a program that runs many batches (and the
 * tests): a worker loads the whole pipeline once, about a second, instead of once per run. Off by default, because
 * the command line runs one batch and its process must end; `stopWarmWorkers()` stops the kept workers. A worker's
 * caches are keyed by content (the setup carries the fingerprint of the configuration and house styles), so a run
 * never sees what an earlier one read.
 */
export function keepWorkersWarm(on = true): void {
  keepWarm = on
}

export async function stopWarmWorkers(): Promise<void> {
  const pools = [...warm.values()]
  warm.clear()
  await Promise.all(pools.map((pool) => pool.destroy()))
}

/**
 * The heap of a worker. V8 lets a busy thread's young generation grow to tens of megabytes before it collects, and
 * each worker makes garbage fast (a dossier's documents, then the next's): left alone, two workers and the main thread
 * took 470 MB for the country. A small young generation keeps the peak down (one dossier at a time lives in a worker,
 * a few MB): 1,000 dossiers peaked at 305 MB with 16 MB and at 280 MB with 8 MB; with 4 MB, after the caches were
 * bounded, the peaks were 198–205 / 218–223 / 241–250 MB for 42 / 342 / 1,000 dossiers against 220 / 226 / 256–262
 * MB with 8 MB, the country in the same time and CPU (12.7 s, 19.5 s CPU). The old generation's limit is far above
 * what one dossier needs (a worker that passes it stops, reported as a crash, exit 4).
 */
const workerHeap = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 }

/**
 * A worker's heap does not stay at what one dossier needs: its caches fill up to their bounds (zip entries, escaped
 * strings, parsed files) and V8 keeps the pages it once grew to, so after a few hundred dossiers a worker holds 100–130
 * MB instead of 70, and a batch of 3,000 dossiers peaked at 420 MB. A worker whose heap (what V8 has taken,
 * `total_heap_size`, as it answers with each dossier) passes `renewal.above` (80 MB) is replaced: no new dossier is
 * handed out, the dossiers in progress finish, and the pool starts fresh workers (a second or two of CPU for loading
 * the pipeline again). Not when fewer than `renewal.within` dossiers are left: the run is nearly done, and a fresh
 * start would cost more than the memory it saves. The country (384 dossiers, two workers) stays below the limit.
 */
export const workerRenewal = { above: 80 * 1024 * 1024, within: 100 }

export function startPool(size: number, renewal: { above: number; within: number } = workerRenewal): Pool {
  const reused = warm.get(size)
  warm.delete(size)
  const fresh = () => new Tinypool({ filename: threadFile('worker'), minThreads: size, maxThreads: size, isolateWorkers: false, resourceLimits: workerHeap })
  let pool = reused ?? fresh()
  let closed: Promise<void> | undefined
  let running = 0
  /** Called when the last task in progress is answered (`running` drops to 0). */
  let onIdle: (() => void) | undefined
  /** The workers being replaced by fresh ones (see `renewal.above`): no task is handed out until that is done. */
  let renewing: Promise<void> | undefined
  const renew = async () => {
    if (running > 0) await new Promise<void>((resolve) => { onIdle = resolve })
    onIdle = undefined
    if (closed) return
    await pool.destroy()
    if (!closed) pool = fresh()
  }
  return {
    async runAll(count, taskAt, onReply, stopped) {
      let next = 0
      let renewDue = false
      const runner = async () => {
        while (next < count && !stopped() && !closed) {
          if (renewDue) {
            renewing ??= renew().finally(() => { renewing = undefined; renewDue = false })
            await renewing
            continue
          }
          const task = taskAt(next++)
          let reply: WorkerReply
          running++
          try {
            reply = (await pool.run(task)) as WorkerReply
          } catch (error) {
            if (closed) return
            reply = { type: 'failed', id: task.id, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) }
          } finally {
            running--
            if (running === 0) onIdle?.()
          }
          onReply(reply)
          if (reply.type !== 'failed' && (reply.heap ?? 0) > renewal.above && count - next >= renewal.within) renewDue = true
        }
      }
      await Promise.all(Array.from({ length: Math.min(size, count) }, runner))
    },
    close() {
      // Every call waits for the same end: the workers stopped, or (idle, and kept warm) handed to the next run.
      closed ??= keepWarm && running === 0 && !renewing && !warm.has(size) ? Promise.resolve(void warm.set(size, pool)) : pool.destroy()
      return closed
    },
  }
}
