/**
 * What the CLI prints: problems sorted by file and line with a summary, the table of written
 * files, and the message for a bug in oogo (no stack trace unless OOGO_DEBUG is set).
 */
import { ExitCode, formatError, hasErrors, sortErrors, type OogoError } from '../errors.ts'
import type { WrittenFile } from '../write/write-documents.ts'

export function reportProblems(problems: readonly OogoError[]): void {
  if (problems.length === 0) return
  for (const problem of sortErrors(problems)) process.stderr.write(formatError(problem) + '\n')
  process.stderr.write(`\n${problemCounts(problems)}${hasErrors(problems) ? '; er is niets geschreven.' : '.'}\n`)
}

/** "2 fouten, 1 waarschuwing": the counts that close every report of problems. */
export function problemCounts(problems: readonly OogoError[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  return [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''].filter(Boolean).join(', ')
}

/** One line per document kind that produced nothing (on stderr: it is not output). */
export function reportSkipped(skipped: readonly { kind: string; reason: string }[]): void {
  for (const { kind, reason } of skipped) process.stderr.write(`overgeslagen: ${kind} — ${reason}\n`)
}

export function reportWritten(rows: readonly { kind: string; file: WrittenFile }[]): void {
  const width = Math.max(...rows.map((r) => r.kind.length), 'soort'.length)
  const size = Math.max(...rows.map((r) => r.file.path.length))
  const lines = rows.map(({ kind, file }) => `  ${kind.padEnd(width)}  ${file.path.padEnd(size)}  ${(file.bytes / 1024).toFixed(1).replace('.', ',').padStart(5)} kB`)
  const counts = new Map<string, number>()
  for (const { kind } of rows) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')
  process.stdout.write(`${lines.join('\n')}\n${rows.length} ${rows.length === 1 ? 'document' : 'documenten'} geschreven${rows.length ? ` (${summary})` : ''}.\n`)
}

export function reportInternalError(error: unknown): ExitCode {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Interne fout in oogo: ${message}\n` +
    'Dit is een fout in oogo, niet in uw dossier. Meld het alstublieft, met het dossier en deze melding' +
    ' (met OOGO_DEBUG=1 toont oogo ook de technische details).\n')
  if (process.env['OOGO_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`)
  return ExitCode.internal
}
