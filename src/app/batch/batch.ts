/**
 * `oogo batch <map|dossiers…> --uit <map>`: many dossiers at once, in a pool of worker threads (pool.ts).
 *
 * 1. Find the dossiers (load/find-dossiers.ts) and check every one of them first, in the workers (assemble-checks.ts: all
 *    that `assemble` checks). All faults of all files are reported at once, sorted per file. Any error: nothing is
 *    written, exit 1 — unless `--doorgaan`: then the valid dossiers are built, the invalid ones listed, and the exit
 *    code is still 1.
 * 2. Skip the dossiers the previous `manifest.json` shows unchanged (same dossier, templates, house style,
 *    configuration, engine and `--document`; every output file present with its hash), unless `--forceer`.
 * 3. Build the rest, one whole dossier per task; each worker writes its own files (atomically) and answers only
 *    their hashes, so memory does not grow with the number of dossiers.
 * 4. Write `manifest.json` (deterministic: sorted, no timestamps) and a summary.
 *
 * Ctrl-C (SIGINT) or SIGTERM (a scheduler or a container that stops): no new dossier is started, the dossiers in
 * progress are finished, the manifest records what was done, and the exit code is 1 with a Dutch message (the
 * exit-code table of errors.ts has no separate code for it). A second signal stops the workers at once: the dossiers
 * in progress are abandoned, their temporary files removed, and the manifest records only the finished ones. A
 * worker writes a dossier's documents as one set (write/write-documents.ts), so a dossier is on disk whole or not at
 * all. A write that fails (disk full, read-only) stops the run the same way, with exit code 3. Temporary files that
 * a killed run (SIGKILL) left in the output folder or a dossier's sub-folder are removed before building, with a
 * message.
 */
import { readdirSync } from 'node:fs'
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
import { removeStale, type Manifest, type ManifestDossier } from '../../write/write-manifest.ts'
import { outputFolderUsage, reportStale, unknownKind } from '../generate.ts'
import { reportHouseStyles } from '../house-style-report.ts'
import { loadHouseStyles, loadSettings } from '../settings.ts'
import type { Terminal } from '../terminal.ts'
import { manifestHeader, previousManifest, unchanged, writeManifestIfChanged } from './incremental.ts'
import { startPool } from './pool.ts'
import { Progress } from './progress.ts'
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

export interface BatchStats { built: number; unchanged: number; documents: number; warnings: number; invalid: number }

