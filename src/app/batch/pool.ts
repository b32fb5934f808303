/**
 * The worker threads of `oogo batch`, a tinypool pool: each worker its own isolate, so one worker's packing does not
 * wait for another's. `runAll` hands the tasks out one at a time and starts no new task once `stopped()` is true, so
 * after Ctrl-C the tasks in progress are finished and nothing new begins.
 */
import { Tinypool } from 'tinypool'
import type { WorkerReply, WorkerTask } from './worker.ts'

export interface Pool {
  /** Runs every task, at most `size` at once; `onReply` hears each answer as it comes. Resolves when all are done. */
  runAll(tasks: readonly WorkerTask[], onReply: (reply: WorkerReply) => void, stopped: () => boolean): Promise<void>
  /** Stops the workers; a task in progress is abandoned (its files are written atomically, or not at all). Resolves when they have stopped. */
  close(): Promise<void>
}

export function startPool(size: number): Pool {
  const pool = new Tinypool({ filename: workerFile(), minThreads: size, maxThreads: size, isolateWorkers: false })
  let closed: Promise<void> | undefined
  return {
    async runAll(tasks, onReply, stopped) {
      let next = 0
      const runner = async () => {
        while (next < tasks.length && !stopped() && !closed) {
          const task = tasks[next++]!
          let reply: WorkerReply
          try {
            reply = (await pool.run(task)) as WorkerReply
          } catch (error) {
            if (closed) return
            reply = { type: 'failed', id: task.id, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) }
          }
          onReply(reply)
        }
      }
      await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, runner))
    },
    close() {
      // Every call waits for the same end: the workers stopped.
      closed ??= pool.destroy()
      return closed
    },
  }
}

/**
 * From dist/ the worker is the compiled `worker.js`; under vitest or tsx it is `worker.ts`, which a worker thread can
 * load only after registering tsx itself (on Node 20 the parent's `--import tsx` does not reach a worker's module
 * loader), hence a small module that does that first.
 */
function workerFile(): string {
  const typescript = import.meta.url.endsWith('.ts')
  const worker = new URL(`./worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href
  if (!typescript) return worker
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register();\n` +
    `const worker = await import(${JSON.stringify(worker)});\nexport default worker.default;\n`
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`
}
