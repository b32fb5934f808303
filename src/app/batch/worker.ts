/**
 * A worker of `oogo batch` (see pool.ts). It loads the settings, house styles and templates once per setup (one run),
 * then takes one dossier per task, assembled once: `make` checks and builds it (`assemble`) and, when it has no error,
 * writes its documents into the dossier's sub-folder under temporary names (write/write-documents.ts:
 * `writeTemporaries`); it answers the problems, the documents' names, kinds, hashes and sizes, and the pending set,
 * which the main thread puts in place (or discards) once it knows every dossier is checked, so the main thread never
 * holds a document.
 * `check` only checks (`assemble` stopped before building): for the dossiers after an error, when nothing will be
 * written anyway.
 */
import { getHeapStatistics } from 'node:v8'
import { threadId } from 'node:worker_threads'
import { assemble } from '../../assemble.ts'
import { assembleChecks } from './assemble-checks.ts'
import { ErrorCode, oogoError, type OogoError } from '../../errors.ts'
import { sha256 } from '../../load/find-dossiers.ts'
import { builtInTemplatesDir, loadTemplateSet, projectFromText, templateSetSha256 } from '../../load/load-project.ts'
import { readSource } from '../../load/read-source.ts'
import type { TemplateSet } from '../../model/project.ts'
import { defaultOptions, type AssembleOptions } from '../../options.ts'
import { writeTemporaries, type PendingSet } from '../../write/write-documents.ts'
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
  /** The templates as the main thread checked them and the manifest records them (load-project.ts: templateSetSha256). */
  templatesSha256: string
}

export type WorkerTask =
  | { type: 'check'; id: number; path: string; setup: WorkerSetup }
  | { type: 'make'; id: number; path: string; folder: string; setup: WorkerSetup }

export interface BuiltDocument {
  path: string
  kind: string
  sha256: string
  size: number
  /** A PDF: the hash of the .docx it was made from. */
  docxSha256?: string
}

/**
 * `heap`: the bytes of heap the worker's V8 has taken after the task (pool.ts replaces a worker that grew too big);
 * `thread`: the worker's thread id (which worker answered).
 */
export type WorkerReply =
  | { type: 'checked'; id: number; problems: OogoError[]; heap?: number; thread?: number }
  /** `set`: the documents on disk under temporary names (absent when there are errors: then nothing is on disk). */
  | { type: 'made'; id: number; sha256: string; documents: BuiltDocument[]; set?: PendingSet; problems: OogoError[]; heap?: number; thread?: number }
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
  const reply = await assembleOne(task)
  if (reply.type !== 'failed') {
    reply.heap = getHeapStatistics().total_heap_size
    reply.thread = threadId
  }
  return reply
}

/**
 * The templates of the run, read once per setup: every dossier of a run is made with the same templates, those the
 * main thread checked and the manifest names. A worker that starts later (one replaced for its heap, pool.ts) reads
 * them again; when they were changed since the run began, it makes nothing with them, and says so for each dossier.
 */
let runTemplates: { key: string; templates?: TemplateSet; problems: OogoError[] } | undefined
function templatesFor(setup: WorkerSetup): { templates?: TemplateSet; problems: OogoError[] } {
  const key = `${setup.fingerprint} ${setup.templatesSha256} ${setup.sjablonen ?? ''}`
  if (runTemplates?.key !== key) {
    const loaded = loadTemplateSet(setup.sjablonen)
    runTemplates = loaded.templates && templateSetSha256(loaded.templates) !== setup.templatesSha256
      ? { key, problems: [changedTemplates(setup)] }
      : { key, ...loaded }
  }
  return runTemplates
}

function changedTemplates(setup: WorkerSetup): OogoError {
  return oogoError(ErrorCode.templateChangedDuringRun, 'load', 'De sjablonen zijn gewijzigd nadat deze batch begon; dit dossier is daarom niet gemaakt.',
    { file: setup.sjablonen ?? builtInTemplatesDir }, 'Start `oogo batch` opnieuw wanneer de sjablonen klaar zijn: een run maakt alle dossiers met dezelfde sjablonen.')
}

async function assembleOne(task: WorkerTask): Promise<WorkerReply> {
  const { setup } = task
  const read = readSource(task.path)
  const templates = templatesFor(setup)
  const loaded = read.source && templates.templates ? projectFromText(read.source, templates.templates) : { problems: [...read.problems, ...templates.problems] }
  if (!loaded.project) return task.type === 'check'
    ? { type: 'checked', id: task.id, problems: loaded.problems }
    : { type: 'made', id: task.id, sha256: '', documents: [], problems: loaded.problems }
  if (task.type === 'check') return { type: 'checked', id: task.id, problems: await assembleChecks(loaded.project, optionsFor(setup)) }

  const result = await assemble(loaded.project, optionsFor(setup))
  const sha256Dossier = loaded.project.dossier.source.sha256
  if (result.problems.some((p) => p.severity === 'error')) return { type: 'made', id: task.id, sha256: sha256Dossier, documents: [], problems: result.problems }
  const written = writeTemporaries(`${setup.out}/${task.folder}`, result.documents.map((d) => ({ fileName: d.fileName, bytes: d.bytes! })))
  const documents: BuiltDocument[] = written.set
    ? result.documents.map((d) => ({ path: `${task.folder}/${d.fileName}`, kind: d.kind, sha256: sha256(d.bytes!), size: d.bytes!.length }))
    : []
  return { type: 'made', id: task.id, sha256: sha256Dossier, documents, ...(written.set ? { set: written.set } : {}), problems: [...result.problems, ...written.problems] }
}
