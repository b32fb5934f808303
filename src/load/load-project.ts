/**
 * Paths → `Project`: the dossier (text, YAML document with positions, data), the templates and
 * the schema. This is the only stage that reads files; everything after it works in memory, so
 * tests can build a `Project` from strings with `projectFromText`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OogoError } from '../errors.ts'
import { decodeSource, readSource, type SourceText } from './read-source.ts'
import { parseYaml, type ParsedYaml } from './parse-yaml.ts'

export interface TemplateSource {
  /** `overeenkomst`, or the partial's name (`partijblok-gemeente`). */
  name: string
  /** Path shown in messages. */
  file: string
  text: string
}

export interface TemplateSet {
  documents: Map<string, TemplateSource>
  partials: Map<string, TemplateSource>
}

export interface LoadedDossier {
  source: SourceText
  yaml: ParsedYaml
  data: unknown
}

export interface Project {
  dossier: LoadedDossier
  templates: TemplateSet
  schema: object
}

/** The package root: `src/load/` and `dist/load/` are both two levels below it. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url))
export const builtInTemplatesDir = join(packageRoot, 'templates')
export const schemaFile = join(packageRoot, 'schemas', 'dossier.schema.json')

const templateSuffix = '.md.hbs'

export interface LoadOptions {
  dossier: string
  /** Defaults to the built-in templates. */
  templatesDir?: string
}

export function loadProject(options: LoadOptions): { project?: Project; problems: OogoError[] } {
  const read = readSource(options.dossier)
  if (!read.source) return { problems: read.problems }
  return projectFromText(read.source, loadTemplates(options.templatesDir ?? builtInTemplatesDir), loadSchema())
}

/** Builds a project from a dossier already in memory (tests, batches). */
export function projectFromText(
  source: SourceText,
  templates: TemplateSet = loadTemplates(builtInTemplatesDir),
  schema: object = loadSchema(),
): { project?: Project; problems: OogoError[] } {
  const parsed = parseYaml(source)
  if (!parsed.yaml) return { problems: parsed.problems }
  return { project: { dossier: { source, yaml: parsed.yaml, data: parsed.data }, templates, schema }, problems: [] }
}

/** Convenience for tests: a dossier given as a string. */
export function sourceFromString(file: string, text: string): { source?: SourceText; problems: OogoError[] } {
  return decodeSource(file, new TextEncoder().encode(text))
}

let schemaCache: object | undefined
export function loadSchema(): object {
  schemaCache ??= JSON.parse(readFileSync(schemaFile, 'utf8')) as object
  return schemaCache
}

const templateCache = new Map<string, TemplateSet>()

/** Reads `<dir>/*.md.hbs` (documents) and `<dir>/partials/*.md.hbs` (partials). */
export function loadTemplates(dir: string): TemplateSet {
  const cached = templateCache.get(dir)
  if (cached) return cached
  const set: TemplateSet = { documents: readTemplateDir(dir), partials: readTemplateDir(join(dir, 'partials')) }
  templateCache.set(dir, set)
  return set
}

function readTemplateDir(dir: string): Map<string, TemplateSource> {
  const found = new Map<string, TemplateSource>()
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(templateSuffix)).sort()
  } catch {
    return found
  }
  for (const name of names) {
    const path = join(dir, name)
    const shown = relative(packageRoot, path).startsWith('..') ? path : relative(packageRoot, path)
    found.set(name.slice(0, -templateSuffix.length), { name: name.slice(0, -templateSuffix.length), file: shown, text: readFileSync(path, 'utf8') })
  }
  return found
}
