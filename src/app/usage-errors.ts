/**
 * The usage errors of the commands that make documents (genereer, batch, voorbeeld): an unknown document kind and an
 * output folder oogo must not write to. Kept apart from the pipeline, so that batch's main thread and the preview do
 * not load it for these checks.
 */
import { existsSync, realpathSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { documentKinds } from '../plan/index.ts'
import { didYouMean } from '../text/suggest.ts'

/** The usage error for a document kind oogo does not know. */
export function unknownKind(kind: string): string {
  return [`Onbekende documentsoort '${kind}'.`, didYouMean(kind, documentKinds), `Beschikbaar: ${documentKinds.join(', ')}.`].filter(Boolean).join(' ')
}

/** Folders of the operating system: writing there hangs (/proc) or does harm (/dev, /sys), never makes a document. */
const systemFolders = ['/proc', '/sys', '/dev']

/**
 * The usage error for a `--uit` oogo must not write to, or undefined. An empty (or blank) name would put the
 * documents in the current folder without the user asking for it; a folder of the operating system (/proc, /sys,
 * /dev, also behind a symbolic link) is never a place for documents. Shared by genereer, batch and voorbeeld.
 */
export function outputFolderUsage(uit: string | undefined): string | undefined {
  if (uit === undefined) return undefined
  if (uit.trim() === '') return `--uit '${uit}': geef de naam van een map op. Een lege naam zou de documenten in de huidige map zetten.`
  const full = realLocation(resolve(uit))
  const system = systemFolders.find((folder) => full === folder || full.startsWith(`${folder}/`))
  if (system === undefined) return undefined
  return `--uit ${uit}: ${system} is een map van het besturingssysteem, niet een map voor documenten. Kies een andere map.`
}

/** Where `path` really is: the nearest part that exists with its symbolic links followed, and the rest after it. */
function realLocation(path: string): string {
  let existing = path
  const rest: string[] = []
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing))
    existing = dirname(existing)
  }
  try {
    return join(realpathSync(existing), ...rest)
  } catch {
    return path
  }
}
