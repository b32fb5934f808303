/**
 * Paths → `Project`: the dossier (text, YAML document with positions, data), the templates and
 * the schema. This is the only stage that reads files; everything after it works in memory, so
 * tests can build a `Project` from strings with `projectFromText`.
 */
import type { Project, TemplateSet, TemplateSource } from '../model/project.ts'
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { packageRoot } from './package-root.ts'
import { sha256 } from './find-dossiers.ts'
import { ErrorCode, hasErrors, oogoError, type OogoError } from '../errors.ts'
import { closest, didYouMean } from '../text/suggest.ts'
import { decodeSource, readBytes, readSource } from './read-source.ts'
import { parseYaml } from './parse-yaml.ts'
import { loadReferenceData } from './load-reference-data.ts'
import type { ReferenceData } from '../model/reference-data.ts'
import type { SourceText, ParsedYaml } from '../model/project.ts'

export { packageRoot }
export const builtInTemplatesDir = join(packageRoot, 'templates')
export const schemaFile = join(packageRoot, 'schemas', 'dossier.schema.json')
export const configSchemaFile = join(packageRoot, 'schemas', 'config.schema.json')

const templateSuffix = '.md.hbs'

export interface LoadOptions {
  dossier: string
  /**
   * `--sjablonen`: a folder with only the templates (`<soort>.md.hbs`) and partials
   * (`partials/<naam>.md.hbs`) an organisation changed; every other one is built in.
   */
  templatesDir?: string
}

/** The dossier and the templates are both read, so one run reports the faults of both. */
export function loadProject(options: LoadOptions): { project?: Project; problems: OogoError[] } {
  const read = readSource(options.dossier)
  const loaded = loadTemplateSet(options.templatesDir)
  if (!read.source || !loaded.templates) return { problems: [...read.problems, ...loaded.problems] }
  return projectFromText(read.source, loaded.templates, loadSchema())
}

/** Builds a project from a dossier already in memory (tests, batches). */
export function projectFromText(
  source: SourceText,
  templates: TemplateSet = loadTemplates(builtInTemplatesDir),
  schema: object = loadSchema(),
): { project?: Project; problems: OogoError[] } {
  const parsed = parseYaml(source)
  if (!parsed.yaml) return { problems: parsed.problems }
  return { project: { dossier: { source, yaml: parsed.yaml, data: parsed.data }, templates, schema, reference: loadReferenceData }, problems: [] }
}

/** Convenience for tests: a dossier given as a string. */
export function sourceFromString(file: string, text: string): { source?: SourceText; problems: OogoError[] } {
  return decodeSource(file, new TextEncoder().encode(text))
}

const schemas = new Map<string, object>()
export function loadSchema(file: string = schemaFile): object {
  let schema = schemas.get(file)
  if (!schema) {
    schema = JSON.parse(readFileSync(file, 'utf8')) as object
    schemas.set(file, schema)
  }
  return schema
}

/** The code for a file in an override folder that replaces no built-in template (there is no such template). */
const unknownTemplate = ErrorCode.templateUnknownFile

/**
 * One SHA-256 over every template text of a set, sorted by name; partials as `partials/<naam>`. The manifest of a batch
 * records it (app/batch/incremental.ts), and the build-time check of the built-in templates is keyed on it
 * (template-check/check-templates.ts).
 */
