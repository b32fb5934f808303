/**
 * The fixture cases of test/fixtures/<case>/. A case states only its difference:
 *
 * - `dossier.yaml`: a dossier of its own (another region, another scale), or
 *   `dossier.patch`: a unified diff whose `---` line names its base (usually `samples/voorbeeld-dossier.yaml`);
 * - `templates/`: templates that replace built-in ones, as whole files (`<naam>.md.hbs`) or as a unified diff against
 *   the built-in one (`<naam>.md.hbs.patch`), partials under `partials/`;
 * - `opties.json`: assemble options (`{"documents": [...], "draft": true}`).
 *
 * A patched file is never written: its text is made here, under the path the case would have as a whole file
 * (`test/fixtures/<case>/dossier.yaml`), so messages and stored errors read as for a real file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { applyPatch, parsePatch } from 'diff'
import { assemble } from '../../src/assemble.ts'
import { builtInTemplatesDir, loadTemplates, projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { defaultOptions, type AssembleOptions } from '../../src/options.ts'
import { root } from './helpers.ts'

export const fixturesDir = join(root, 'test', 'fixtures')

export interface Fixture {
  name: string
  dir: string
  /** The dossier's path as messages show it (relative to the project). */
  dossierFile: string
  dossierText: string
  /** The built-in templates with the case's own laid over them; absent: the built-in ones. */
  templates?: TemplateSet
  options: Partial<AssembleOptions>
}

/** Every case with a dossier, sorted by name. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((name) => existsSync(join(fixturesDir, name, 'dossier.yaml')) || existsSync(join(fixturesDir, name, 'dossier.patch'))).sort()
}

export function fixture(name: string): Fixture {
  const dir = join(fixturesDir, name)
  const optionsFile = join(dir, 'opties.json')
  const templates = fixtureTemplates(join(dir, 'templates'))
  return {
    name,
    dir,
    dossierFile: relative(root, join(dir, 'dossier.yaml')),
    dossierText: patchedOrWhole(join(dir, 'dossier.yaml')),
    ...(templates ? { templates } : {}),
    options: existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {},
  }
}

/** The case's dossier written as a real file at `target` (for commands that read files). */
export function writeFixtureDossier(name: string, target: string): string {
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, fixture(name).dossierText)
  return target
}

/** Assembles the case in memory, as `oogo genereer` would with its templates and options. */
export async function assembleFixture(name: string, options: Partial<AssembleOptions> = {}) {
  const { dossierFile, dossierText, templates, options: own } = fixture(name)
  const read = sourceFromString(dossierFile, dossierText)
  if (!read.source) return { documents: [], skipped: [], problems: read.problems }
  const loaded = projectFromText(read.source, templates)
  if (!loaded.project) return { documents: [], skipped: [], problems: loaded.problems }
  return assemble(loaded.project, { ...defaultOptions, ...own, ...options })
}

/** The text of `file`, or of its base with `file.patch` applied. */
function patchedOrWhole(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8')
  const patchFile = `${file}.patch`.replace(/\.yaml\.patch$/, '.patch')
  const patch = readFileSync(patchFile, 'utf8')
  const [parsed] = parsePatch(patch)
  const base = parsed?.oldFileName?.replace(/^a\//, '')
  if (!base) throw new Error(`${patchFile}: the patch does not name its base (--- a/<path>)`)
  const text = applyPatch(readFileSync(join(root, base), 'utf8'), patch)
  if (text === false) throw new Error(`${patchFile}: does not apply to ${base} any more; make it again against the current ${base}`)
  return text
}

function fixtureTemplates(dir: string): TemplateSet | undefined {
  if (!existsSync(dir)) return undefined
  const builtIn = loadTemplates(builtInTemplatesDir)
  const set: TemplateSet = { documents: new Map(builtIn.documents), partials: new Map(builtIn.partials) }
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.md\.hbs(\.patch)?$/.test(f))
  for (const entry of files) {
    const path = join(dir, entry.replace(/\.patch$/, ''))
    const name = basename(path, '.md.hbs')
    const map = entry.startsWith('partials') ? set.partials : set.documents
    map.set(name, { name, file: relative(root, path), text: patchedOrWhole(path) })
  }
  return set
}
