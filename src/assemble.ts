/**
 * Runs the stages in order — validate → derive → render → parse → transform → build → pack —
 * and stops at the first boundary that reported errors: nothing is built from invalid data, and
 * every document is checked before any is built, so one fault anywhere produces no file at all.
 */
import { deriveFacts } from './derive/index.ts'
import { documentDefinitions, type DocumentDefinition } from './plan/index.ts'
import { ErrorCode, hasErrors, oogoError, sortErrors, type OogoError } from './errors.ts'
import type { Dossier } from './model/dossier.ts'
import type { DocModel } from './model/types.ts'
import { defaultOptions, type AssembleOptions } from './options.ts'
import { parseText } from './parse/parse-text.ts'
import { renderTemplate } from './render/render-template.ts'
import { transformModel } from './transform/index.ts'
import { checkDossier } from './validate/index.ts'
import { checkTemplates } from './template-check/check-templates.ts'
import { checkDocuments } from './validate/check-requirements.ts'
import { buildDocument } from './docx/build-document.ts'
import { packDocx } from './pack/pack-docx.ts'
import { didYouMean } from './text/suggest.ts'
import { engineVersion } from './version.ts'
import type { Project } from './model/project.ts'
import type { HouseStyle } from './model/house-style.ts'

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

/** A document kind that produced nothing, and why (Dutch). */
export interface Skipped { kind: string; reason: string }

export interface AssembleResult {
  documents: AssembledDocument[]
  skipped: Skipped[]
  problems: OogoError[]
}

export async function assemble(project: Project, options: AssembleOptions = defaultOptions): Promise<AssembleResult> {
  const { yaml, data, source } = project.dossier
  const fail = (problems: OogoError[]) => ({ documents: [], skipped: [], problems: sortErrors(problems) })
  const selected = options.documents.length === 0
    ? documentDefinitions.filter((d) => d.defaultSelected !== false)
    : documentDefinitions.filter((d) => options.documents.includes(d.kind))

  // Dossier and template faults in one run; any error stops everything before a document is made.
  const problems = [...checkDossier(project, options.rules), ...checkTemplates(project.templates)]
  if (hasErrors(problems)) return fail(problems)
  const dossier = data as Dossier
  const skipped: Skipped[] = []
  const applicable: DocumentDefinition[] = []
  for (const definition of selected) {
    const reason = definition.skipReason(dossier)
    if (reason) skipped.push({ kind: definition.kind, reason })
    else applicable.push(definition)
  }
  problems.push(...checkDocuments(yaml, dossier, applicable), ...checkSelection(project, dossier, options), ...checkHouseStyles(dossier, options))
  if (hasErrors(problems)) return fail(problems)

  const facts = deriveFacts(dossier, project.reference)
  const selection = { meetings: options.meetings, parties: options.parties }
  const plans = applicable.flatMap((definition) => {
    const planned = definition.plan(dossier, facts, selection)
    if (planned.length === 0) skipped.push({ kind: definition.kind, reason: 'niets voor de gekozen vergadering of partij' })
    return planned
  })

  const documents: AssembledDocument[] = []
  const houseStyles: (HouseStyle | undefined)[] = []
  for (const plan of plans) {
    const rendered = renderTemplate(project.templates, plan.template, plan.view)
    problems.push(...rendered.problems)
    if (rendered.text === undefined) continue
    const meta = { kind: plan.kind, title: plan.title, subject: plan.subject, reference: dossier.dossier.kenmerk, date: plan.date, draft: options.draft, engineVersion, dossierSha256: source.sha256 }
    const textName = `${plan.fileName.replace(/\.docx$/, '')} (ingevulde tekst)`
    const parsed = parseText(rendered.text, meta, textName)
    const transformed = transformModel(parsed.model, textName)
    problems.push(...parsed.problems, ...transformed.problems)
    const houseStyle = houseStyleFor(plan.sender, options)
    documents.push({ kind: plan.kind, fileName: plan.fileName, text: rendered.text, model: transformed.model, ...(houseStyle ? { houseStyle: houseStyle.file } : {}) })
    houseStyles.push(houseStyle)
  }
  if (hasErrors(problems)) return fail(problems)
  if (options.emit === 'docx') {
    for (const [i, document] of documents.entries()) {
      document.bytes = await packDocx(buildDocument(document.model, houseStyles[i]), { date: document.model.meta.date })
    }
  }
  return { documents, skipped, problems: sortErrors(problems) }
}

/** The sender's own house style, else `--huisstijl`, else none (the built-in one). */
function houseStyleFor(sender: string | undefined, options: AssembleOptions): HouseStyle | undefined {
  return (sender === undefined ? undefined : options.municipalHouseStyles?.get(sender)?.houseStyle) ?? options.houseStyle
}

/** Every id under `huisstijlen` in the configuration should be a gemeente of this dossier; a warning, as the configuration serves many dossiers. */
function checkHouseStyles(dossier: Dossier, options: AssembleOptions): OogoError[] {
  const gemeenten = dossier.partijen.gemeenten.map((g) => g.id)
  return [...options.municipalHouseStyles ?? []].filter(([id]) => !gemeenten.includes(id)).map(([id, { place }]) => oogoError(
    ErrorCode.unknownReference, 'validate',
    `\`huisstijlen\` noemt \`${id}\`, maar dat is geen gemeente van dit dossier; die huisstijl wordt niet gebruikt.`,
    place, didYouMean(id, gemeenten) ?? `Gemeenten in dit dossier: ${gemeenten.join(', ')}.`, 'warning'))
}

/** `--vergadering` and `--partij` must name a meeting or party of this dossier. */
function checkSelection(project: Project, dossier: Dossier, options: AssembleOptions): OogoError[] {
  const meetings = (dossier.vergaderingen ?? []).map((m) => m.id)
  const parties = [...dossier.partijen.gemeenten, ...dossier.partijen.samenwerkingsverbanden, ...(dossier.partijen.mbo_instellingen ?? [])].map((p) => p.id)
  const unknown = (flag: string, id: string, known: string[]) => oogoError(ErrorCode.unknownSelection, 'validate',
    `${flag} ${id}: het dossier heeft geen ${flag === '--vergadering' ? 'vergadering' : 'partij'} met dit id.`,
    { file: project.dossier.source.file }, didYouMean(id, known) ?? `Bekend: ${known.join(', ') || 'geen'}.`)
  return [
    ...options.meetings.filter((id) => !meetings.includes(id)).map((id) => unknown('--vergadering', id, meetings)),
    ...options.parties.filter((id) => !parties.includes(id)).map((id) => unknown('--partij', id, parties)),
  ]
}
