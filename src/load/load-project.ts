/**
 * Paths → `Project`: the dossier (text, YAML document with positions, data), the templates and
 * the schema. This is the only stage that reads files; everything after it works in memory, so
 * tests can build a `Project` from strings with `projectFromText`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { packageRoot } from './package-root.ts'
import type { OogoError } from '../errors.ts'
import { decodeSource, readSource, type SourceText } from './read-source.ts'
import { parseYaml, type ParsedYaml } from './parse-yaml.ts'
import { loadReferenceData } from './load-reference-data.ts'
import type { ReferenceData } from '../rules/reference-data.ts'

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
  /** CBS and SWV reference data, read on first use (only rules that need it call it). */
  reference: () => ReferenceData
}

export { packageRoot }
export const builtInTemplatesDir = join(packageRoot, 'templates')
export const schemaFile = join(packageRoot, 'schemas', 'dossier.schema.json')
export const configSchemaFile = join(packageRoot, 'schemas', 'config.schema.json')

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
