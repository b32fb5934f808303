/**
 * `oogo checklist <dossier>`: the Wegwijzer checklist (§4.2) as a terminal report. Only the
 * schema and references must hold: a missing geschillenregeling is item 7 "nee", not a stop.
 */
import { checklistView } from '../derive/checklist.ts'
import { ExitCode, exitCodeFor, hasErrors } from '../errors.ts'
import { loadProject } from '../load/load-project.ts'
import type { Dossier } from '../model/dossier.ts'
import { checkReferences } from '../validate/check-references.ts'
import { validateDossier } from '../validate/validate-dossier.ts'
import { formatChecklist } from './checklist-report.ts'
import type { Terminal } from './terminal.ts'

export function runChecklist(file: string, terminal: Terminal): ExitCode {
  const loaded = loadProject({ dossier: file })
  if (!loaded.project) {
    terminal.problems(loaded.problems)
    return exitCodeFor(loaded.problems)
  }
  const { yaml, data } = loaded.project.dossier
  const problems = [...validateDossier(yaml, data, loaded.project.schema), ...checkReferences(yaml, data)]
  if (hasErrors(problems)) {
    terminal.problems(problems)
    return exitCodeFor(problems)
  }
  terminal.write(formatChecklist(checklistView(data as Dossier, loaded.project.reference), file))
  return ExitCode.ok
}
