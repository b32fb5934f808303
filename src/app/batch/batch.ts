/**
 * `oogo batch <map|dossiers…> --uit <map>`: many dossiers at once, in a pool of worker threads (pool.ts).
 * `runBatch` runs on the thread that calls it: for the command line a coordinator thread of its own (host.ts), in the
 * tests the main thread; "the main thread" below and in the workers' comments is that thread.
 *
 * 1. Find the dossiers (load/find-dossiers.ts) and decide, here in the main thread and from the previous
 *    `manifest.json` and file hashes alone, which are unchanged (same dossier, templates, house styles,
 *    configuration, engine, `--document` and LibreOffice — the manifest's header — and every output file present with
 *    its hash), unless `--forceer`. Those are neither checked nor built again; when none is left, no worker starts.
 * 2. Every other dossier is assembled once, one dossier per task (worker.ts): checked and built in one go, its
 *    documents written straight away into its sub-folder under temporary names; the worker answers only their hashes,
 *    so memory does not grow with the number of dossiers. All faults of all files are reported at once, sorted per
 *    file. Only when every dossier is checked without an error does this thread put each dossier's set in place
 *    (atomically per dossier: write/write-documents.ts). So the dossiers are still **all checked first**: any error
 *    and nothing is written (the temporaries are removed), exit 1 — unless `--doorgaan`: then each valid dossier is put
 *    in place as soon as it is made, the invalid ones are listed, and the exit code is still 1. After an error (without
 *    `--doorgaan`) the remaining dossiers are only checked, not built.
 * 3. Write `manifest.json` (deterministic: sorted, no timestamps) and a summary; with `--pdf`, first the PDFs of the
 *    dossiers put in place (pdf-phase.ts).
 *
 * Ctrl-C (SIGINT) or SIGTERM (a scheduler or a container that stops): no new dossier is started, the dossiers in
 * progress are finished, the finished ones are put in place (when none of the dossiers checked has an error), the
 * manifest records what was done, and the exit code is 1 with a Dutch message (the exit-code table of errors.ts has no
 * separate code for it); a signal before the first dossier was begun writes nothing. A second signal stops the
 * workers at once: the dossiers in progress are abandoned, their temporary files removed, and the manifest records
 * only the finished ones. A dossier is on disk whole or not at all. A write that fails (disk full, read-only) stops
 * the run the same way, with exit code 3. Temporary files that a killed run (SIGKILL) left in the output folder or a
 * dossier's sub-folder are removed first, with a message.
 */
