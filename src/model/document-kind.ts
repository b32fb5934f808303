/**
 * What a document kind asks of the dossier beyond the schema, as data: `plan/` declares it per kind, `validate/`
 * checks it. Contracts only.
 */

export interface Requirement {
  /** Data path that must be present, e.g. `['dossier', 'ondertekening']`. */
  path: ReadonlyArray<string | number>
  /** Dutch: why this document needs it. */
  reason: string
  /** Dutch: what to add, as YAML. */
  example: string
}

/** A document kind as validation sees it: its Dutch name and what it requires. */
export interface DocumentRequirements {
  /** Dutch name, as the CLI prints it. */
  label: string
  requires: readonly Requirement[]
}

/** `--vergadering` and `--partij`: narrow the fan-out to these ids (empty: all). */
export interface Selection {
  meetings: readonly string[]
  parties: readonly string[]
}
