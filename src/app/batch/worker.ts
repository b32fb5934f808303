/**
 * A worker of `oogo batch` (see pool.ts). It loads the settings, house styles and templates once per setup, then takes
 * one dossier per task: `check` answers the problems of everything `assemble` checks; `build` assembles the dossier,
 * writes its documents into the dossier's sub-folder itself (atomically, see write/write-documents.ts) and answers
 * only their names, kinds, hashes and sizes, so the main thread never holds a document.
 */
import { assemble } from '../../assemble.ts'
import { assembleChecks } from './assemble-checks.ts'
import type { OogoError } from '../../errors.ts'
import { sha256 } from '../../load/find-dossiers.ts'
import { loadProject } from '../../load/load-project.ts'
import { defaultOptions, type AssembleOptions } from '../../options.ts'
import { writeDocuments } from '../../write/write-documents.ts'
import { assembleOptions } from '../settings.ts'

export interface WorkerSetup {
  config?: string
  sjablonen?: string
  huisstijl?: string
  documents: string[]
  /** Absolute output folder. */
  out: string
  /** The content of the configuration and the house styles (their hashes): a changed file is read again. */
  fingerprint: string
}

export type WorkerTask =
  | { type: 'check'; id: number; path: string; setup: WorkerSetup }
  | { type: 'build'; id: number; path: string; folder: string; setup: WorkerSetup }

export interface BuiltDocument {
  path: string
  kind: string
  sha256: string
  size: number
  /** A PDF: the hash of the .docx it was made from. */
  docxSha256?: string
}

export type WorkerReply =
  | { type: 'checked'; id: number; problems: OogoError[] }
  | { type: 'built'; id: number; sha256: string; documents: BuiltDocument[]; problems: OogoError[] }
  | { type: 'failed'; id: number; message: string; stack?: string }

/** The options per setup (one per batch run); the main thread checked the settings, so errors do not occur here. */
const optionsBySetup = new Map<string, AssembleOptions>()
function optionsFor(setup: WorkerSetup): AssembleOptions {
  const key = JSON.stringify(setup)
  let options = optionsBySetup.get(key)
  if (!options) {
    const flags = { document: setup.documents, ...(setup.config === undefined ? {} : { config: setup.config }), ...(setup.huisstijl === undefined ? {} : { huisstijl: setup.huisstijl }) }
    options = assembleOptions(flags).options ?? { ...defaultOptions, documents: setup.documents }
    optionsBySetup.set(key, options)
  }
  return options
}

export default async function handle(task: WorkerTask): Promise<WorkerReply> {
  const { setup } = task
  const loaded = loadProject({ dossier: task.path, ...(setup.sjablonen === undefined ? {} : { templatesDir: setup.sjablonen }) })
  if (!loaded.project) return task.type === 'check'
    ? { type: 'checked', id: task.id, problems: loaded.problems }
    : { type: 'built', id: task.id, sha256: '', documents: [], problems: loaded.problems }
  if (task.type === 'check') return { type: 'checked', id: task.id, problems: await assembleChecks(loaded.project, optionsFor(setup)) }

  const result = await assemble(loaded.project, optionsFor(setup))
  const documents: BuiltDocument[] = []
  if (result.problems.some((p) => p.severity === 'error')) {
    return { type: 'built', id: task.id, sha256: loaded.project.dossier.source.sha256, documents, problems: result.problems }
  }
  const folder = `${setup.out}/${task.folder}`
  const written = writeDocuments(folder, result.documents.map((d) => ({ fileName: d.fileName, bytes: d.bytes! })))
  for (const [i, file] of written.written.entries()) {
    const document = result.documents[i]!
    documents.push({ path: `${task.folder}/${document.fileName}`, kind: document.kind, sha256: sha256(document.bytes!), size: file.bytes })
  }
  return { type: 'built', id: task.id, sha256: loaded.project.dossier.source.sha256, documents, problems: [...result.problems, ...written.problems] }
}
