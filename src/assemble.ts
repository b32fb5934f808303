/**
 * Runs the stages in order — validate → derive → render → parse → transform → build → pack —
 * and stops at the first boundary that reported errors: nothing is built from invalid data, and
 * every document is checked before any is built, so one fault anywhere produces no file at all.
 */
import { documentDefinitions, type DocumentDefinition } from './documents/index.ts'
import { deriveView } from './derive/index.ts'
import { hasErrors, sortErrors, type OogoError } from './errors.ts'
import type { Project } from './load/load-project.ts'
import type { Dossier } from './model/dossier.ts'
import type { DocModel } from './model/types.ts'
import { defaultOptions, type AssembleOptions } from './options.ts'
import { parseText } from './parse/parse-text.ts'
import { renderTemplate } from './render/render-template.ts'
import { transformModel } from './transform/index.ts'
import { checkReferences } from './validate/check-references.ts'
import { checkRequirements } from './validate/check-requirements.ts'
import { validateDossier } from './validate/validate-dossier.ts'
import { buildDocument } from './build/build-document.ts'
import { packDocx } from './pack/pack-docx.ts'
import { engineVersion } from './version.ts'

export interface AssembledDocument {
  kind: string
  fileName: string
  text: string
  model: DocModel
  /** Only with `emit: 'docx'`. */
  bytes?: Uint8Array
}

export interface AssembleResult {
  documents: AssembledDocument[]
  problems: OogoError[]
}

export async function assemble(project: Project, options: AssembleOptions = defaultOptions): Promise<AssembleResult> {
  const { yaml, data, source } = project.dossier
  const fail = (problems: OogoError[]) => ({ documents: [], problems: sortErrors(problems) })
  const selected = selectDefinitions(options.documents)

  // Schema and references together: the user sees every fault of the dossier in one run.
  const problems = [...validateDossier(yaml, data, project.schema), ...checkReferences(yaml, data), ...checkRequirements(yaml, data, selected)]
  if (hasErrors(problems)) return fail(problems)
  const dossier = data as Dossier

  const view = deriveView(dossier)
  const plans = selected.flatMap((definition) => definition.plan(dossier, view))

  const documents: AssembledDocument[] = []
  for (const plan of plans) {
    const rendered = renderTemplate(project.templates, plan.template, plan.view)
    problems.push(...rendered.problems)
    if (rendered.text === undefined) continue
    const meta = { kind: plan.kind, title: plan.title, subject: plan.subject, reference: dossier.dossier.kenmerk, date: plan.date, draft: options.draft, engineVersion, dossierSha256: source.sha256 }
    const textName = `${plan.fileName.replace(/\.docx$/, '')} (ingevulde tekst)`
    const parsed = parseText(rendered.text, meta, textName)
    const transformed = transformModel(parsed.model, textName)
    problems.push(...parsed.problems, ...transformed.problems)
    documents.push({ kind: plan.kind, fileName: plan.fileName, text: rendered.text, model: transformed.model })
  }
  if (hasErrors(problems)) return fail(problems)
  if (options.emit !== 'docx') return { documents, problems: sortErrors(problems) }

  for (const document of documents) {
    document.bytes = await packDocx(buildDocument(document.model), { date: document.model.meta.date })
  }
  return { documents, problems: sortErrors(problems) }
}

function selectDefinitions(kinds: readonly string[]): DocumentDefinition[] {
  return kinds.length === 0 ? [...documentDefinitions] : documentDefinitions.filter((d) => kinds.includes(d.kind))
}
