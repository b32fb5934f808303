/**
 * What `oogo sjablonen test` compares: the project's test dossiers and the texts stored for them.
 *
 * The test dossiers are the sample (`samples/voorbeeld-dossier.yaml`, named `voorbeeld`) and every
 * `test/fixtures/<naam>/dossier.yaml` without a `templates/` folder of its own (those test a
 * template fault, not the built-in templates). A case written as a difference from the sample
 * (`dossier.patch`) is a variant that tests the check, not the templates, and is no test dossier.
 * The stored text of the first document of each kind
 * lives in `test/sjablonen/<naam>/<soort>.md`. Paths are absolute, from the package root: the
 * command is meant for a clone of the project, wherever it is started.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from './package-root.ts'

export interface TestDossier {
  /** `voorbeeld`, or the fixture folder's name: also the folder of its stored texts. */
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

/** Where the project keeps them, below its root. */
export function testPaths(root: string = packageRoot): { sample: string; fixtures: string; snapshots: string } {
  return {
    sample: join(root, 'samples', 'voorbeeld-dossier.yaml'),
    fixtures: join(root, 'test', 'fixtures'),
    snapshots: join(root, 'test', 'sjablonen'),
  }
}

/**
 * The sample first, then the fixtures in alphabetical order. Empty when the project's test files
 * are not there (an installed package ships only `dist`, `templates`, `schemas` and `data`).
 */
export function findTestDossiers(root: string = packageRoot): TestDossier[] {
  const { sample, fixtures } = testPaths(root)
  const found: TestDossier[] = existsSync(sample) ? [{ name: 'voorbeeld', file: sample }] : []
  let names: string[]
  try {
    names = readdirSync(fixtures).sort()
  } catch {
    return found
  }
  for (const name of names) {
    const file = join(fixtures, name, 'dossier.yaml')
    if (existsSync(file) && !existsSync(join(fixtures, name, 'templates'))) found.push({ name, file })
  }
  return found
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
