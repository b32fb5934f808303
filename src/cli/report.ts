/**
 * What the CLI prints: problems sorted by file and line with a summary, the table of written
 * files, and the message for a bug in oogo (no stack trace unless OOGO_DEBUG is set).
 */
import { ExitCode, formatError, sortErrors, type OogoError } from '../errors.ts'
import type { WrittenFile } from '../write/write-documents.ts'

export function reportProblems(problems: readonly OogoError[]): void {
  if (problems.length === 0) return
  for (const problem of sortErrors(problems)) process.stderr.write(formatError(problem) + '\n')
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const parts = [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''].filter(Boolean)
  process.stderr.write(`\n${parts.join(', ')}${errors ? '; er is niets geschreven.' : '.'}\n`)
}

export function reportWritten(rows: readonly { kind: string; file: WrittenFile }[]): void {
  const width = Math.max(...rows.map((r) => r.kind.length), 'soort'.length)
  const lines = rows.map(({ kind, file }) => `  ${kind.padEnd(width)}  ${file.path}  (${(file.bytes / 1024).toFixed(1).replace('.', ',')} kB)`)
  process.stdout.write(`${lines.join('\n')}\n${rows.length} ${rows.length === 1 ? 'document' : 'documenten'} geschreven.\n`)
}

export function reportInternalError(error: unknown): ExitCode {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Interne fout in oogo: ${message}\n` +
    'Dit is een fout in oogo, niet in uw dossier. Meld het alstublieft, met het dossier en deze melding' +
    ' (met OOGO_DEBUG=1 toont oogo ook de technische details).\n')
  if (process.env['OOGO_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`)
  return ExitCode.internal
}