export function templateSetSha256(templates: TemplateSet): string {
  const named = [...[...templates.documents].map(([n, s]) => [n, s.text] as const), ...[...templates.partials].map(([n, s]) => [`partials/${n}`, s.text] as const)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sha256(named.map(([name, text]) => `${name}\0${text}\0`).join(''))
}

/**
 * Templates are read again on every load, and each file is compared with what was read before:
 * an unchanged file keeps its `TemplateSource` and an unchanged set its `TemplateSet` object, so
 * the Handlebars environment (cached per set in render/environment.ts) is reused and nothing is
 * compiled again; a file changed on disk (`oogo voorbeeld --watch`) gives a new set. Reading the
 * fifteen small files costs well under a millisecond; a cache keyed by folder alone would keep
 * showing the old text after an edit.
 */
const sources = new Map<string, TemplateSource>()
const sets = new Map<string, TemplateSet>()

/** Reads a complete set: `<dir>/*.md.hbs` (documents) and `<dir>/partials/*.md.hbs` (partials). */
export function loadTemplates(dir: string): TemplateSet {
  const shown = (path: string) => relative(packageRoot, path).startsWith('..') ? path : relative(packageRoot, path)
  return reuseSet(`full:${dir}`, {
    documents: readTemplates(readTemplateDir(dir).templates, shown),
    partials: readTemplates(readTemplateDir(join(dir, 'partials')).templates, shown),
  })
}

/**
 * The built-in templates with an organisation's own folder laid over them (`--sjablonen`). The
 * folder holds only what was changed; its files must each replace a built-in template or partial,
 * so a misspelt file name is an error instead of a change that silently does nothing. Overridden
 * templates keep the override's path as `file`, so every message points into the user's folder.
 *
 * @example
 *   loadTemplateSet('mijn-sjablonen') // mijn-sjablonen/overeenkomst.md.hbs replaces the built-in one
 */
export function loadTemplateSet(overrideDir?: string, builtInDir: string = builtInTemplatesDir): { templates?: TemplateSet; problems: OogoError[] } {
  const builtIn = loadTemplates(builtInDir)
  if (overrideDir === undefined) return { templates: builtIn, problems: [] }
  const fail = (code: ErrorCode, message: string, suggestion?: string) => ({ problems: [oogoError(code, 'load', message, { file: overrideDir }, suggestion)] })
  try {
    if (!statSync(overrideDir).isDirectory()) {
      return fail(ErrorCode.fileUnreadable, 'Dit is een bestand, geen map met sjablonen.', 'Geef bij --sjablonen de map met uw eigen sjablonen.')
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      return fail(ErrorCode.fileNotFound, 'De map met sjablonen bestaat niet.',
        'Controleer het pad. Een eigen map begint u met `oogo sjablonen kopieer <soort> --naar <map>`.')
    }
    return fail(ErrorCode.fileUnreadable, `De map met sjablonen kan niet worden gelezen (${code ?? 'onbekende oorzaak'}).`)
  }
  const problems: OogoError[] = []
  const top = readTemplateDir(overrideDir)
  const nested = readTemplateDir(join(overrideDir, 'partials'))
  const documentNames = [...builtIn.documents.keys()]
  const partialNames = [...builtIn.partials.keys()]
  const shown = (path: string) => path
  const documents = readTemplates(top.templates, shown, problems)
  const partials = readTemplates(nested.templates, shown, problems)
  for (const [name, source] of documents) {
    if (builtIn.documents.has(name)) continue
    documents.delete(name)
    problems.push(unknownOverride(source.file, name, documentNames, partialNames.includes(name)
      ? `\`${name}\` is een gedeeld stuk (partial): zet het in ${join(overrideDir, 'partials', name + templateSuffix)}.` : undefined))
  }
  for (const [name, source] of partials) {
    if (builtIn.partials.has(name)) continue
    partials.delete(name)
    problems.push(unknownOverride(source.file, name, partialNames, documentNames.includes(name)
      ? `\`${name}\` is een documentsjabloon: zet het in ${join(overrideDir, name + templateSuffix)}, niet in partials/.` : undefined))
  }
  // A file or folder that is almost a template (`overeenkomst.md`, `Partials/`) would otherwise be ignored without a word.
  for (const [dir, others, names] of [[overrideDir, top.others, documentNames], [join(overrideDir, 'partials'), nested.others, partialNames]] as const) {
    for (const other of others) {
      const base = other.name.split('.')[0]!
      if (other.isDirectory) {
        if (dir === overrideDir && base !== 'partials' && closest(base, ['partials'])) {
          problems.push(oogoError(unknownTemplate, 'load', 'Deze map wordt niet gebruikt: gedeelde stukken (partials) staan in de map `partials`.',
            { file: join(dir, other.name) }, 'Bedoelde u `partials`? Let op kleine letters.'))
        }
        continue
      }
      const guess = closest(base, names)
      if (guess === undefined) continue
      problems.push(oogoError(unknownTemplate, 'load', `Dit bestand wordt niet gebruikt: de naam van een sjabloon eindigt op \`${templateSuffix}\`.`,
        { file: join(dir, other.name) }, `Bedoelde u \`${guess}${templateSuffix}\`?`))
    }
  }
  if (hasErrors(problems)) return { problems }
  const merged: TemplateSet = {
    documents: new Map([...builtIn.documents].map(([name, source]) => [name, documents.get(name) ?? source])),
    partials: new Map([...builtIn.partials].map(([name, source]) => [name, partials.get(name) ?? source])),
  }
  return { templates: reuseSet(`override:${builtInDir}\0${overrideDir}`, merged), problems }
}

/** The override file `name` replaces no built-in template. */
function unknownOverride(file: string, name: string, known: readonly string[], elsewhere?: string): OogoError {
  return oogoError(unknownTemplate, 'load', `Er is geen ingebouwd sjabloon \`${name}\`; dit bestand zou niets vervangen.`, { file },
    elsewhere ?? `${didYouMean(name, known) ?? 'Controleer de bestandsnaam.'} Bekend: ${known.join(', ')}.`)
}

interface TemplateDir { templates: { name: string; path: string }[]; others: { name: string; isDirectory: boolean }[] }

/** The `*.md.hbs` files of one folder, sorted, and what else it holds (hidden files, backups and .docx skipped). */
function readTemplateDir(dir: string): TemplateDir {
  const found: TemplateDir = { templates: [], others: [] }
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  } catch {
    return found
  }
  for (const entry of entries) {
    // Hidden and backup files, and the Word documents of `oogo sjablonen naar-word` (with Word's `~$` lock files):
    // an editor may keep them beside the templates they stand for.
    if (entry.name.startsWith('.') || entry.name.endsWith('~') || entry.name.toLowerCase().endsWith('.docx')) continue
    // A symbolic link counts as the file it points to (an organisation may link shared templates in).
    if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(templateSuffix)) found.templates.push({ name: entry.name.slice(0, -templateSuffix.length), path: join(dir, entry.name) })
    else if (!(entry.isDirectory() && entry.name === 'partials')) found.others.push({ name: entry.name, isDirectory: entry.isDirectory() })
  }
  return found
}

