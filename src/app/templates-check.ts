/**
 * `oogo sjablonen controleer`: every template and partial checked without a dossier.
 */
import { ExitCode, exitCodeFor, formatError, sortErrors } from '../errors.ts'
import { loadTemplateSet } from '../load/load-project.ts'
import { checkTemplates } from '../template-check/check-templates.ts'
import { problemCounts } from '../cli/report.ts'

export function runTemplatesCheck(flags: { sjablonen?: string }): ExitCode {
  const loaded = loadTemplateSet(flags.sjablonen)
  const problems = sortErrors(loaded.templates ? [...loaded.problems, ...checkTemplates(loaded.templates)] : loaded.problems)
  for (const p of problems) process.stderr.write(formatError(p) + '\n')
  process.stderr.write(problems.length === 0 ? 'De sjablonen zijn in orde.\n' : `\n${problemCounts(problems)} in de sjablonen.\n`)
  return exitCodeFor(problems)
}
