/**
 * Everything `assemble` checks for one dossier, without building or packing: schema, references, rules, document
 * requirements, the selection, the house styles per gemeente, the templates, and what rendering, parsing and
 * transforming report. `oogo batch` runs this on every dossier before it writes anything. It is `assemble` itself,
 * stopped before `build` (emit `model`), so the checks cannot drift apart.
 */
import { assemble } from '../../assemble.ts'
import type { OogoError } from '../../errors.ts'
import { defaultOptions, type AssembleOptions } from '../../options.ts'
import type { Project } from '../../model/project.ts'

export async function assembleChecks(project: Project, options: AssembleOptions = defaultOptions): Promise<OogoError[]> {
  return (await assemble(project, { ...options, emit: 'model' })).problems
}
