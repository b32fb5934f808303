/**
 * Is this OOGO in order? The dossier against the schema and its references, then — when those
 * hold — against the legal and procedural rules. `oogo controleer` reports this; `assemble` runs
 * it first, so the same errors stop `oogo genereer`.
 */
import { hasErrors, sortErrors, type OogoError } from '../errors.ts'
import type { Dossier } from '../model/dossier.ts'
import { checkReferences } from './check-references.ts'
import { checkRules } from './check-rules.ts'
import { validateDossier } from './validate-dossier.ts'
import type { Project } from '../model/project.ts'
import { defaultRuleSettings, type RuleSettings } from '../model/rule-settings.ts'

export function checkDossier(project: Project, settings: RuleSettings = defaultRuleSettings): OogoError[] {
  const { yaml, data } = project.dossier
  // Schema and references together: the user sees every fault of the dossier in one run.
  const problems = [...validateDossier(yaml, data, project.schema), ...checkReferences(yaml, data)]
  if (hasErrors(problems)) return sortErrors(problems)
  return sortErrors([...problems, ...checkRules(yaml, data as Dossier, project.reference, settings)])
}