import { existsSync, readdirSync, rmdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { documentKinds } from '../../plan/index.ts'
import { ErrorCode, ExitCode, exitCodeFor, type OogoError } from '../../errors.ts'
import { findDossiers, sha256File } from '../../load/find-dossiers.ts'
import { loadTemplateSet } from '../../load/load-project.ts'
import { libreOfficeVersion } from '../../pdf/libreoffice-version.ts'
import { missingProblem } from '../../pdf/convert-to-pdf.ts'
import { writeProblem } from '../../write/atomic-write.ts'
import { completeInterruptedSets, removeStaleTemporaries } from '../../write/temporaries.ts'
import { discardSet, placeSet, type PendingSet } from '../../write/write-documents.ts'
import { removeStale, type Manifest, type ManifestDossier } from '../../write/write-manifest.ts'
import { reportStale } from '../report-stale.ts'
import { outputFolderUsage, unknownKind } from '../usage-errors.ts'
import { reportHouseStyles } from '../house-style-report.ts'
import { loadHouseStyles, loadSettings } from '../settings.ts'
import type { Terminal } from '../terminal.ts'
import { manifestHeader, previousManifest, unchanged, writeManifestIfChanged } from './incremental.ts'
import { startPool, type Pool } from './pool.ts'
import { Progress } from './progress.ts'
import { ProblemReport, Spool, type SpoolRef } from './spool.ts'
import { makePdfs, type DossierForPdf } from './pdf-phase.ts'
import type { BuiltDocument, WorkerSetup, WorkerTask } from './worker.ts'

export interface BatchFlags {
  uit: string
  parallel?: string | number
  document?: string[]
  doorgaan?: boolean
  forceer?: boolean
  config?: string
  sjablonen?: string
  huisstijl?: string
  /** `--pdf`: a PDF/A-2b, tagged PDF beside every document (pdf-phase.ts). */
  pdf?: boolean
  /** `--alleen-pdf`: the PDFs only. */
  alleenPdf?: boolean
}

export interface BatchStats {
  built: number
  unchanged: number
  documents: number
  warnings: number
  invalid: number
  /** Dossiers assembled in the workers (checked and made, or after an error only checked): each at most once. */
  assembled: number
}

export async function runBatch(inputs: string[], flags: BatchFlags, terminal: Terminal, stats?: (s: BatchStats) => void): Promise<ExitCode> {
  const started = performance.now()
  const selection = [...(flags.document ?? [])].sort()
  const usage = selection.filter((k) => !documentKinds.includes(k)).map(unknownKind)
  const parallel = flags.parallel === undefined ? availableParallelism() : Number(flags.parallel)
  if (!Number.isInteger(parallel) || parallel < 1) usage.push(`--parallel ${flags.parallel}: geef een geheel getal van 1 of meer.`)
  const folderUsage = outputFolderUsage(flags.uit)
  if (folderUsage !== undefined) usage.push(folderUsage)
  if (usage.length > 0) return terminal.usageError(usage.join('\n'))

  // Settings, house styles and templates: checked once here (the workers load them again, once per run, trusting this
  // check; templates changed since are not used: worker.ts).
  const { settings, houseStyles: references, problems: configProblems } = loadSettings(flags.config)
  const houseStyles = settings ? loadHouseStyles(flags.huisstijl, references) : { problems: [] }
  const templates = loadTemplateSet(flags.sjablonen)
  const found = findDossiers(inputs)
  const setupProblems = [...configProblems, ...houseStyles.problems, ...templates.problems, ...found.problems]
  if (exitCodeFor(setupProblems) !== ExitCode.ok || !templates.templates) {
    terminal.problems(setupProblems, false)
    return exitCodeFor(setupProblems)
  }
  // --pdf: LibreOffice must be there before anything is built; its version goes into the manifest.
  const wantPdf = flags.pdf === true || flags.alleenPdf === true
  const libreOffice = wantPdf ? libreOfficeVersion() : undefined
  if (wantPdf && libreOffice === undefined) {
    terminal.problems([...setupProblems, missingProblem()], false)
    return exitCodeFor([missingProblem()])
  }
  reportHouseStyles(terminal, houseStyles) // which styles each house style gave, once per file
  const dossiers = found.dossiers
  if (dossiers.length === 0) return terminal.usageError(`Geen dossiers (*.yaml) gevonden in ${inputs.join(', ')}.`)
  const outDir = resolve(flags.uit)
  const header = manifestHeader({
    templates: templates.templates, configFile: flags.config ?? 'oogo.config.yaml', documents: selection,
    ...(flags.huisstijl === undefined ? {} : { houseStyle: flags.huisstijl }),
    ...(references ? { municipalHouseStyles: references } : {}),
  })
  if (libreOffice !== undefined) header.pdf = { libreOffice, only: flags.alleenPdf === true }
  const setup: WorkerSetup = {
    documents: selection, out: outDir, fingerprint: `${header.configSha256 ?? '-'} ${header.houseStyleSha256 ?? '-'}`,
    templatesSha256: header.templatesSha256,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.sjablonen === undefined ? {} : { sjablonen: flags.sjablonen }),
    ...(flags.huisstijl === undefined ? {} : { huisstijl: flags.huisstijl }),
  }

  let pool: Pool | undefined
  let interrupted = false
  let forced = false
  const stopListening = terminal.onInterrupt(() => {
    if (interrupted) {
      if (forced) return
      forced = true
      terminal.writeError('\nNogmaals afbreken: oogo stopt direct; de dossiers die nu worden gemaakt, worden niet afgemaakt.\n')
      void pool?.close()
      return
    }
    interrupted = true
    terminal.writeError('\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen.\n')
  })
  /** Per dossier what must wait for the end of the run (its warnings, manifest entry, pending set): on disk, not in the heap. */
  const spool = new Spool()
  /** Made, checked without error, on disk under temporary names: waiting to be put in place. */
  const pending = new Map<number, Made>()
  const outExisted = existsSync(outDir)
  /** Nothing of this run is written: every pending set removed, and the output folder if this run made it. */
  const discardAll = () => {
    for (const made of pending.values()) discardSet(spool.get(made.ref).set)
    pending.clear()
    if (!outExisted) try { rmdirSync(outDir) } catch { /* not empty: something else is in it */ }
  }
  try {
    // What a killed run left: a set among its renames is finished, loose temporaries are removed.
    const completed = foldersUnder(outDir).flatMap((folder) => completeInterruptedSets(folder))
    reportStale(terminal, flags.uit, removeStaleTemporariesUnder(outDir), completed)

    // 1. What is unchanged since the previous run: here, from the manifest and the hashes alone.
    const previous = flags.forceer ? undefined : previousManifest(outDir, header)
    const before = new Map((previous?.dossiers ?? []).map((d) => [d.file, d]))
    const entries = new Map<string, ManifestDossier>()
    const toDo: number[] = []
    for (const [id, dossier] of dossiers.entries()) {
      const entry = before.get(dossier.file)
      if (entry && unchanged(entry, dossier, outDir)) entries.set(dossier.file, entry)
      else toDo.push(id)
    }
    const unchangedCount = entries.size
    const manifest = (): Manifest => ({ ...header, dossiers: [...entries.values()] })
    if (toDo.length === 0) {
      terminal.write(`niets te doen: ${unchangedCount} ${unchangedCount === 1 ? 'dossier' : 'dossiers'} ongewijzigd\n`)
      writeManifestIfChanged(outDir, manifest())
      stats?.({ built: 0, unchanged: unchangedCount, documents: 0, warnings: 0, invalid: 0, assembled: 0 })
      return ExitCode.ok
    }
    // A signal during the scan (thousands of files hashed) is heard here, before any worker starts: nothing is written.
    await new Promise((resolve) => setImmediate(resolve))
    if (interrupted) {
      terminal.writeError('Afgebroken tijdens de controle; er is niets geschreven.\n')
      return ExitCode.invalid
    }

    // 2. Each dossier assembled once: checked and made, its documents under temporary names until all are checked.
    pool = startPool(Math.min(parallel, toDo.length))
    const problems = new ProblemReport(spool)
    /** The findings outside a dossier (a template's), which every dossier reports again: shown once. */
    const shared = new Set<string>()
    const invalid = new Set<number>()
    const failures: Error[] = []
    const buildProblems: OogoError[] = []
    let writeFailed = false
    let documents = 0
    let assembled = 0
    const awaitingPdf: (DossierForPdf & { id: number; sha256: string })[] = []
    /** A dossier done: its documents recorded, and what the previous run made of it and this one did not, removed. */
    const record = (id: number, sha256: string, made: BuiltDocument[]) => {
      const dossier = dossiers[id]!
      const entry = before.get(dossier.file)
      try {
        // Only what this tool wrote and nobody changed since: path inside --uit, our name, the manifest's hash.
        if (entry) removeStale(outDir, entry.documents.filter((d) => !made.some((x) => x.path === d.path)), sha256File)
      } catch (error) {
        // The new documents are written; an old one that could not be removed stays, unrecorded.
        buildProblems.push(writeProblem(join(flags.uit, dossier.folder), error, 'Een document van de vorige run kan niet worden verwijderd'))
      }
      entries.set(dossier.file, spooledEntry(spool, { file: dossier.file, sha256, folder: dossier.folder, documents: made }))
      documents += made.filter((d) => d.docxSha256 === undefined || flags.alleenPdf).length
    }
    const stopWriting = () => {
      if (!writeFailed && !interrupted) terminal.writeError('Schrijven mislukt; er wordt geen nieuw dossier begonnen.\n')
      writeFailed = true
    }
    /** A set could not be put in place: the sets still waiting are not tried (each would fail alike). */
    let placeFailed = false
    /** Puts a made dossier's set in place, as one set; then records it (or, with --pdf, queues its PDFs). */
    const place = (id: number, made: MadeSet) => {
      const placed = placeSet(made.set)
      if (placed.problems.length > 0) {
        buildProblems.push(...placed.problems)
        stopWriting()
        placeFailed = true
        return
      }
      if (wantPdf) awaitingPdf.push({ id, folder: dossiers[id]!.folder, documents: made.documents, sha256: made.sha256 })
      else record(id, made.sha256, made.documents)
    }
    const progress = new Progress(terminal, toDo.length)
    await pool.runAll(toDo.length, (i): WorkerTask => {
      const dossier = dossiers[toDo[i]!]!
      // After an error nothing will be written (without --doorgaan): the rest is only checked, for the report.
      return invalid.size > 0 && !flags.doorgaan
        ? { type: 'check', id: toDo[i]!, path: dossier.path, setup }
        : { type: 'make', id: toDo[i]!, path: dossier.path, folder: dossier.folder, setup }
    }, (reply) => {
      if (reply.type === 'failed') {
        failures.push(workerFailure(reply, dossiers[reply.id]!.path))
        return
      }
      const dossier = dossiers[reply.id]!
      assembled++
      const own: OogoError[] = []
      for (const problem of reply.problems) {
        if (problem.code === ErrorCode.writeFailed) {
          buildProblems.push(problem)
          continue
        }
        if (problem.place.file !== dossier.path) {
          const key = JSON.stringify([problem.code, problem.severity, problem.message, problem.place])
          if (shared.has(key)) continue
          shared.add(key)
        }
        own.push(problem)
      }
      problems.add(own)
      if (reply.problems.some((p) => p.code === ErrorCode.writeFailed)) stopWriting()
      if (reply.problems.some((p) => p.severity === 'error' && p.code !== ErrorCode.writeFailed)) invalid.add(reply.id)
      if (reply.type === 'made' && reply.set) {
        const made = { sha256: reply.sha256, documents: reply.documents, set: reply.set }
        // --doorgaan: an invalid dossier stops nothing, so a valid one is put in place at once.
        if (flags.doorgaan) place(reply.id, made)
        else pending.set(reply.id, { ref: spool.put({ documents: made.documents, set: made.set }), sha256: made.sha256 })
      }
      const outcome = invalid.has(reply.id) ? 'ongeldig' : reply.type === 'checked' ? 'gecontroleerd'
        : reply.problems.some((p) => p.code === ErrorCode.writeFailed) ? 'niet geschreven' : undefined
      progress.tick(dossier, reply.type === 'made' ? reply.documents.length : 0, outcome)
    }, () => interrupted || writeFailed)
    progress.stop()
    // No worker is needed any more: their heaps (some 90 MB each) are given back before the warnings are printed, the
    // sets put in place and the manifest written. After a second Ctrl-C: the abandoned workers stopped (their
    // temporaries are removed below).
    await pool.close()
    if (failures.length > 0) {
      discardAll()
      removeStaleTemporariesUnder(outDir)
      if (entries.size > unchangedCount) writeManifestIfChanged(outDir, manifest())
      problems.print(terminal)
      return terminal.internalError(failures[0])
    }
    problems.print(terminal)
    const warnings = problems.warnings
    if (invalid.size > 0) {
      const errors = problems.count - warnings
      const names = [...invalid].sort((a, b) => a - b).map((i) => dossiers[i]!.path)
      if (!flags.doorgaan) {
        discardAll()
        if (forced) removeStaleTemporariesUnder(outDir) // what the abandoned workers left
        terminal.problems(buildProblems, false) // a write that failed meanwhile: its place and exit code 3
        terminal.writeError(`\n${errors} ${errors === 1 ? 'fout' : 'fouten'} in ${invalid.size} van ${dossiers.length} dossiers; er is niets geschreven.\n`)
        return exitCodeFor([...problems.errors, ...buildProblems])
      }
      terminal.writeError(`\n${invalid.size} van ${dossiers.length} dossiers ongeldig; die zijn overgeslagen (--doorgaan):\n${names.map((n) => `  ${n}\n`).join('')}`)
    }
    // Every dossier made is checked, none has an error: each one's set in place, one after the other (renames only,
    // so also after another dossier found the disk full).
    for (const id of [...pending.keys()].sort((a, b) => a - b)) {
      const { ref, sha256 } = pending.get(id)!
      pending.delete(id)
      const made = { sha256, ...spool.get(ref) }
      if (placeFailed) discardSet(made.set)
      else place(id, made)
    }

    if (awaitingPdf.length > 0 && !forced) {
      // 3b. The PDFs, in as many LibreOffice processes as --parallel.
      const pdfProgress = new Progress(terminal, awaitingPdf.length, undefined, 'PDF')
      await makePdfs(awaitingPdf, {
        outDir, shownOut: flags.uit, parallel, only: flags.alleenPdf === true, stopped: () => interrupted || forced || writeFailed,
        onDossier: (dossier, made, problems) => {
          const { id, sha256 } = dossier as (typeof awaitingPdf)[number]
          buildProblems.push(...problems)
          if (made.length > 0 && problems.length === 0) record(id, sha256, made)
          pdfProgress.tick(dossiers[id]!, made.length)
        },
      })
      pdfProgress.stop()
    }
    // A dossier whose .docx were placed but whose PDFs were not made keeps its previous entry: its dossier hash or
    // documents differ, so the next run makes it again, and the old entry still names what that run may remove.
    let keptPrevious = 0
    for (const { id } of awaitingPdf) {
      const file = dossiers[id]!.file
      const previousEntry = before.get(file)
      if (!entries.has(file) && previousEntry) {
        entries.set(file, previousEntry)
        keptPrevious++
      }
    }
    if (forced) removeStaleTemporariesUnder(outDir) // what the abandoned workers left: their temporaries carry this process's pid
    let manifestWritten = true
    try {
      writeManifestIfChanged(outDir, manifest())
    } catch (error) {
      manifestWritten = false
      buildProblems.push(writeProblem(join(flags.uit, 'manifest.json'), error, 'Het manifest kan niet worden geschreven'))
    }
    terminal.problems(buildProblems, false)

    // 3. Summary.
    const seconds = (performance.now() - started) / 1000
    const built = entries.size - unchangedCount - keptPrevious
    terminal.write(`${built} ${built === 1 ? 'dossier' : 'dossiers'} gemaakt${unchangedCount ? `, ${unchangedCount} ongewijzigd` : ''}${invalid.size ? `, ${invalid.size} ongeldig` : ''}; ` +
      `${documents} ${documents === 1 ? 'document' : 'documenten'}${flags.alleenPdf ? ' als PDF' : flags.pdf ? ' (elk ook als PDF)' : ''}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, ` +
      `${seconds.toFixed(1).replace('.', ',')} s, ${(documents / Math.max(seconds, 0.001)).toFixed(1).replace('.', ',')} documenten per seconde.\n`)
    stats?.({ built, unchanged: unchangedCount, documents, warnings, invalid: invalid.size, assembled })
    if (interrupted || writeFailed) {
      terminal.writeError(`${interrupted ? 'Afgebroken' : 'Gestopt'}: ${built} van ${toDo.length} dossiers gemaakt` +
        `${manifestWritten ? '; manifest.json noemt wat klaar is' : ''}. Start opnieuw om de rest te maken.\n`)
    }
    if (buildProblems.length > 0) return exitCodeFor(buildProblems)
    if (interrupted) return ExitCode.invalid
    return invalid.size > 0 ? ExitCode.invalid : ExitCode.ok
  } finally {
    stopListening()
    // A run that ended early (a crash, an error): no set of it stays under a temporary name.
    for (const made of pending.values()) discardSet(spool.get(made.ref).set)
    spool.close()
    await pool?.close()
  }
}