export async function runBatch(inputs: string[], flags: BatchFlags, terminal: Terminal, stats?: (s: BatchStats) => void): Promise<ExitCode> {
  const started = performance.now()
  const selection = [...(flags.document ?? [])].sort()
  const usage = selection.filter((k) => !documentKinds.includes(k)).map(unknownKind)
  const parallel = flags.parallel === undefined ? availableParallelism() : Number(flags.parallel)
  if (!Number.isInteger(parallel) || parallel < 1) usage.push(`--parallel ${flags.parallel}: geef een geheel getal van 1 of meer.`)
  const folderUsage = outputFolderUsage(flags.uit)
  if (folderUsage !== undefined) usage.push(folderUsage)
  if (usage.length > 0) return terminal.usageError(usage.join('\n'))

  // Settings, house styles and templates: checked once here (the workers load them again, trusting this check).
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
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.sjablonen === undefined ? {} : { sjablonen: flags.sjablonen }),
    ...(flags.huisstijl === undefined ? {} : { huisstijl: flags.huisstijl }),
  }

  const pool = startPool(Math.min(parallel, dossiers.length))
  let interrupted = false
  let forced = false
  const stopListening = terminal.onInterrupt(() => {
    if (interrupted) {
      if (forced) return
      forced = true
      terminal.writeError('\nNogmaals afbreken: oogo stopt direct; de dossiers die nu worden gemaakt, worden niet afgemaakt.\n')
      void pool.close()
      return
    }
    interrupted = true
    terminal.writeError('\nAfbreken: de dossiers die nu worden gemaakt, worden afgemaakt; er wordt geen nieuw dossier begonnen.\n')
  })
  try {
    // 1. Check every dossier.
    const problems: OogoError[] = []
    const invalid = new Set<number>()
    const failures: Error[] = []
    await pool.runAll(dossiers.map((d, id): WorkerTask => ({ type: 'check', id, path: d.path, setup })), (reply) => {
      if (reply.type === 'failed') failures.push(workerFailure(reply, dossiers[reply.id]!.path))
      else if (reply.type === 'checked') {
        problems.push(...reply.problems)
        if (reply.problems.some((p) => p.severity === 'error')) invalid.add(reply.id)
      }
    }, () => interrupted)
    if (failures.length > 0) return terminal.internalError(failures[0])
    if (interrupted) {
      terminal.writeError('Afgebroken tijdens de controle; er is niets geschreven.\n')
      return ExitCode.invalid
    }
    terminal.problems(problems, false)
    const warnings = problems.filter((p) => p.severity === 'warning').length
    if (invalid.size > 0) {
      const errors = problems.length - warnings
      const names = [...invalid].sort((a, b) => a - b).map((i) => dossiers[i]!.path)
      if (!flags.doorgaan) {
        terminal.writeError(`\n${errors} ${errors === 1 ? 'fout' : 'fouten'} in ${invalid.size} van ${dossiers.length} dossiers; er is niets geschreven.\n`)
        return exitCodeFor(problems)
      }
      terminal.writeError(`\n${invalid.size} van ${dossiers.length} dossiers ongeldig; die worden overgeslagen (--doorgaan):\n${names.map((n) => `  ${n}\n`).join('')}`)
    }

    const completed = foldersUnder(outDir).flatMap((folder) => completeInterruptedSets(folder))
    reportStale(terminal, flags.uit, removeStaleTemporariesUnder(outDir), completed)

    // 2. What is unchanged since the previous run.
    const previous = flags.forceer ? undefined : previousManifest(outDir, header)
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
      terminal.write(`niets te doen: ${unchangedCount} ${unchangedCount === 1 ? 'dossier' : 'dossiers'} ongewijzigd\n`)
      writeManifestIfChanged(outDir, manifest())
      stats?.({ built: 0, unchanged: unchangedCount, documents: 0, warnings, invalid: invalid.size })
      return invalid.size > 0 ? ExitCode.invalid : ExitCode.ok
    }

    // 3. Build.
    const progress = new Progress(terminal, toBuild.length)
    let documents = 0
    const buildProblems: OogoError[] = []
    let writeFailed = false
    const awaitingPdf: (DossierForPdf & { id: number; sha256: string })[] = []
    /** A dossier done: its documents recorded, and what the previous run made of it and this one did not, removed. */
    const record = (id: number, sha256: string, made: BuiltDocument[]) => {
      const dossier = dossiers[id]!
      const before = previous?.dossiers.find((d) => d.file === dossier.file)
      try {
        // Only what this tool wrote and nobody changed since: path inside --uit, our name, the manifest's hash.
        if (before) removeStale(outDir, before.documents.filter((d) => !made.some((x) => x.path === d.path)), sha256File)
      } catch (error) {
        // The new documents are written; an old one that could not be removed stays, unrecorded.
        buildProblems.push(writeProblem(join(flags.uit, dossier.folder), error, 'Een document van de vorige run kan niet worden verwijderd'))
      }
      entries.set(dossier.file, { file: dossier.file, sha256, folder: dossier.folder, documents: made })
      documents += made.filter((d) => d.docxSha256 === undefined || flags.alleenPdf).length
    }
    await pool.runAll(toBuild.map((id): WorkerTask => ({ type: 'build', id, path: dossiers[id]!.path, folder: dossiers[id]!.folder, setup })), (reply) => {
      if (reply.type === 'failed') { failures.push(workerFailure(reply, dossiers[reply.id]!.path)); return }
      if (reply.type !== 'built') return
      const dossier = dossiers[reply.id]!
      buildProblems.push(...reply.problems.filter((p) => p.severity === 'error'))
      if (reply.problems.some((p) => p.code === ErrorCode.writeFailed) && !writeFailed && !interrupted) {
        terminal.writeError('Schrijven mislukt; er wordt geen nieuw dossier begonnen.\n')
      }
      writeFailed ||= reply.problems.some((p) => p.code === ErrorCode.writeFailed)
      if (reply.problems.some((p) => p.severity === 'error')) return
      if (wantPdf) awaitingPdf.push({ id: reply.id, folder: dossier.folder, documents: reply.documents, sha256: reply.sha256 })
      else record(reply.id, reply.sha256, reply.documents)
      progress.tick(dossier, reply.documents.length)
    }, () => interrupted || writeFailed)
    progress.stop()
    if (awaitingPdf.length > 0 && !forced) {
      // 3b. The PDFs, in as many LibreOffice processes as --parallel.
      const pdfProgress = new Progress(terminal, awaitingPdf.length, undefined, 'PDF')
      await makePdfs(awaitingPdf, {
        outDir, shownOut: flags.uit, parallel, only: flags.alleenPdf === true, stopped: () => forced,
        onDossier: (dossier, made, problems) => {
          const { id, sha256 } = dossier as (typeof awaitingPdf)[number]
          buildProblems.push(...problems)
          if (made.length > 0 && problems.length === 0) record(id, sha256, made)
          pdfProgress.tick(dossiers[id]!, made.length)
        },
      })
      pdfProgress.stop()
    }
    if (forced) {
      // The abandoned workers are stopped now (close waits for that); their temporary files carry this process's pid.
      await pool.close()
      removeStaleTemporariesUnder(outDir)
    }
    let manifestWritten = true
    try {
      writeManifestIfChanged(outDir, manifest())
    } catch (error) {
      manifestWritten = false
      buildProblems.push(writeProblem(join(flags.uit, 'manifest.json'), error, 'Het manifest kan niet worden geschreven'))
    }
    terminal.problems(buildProblems, false)
    if (failures.length > 0) return terminal.internalError(failures[0])

    // 4. Summary.
    const seconds = (performance.now() - started) / 1000
    const built = entries.size - unchangedCount
    terminal.write(`${built} ${built === 1 ? 'dossier' : 'dossiers'} gemaakt${unchangedCount ? `, ${unchangedCount} ongewijzigd` : ''}${invalid.size ? `, ${invalid.size} ongeldig` : ''}; ` +
      `${documents} ${documents === 1 ? 'document' : 'documenten'}${flags.alleenPdf ? ' als PDF' : flags.pdf ? ' (elk ook als PDF)' : ''}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, ` +
      `${seconds.toFixed(1).replace('.', ',')} s, ${(documents / Math.max(seconds, 0.001)).toFixed(1).replace('.', ',')} documenten per seconde.\n`)
    stats?.({ built, unchanged: unchangedCount, documents, warnings, invalid: invalid.size })
    if (interrupted || writeFailed) {
      terminal.writeError(`${interrupted ? 'Afgebroken' : 'Gestopt'}: ${built} van ${toBuild.length} dossiers gemaakt` +
        `${manifestWritten ? '; manifest.json noemt wat klaar is' : ''}. Start opnieuw om de rest te maken.\n`)
    }
    if (buildProblems.length > 0) return exitCodeFor(buildProblems)
    if (interrupted) return ExitCode.invalid
    return invalid.size > 0 ? ExitCode.invalid : ExitCode.ok
  } finally {
    stopListening()
    await pool.close()
  }
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
