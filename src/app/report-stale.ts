/** What a run says about the temporary files an earlier, killed run left behind (genereer and batch). */
import type { Terminal } from './terminal.ts'

/** Says that temporary files of an earlier, killed run were removed from `folder` (as the user named it). */
export function reportStale(terminal: Terminal, folder: string, removed: readonly string[], completed: readonly string[] = []): void {
  if (completed.length > 0) {
    terminal.writeError(`In ${folder} werd een eerder afgebroken run gestopt terwijl hij zijn documenten op hun plaats zette; ` +
      `${completed.length === 1 ? '1 document is' : `${completed.length} documenten zijn`} alsnog op ${completed.length === 1 ? 'zijn' : 'hun'} plaats gezet.\n`)
  }
  if (removed.length === 0) return
  terminal.writeError(`In ${folder} ${removed.length === 1 ? 'stond 1 tijdelijk bestand' : `stonden ${removed.length} tijdelijke bestanden`} van een eerder afgebroken run; ` +
    `${removed.length === 1 ? 'dat is' : 'die zijn'} verwijderd.\n`)
}
