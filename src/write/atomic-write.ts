/**
 * The one way oogo writes a file: first a temporary file beside the target, then a rename — or, when an existing file
 * must be kept, a hard link that fails if the target exists — so an interrupted run never leaves half a file and a
 * kept file is never overwritten in a race. Every writer in write/ goes through here, except the two that need the same
 * steps in another order: write-documents.ts (a whole set under temporary names, renamed later) and write-manifest.ts
 * (written piece by piece, and not renamed when it is the same as before).
 */
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { temporaryPath } from './temporaries.ts'

/**
 * Writes `data` to `target` atomically. Without `overwrite`, an existing target is left alone and the call throws an
 * error with code EEXIST. Other failures throw the file system's error; the temporary file is gone either way.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: { overwrite: boolean } = { overwrite: true }): void {
  const temporary = temporaryPath(target)
  try {
    writeFileSync(temporary, data, { flag: 'wx' }) // exclusive: never through a symlink planted at the name
    if (options.overwrite) renameSync(temporary, target)
    else keepExisting(temporary, target)
  } catch (error) {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // left for removeStaleTemporaries (temporaries.ts) of a later run; the write's own error matters here
    }
    throw error
  }
}

/** Moves `temporary` to `target` unless `target` exists (then throws EEXIST). */
function keepExisting(temporary: string, target: string): void {
  try {
    // A hard link is created only if the name is free: no window between "does it exist?" and the write.
    linkSync(temporary, target)
    rmSync(temporary, { force: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw error
    // File systems without hard links (FAT on a USB stick, some network shares): check, then rename.
    if (existsSync(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' })
    renameSync(temporary, target)
  }
}

/**
 * Creates `folder` and its missing parents. Node's recursive mkdir answers ENOENT whatever stopped it (a read-only
 * disk, no rights); then the levels are made one by one, so the error names the real cause.
 */
export function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const parent = dirname(folder)
    if (parent !== folder && !existsSync(parent)) makeFolder(parent)
    mkdirSync(folder)
  }
}

/** The Dutch problem for a failed write, with a hint for the causes a user can fix. */
export function writeProblem(file: string, error: unknown, what: string): OogoError {
  const code = (error as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'
  const hint = code === 'EACCES' || code === 'EPERM' ? 'Controleer de schrijfrechten van de map.'
    : code === 'ENOSPC' || code === 'EDQUOT' ? 'De schijf is vol; maak ruimte vrij of kies een andere map.'
      : code === 'EROFS' ? 'De map staat op een schijf waarop alleen gelezen kan worden; kies een andere map.'
        : code === 'ENOTDIR' || code === 'EEXIST' ? 'Een deel van het pad is een bestand, geen map.' : undefined
  return oogoError(ErrorCode.writeFailed, 'write', `${what} (${code}).`, { file }, hint)
}
