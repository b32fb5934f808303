/**
 * Watching what a preview is made of — the dossier, the template folders, the configuration — and calling `run` after
 * every change, once things have been quiet for `debounceMs` (an editor's save is often several events). Runs never
 * overlap: a change during a run asks for one more run after it. The first run is right after the watch is ready.
 * Resolves once `signal` aborted, the watcher is closed and the last run has finished.
 */
import { resolve, sep } from 'node:path'
import { configFileName } from '../../load/load-config.ts'
import { builtInTemplatesDir } from '../../load/load-project.ts'
import type { Terminal } from '../terminal.ts'

/** Quiet time after the last change before a new run. */
export const debounceMs = 100

export interface WatchSources {
  dossier: string
  sjablonen?: string
  config?: string
  /** The output folder: never watched (a `--uit` inside a watched folder would loop). */
  uit?: string
}

/** What is watched, as the user reads it: "dossier.yaml, mijn-sjablonen, de ingebouwde sjablonen". */
export const watchedText = (sources: WatchSources): string =>
  [sources.dossier, ...(sources.sjablonen === undefined ? [] : [sources.sjablonen]), 'de ingebouwde sjablonen'].join(', ')

export async function watchChanges(sources: WatchSources, terminal: Terminal, signal: AbortSignal, run: () => Promise<void>): Promise<void> {
  const { watch } = await import('chokidar')
  // The configuration too: `--config`, or the default file in this folder (read again on every run).
  const watched = [sources.dossier, builtInTemplatesDir, ...(sources.sjablonen === undefined ? [] : [sources.sjablonen]), sources.config ?? configFileName]
  const output = resolve(sources.uit ?? 'uit')
  const ignored = (path: string) => {
    const name = path.split(/[\\/]/).at(-1) ?? ''
    const absolute = resolve(path)
    // Editors' swap and backup files, and our own output.
    return (name.startsWith('.') && name !== '.' && name !== '..') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp') ||
      absolute === output || absolute.startsWith(output + sep)
  }
  const watcher = watch(watched, { ignoreInitial: true, ignored })

  let running: Promise<void> | undefined
  let again = false
  const runOnce = async () => {
    try {
      await run()
    } catch (error) {
      // A bug in oogo must not end the watch: show it, and go on with the next change.
      terminal.internalError(error)
    }
  }
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
}
