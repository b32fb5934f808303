/**
 * Writes the built documents into one flat output folder, each atomically: first a temporary file
 * beside the target, then a rename, so an interrupted run never leaves a half-written `.docx`.
 * File names come from documents/file-name.ts (lower-case ASCII, digits, dashes); the resolved
 * path is still checked to lie inside the folder.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'

export interface FileToWrite { fileName: string; bytes: Uint8Array }
export interface WrittenFile { path: string; bytes: number }

export function writeDocuments(folder: string, files: readonly FileToWrite[]): { written: WrittenFile[]; problems: OogoError[] } {
  const written: WrittenFile[] = []
  const root = resolve(folder)
  try {
    mkdirSync(root, { recursive: true })
  } catch (error) {
    return { written, problems: [writeProblem(folder, error, 'De uitvoermap kan niet worden gemaakt')] }
  }
  for (const file of files) {
    const target = resolve(root, file.fileName)
    if (!target.startsWith(root + sep)) throw new Error(`file name escapes the output folder: ${file.fileName}`)
    const temporary = join(root, `.${file.fileName}.${process.pid}.tmp`)
    try {
      writeFileSync(temporary, file.bytes)
      renameSync(temporary, target)
      written.push({ path: join(folder, file.fileName), bytes: file.bytes.length })
    } catch (error) {
      rmSync(temporary, { force: true })
      return { written, problems: [writeProblem(join(folder, file.fileName), error, 'Het bestand kan niet worden geschreven')] }
    }
  }
  return { written, problems: [] }
}

function writeProblem(file: string, error: unknown, what: string): OogoError {
  const code = (error as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'
  const hint = code === 'EACCES' || code === 'EPERM' ? 'Controleer de schrijfrechten van de map.'
    : code === 'ENOSPC' ? 'De schijf is vol.'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'Een deel van het pad is een bestand, geen map.' : undefined
  return oogoError(ErrorCode.writeFailed, 'write', `${what} (${code}).`, { file }, hint)
}
