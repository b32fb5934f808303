/**
 * Writes the built documents into one flat output folder as one set: every document first under a temporary name
 * (temporaries.ts), and only when all of them are on disk, all renamed to their own names. A rename is quick and does
 * not need disk space, so the set appears whole or not at all:
 *
 * - a write fails (disk full, no rights, a read-only disk): the temporaries are removed, nothing of this run remains;
 * - the run is interrupted (`stopped()` answers true between two files): the same;
 * - a rename fails (rare: the temporaries are already written): the documents renamed so far are removed again, so
 *   none of this run's documents remains (a file of an earlier run with the same name was replaced and is gone too);
 * - the process is killed before the renames: temporaries remain, which the next run removes
 *   (`removeStaleTemporaries`); killed among the renames: the journal of the set remains, and the next run finishes
 *   the renames (`completeInterruptedSets`), so the folder never keeps half a set.
 *
 * The renames run without a pause, so a Ctrl-C or SIGTERM (handled on the event loop) cannot fall between them.
 * File names come from plan/file-name.ts (lower-case ASCII, digits, dashes); the resolved path is still checked to
 * lie inside the folder. Temporaries are created exclusively under an unguessable name (temporaries.ts), so a
 * symlink planted in the folder is never written through; the rename replaces a symlink at the target itself.
 */
import { promises, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { OogoError } from '../errors.ts'
import { makeFolder, writeProblem } from './atomic-write.ts'
import { temporaryPath, writeJournal } from './temporaries.ts'

export interface FileToWrite { fileName: string; bytes: Uint8Array }
export interface WrittenFile { path: string; bytes: number }
export interface WriteResult {
  /** Every file, or none (then `problems` or `interrupted` says why). */
  written: WrittenFile[]
  problems: OogoError[]
  /** `stopped()` answered true before the renames: nothing was written. */
  interrupted: boolean
}

interface Target { file: FileToWrite; shown: string; target: string; temporary: string }

/** The set, written in one go (for a worker thread and a single preview: nothing to interrupt between files). */
export function writeDocuments(folder: string, files: readonly FileToWrite[]): WriteResult {
  const targets = prepare(folder, files)
  if (!Array.isArray(targets)) return { written: [], problems: [targets], interrupted: false }
  for (const [i, t] of targets.entries()) {
    try {
      writeFileSync(t.temporary, t.file.bytes, { flag: 'wx' })
    } catch (error) {
      return abandon(targets, i, writeProblem(t.shown, error, 'Het bestand kan niet worden geschreven'))
    }
  }
  return renameAll(targets)
}

/**
 * The set, with a pause after every file in which an interrupt can be heard: once `stopped()` answers true, the
 * temporaries are removed and nothing is renamed.
 */
export async function writeDocumentSet(folder: string, files: readonly FileToWrite[], stopped: () => boolean): Promise<WriteResult> {
  const targets = prepare(folder, files)
  if (!Array.isArray(targets)) return { written: [], problems: [targets], interrupted: false }
  for (const [i, t] of targets.entries()) {
    if (stopped()) return { ...abandon(targets, i), interrupted: true }
    try {
      await promises.writeFile(t.temporary, t.file.bytes, { flag: 'wx' })
    } catch (error) {
      return abandon(targets, i, writeProblem(t.shown, error, 'Het bestand kan niet worden geschreven'))
    }
  }
  if (stopped()) return { ...abandon(targets, targets.length), interrupted: true }
  return renameAll(targets)
}

/** Creates the folder and names every target and its temporary; or the problem with the folder. */
function prepare(folder: string, files: readonly FileToWrite[]): Target[] | OogoError {
  const root = resolve(folder)
  try {
    makeFolder(root)
  } catch (error) {
    return writeProblem(folder, error, 'De uitvoermap kan niet worden gemaakt')
  }
  return files.map((file) => {
    const target = resolve(root, file.fileName)
    if (!target.startsWith(root + sep)) throw new Error(`file name escapes the output folder: ${file.fileName}`)
    return { file, shown: join(folder, file.fileName), target, temporary: temporaryPath(target) }
  })
}

/** Removes the temporaries of `targets[0..upTo]` (the one at `upTo` may be half written). */
function abandon(targets: readonly Target[], upTo: number, problem?: OogoError): WriteResult {
  for (const t of targets.slice(0, upTo + 1)) remove(t.temporary)
  return { written: [], problems: problem ? [problem] : [], interrupted: false }
}

function renameAll(targets: readonly Target[]): WriteResult {
  let journal: string | undefined
  try {
    if (targets.length > 1) journal = writeJournal(dirname(targets[0]!.target), targets.map((t) => [basename(t.temporary), basename(t.target)] as const))
  } catch (error) {
    for (const t of targets) remove(t.temporary)
    return { written: [], problems: [writeProblem(targets[0]!.shown, error, 'Het bestand kan niet worden geschreven')], interrupted: false }
  }
  for (const [i, t] of targets.entries()) {
    try {
      renameSync(t.temporary, t.target)
    } catch (error) {
      for (const done of targets.slice(0, i)) remove(done.target)
      for (const left of targets.slice(i)) remove(left.temporary)
      if (journal) remove(journal)
      return { written: [], problems: [writeProblem(t.shown, error, 'Het bestand kan niet worden geschreven')], interrupted: false }
    }
  }
  if (journal) remove(journal)
  return { written: targets.map((t) => ({ path: t.shown, bytes: t.file.bytes.length })), problems: [], interrupted: false }
}

/** Removes a file if it is there; a failure to clean up must not hide the problem that made us clean up. */
function remove(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // left for removeStaleTemporaries of a later run
  }
}
