/**
 * `oogo sjablonen controleer`: every template and partial checked without a dossier.
 */
import { ExitCode, exitCodeFor, formatError, sortErrors } from '../errors.ts'
import { loadTemplateSet } from '../load/load-project.ts'
import { checkTemplates } from '../validate/check-templates.ts'

export function runTemplatesCheck(flags: { sjablonen?: string }): ExitCode {
  const loaded = loadTemplateSet(flags.sjablonen)
  const problems = sortErrors(loaded.templates ? [...loaded.problems, ...checkTemplates(loaded.templates)] : loaded.problems)
  for (const p of problems) process.stderr.write(formatError(p) + '\n')
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const counts = [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '']
  process.stderr.write(problems.length === 0 ? 'De sjablonen zijn in orde.\n' : `\n${counts.filter(Boolean).join(', ')} in de sjablonen.\n`)
  return exitCodeFor(problems)
}
