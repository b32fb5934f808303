/**
 * Writes the built documents into one flat output folder, each atomically (atomic-write.ts), so an
 * interrupted run never leaves a half-written `.docx`. File names come from plan/file-name.ts (lower-case ASCII, digits, dashes); the resolved
 * path is still checked to lie inside the folder.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import type { OogoError } from '../errors.ts'
import { writeFileAtomic, writeProblem } from './atomic-write.ts'

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
    try {
      writeFileAtomic(target, file.bytes)
      written.push({ path: join(folder, file.fileName), bytes: file.bytes.length })
    } catch (error) {
      return { written, problems: [writeProblem(join(folder, file.fileName), error, 'Het bestand kan niet worden geschreven')] }
    }
  }
  return { written, problems: [] }
}
