/**
 * `oogo voorbeeld <dossier> --document <soort> [--watch | --browser]`: one document as it will read, while an editor
 * changes its template or dossier. One run fills in the first document of the kind (the one `oogo genereer` lists
 * first), prints its reading text on stdout — article and lid numbers and cross-references resolved, tables drawn,
 * CONCEPT marked (html/plain-text.ts) — and writes its `.docx`; the rest — which document, the written file,
 * problems — goes to stderr, so the text can be piped.
 *
 * With `--watch` the dossier, the template folders and the configuration are watched (preview/watch-changes.ts);
 * every change is followed, after 25 ms of quiet (an empty file waited for: an editor writing in two steps), by a new run that shows only what changed in the text
 * (preview/changes.ts), or the faults. With `--browser` the document is a local web page that follows every change
 * and shows the faults in place (preview/browser.ts). Ctrl-C stops either. A run takes tens of milliseconds: the
 * loader keeps unchanged templates and sets (see load-project.ts), so Handlebars compiles again only after a
 * template changed.
 */
import { documentKinds } from '../plan/index.ts'
import { ExitCode, exitCodeFor, hasErrors } from '../errors.ts'
import { readingText, type ReadingText } from '../html/plain-text.ts'
import { outputFolderUsage, unknownKind } from './usage-errors.ts'
import type { Terminal } from './terminal.ts'
import { buildPreview, type PreviewFlags } from './preview/build.ts'
import { describeChanges } from './preview/changes.ts'
import { parsePort, servePreview } from './preview/browser.ts'
import { watchChanges, watchedText } from './preview/watch-changes.ts'
import { reportHouseStyles } from './house-style-report.ts'
import { bold, clock, dim, paint } from './text-diff.ts'

export type { PreviewFlags }

/**
 * One preview, or with `flags.watch` or `flags.browser` a preview after every change until Ctrl-C.
 *
 * @example
 *   const code = await runPreview('dossier.yaml', { document: 'overeenkomst', sjablonen: 'mijn-sjablonen' }, terminal)
 */
export async function runPreview(dossier: string, flags: PreviewFlags, terminal: Terminal): Promise<ExitCode> {
  if (flags.document === undefined) return terminal.usageError(`Kies een documentsoort met --document: ${documentKinds.join(', ')}.`)
  if (!documentKinds.includes(flags.document)) return terminal.usageError(unknownKind(flags.document))
  const folderUsage = outputFolderUsage(flags.uit)
  if (folderUsage !== undefined) return terminal.usageError(folderUsage)
  if (flags.poort !== undefined && !flags.browser) return terminal.usageError('--poort hoort bij --browser: de poort van de webpagina.')
  if (parsePort(flags.poort) === undefined) return terminal.usageError(`--poort moet een getal van 1 tot en met 65535 zijn, niet '${flags.poort}'.`)
  if (!flags.watch && !flags.browser) return previewOnce(dossier, flags, terminal)
  const controller = new AbortController()
  // Heard once: a second Ctrl-C, should closing hang, gets the default and ends the process.
  const stopListening: () => void = terminal.onInterrupt(() => {
    stopListening()
    controller.abort()
  })
  try {
    return flags.browser
      ? await servePreview(dossier, flags, terminal, controller.signal)
      : await watchPreview(dossier, flags, terminal, controller.signal)
  } finally {
    stopListening()
  }
}

/** One run: the reading text on stdout, the `.docx` written. Faults are printed, never thrown. */
export async function previewOnce(dossier: string, flags: PreviewFlags, terminal: Terminal): Promise<ExitCode> {
  return (await previewRun(dossier, flags, terminal, undefined)).code
}

/**
 * One run of the terminal preview. Without `before` the whole reading text goes to stdout; with it (a later run of
 * `--watch`), only what changed since that text. Returns the new text when the document could be made.
 */
async function previewRun(dossier: string, flags: PreviewFlags, terminal: Terminal, before: ReadingText | undefined): Promise<{ code: ExitCode; text?: ReadingText }> {
  const kind = flags.document!
  const build = await buildPreview(dossier, flags)
  if (!build.ok) {
    const code = printProblems(terminal, build.problems)
    if (build.nothing === undefined) return { code }
    terminal.writeError(`Geen ${kind} om te tonen: ${build.nothing}.\n`)
    return { code: ExitCode.invalid }
  }
  const { document, template, count } = build
  if (before === undefined && build.houseStyle) reportHouseStyles(terminal, { houseStyle: build.houseStyle }) // once, not on every change
  terminal.writeError(`${paint(terminal.isTTY, document.fileName, bold)}  ${paint(terminal.isTTY, `sjabloon ${template}`, dim)}\n` +
    (count > 1 ? paint(terminal.isTTY, `de eerste van ${count} documenten van de soort ${kind}; \`oogo genereer --document ${kind}\` maakt ze allemaal\n`, dim) : '') + '\n')
  const text = readingText(document.model)
  if (before === undefined) {
    terminal.write(text.text)
  } else {
    const changes = describeChanges(before, text, terminal.isTTY)
    if (changes.count === 0) {
      terminal.writeError('Geen wijziging in de tekst sinds de vorige versie.\n')
    } else {
      terminal.writeError(`${changes.count === 1 ? '1 wijziging' : `${changes.count} wijzigingen`} in de tekst: ${changes.where.join('; ')}\n\n`)
      terminal.write(changes.text)
    }
  }
  terminal.writeError('\n')
  const written = await build.write()
  const problems = [...build.problems, ...written.problems]
  printProblems(terminal, problems)
  for (const file of written.written) terminal.writeError(`geschreven: ${file.path} (${(file.bytes / 1024).toFixed(1).replace('.', ',')} kB)\n`)
  return { code: exitCodeFor(problems), text }
}

/**
 * Previews, then after every change shows what changed (or the faults), until `signal` aborts. Resolves with
 * ExitCode.ok once the watcher is closed and the last run has finished.
 */
export async function watchPreview(dossier: string, flags: PreviewFlags, terminal: Terminal, signal: AbortSignal): Promise<ExitCode> {
  const what = watchedText({ dossier, ...flags })
  /** The last text shown: changes are shown against it, also after runs that failed in between. */
  let shown: ReadingText | undefined
  const run = async () => {
    const started = performance.now()
    if (terminal.isTTY) terminal.write('\x1b[2J\x1b[3J\x1b[H')
    try {
      const { text } = await previewRun(dossier, flags, terminal, shown)
      if (text) shown = text
    } catch (error) {
      // A bug in oogo must not end the watch: show it, and go on with the next change.
      terminal.internalError(error)
    } finally {
      terminal.writeError(paint(terminal.isTTY, `${clock()} · ${Math.round(performance.now() - started)} ms · wacht op wijzigingen in ${what} (Ctrl-C stopt)\n`, dim))
    }
  }
  await watchChanges({ dossier, ...flags }, terminal, signal, run)
  terminal.writeError('\nMeekijken gestopt.\n')
  return ExitCode.ok
}

/** Problems by the one printer, without the "nothing written" of a command that stops. Returns the exit code. */
function printProblems(terminal: Terminal, problems: Parameters<Terminal['problems']>[0]): ExitCode {
  terminal.problems(problems, hasErrors(problems) ? '; er is niets geschreven.' : '.')
  return exitCodeFor(problems)
}

