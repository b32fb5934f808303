/**
 * `oogo voorbeeld <dossier> --document <soort> [--watch]`: fills in one template and shows the
 * result while an editor changes it. One run renders the first document of the kind (the one
 * `oogo genereer` lists first), prints its text (Markdown) on stdout and writes its `.docx`; the
 * rest — which document, the written file, problems — goes to stderr, so the text can be piped.
 *
 * With `--watch` the dossier, the template folders and the configuration are watched (chokidar);
 * every change is followed, after 100 ms of quiet, by a new run. A fault is shown and the watch
 * goes on; Ctrl-C stops it. A run takes tens of milliseconds: the loader keeps unchanged templates
 * and sets (see load-project.ts), so Handlebars compiles again only after a template changed.
 */
import { resolve, sep } from 'node:path'
import { withoutRefOrigins } from '../model/anchors.ts'
import { assemble } from '../assemble.ts'
import { documentKinds } from '../plan/index.ts'
import { ExitCode, exitCodeFor, hasErrors } from '../errors.ts'
import { configFileName } from '../load/load-config.ts'
import { builtInTemplatesDir, loadProject } from '../load/load-project.ts'
import { writeDocuments } from '../write/write-documents.ts'
import { outputFolderUsage, unknownKind } from './generate.ts'
import { assembleOptions } from './settings.ts'
import type { Terminal } from './terminal.ts'

export interface PreviewFlags {
  document?: string
  watch?: boolean
  sjablonen?: string
  uit?: string
  config?: string
  huisstijl?: string
}

/** Quiet time after the last change before a new run: an editor's save is often several events. */
export const debounceMs = 100

/**
 * One preview, or with `flags.watch` a preview after every change until Ctrl-C.
 *
 * @example
 *   const code = await runPreview('dossier.yaml', { document: 'overeenkomst', sjablonen: 'mijn-sjablonen' }, terminal)
 */
export async function runPreview(dossier: string, flags: PreviewFlags, terminal: Terminal): Promise<ExitCode> {
  if (flags.document === undefined) return terminal.usageError(`Kies een documentsoort met --document: ${documentKinds.join(', ')}.`)
  if (!documentKinds.includes(flags.document)) return terminal.usageError(unknownKind(flags.document))
  const folderUsage = outputFolderUsage(flags.uit)
  if (folderUsage !== undefined) return terminal.usageError(folderUsage)
  if (!flags.watch) return previewOnce(dossier, flags, terminal)
  const controller = new AbortController()
  // Heard once: a second Ctrl-C, should closing hang, gets the default and ends the process.
  const stopListening: () => void = terminal.onInterrupt(() => {
    stopListening()
    controller.abort()
  })
  try {
    return await watchPreview(dossier, flags, terminal, controller.signal)
  } finally {
    stopListening()
  }
}

/** One run: load, assemble, print the text, write the `.docx`. Faults are printed, never thrown. */
export async function previewOnce(dossier: string, flags: PreviewFlags, terminal: Terminal): Promise<ExitCode> {
  const kind = flags.document!
  const { options, problems: setupProblems } = assembleOptions({ document: [kind], ...pick(flags, 'config', 'huisstijl') })
  if (!options) return printProblems(terminal, setupProblems)
  const loaded = loadProject({ dossier, ...(flags.sjablonen === undefined ? {} : { templatesDir: flags.sjablonen }) })
  if (!loaded.project) return printProblems(terminal, loaded.problems)
  // Every document of the kind is built (assemble() has no "first only"); for the 18 uitnodigingen
  // of the sample that is about 150 ms, for one overeenkomst about 30 ms.
  const result = await assemble(loaded.project, options)
  const problems = [...setupProblems, ...result.problems]
  if (hasErrors(problems)) return printProblems(terminal, problems)
  const first = result.documents[0]
  if (!first) {
    printProblems(terminal, problems)
    const reason = result.skipped.find((s) => s.kind === kind)?.reason ?? 'niets van deze soort'
    terminal.writeError(`Geen ${kind} om te tonen: ${reason}.\n`)
    return ExitCode.invalid
  }
  const template = loaded.project.templates.documents.get(kind)?.file ?? `${kind}.md.hbs`
  const others = result.documents.length - 1
  terminal.writeError(`${bold(terminal, first.fileName)}  ${dim(terminal, `sjabloon ${template}`)}\n` +
    (others > 0 ? dim(terminal, `de eerste van ${result.documents.length} documenten van de soort ${kind}; \`oogo genereer --document ${kind}\` maakt ze allemaal\n`) : '') + '\n')
  const text = withoutRefOrigins(first.text)
  terminal.write(text.endsWith('\n') ? text : `${text}\n`)
  const folder = flags.uit ?? 'uit'
  const written = writeDocuments(folder, [{ fileName: first.fileName, bytes: first.bytes! }])
  terminal.writeError('\n')
  printProblems(terminal, [...problems, ...written.problems])
  for (const file of written.written) terminal.writeError(`geschreven: ${file.path} (${(file.bytes / 1024).toFixed(1).replace('.', ',')} kB)\n`)
  return exitCodeFor(written.problems)
}