/** Far beyond what the template check accepts (512 kB), so that an oversized template gets that located message. */
const maxTemplateFileBytes = 5 * 1024 * 1024

/**
 * Reads the files; one whose path and text are unchanged keeps its earlier `TemplateSource` object.
 * With `problems`, a file that cannot be read is reported there instead of thrown.
 */
function readTemplates(files: readonly { name: string; path: string }[], shown: (path: string) => string, problems?: OogoError[]): Map<string, TemplateSource> {
  const found = new Map<string, TemplateSource>()
  for (const { name, path } of files) {
    const file = shown(path)
    // Only a regular file, and never more than a bounded amount (a FIFO or /dev/zero would hang);
    // the size a template may have is checked, with its place, where it is parsed (render/template-errors.ts).
    const read = readBytes(path, { subject: 'Het sjabloon', noun: 'sjabloon', kind: 'sjabloon', maxBytes: maxTemplateFileBytes, directoryHint: 'Een sjabloon is een bestand dat eindigt op .md.hbs.' })
    if (!read.bytes) {
      // The built-in templates are part of the installation: failing to read them is a bug, not a user fault.
      if (!problems) throw new Error(`built-in template ${path}: ${read.problems[0]?.message}`)
      problems.push(...read.problems.map((problem) => ({ ...problem, place: { ...problem.place, file } })))
      continue
    }
    const text = new TextDecoder('utf-8').decode(read.bytes)
    const key = resolve(path)
    let source = sources.get(key)
    if (!source || source.text !== text || source.file !== file || source.name !== name) {
      source = { name, file, text }
      sources.set(key, source)
    }
    found.set(name, source)
  }
  return found
}

/** The earlier set under `key` if it holds exactly the same sources, else `set` (remembered). */
function reuseSet(key: string, set: TemplateSet): TemplateSet {
  const previous = sets.get(key)
  const same = (a: Map<string, TemplateSource>, b: Map<string, TemplateSource>) => a.size === b.size && [...a].every(([name, source]) => b.get(name) === source)
  if (previous && same(previous.documents, set.documents) && same(previous.partials, set.partials)) return previous
  sets.set(key, set)
  return set
}
