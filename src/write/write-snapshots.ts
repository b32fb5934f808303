/**
 * Writes small text files — the stored texts of `oogo sjablonen test --bijwerken` and the copies of
 * `oogo sjablonen kopieer` — each atomically (atomic-write.ts), so an interrupted run never leaves
 * half a file and an existing file is kept unless it may be overwritten.
 */
import { rmdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { makeFolder, writeFileAtomic, writeProblem } from './atomic-write.ts'

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
      makeFolder(folder)
    } catch (error) {
      return { written, problems: [writeProblem(folder, error, 'De map kan niet worden gemaakt')] }
    }
    try {
      writeFileAtomic(file.path, file.text, options)
      written.push(file.path)
    } catch (error) {
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
