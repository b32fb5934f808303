/**
 * The temporary files of oogo's writers: `.<name>.<pid>.<random>.tmp` beside the target (atomic-write.ts,
 * write-documents.ts). The random part (16 hex digits) makes the name unguessable, and the writers create the file
 * exclusively (flag `wx`: O_CREAT|O_EXCL, which refuses an existing name and does not follow a symlink planted there),
 * so nobody can make a document land outside the output folder through a symlink with the name of a temporary.
 * A run that is killed (SIGKILL, a power cut, an out-of-memory kill) cannot remove its own; the next run that writes
 * into the same folder removes them with `removeStaleTemporaries`.
 *
 * A set of documents is renamed from its temporaries under a journal, `.oogo-set.<pid>.json`, that lists every
 * rename (created exclusively too, `.oogo-set.<pid>.<random>.json`): a run killed among the renames leaves the journal, and the next run finishes the renames it lists
 * (`completeInterruptedSets`), so the set is whole again — never half of it.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The temporary file for `target`: hidden, beside it (so the rename stays on one file system), named after this
 * process and a random part. Create it with flag `wx` only.
 */
export function temporaryPath(target: string, token: string = randomPart(), pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${token}.tmp`)
}

/**
 * 16 hex digits from the platform's random source (Web Crypto: write/ imports no node:crypto): the random part of a
 * temporary name. A set of documents shares one (write-documents.ts), so its temporaries can be named again from the
 * file names alone by whoever puts the set in place.
 */
export function randomPart(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Also the form without the random part, which runs of earlier versions left. */
const temporaryName = /^\.(.+?)\.(\d+)(?:\.[0-9a-f]{16})?\.tmp$/
const journalName = /^\.oogo-set\.(\d+)(?:\.[0-9a-f]{16})?\.json$/

/** Writes the journal of a set about to be renamed in `folder`: `[temporary, target]` file names. Answers its path. */
export function writeJournal(folder: string, renames: readonly (readonly [string, string])[]): string {
  const path = join(folder, `.oogo-set.${process.pid}.${randomPart()}.json`)
  writeFileSync(path, JSON.stringify({ renames }), { flag: 'wx' })
  return path
}

/**
 * Finishes the renames of sets whose run was killed among them (its journal is left and its process is gone):
 * every temporary the journal lists that is still there gets its own name. Answers the documents completed.
 */
export function completeInterruptedSets(folder: string): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const completed: string[] = []
  for (const name of names.sort()) {
    const match = journalName.exec(name)
    if (!match || !ownerGone(Number(match[1]))) continue
    const journal = join(folder, name)
    try {
      const { renames } = JSON.parse(readFileSync(journal, 'utf8')) as { renames: [string, string][] }
      for (const [temporary, target] of renames) {
        if (!temporaryName.test(temporary) || target.includes('/') || target.includes('\\')) continue
        try {
          renameSync(join(folder, temporary), join(folder, target))
          completed.push(join(folder, target))
        } catch {
          // already renamed before the kill
        }
      }
    } catch {
      // a journal cut short by the kill: its run never started renaming, so its temporaries are simply stale
    }
    rmSync(journal, { force: true })
  }
  return completed
}

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
