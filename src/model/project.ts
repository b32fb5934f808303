/**
 * What `load/` hands the later stages: the dossier (its text, its YAML document with positions, its data), the
 * templates and the schema. Contracts only; `load/` fills them, nothing here reads a file.
 */
import type { Document, LineCounter } from 'yaml'
import type { ReferenceData } from './reference-data.ts'

/** A user file read as UTF-8 text. */
export interface SourceText {
  /** The path as the user gave it: that is what messages show. */
  file: string
  text: string
  sha256: string
}

/** The dossier's YAML document, kept so that every value can be traced back to its line and column. */
export interface ParsedYaml {
  file: string
  /** The source text, for quoting values as written. */
  text: string
  document: Document.Parsed
  lineCounter: LineCounter
  /** Every comment of the file with its offset, in order, read from the same parse (the open markers are comments). */
  comments: readonly YamlComment[]
}

export interface YamlComment { offset: number; text: string }

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

/** The project configuration (`oogo.config.yaml`) as read: its YAML with positions and its data, still unchecked. */
export interface LoadedConfig { yaml: ParsedYaml; data: unknown }

export interface Project {
  dossier: LoadedDossier
  templates: TemplateSet
  schema: object
  /** CBS and SWV reference data, read on first use (only rules that need it call it). */
  reference: () => ReferenceData
}
