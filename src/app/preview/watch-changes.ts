/**
 * Watching what a preview is made of — the dossier, the template folders, the configuration — and calling `run` after
 * every change, once things have been quiet for `quietMs` (an editor's save is often several events). Runs never
 * overlap: a change during a run asks for one more run after it. The first run is right after the watch is ready.
 * Resolves once `signal` aborted, the watcher is closed and the last run has finished.
 *
 * Fast, and never stuck on a half-written file. The quiet time is short (25 ms: an editor's save is one burst of a
 * few milliseconds), so the new preview follows a save within about 100 ms. A changed file that is empty — an editor
 * that writes in two steps has truncated it and not yet written it — is waited for (up to `emptyWaitMs`: a file the
 * user emptied is shown as such). And chokidar passes on only the first change of a file within 50 ms: a second
 * step it swallows would leave the preview showing the first. So each run notes the size and time of the files that
 * changed before it reads them, and `settleMs` after it looks again: if one changed since, there is a run more.
 */
import { statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { configFileName } from '../../load/load-config.ts'
import { builtInTemplatesDir } from '../../load/load-project.ts'
import type { Terminal } from '../terminal.ts'

/** Quiet time after the last change before a new run. */
export const quietMs = 25
/** How long a changed file that is empty is waited for before it is shown empty. */
export const emptyWaitMs = 500
/** After a run, when the files it read are looked at again: past chokidar's 50 ms in which a second change is not passed on. */
export const settleMs = 60

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
  /** The files changed since the last run started, and what the last run saw of the files it was started for. */
  const changed = new Set<string>()
  let seen = new Map<string, string>()
  let emptySince: number | undefined
  let timer: NodeJS.Timeout | undefined
  let settleTimer: NodeJS.Timeout | undefined
  const runOnce = async () => {
    for (const path of changed) seen.set(path, stamp(path))
    changed.clear()
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
      seen = new Map()
      do {
        again = false
        await runOnce()
      } while (again && !signal.aborted)
      running = undefined
      clearTimeout(settleTimer)
      if (!signal.aborted && seen.size > 0) settleTimer = setTimeout(settle, settleMs)
    })()
    return running
  }
  /** A file the last run was started for changed after it was looked at, without an event: run again. */
  const settle = () => {
    if (signal.aborted || running || timer !== undefined) return
    const moved = [...seen].filter(([path, before]) => stamp(path) !== before).map(([path]) => path)
    if (moved.length === 0) return
    for (const path of moved) changed.add(path)
    void render()
  }
  /** Quiet for `quietMs`: run, unless a changed file is still empty (for at most `emptyWaitMs`). */
  const quiet = () => {
    timer = undefined
    if (signal.aborted) return
    const empty = [...changed].some((path) => stamp(path).startsWith('file:0:'))
    const now = performance.now()
    if (empty && (emptySince ??= now) + emptyWaitMs > now) {
      timer = setTimeout(quiet, quietMs)
      return
    }
    emptySince = undefined
    void render()
  }
  watcher.on('all', (_event, path) => {
    if (signal.aborted) return
    changed.add(path)
    clearTimeout(timer)
    timer = setTimeout(quiet, quietMs)
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
  clearTimeout(settleTimer)
  await watcher.close()
  await running
}

/** Kind, size, modification time and inode of a file ("file:0:…" when it is an empty file), or "-" when it is not there. */
function stamp(path: string): string {
  try {
    const stats = statSync(path, { bigint: true })
    return `${stats.isFile() ? 'file' : 'other'}:${stats.size}:${stats.mtimeNs}:${stats.ino}`
  } catch {
    return '-'
  }
}
