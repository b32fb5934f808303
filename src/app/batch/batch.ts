/**
 * `oogo batch <map|dossiers…> --uit <map>`: many dossiers at once, in a pool of worker threads.
 *
 * 1. Find the dossiers (load/find-dossiers.ts) and check every one of them first, in the workers (app/check-all.ts: all
 *    that `assemble` checks). All faults of all files are reported at once, sorted per file. Any error: nothing is
 *    written, exit 1 — unless `--doorgaan`: then the valid dossiers are built, the invalid ones listed, and the exit
 *    code is still 1.
 * 2. Skip the dossiers the previous `manifest.json` shows unchanged (same dossier, templates, house style,
 *    configuration, engine and `--document`; every output file present with its hash), unless `--forceer`.
 * 3. Build the rest, one whole dossier per task; each worker writes its own files (atomically) and answers only
 *    their hashes, so memory does not grow with the number of dossiers.
 * 4. Write `manifest.json` (deterministic: sorted, no timestamps) and a summary.
 *
 * Ctrl-C (SIGINT): no new dossier is started, the dossiers in progress are finished, the manifest records what was
 * done, and the exit code is 1 with a Dutch message (the exit-code table of errors.ts has no separate code for it).
 * A second Ctrl-C stops the workers at once; atomic writes still leave no half-written file.
 */
import { availableParallelism } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import cliProgress from 'cli-progress'
import { documentKinds } from '../../plan/index.ts'
import { ExitCode, exitCodeFor, formatError, sortErrors, type OogoError } from '../../errors.ts'
import { findDossiers, readManifestFile, sha256, sha256File, type FoundDossier } from '../../load/find-dossiers.ts'
import { loadTemplateSet } from '../../load/load-project.ts'
import { didYouMean } from '../../text/suggest.ts'
import { engineVersion } from '../../version.ts'
import { normalizeManifest, removeStale, writeManifest, type Manifest, type ManifestDossier } from '../../write/write-manifest.ts'
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.ts'
import { reportInternalError } from '../../cli/report.ts'
import { loadHouseStyles, loadSettings } from '../settings.ts'
import type { TemplateSet } from '../../model/project.ts'

export interface BatchFlags {
  uit: string
  parallel?: string | number
  document?: string[]
  doorgaan?: boolean
  forceer?: boolean
  config?: string
  sjablonen?: string
  huisstijl?: string
}

/** Where the batch writes its messages, and how it is stopped: the process by default, a fake in tests. */
export interface BatchIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** Show a progress bar (else plain lines). */
  isTTY: boolean
  /** Aborting it acts as Ctrl-C. */
  signal?: AbortSignal
}

export interface BatchStats { built: number; unchanged: number; documents: number; warnings: number; invalid: number }

const processIo = (): BatchIo => ({ stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) })

