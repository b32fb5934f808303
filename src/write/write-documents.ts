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
 *
 * The two halves can also be done apart, even by different threads: `writeTemporaries` writes the set under temporary
 * names and answers a `PendingSet` (plain data: the folder, the file names and the one random part of their
 * temporary names), which `placeSet` later renames as above, or `discardSet` removes. `oogo batch` writes each
 * dossier's set in a worker thread as soon as it is made and puts the sets in place from the main thread only once
 * every dossier is checked.
 * File names come from plan/file-name.ts (lower-case ASCII, digits, dashes); the resolved path is still checked to
 * lie inside the folder. Temporaries are created exclusively under an unguessable name (temporaries.ts), so a
 * symlink planted in the folder is never written through; the rename replaces a symlink at the target itself.
 */
import { existsSync, promises, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { OogoError } from '../errors.ts'
import { makeFolder, writeProblem } from './atomic-write.ts'
import { randomPart, temporaryPath, writeJournal } from './temporaries.ts'

export interface FileToWrite { fileName: string; bytes: Uint8Array }
export interface WrittenFile { path: string; bytes: number }
export interface WriteResult {
  /** Every file, or none (then `problems` or `interrupted` says why). */
  written: WrittenFile[]
  problems: OogoError[]
  /** `stopped()` answered true before the renames: nothing was written. */
  interrupted: boolean
}

interface Target { fileName: string; size: number; shown: string; target: string; temporary: string }

/**
 * A set on disk under temporary names, waiting to be put in place: plain data, so it can be handed to another
 * thread. The temporaries are `.<fileName>.<pid>.<token>.tmp` in `folder`.
 */
export interface PendingSet {
  /** The folder as given to `writeTemporaries` (messages name it so). */
  folder: string
  pid: number
  /** The random part shared by the set's temporary names. */
  token: string
  fileNames: string[]
  sizes: number[]
  /** `writeTemporaries` made the folder: `discardSet` removes it again when it is empty. */
  createdFolder: boolean
}

/** The set, written in one go (for a worker thread and a single preview: nothing to interrupt between files). */
export function writeDocuments(folder: string, files: readonly FileToWrite[]): WriteResult {
  const pending = writeTemporaries(folder, files)
  return pending.set ? placeSet(pending.set) : { written: [], problems: pending.problems, interrupted: false }
}

/**
 * The first half: every file under its temporary name. On a failure the temporaries written so far are removed and the
 * problem answered; nothing of the set remains.
 */
export function writeTemporaries(folder: string, files: readonly FileToWrite[]): { set?: PendingSet; problems: OogoError[] } {
  const createdFolder = !existsSync(folder)
  const targets = prepare(folder, files)
  if (!Array.isArray(targets)) return { problems: [targets] }
  for (const [i, t] of targets.entries()) {
    try {
      writeFileSync(t.temporary, files[i]!.bytes, { flag: 'wx' })
    } catch (error) {
      return { problems: abandon(targets, i, writeProblem(t.shown, error, 'Het bestand kan niet worden geschreven')).problems }
    }
  }
  return {
    set: { folder, pid: process.pid, token: tokenOf(targets), fileNames: files.map((f) => f.fileName), sizes: files.map((f) => f.bytes.length), createdFolder },
    problems: [],
  }
}

/** The second half: the set renamed to its own names under a journal, all or none (as `writeDocuments`). */
export function placeSet(set: PendingSet): WriteResult {
  if (set.fileNames.length === 0) return { written: [], problems: [], interrupted: false }
  return renameAll(targetsOf(set))
}

/** The set abandoned: its temporaries removed, and its folder if `writeTemporaries` made it and it is empty now. */
export function discardSet(set: PendingSet): void {
  for (const t of targetsOf(set)) remove(t.temporary)
  if (set.createdFolder) {
    try {
      rmdirSync(set.folder) // only an empty folder
    } catch {
      // something else is in it now: it stays
    }
  }
}

function targetsOf(set: PendingSet): Target[] {
  const root = resolve(set.folder)
  return set.fileNames.map((fileName, i) => {
    const target = resolve(root, fileName)
    if (!target.startsWith(root + sep)) throw new Error(`file name escapes the output folder: ${fileName}`)
    return { fileName, size: set.sizes[i]!, shown: join(set.folder, fileName), target, temporary: temporaryPath(target, set.token, set.pid) }
  })
}

/** The random part of the targets' temporary names (one for the set, see `prepare`). */
const tokenOf = (targets: readonly Target[]): string => (targets.length === 0 ? randomPart() : /\.([0-9a-f]{16})\.tmp$/.exec(targets[0]!.temporary)![1]!)

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
      await promises.writeFile(t.temporary, files[i]!.bytes, { flag: 'wx' })
    } catch (error) {
      return abandon(targets, i, writeProblem(t.shown, error, 'Het bestand kan niet worden geschreven'))
    }
  }
  if (stopped()) return { ...abandon(targets, targets.length), interrupted: true }
  return renameAll(targets)
}

/**
 * Creates the folder and names every target and its temporary (one random part for the whole set); or the problem
 * with the folder.
 */
function prepare(folder: string, files: readonly FileToWrite[]): Target[] | OogoError {
  try {
    makeFolder(resolve(folder))
  } catch (error) {
    return writeProblem(folder, error, 'De uitvoermap kan niet worden gemaakt')
  }
  return targetsOf({ folder, pid: process.pid, token: randomPart(), fileNames: files.map((f) => f.fileName), sizes: files.map((f) => f.bytes.length), createdFolder: false })
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
  return { written: targets.map((t) => ({ path: t.shown, bytes: t.size })), problems: [], interrupted: false }
}

/** Removes a file if it is there; a failure to clean up must not hide the problem that made us clean up. */
function remove(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // left for removeStaleTemporaries of a later run
  }
}
