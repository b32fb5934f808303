/**
 * `oogo sjablonen controleer`: every template and partial checked without a dossier.
 */
import { exitCodeFor, sortErrors } from '../errors.ts'
import { loadTemplateSet } from '../load/load-project.ts'
import { checkTemplates } from '../template-check/check-templates.ts'
import type { Terminal } from './terminal.ts'

export function runTemplatesCheck(flags: { sjablonen?: string }, terminal: Terminal): ReturnType<typeof exitCodeFor> {
  const loaded = loadTemplateSet(flags.sjablonen)
  const problems = sortErrors(loaded.templates ? [...loaded.problems, ...checkTemplates(loaded.templates)] : loaded.problems)
  if (problems.length === 0) terminal.writeError('De sjablonen zijn in orde.\n')
  else terminal.problems(problems, ' in de sjablonen.')
  return exitCodeFor(problems)
}
