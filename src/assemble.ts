/**
 * The pipeline: validate → derive → plan → render → parse → transform → build → pack → verify. It stops at the first
 * boundary that reported errors: nothing is built from invalid data, and every document is checked before any is
 * built, so one fault anywhere produces no file at all.
 */
import { deriveFacts } from './derive/index.ts'
import { hasErrors, sortErrors, type OogoError } from './errors.ts'
import type { Dossier } from './model/dossier.ts'
import type { Project } from './model/project.ts'
import type { DocModel } from './model/types.ts'
import { defaultOptions, type AssembleOptions } from './options.ts'
import { planDocuments, selectedKinds, type PlannedDocument, type Skipped } from './plan/index.ts'
import { renderTemplate } from './render/render-template.ts'
import { checkTemplates } from './template-check/check-templates.ts'
import { parseText } from './parse/parse-text.ts'
import { placeInTemplates } from './parse/template-lines.ts'
import { templateAnchors, transformModel } from './transform/index.ts'
import { verifyDocx } from './ooxml/verify-docx.ts'
import { validate } from './validate/index.ts'

export type { Skipped }

export interface AssembledDocument {
  kind: string
  fileName: string
  text: string
  model: DocModel
  /** Only with `emit: 'docx'`. */
  bytes?: Uint8Array
  /** The file of the house style used for it; absent: the built-in one. */
  houseStyle?: string
}

export interface AssembleResult {
  documents: AssembledDocument[]
  skipped: Skipped[]
  problems: OogoError[]
  /**
   * When the filled-in texts were made but a fault was found in them (parse, transform): those texts, so that
   * `--emit tekst` shows what the faults are about.
   */
  texts?: { fileName: string; text: string }[]
}

export async function assemble(project: Project, options: AssembleOptions = defaultOptions): Promise<AssembleResult> {
  const selection = { meetings: options.meetings, parties: options.parties }
  const problems = [
    ...validate(project, { rules: options.rules, openMarkers: options.draft ? 'warning' : 'error', documents: selectedKinds(options.documents), selection, ...(options.municipalHouseStyles ? { municipalHouseStyles: options.municipalHouseStyles } : {}) }),
    ...checkTemplates(project.templates),
  ]
  if (hasErrors(problems)) return failed(problems)

  const dossier = project.dossier.data as Dossier
  const { planned, skipped } = planDocuments(dossier, deriveFacts(dossier, project.reference), { ...options, selection, dossierSha256: project.dossier.source.sha256 })
  const made: { plan: PlannedDocument; document: AssembledDocument }[] = []
  const reported = new Set<string>()
  for (const plan of planned) {
    // The dossier is the scope in which the documents' views share their escaped values (render/escape-markdown.ts).
    const rendered = renderTemplate(project.templates, plan.template, plan.view, plan.meta.draft, dossier)
    problems.push(...rendered.problems)
    if (rendered.text === undefined) continue
    const parsed = parseText(rendered.text, plan.meta, plan.textName)
    // The model parseText just made is handed over: numbered in place, not copied.
    const transformed = transformModel(parsed.model, plan.textName, templateAnchors(project.templates, plan.template), true)
    const faults = [...parsed.problems, ...transformed.problems]
    // Faults in the filled-in text, found again in every document of the template, go to the template line, once.
    if (faults.length > 0) {
      const rendering = { template: plan.template, view: plan.view, draft: plan.meta.draft, text: rendered.text, textName: plan.textName }
      for (const fault of placeInTemplates(project.templates, rendering, faults)) {
        if (!reported.has(keyOf(fault))) problems.push(fault)
        reported.add(keyOf(fault))
      }
    }
    made.push({ plan, document: { kind: plan.kind, fileName: plan.fileName, text: rendered.text, model: transformed.model, ...(plan.houseStyle ? { houseStyle: plan.houseStyle.file } : {}) } })
  }
  if (hasErrors(problems)) return { ...failed(problems), texts: made.map(({ document }) => ({ fileName: document.fileName, text: document.text })) }

  if (options.emit === 'docx') {
    const { makeDocx } = await (packing ??= import('./pack/direct-docx.ts'))
    for (const { plan, document } of made) {
      // Written directly around the house style's static parts; docx builds what the direct writer cannot (pack/direct-docx.ts).
      document.bytes = await makeDocx(document.model, plan.houseStyle, plan.meta.date)
      verifyDocx(document.bytes, document.fileName) // a document oogo cannot vouch for is a bug (exit 4), never written
    }
  }
  return { documents: made.map((m) => m.document), skipped, problems: sortErrors(problems) }
}

/**
 * Loaded only to build, once: checking, the text and the model (`sjablonen test`, batch's check pass) do without docx.
 * The promise is kept, since every `import()` asks the module loader again, even for a module it has (under a loader
 * hook such as tsx's, a round trip to the hook's thread for every dossier).
 */
let packing: Promise<typeof import('./pack/direct-docx.ts')> | undefined

const failed = (problems: OogoError[]): AssembleResult => ({ documents: [], skipped: [], problems: sortErrors(problems) })

/** A finding and its place: the same fault of a template found in several documents is reported once. */
const keyOf = (p: OogoError) => JSON.stringify([p.code, p.severity, p.message, p.place.file, p.place.line, p.place.column])
