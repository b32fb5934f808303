/**
 * What `oogo sjablonen test` compares: the test dossiers shipped with oogo and a baseline of texts stored for them.
 *
 * The test dossiers are `data/testdossiers/<naam>.yaml` in the package (a copy of the sample, named `voorbeeld`, and
 * of the fixtures that make every document kind; a test keeps them equal to their originals). They ship with the
 * package (package.json "files"), so the command works in an installed oogo as well as in a clone. A baseline is a
 * folder with `<naam>/<soort>.md` per test dossier: the project's own (`test/sjablonen/`, for the built-in templates)
 * or one that belongs to an organisation's template folder (`<map>/basislijn/`, or a folder the editor names).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from './package-root.ts'

export interface TestDossier {
  /** `voorbeeld`, or the file name without `.yaml`: also the folder of its stored texts. */
  name: string
  /** Absolute path of the dossier. */
  file: string
}

export interface StoredText {
  /** The test dossier's name. */
  dossier: string
  /** The document kind (the file name without `.md`). */
  kind: string
  /** Absolute path. */
  file: string
  text: string
}

export const snapshotSuffix = '.md'

/** The folder of an organisation's baseline inside its template folder, when the editor names none. */
export const baselineFolderName = 'basislijn'

/** Where the package keeps them, below its root: the shipped test dossiers and the baseline of the built-in templates. */
export function testPaths(root: string = packageRoot): { dossiers: string; snapshots: string } {
  return {
    dossiers: join(root, 'data', 'testdossiers'),
    snapshots: join(root, 'test', 'sjablonen'),
  }
}

/** `voorbeeld` first (the sample, every kind of document), then the others in alphabetical order. Empty when missing. */
export function findTestDossiers(root: string = packageRoot): TestDossier[] {
  const { dossiers } = testPaths(root)
  let names: string[]
  try {
    names = readdirSync(dossiers, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml') && !e.name.startsWith('.'))
      .map((e) => e.name.slice(0, -'.yaml'.length))
  } catch {
    return []
  }
  const order = (name: string) => (name === 'voorbeeld' ? '' : name)
  return names.sort((a, b) => order(a).localeCompare(order(b))).map((name) => ({ name, file: join(dossiers, `${name}.yaml`) }))
}


/**
 * Every `<dir>/<dossier>/<kind>.md`, sorted. Line endings are normalised to `\n`, so a checkout
 * with Windows line endings compares equal.
 */
export function readStoredTexts(dir: string): StoredText[] {
  const found: StoredText[] = []
  let dossiers: string[]
  try {
    dossiers = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  } catch {
    return found
  }
  for (const dossier of dossiers) {
    const files = readdirSync(join(dir, dossier), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(snapshotSuffix) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort()
    for (const name of files) {
      const file = join(dir, dossier, name)
      found.push({ dossier, kind: name.slice(0, -snapshotSuffix.length), file, text: readFileSync(file, 'utf8').replace(/\r\n/g, '\n') })
    }
  }
  return found
}