export async function runBatch(inputs: string[], flags: BatchFlags, io: BatchIo = processIo(), stats?: (s: BatchStats) => void): Promise<ExitCode> {
  const started = performance.now()
  const err = (text: string) => void io.stderr.write(text)
  const out = (text: string) => void io.stdout.write(text)
  const selection = [...(flags.document ?? [])].sort()
  const unknown = selection.filter((k) => !documentKinds.includes(k))
  for (const kind of unknown) err(`Onbekende documentsoort '${kind}'. ${didYouMean(kind, documentKinds) ?? ''} Beschikbaar: ${documentKinds.join(', ')}.\n`)
  const parallel = flags.parallel === undefined ? availableParallelism() : Number(flags.parallel)
  if (!Number.isInteger(parallel) || parallel < 1) err(`--parallel ${flags.parallel}: geef een geheel getal van 1 of meer.\n`)
  if (unknown.length > 0 || !Number.isInteger(parallel) || parallel < 1) return ExitCode.usage

  // Settings, house styles and templates: checked once here (the workers load them again, trusting this check).
  const { settings, houseStyles: references, problems: configProblems } = loadSettings(flags.config)
  const houseStyles = settings ? loadHouseStyles(flags.huisstijl, references) : { problems: [] }
  const templates = loadTemplateSet(flags.sjablonen)
  const found = findDossiers(inputs)
  const setupProblems = [...configProblems, ...houseStyles.problems, ...templates.problems, ...found.problems]
  if (exitCodeFor(setupProblems) !== ExitCode.ok || !templates.templates) {
    printProblems(setupProblems, err)
    return exitCodeFor(setupProblems)
  }
  if (found.dossiers.length === 0) {
    err(`Geen dossiers (*.yaml) gevonden in ${inputs.join(', ')}.\n`)
    return ExitCode.usage
  }
  const dossiers = found.dossiers
  const outDir = resolve(flags.uit)
  const configFile = flags.config ?? 'oogo.config.yaml'
  // Every house style in use — --huisstijl and the gemeenten's own from the configuration — so
  // that a changed logo or style in any of them makes the next run rebuild.
  const houseStyleFiles = [
    ...(flags.huisstijl === undefined ? [] : [flags.huisstijl]),
    ...(references ?? []).map((r) => (isAbsolute(r.file) ? r.file : join(dirname(r.place.file), r.file))),
  ]
  const header = {
    engineVersion,
    templatesSha256: templateSetSha256(templates.templates),
    houseStyleSha256: houseStyleFiles.length === 0 ? null
      : sha256(houseStyleFiles.map((f) => `${f} ${sha256File(f) ?? '-'}`).join('\n')),
    configSha256: sha256File(configFile) ?? null,
    documents: selection,
  }

  const setup: WorkerSetup = {
    documents: selection, out: outDir,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.sjablonen === undefined ? {} : { sjablonen: flags.sjablonen }),
    ...(flags.huisstijl === undefined ? {} : { huisstijl: flags.huisstijl }),
  }
  const pool = new WorkerPool(Math.min(parallel, dossiers.length), setup)
  let interrupted = false
  const onInterrupt = () => {
    if (interrupted) {
      err('\nNogmaals Ctrl-C: oogo stopt direct.\n')
      void pool.close()
      return
    }
    interrupted = true
    err('\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen.\n')
  }
  process.on('SIGINT', onInterrupt)
  io.signal?.addEventListener('abort', onInterrupt)
  try {
    // 1. Check every dossier.
    const problems: OogoError[] = []
    const invalid = new Set<number>()
    const failures: string[] = []
    await pool.run(dossiers.map((d, id): WorkerTask => ({ type: 'check', id, path: d.path })), (reply) => {
      if (reply.type === 'failed') failures.push(reply.stack ?? reply.message)
      else if (reply.type === 'checked') {
        problems.push(...reply.problems)
        if (reply.problems.some((p) => p.severity === 'error')) invalid.add(reply.id)
      }
    }, () => interrupted)
    if (failures.length > 0) return reportInternalError(new Error(failures[0]))
    if (interrupted) {
      err('Afgebroken tijdens de controle; er is niets geschreven.\n')
      return ExitCode.invalid
    }
    printProblems(problems, err)
    const warnings = problems.filter((p) => p.severity === 'warning').length
    if (invalid.size > 0) {
      const errors = problems.length - warnings
      const names = [...invalid].sort((a, b) => a - b).map((i) => dossiers[i]!.path)
      if (!flags.doorgaan) {
        err(`\n${errors} ${errors === 1 ? 'fout' : 'fouten'} in ${invalid.size} van ${dossiers.length} dossiers; er is niets geschreven.\n`)
        return exitCodeFor(problems)
      }
      err(`\n${invalid.size} van ${dossiers.length} dossiers ongeldig; die worden overgeslagen (--doorgaan):\n${names.map((n) => `  ${n}\n`).join('')}`)
    }

    // 2. What is unchanged since the previous run.
    const previous = flags.forceer ? undefined : sameHeader(readManifestFile(resolve(outDir, 'manifest.json')), header)
    const entries = new Map<string, ManifestDossier>()
    const toBuild: number[] = []
    for (const [id, dossier] of dossiers.entries()) {
      if (invalid.has(id)) continue
      const before = previous?.dossiers.find((d) => d.file === dossier.file)
      if (before && unchanged(before, dossier, outDir)) entries.set(dossier.file, before)
      else toBuild.push(id)
    }
    const unchangedCount = entries.size
    const manifest = (): Manifest => ({ ...header, dossiers: [...entries.values()] })
    if (toBuild.length === 0) {
      out(`niets te doen: ${unchangedCount} ${unchangedCount === 1 ? 'dossier' : 'dossiers'} ongewijzigd\n`)
      writeManifestIfChanged(outDir, manifest())
      stats?.({ built: 0, unchanged: unchangedCount, documents: 0, warnings, invalid: invalid.size })
      return invalid.size > 0 ? ExitCode.invalid : ExitCode.ok
    }

    // 3. Build.
    const progress = new Progress(io, toBuild.length)
    let documents = 0
    const buildProblems: OogoError[] = []
    await pool.run(toBuild.map((id): WorkerTask => ({ type: 'build', id, path: dossiers[id]!.path, folder: dossiers[id]!.folder })), (reply) => {
      if (reply.type === 'failed') { failures.push(reply.stack ?? reply.message); return }
      if (reply.type !== 'built') return
      const dossier = dossiers[reply.id]!
      buildProblems.push(...reply.problems.filter((p) => p.severity === 'error'))
      if (reply.problems.some((p) => p.severity === 'error')) return
      const before = previous?.dossiers.find((d) => d.file === dossier.file)
      if (before) removeStale(outDir, before.documents.map((d) => d.path).filter((p) => !reply.documents.some((d) => d.path === p)))
      entries.set(dossier.file, { file: dossier.file, sha256: reply.sha256, folder: dossier.folder, documents: reply.documents })
      documents += reply.documents.length
      progress.tick(dossier, reply.documents.length)
    }, () => interrupted)
    progress.stop()
    writeManifestIfChanged(outDir, manifest())
    printProblems(buildProblems, err)
    if (failures.length > 0) return reportInternalError(new Error(failures[0]))

    // 4. Summary.
    const seconds = (performance.now() - started) / 1000
    const built = entries.size - unchangedCount
    out(`${built} ${built === 1 ? 'dossier' : 'dossiers'} gemaakt${unchangedCount ? `, ${unchangedCount} ongewijzigd` : ''}${invalid.size ? `, ${invalid.size} ongeldig` : ''}; ` +
      `${documents} ${documents === 1 ? 'document' : 'documenten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, ` +
      `${seconds.toFixed(1).replace('.', ',')} s, ${(documents / Math.max(seconds, 0.001)).toFixed(1).replace('.', ',')} documenten per seconde.\n`)
    stats?.({ built, unchanged: unchangedCount, documents, warnings, invalid: invalid.size })
    if (interrupted) {
      err(`Afgebroken: ${built} van ${toBuild.length} dossiers gemaakt; manifest.json noemt wat klaar is. Start opnieuw om de rest te maken.\n`)
      return ExitCode.invalid
    }
    if (buildProblems.length > 0) return exitCodeFor(buildProblems)
    return invalid.size > 0 ? ExitCode.invalid : ExitCode.ok
  } finally {
    process.off('SIGINT', onInterrupt)
    io.signal?.removeEventListener('abort', onInterrupt)
    await pool.close()
  }
}