/**
 * Previews, then previews again after every change, until `signal` aborts. Resolves with
 * ExitCode.ok once the watcher is closed and the last run has finished.
 */
export async function watchPreview(dossier: string, flags: PreviewFlags, terminal: Terminal, signal: AbortSignal): Promise<ExitCode> {
  const { watch } = await import('chokidar')
  // The configuration too: `--config`, or the default file in this folder (read again on every run).
  const watched = [dossier, builtInTemplatesDir, ...(flags.sjablonen === undefined ? [] : [flags.sjablonen]), flags.config ?? configFileName]
  const output = resolve(flags.uit ?? 'uit')
  const ignored = (path: string) => {
    const name = path.split(/[\\/]/).at(-1) ?? ''
    const absolute = resolve(path)
    // Editors' swap and backup files, and our own output (a `--uit` inside a watched folder would loop).
    return (name.startsWith('.') && name !== '.' && name !== '..') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp') ||
      absolute === output || absolute.startsWith(output + sep)
  }
  const watcher = watch(watched, { ignoreInitial: true, ignored })
  const what = [dossier, ...(flags.sjablonen === undefined ? [] : [flags.sjablonen]), 'de ingebouwde sjablonen'].join(', ')

  let running: Promise<void> | undefined
  let again = false
  const runOnce = async () => {
    const started = performance.now()
    if (terminal.isTTY) terminal.write('\x1b[2J\x1b[3J\x1b[H')
    try {
      await previewOnce(dossier, flags, terminal)
    } catch (error) {
      // A bug in oogo must not end the watch: show it, and go on with the next change.
      terminal.internalError(error)
    }
    terminal.writeError(dim(terminal, `${clock()} · ${Math.round(performance.now() - started)} ms · wacht op wijzigingen in ${what} (Ctrl-C stopt)\n`))
  }
  /** Runs never overlap: a change during a run asks for one more run after it. */
  const render = () => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await runOnce()
      } while (again && !signal.aborted)
      running = undefined
    })()
    return running
  }
  let timer: NodeJS.Timeout | undefined
  watcher.on('all', () => {
    if (signal.aborted) return
    clearTimeout(timer)
    timer = setTimeout(() => void render(), debounceMs)
  })
  watcher.on('error', (error) => terminal.writeError(`Meekijken: ${error instanceof Error ? error.message : String(error)}\n`))

  const aborted = new Promise<void>((done) => {
    if (signal.aborted) done()
    else signal.addEventListener('abort', () => done(), { once: true })
  })
  await Promise.race([new Promise<void>((done) => watcher.once('ready', () => done())), aborted])
  if (!signal.aborted) await render()
  await aborted
  clearTimeout(timer)
  await watcher.close()
  await running
  terminal.writeError('\nMeekijken gestopt.\n')
  return ExitCode.ok
}

/** Problems by the one printer, without the "nothing written" of a command that stops. Returns the exit code. */
function printProblems(terminal: Terminal, problems: Parameters<Terminal['problems']>[0]): ExitCode {
  terminal.problems(problems, hasErrors(problems) ? '; er is niets geschreven.' : '.')
  return exitCodeFor(problems)
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]])) as Pick<T, K>
}

const clock = () => new Date().toTimeString().slice(0, 8)
const style = (open: number, close: number) => (terminal: Terminal, text: string) => terminal.isTTY ? `\x1b[${open}m${text}\x1b[${close}m` : text
const bold = style(1, 22)
const dim = style(2, 22)
