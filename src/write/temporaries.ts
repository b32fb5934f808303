/**
 * The temporary files of oogo's writers: `.<name>.<pid>.tmp` beside the target (atomic-write.ts, write-documents.ts).
 * A run that is killed (SIGKILL, a power cut, an out-of-memory kill) cannot remove its own; the next run that writes
 * into the same folder removes them with `removeStaleTemporaries`.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** The temporary file for `target`: hidden, beside it (so the rename stays on one file system), named after this process. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
}

const temporaryName = /^\.(.+)\.(\d+)\.tmp$/

/** A temporary file older than this is left over even when a process with its pid runs (pids are reused). */
export const staleAfterMs = 10 * 60 * 1000

/**
 * Removes the temporary files in `folder` (not below it) that no running writer owns: their process is gone, or it is
 * this process (which has nothing in flight when it calls this), or they are older than `staleAfterMs`. Answers the
 * paths removed (joined to `folder` as given). A missing folder, or a file that cannot be removed, is passed over:
 * cleaning up must never stop a run.
 */
export function removeStaleTemporaries(folder: string, now = Date.now()): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names.sort()) {
    const match = temporaryName.exec(name)
    if (!match) continue
    const path = join(folder, name)
    try {
      const stat = statSync(path)
      if (!stat.isFile()) continue
      if (!ownerGone(Number(match[2])) && now - stat.mtimeMs < staleAfterMs) continue
      rmSync(path, { force: true })
      removed.push(path)
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed
}

/** The process that wrote a temporary file with this pid no longer runs (or is this one). */
function ownerGone(pid: number): boolean {
  if (pid === process.pid) return true
  if (!Number.isSafeInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0) // signal 0: only asks whether the process exists
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' // EPERM: it runs, under another user
  }
}