function printProblems(problems: readonly OogoError[], err: (text: string) => void): void {
  for (const problem of sortErrors(problems)) err(formatError(problem) + '\n')
}

/** Over every template text, sorted by name; partials as `partials/<naam>`. */
function templateSetSha256(templates: TemplateSet): string {
  const named = [...[...templates.documents].map(([n, s]) => [n, s.text] as const), ...[...templates.partials].map(([n, s]) => [`partials/${n}`, s.text] as const)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sha256(named.map(([name, text]) => `${name}\0${text}\0`).join(''))
}

/** The previous manifest, when it was made with the same engine, templates, house style, configuration and selection. */
function sameHeader(previous: unknown, header: Omit<Manifest, 'dossiers'>): Manifest | undefined {
  if (typeof previous !== 'object' || previous === null || !Array.isArray((previous as Manifest).dossiers)) return undefined
  const p = previous as Manifest
  const same = p.engineVersion === header.engineVersion && p.templatesSha256 === header.templatesSha256 && p.houseStyleSha256 === header.houseStyleSha256 &&
    p.configSha256 === header.configSha256 && JSON.stringify(p.documents) === JSON.stringify(header.documents)
  return same ? p : undefined
}

function unchanged(before: ManifestDossier, dossier: FoundDossier, outDir: string): boolean {
  return before.folder === dossier.folder && before.sha256 === sha256File(dossier.path) &&
    before.documents.every((d) => sha256File(resolve(outDir, d.path)) === d.sha256)
}

function writeManifestIfChanged(outDir: string, manifest: Manifest): void {
  const text = JSON.stringify(normalizeManifest(manifest), null, 2) + '\n'
  const existing = readManifestFile(resolve(outDir, 'manifest.json'))
  if (existing !== undefined && JSON.stringify(existing, null, 2) + '\n' === text) return
  writeManifest(outDir, manifest)
}

/** A progress bar on a terminal; otherwise one plain line per dossier. */
class Progress {
  private readonly bar: cliProgress.SingleBar | undefined
  private done = 0
  private documents = 0
  private readonly started = performance.now()
  constructor(private readonly io: BatchIo, private readonly total: number) {
    if (io.isTTY) {
      this.bar = new cliProgress.SingleBar({
        format: 'dossiers {bar} {value}/{total} | {documenten} documenten | {rate} documenten/s | nog {eta_formatted}',
        hideCursor: true, clearOnComplete: true, stream: process.stderr,
      }, cliProgress.Presets.shades_classic)
      this.bar.start(total, 0, { documenten: 0, rate: '0' })
    }
  }
  tick(dossier: FoundDossier, documents: number): void {
    this.done++
    this.documents += documents
    const rate = (this.documents / Math.max((performance.now() - this.started) / 1000, 0.001)).toFixed(1).replace('.', ',')
    if (this.bar) this.bar.update(this.done, { documenten: this.documents, rate })
    else this.io.stderr.write(`[${this.done}/${this.total}] ${dossier.file} → ${dossier.folder}/ (${documents} documenten)\n`)
  }
  stop(): void {
    this.bar?.stop()
  }
}

/** A fixed set of workers; `run` hands out tasks one at a time to whichever worker is free. */
class WorkerPool {
  private readonly workers: Worker[] = []
  private handler: ((worker: Worker, reply: WorkerReply) => void) | undefined
  private crash: ((error: Error) => void) | undefined
  private finish: (() => void) | undefined
  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(setup)
      worker.on('message', (reply: WorkerReply) => this.handler?.(worker, reply))
      worker.on('error', (error) => this.crash?.(error))
      this.workers.push(worker)
    }
  }

  run(tasks: readonly WorkerTask[], onReply: (reply: WorkerReply) => void, stop: () => boolean): Promise<void> {
    return new Promise((resolvePromise, reject) => {
      let next = 0
      let busy = 0
      const dispatch = (worker: Worker) => {
        if (next < tasks.length && !stop()) {
          busy++
          worker.postMessage(tasks[next++])
        }
        if (busy === 0) resolvePromise()
      }
      this.handler = (worker, reply) => {
        busy--
        try {
          onReply(reply)
        } catch (error) {
          reject(error as Error)
          return
        }
        dispatch(worker)
      }
      this.crash = reject
      this.finish = resolvePromise
      for (const worker of this.workers) dispatch(worker)
      if (tasks.length === 0) resolvePromise()
    })
  }

  /** Stops every worker at once; a `run` in progress ends without waiting for its tasks. */
  async close(): Promise<void> {
    this.finish?.()
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()))
  }
}

/**
 * From dist/ the worker is the compiled `worker.js`; under vitest or tsx it is the `.ts` file, which a worker
 * can only load after registering tsx itself (on Node 20, `execArgv: ['--import', 'tsx']` does not reach the worker's
 * module loader: ERR_UNKNOWN_FILE_EXTENSION), hence the small bootstrap.
 */
function startWorker(setup: WorkerSetup): Worker {
  const typescript = import.meta.url.endsWith('.ts')
  const url = new URL(`./worker.${typescript ? 'ts' : 'js'}`, import.meta.url)
  if (!typescript) return new Worker(url, { workerData: setup })
  let tsx = 'tsx/esm/api'
  try {
    tsx = import.meta.resolve('tsx/esm/api')
  } catch {
    // resolved from the current folder then
  }
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData: setup })
}
