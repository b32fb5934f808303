/**
 * A worker of `oogo batch` (a `worker_threads` thread, its own isolate, so its packs do not wait for another
 * worker's). It loads the settings, house styles and templates once, then takes one dossier at a time from the main
 * thread: `check` answers the problems of everything `assemble` checks; `build` assembles the dossier, writes its
 * documents into the dossier's sub-folder itself (atomically, see write/write-documents.ts) and answers only their
 * names, kinds, hashes and sizes, so the main thread never holds a document.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { assemble } from '../../assemble.ts'
import { checkAll } from '../check-all.ts'
import type { OogoError } from '../../errors.ts'
import { sha256 } from '../../load/find-dossiers.ts'
import { loadProject } from '../../load/load-project.ts'
import { defaultOptions, type AssembleOptions } from '../../options.ts'
import { writeDocuments } from '../../write/write-documents.ts'
import { loadHouseStyles, loadSettings } from '../settings.ts'

export interface WorkerSetup {
  config?: string
  sjablonen?: string
  huisstijl?: string
  documents: string[]
  /** Absolute output folder. */
  out: string
}

export type WorkerTask =
  | { type: 'check'; id: number; path: string }
  | { type: 'build'; id: number; path: string; folder: string }

export interface BuiltDocument { path: string; kind: string; sha256: string; size: number }

export type WorkerReply =
  | { type: 'checked'; id: number; problems: OogoError[] }
  | { type: 'built'; id: number; sha256: string; documents: BuiltDocument[]; problems: OogoError[] }
  | { type: 'failed'; id: number; message: string; stack?: string }

const setup = workerData as WorkerSetup
const port = parentPort!

let options: AssembleOptions | undefined
/** Settings and house styles were checked by the main thread; here they are only loaded (once). */
function assembleOptions(): AssembleOptions {
  if (options) return options
  const { settings, houseStyles: references } = loadSettings(setup.config)
  const houseStyles = loadHouseStyles(setup.huisstijl, references)
  options = {
    ...defaultOptions,
    documents: setup.documents,
    rules: settings ?? defaultOptions.rules,
    ...(houseStyles.houseStyle ? { houseStyle: houseStyles.houseStyle } : {}),
    ...(houseStyles.municipalHouseStyles.size > 0 ? { municipalHouseStyles: houseStyles.municipalHouseStyles } : {}),
  }
  return options
}

async function handle(task: WorkerTask): Promise<WorkerReply> {
  const loaded = loadProject({ dossier: task.path, ...(setup.sjablonen === undefined ? {} : { templatesDir: setup.sjablonen }) })
  if (!loaded.project) return task.type === 'check'
    ? { type: 'checked', id: task.id, problems: loaded.problems }
    : { type: 'built', id: task.id, sha256: '', documents: [], problems: loaded.problems }
  if (task.type === 'check') return { type: 'checked', id: task.id, problems: await checkAll(loaded.project, assembleOptions()) }

  const result = await assemble(loaded.project, assembleOptions())
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

port.on('message', (task: WorkerTask) => {
  handle(task).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ type: 'failed', id: task.id, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) } satisfies WorkerReply),
  )
})