/** A dossier made and checked without error, its documents on disk under temporary names. */
interface MadeSet { sha256: string; documents: BuiltDocument[]; set: PendingSet }
/** The same, waiting for the end of the checks: its documents and set in the spool. */
interface Made { sha256: string; ref: SpoolRef<{ documents: BuiltDocument[]; set: PendingSet }> }

/** A manifest entry whose documents are in the spool, read back when the manifest is written. */
function spooledEntry(spool: Spool, entry: ManifestDossier): ManifestDossier {
  const ref = spool.put(entry.documents)
  return { file: entry.file, sha256: entry.sha256, folder: entry.folder, get documents() { return spool.get(ref) } }
}

/** Removes left-over temporary files in the output folder and in each dossier's sub-folder; answers their paths. */
function removeStaleTemporariesUnder(outDir: string): string[] {
  return foldersUnder(outDir).flatMap((folder) => removeStaleTemporaries(folder))
}

/** The output folder and each dossier's sub-folder. */
function foldersUnder(outDir: string): string[] {
  try {
    return [outDir, ...readdirSync(outDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(outDir, e.name)).sort()]
  } catch {
    return []
  }
}

/** A crash in a worker as the error the terminal shows: its message and the dossier; the stack only with OOGO_DEBUG. */
function workerFailure(reply: { message: string; stack?: string }, dossier: string): Error {
  const error = new Error(`${reply.message} (bij ${dossier})`)
  error.stack = reply.stack ?? error.message
  return error
}
