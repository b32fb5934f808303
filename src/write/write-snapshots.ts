/**
 * Writes small text files — the stored texts of `oogo sjablonen test --bijwerken` and the copies of
 * `oogo sjablonen kopieer` — each atomically, as write-documents.ts does for `.docx` files: first a
 * temporary file beside the target, then a rename (or, when an existing file must be kept, a hard
 * link that fails if the target exists), so an interrupted run never leaves half a file.
 */
import { existsSync, linkSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'

export interface TextFile {
  /** Where to write; also the path shown in messages. */
  path: string
  text: string
}

/**
 * Writes every file, creating folders as needed. Without `overwrite`, an existing file is left
 * alone and reported. Stops at the first failure.
 *
 * @example
 *   writeTextFiles([{ path: 'mijn-sjablonen/overeenkomst.md.hbs', text }], { overwrite: false })
 */
export function writeTextFiles(files: readonly TextFile[], options: { overwrite: boolean }): { written: string[]; problems: OogoError[] } {
  const written: string[] = []
  for (const file of files) {
    const folder = dirname(file.path)
    try {
      mkdirSync(folder, { recursive: true })
    } catch (error) {
      return { written, problems: [writeProblem(folder, error, 'De map kan niet worden gemaakt')] }
    }
    const temporary = join(folder, `.${basename(file.path)}.${process.pid}.tmp`)
    try {
      writeFileSync(temporary, file.text, 'utf8')
      if (options.overwrite) renameSync(temporary, file.path)
      else keepExisting(temporary, file.path)
      written.push(file.path)
    } catch (error) {
      rmSync(temporary, { force: true })
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        return { written, problems: [oogoError(ErrorCode.writeFailed, 'write', 'Dit bestand bestaat al; het is niet overschreven.', { file: file.path },
          'Gebruik --overschrijven om het te vervangen, of kies met --naar een andere map.')] }
      }
      return { written, problems: [writeProblem(file.path, error, 'Het bestand kan niet worden geschreven')] }
    }
  }
  return { written, problems: [] }
}

/** Removes files (stored texts that no longer belong to anything), and their folder once it is empty. */
export function removeFiles(paths: readonly string[]): { removed: string[]; problems: OogoError[] } {
  const removed: string[] = []
  for (const path of paths) {
    try {
      rmSync(path, { force: true })
      removed.push(path)
    } catch (error) {
      return { removed, problems: [writeProblem(path, error, 'Het bestand kan niet worden verwijderd')] }
    }
    try {
      rmdirSync(dirname(path))
    } catch {
      // not empty (or already gone): keep it
    }
  }
  return { removed, problems: [] }
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

function writeProblem(file: string, error: unknown, what: string): OogoError {
  const code = (error as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'
  const hint = code === 'EACCES' || code === 'EPERM' ? 'Controleer de schrijfrechten van de map.'
    : code === 'ENOSPC' ? 'De schijf is vol.'
      : code === 'ENOTDIR' ? 'Een deel van het pad is een bestand, geen map.' : undefined
  return oogoError(ErrorCode.writeFailed, 'write', `${what} (${code}).`, { file }, hint)
}
