/**
 * `oogo genereer`: load, assemble, then write the documents or print a dump.
 *
 * No half work: the documents are written as one set (write/write-documents.ts: all under temporary names, then all
 * renamed), so a run leaves either every document it makes or none of them. Ctrl-C or SIGTERM is heard from the
 * start: before the renames it stops the run, removes its temporary files and exits 1 ("er is niets geschreven");
 * once the renames have begun they finish first (they take milliseconds), and the run is complete. Temporary files
 * that a killed run (SIGKILL) left in the output folder are removed before writing, with a message.
 */
import { join } from 'node:path'
import { assemble } from '../assemble.ts'
import { documentKinds } from '../plan/index.ts'
import { ExitCode, exitCodeFor } from '../errors.ts'
import { loadProject } from '../load/load-project.ts'
import { completeInterruptedSets, removeStaleTemporaries } from '../write/temporaries.ts'
import { writeDocumentSet, type WrittenFile } from '../write/write-documents.ts'
import { convertToPdf, pdfNameFor } from '../pdf/convert-to-pdf.ts'
import { readingText } from '../html/plain-text.ts'
import { reportHouseStyles } from './house-style-report.ts'
import { reportStale } from './report-stale.ts'
import { outputFolderUsage, unknownKind } from './usage-errors.ts'
import { assembleOptions, type AssembleFlags } from './settings.ts'
import type { Terminal } from './terminal.ts'

export interface GenerateFlags extends AssembleFlags {
  uit?: string
  /** `--sjablonen <map>`: the organisation's own templates, over the built-in ones. */
  sjablonen?: string
  /** `--pdf`: a PDF/A-2b, tagged PDF beside every document (LibreOffice, one process for the run). */
  pdf?: boolean
  /** `--alleen-pdf`: the PDFs only, no .docx. */
  alleenPdf?: boolean
}

export async function runGenerate(dossier: string, flags: GenerateFlags, terminal: Terminal): Promise<ExitCode> {
  let interrupted = false
  const stopListening = terminal.onInterrupt(() => {
    if (interrupted) return
    interrupted = true
    terminal.writeError('\nAfbreken: oogo stopt zonder documenten te schrijven.\n')
  })
  try {
    return await generate(dossier, flags, terminal, () => interrupted)
  } finally {
    stopListening()
  }
}

async function generate(dossier: string, flags: GenerateFlags, terminal: Terminal, stopped: () => boolean): Promise<ExitCode> {
  const unknown = (flags.document ?? []).filter((k) => !documentKinds.includes(k))
  const usage = [...unknown.map(unknownKind), outputFolderUsage(flags.uit)].filter((m) => m !== undefined)
  if (usage.length > 0) return terminal.usageError(usage.join('\n'))
  const { options, problems: setupProblems } = assembleOptions(flags)
  if (!options) {
    terminal.problems(setupProblems)
    return exitCodeFor(setupProblems)
  }
  const loaded = loadProject({ dossier, ...(flags.sjablonen === undefined ? {} : { templatesDir: flags.sjablonen }) })
  if (!loaded.project) {
    terminal.problems([...setupProblems, ...loaded.problems])
    return exitCodeFor(loaded.problems)
  }
  const result = await assemble(loaded.project, options)
  reportHouseStyles(terminal, options) // which styles each house style gave, once per file
  terminal.problems([...setupProblems, ...result.problems]) // house style warnings (a logo in EMF) too
  for (const { kind, reason } of result.skipped) terminal.writeError(`overgeslagen: ${kind} — ${reason}\n`)
  const code = exitCodeFor(result.problems)
  // A fault found in the filled-in text: --emit tekst still shows that text (stdout), so the advice to look at it holds.
  if (code !== ExitCode.ok && options.emit === 'text' && result.texts) writeTexts(terminal, result.texts)
  if (code !== ExitCode.ok) return code
  if (stopped()) return abandoned(terminal)

  if (options.emit === 'text') {
    writeTexts(terminal, result.documents)
    return ExitCode.ok
  }
  if (flags.emit === 'lezen') {
    const several = result.documents.length > 1
    for (const d of result.documents) terminal.write(`${several ? `=== ${d.fileName} ===\n` : ''}${readingText(d.model).text}${several ? '\n' : ''}`)
    return ExitCode.ok
  }
  if (options.emit === 'model') {
    terminal.write(JSON.stringify(result.documents.map((d) => d.model), null, 2) + '\n')
    return ExitCode.ok
  }
  const folder = flags.uit ?? 'uit'
  // First the sets a killed run was renaming (they become whole), then the temporaries nobody will rename.
  const completed = completeInterruptedSets(folder)
  reportStale(terminal, folder, removeStaleTemporaries(folder), completed)
  const docx = result.documents.map((d) => ({ kind: d.kind, fileName: d.fileName, bytes: d.bytes! }))
  let files = docx
  if (flags.pdf || flags.alleenPdf) {
    // Converted before anything is written: a document without its PDF leaves the folder as it was.
    const converted = await convertToPdf(docx.map((d) => ({ source: d.bytes, shownPdf: join(folder, pdfNameFor(d.fileName)) })))
    if (converted.problems.length > 0) {
      terminal.problems(converted.problems)
      return exitCodeFor(converted.problems)
    }
    if (stopped()) return abandoned(terminal)
    const pdfs = docx.map((d, i) => ({ kind: d.kind, fileName: pdfNameFor(d.fileName), bytes: converted.pdfs[i]! }))
    files = flags.alleenPdf ? pdfs : docx.flatMap((d, i) => [d, pdfs[i]!])
  }
  const written = await writeDocumentSet(folder, files.map((f) => ({ fileName: f.fileName, bytes: f.bytes })), stopped)
  if (written.interrupted) return abandoned(terminal)
  if (written.problems.length > 0) {
    terminal.problems(written.problems)
    return exitCodeFor(written.problems)
  }
  const form = flags.alleenPdf ? ' als PDF' : flags.pdf ? ', elk als Word-document en als PDF' : ''
  terminal.write(writtenTable(written.written.map((file, i) => ({ kind: files[i]!.kind, file })), result.documents, form))
  return ExitCode.ok
}

/** The filled-in texts; several under a comment naming each document's file. */
function writeTexts(terminal: Terminal, texts: readonly { fileName: string; text: string }[]): void {
  const several = texts.length > 1
  for (const d of texts) terminal.write(several ? `<!-- ${d.fileName} -->\n${d.text}\n` : d.text)
}

/** An interrupted run: nothing was written. */
function abandoned(terminal: Terminal): ExitCode {
  terminal.writeError('Afgebroken; er is niets geschreven.\n')
  return ExitCode.invalid
}

/** One line per written file with its kind and size, and a count of the documents per kind (a document may be written as .docx and PDF). */
function writtenTable(rows: readonly { kind: string; file: WrittenFile }[], documents: readonly { kind: string }[], form = ''): string {
  const width = Math.max(...rows.map((r) => r.kind.length), 'soort'.length)
  const size = Math.max(...rows.map((r) => r.file.path.length))
  const lines = rows.map(({ kind, file }) => `  ${kind.padEnd(width)}  ${file.path.padEnd(size)}  ${(file.bytes / 1024).toFixed(1).replace('.', ',').padStart(5)} kB`)
  const counts = new Map<string, number>()
  for (const { kind } of documents) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')
  const count = documents.length
  return `${lines.join('\n')}\n${count} ${count === 1 ? 'document' : 'documenten'} geschreven${count ? ` (${summary})` : ''}${form}.\n`
}
