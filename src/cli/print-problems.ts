/**
 * The one printer of problems: every command shows them the same way — sorted by file and place, one block per
 * problem (errors' first line red on a terminal), and a line with the counts.
 */
import { formatError, hasErrors, sortErrors, type OogoError } from '../errors.ts'

export function printProblems(problems: readonly OogoError[], colour: boolean, closing?: string | false): string {
  if (problems.length === 0) return ''
  const blocks = sortErrors(problems).map((problem) => {
    const text = formatError(problem)
    if (!colour || problem.severity !== 'error') return `${text}\n`
    const [first, ...rest] = text.split('\n')
    return [`\x1b[31m${first}\x1b[39m`, ...rest].join('\n') + '\n'
  })
  if (closing === false) return blocks.join('')
  return `${blocks.join('')}\n${problemCounts(problems)}${closing ?? (hasErrors(problems) ? '; er is niets geschreven.' : '.')}\n`
}

/** "2 fouten, 1 waarschuwing": the counts that close every report of problems. */
export function problemCounts(problems: readonly OogoError[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  return [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''].filter(Boolean).join(', ')
}
