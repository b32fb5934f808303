/**
 * Reads one user file as UTF-8 text, turning every way that can fail into a located problem.
 *
 * Only `load/` touches the file system. A missing file, a directory, an empty or non-UTF-8 file
 * each get their own code, so the CLI can say exactly what is wrong and pick the right exit code.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import type { SourceText } from '../model/project.ts'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'

/** Larger dossiers are certainly a mistake (the sample is 11 kB). */
const maxBytes = 5 * 1024 * 1024

export function readSource(file: string): { source?: SourceText; problems: OogoError[] } {
  const read = readBytes(file, { subject: 'Het bestand', noun: 'bestand', kind: 'dossier', maxBytes, directoryHint: 'Geef het pad van een dossierbestand (.yaml).' })
  return read.bytes ? decodeSource(file, read.bytes) : { problems: read.problems }
}

/** How messages name the file being read: "Het bestand …", "Dit is een map, geen bestand.", "… geen dossier." */
export interface ReadWording { subject: string; noun: string; kind: string; directoryHint: string; maxBytes: number }

/** The bytes of a user file, or the located problem why not (missing, a directory, too large, unreadable). */
export function readBytes(file: string, wording: ReadWording): { bytes?: Uint8Array; problems: OogoError[] } {
  const fail = (code: ErrorCode, message: string, suggestion?: string) => ({
    problems: [oogoError(code, 'load', message, { file }, suggestion)],
  })
  const tooLarge = () => fail(ErrorCode.fileTooLarge, `${wording.subject} is groter dan ${wording.maxBytes / 1024 / 1024} MB; dat is geen ${wording.kind}.`)
  const notRegular = () => fail(ErrorCode.fileUnreadable, `Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); het kan niet als ${wording.noun} worden gelezen.`,
    'Geef het pad van een gewoon bestand.')
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) return fail(ErrorCode.fileIsDirectory, `Dit is een map, geen ${wording.noun}.`, wording.directoryHint)
    if (!stat.isFile()) return notRegular()
    // O_NONBLOCK: a FIFO swapped in after the check must not hang the open; fstat checks what was opened.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    try {
      const opened = fstatSync(fd)
      if (!opened.isFile()) return notRegular()
      if (opened.size > wording.maxBytes) return tooLarge()
      // Never more than the limit, even if the file grows while it is read.
      const chunks: Buffer[] = []
      let length = 0
      for (;;) {
        const chunk = Buffer.alloc(Math.min(Math.max(opened.size + 1 - length, 64 * 1024), wording.maxBytes + 1 - length))
        const read = readSync(fd, chunk, 0, chunk.length, null)
        if (read === 0) break
        chunks.push(chunk.subarray(0, read))
        length += read
        if (length > wording.maxBytes) return tooLarge()
      }
      const buffer = Buffer.concat(chunks, length)
      return { bytes: buffer, problems: [] }
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return fail(ErrorCode.fileNotFound, `${wording.subject} bestaat niet.`, 'Controleer het pad en de spelling van de bestandsnaam.')
    return fail(ErrorCode.fileUnreadable, `${wording.subject} kan niet worden gelezen (${code ?? 'onbekende oorzaak'}).`)
  }
}

/** Decodes bytes as strict UTF-8; also used for in-memory projects in tests. */
export function decodeSource(file: string, bytes: Uint8Array): { source?: SourceText; problems: OogoError[] } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const { line, column } = firstInvalidUtf8(bytes)
    return {
      problems: [oogoError(ErrorCode.fileEncoding, 'load', 'Het bestand is geen geldige UTF-8-tekst.', { file, line, column },
        'Sla het bestand op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8).')],
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1) // a BOM is harmless; drop it
  if (text.trim() === '') {
    return { problems: [oogoError(ErrorCode.fileEmpty, 'load', 'Het bestand is leeg.', { file })] }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { source: { file, text, sha256 }, problems: [] }
}

/** Line and column of the first byte that is not valid UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // The lenient decoder turns the first bad byte into U+FFFD; what precedes it is valid text.
  const text = new TextDecoder('utf-8').decode(bytes)
  const lines = text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n')
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 }
}
