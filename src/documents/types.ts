/**
 * A document kind: which template it uses, what the dossier must contain for it, and how one
 * dossier fans out into documents (one overeenkomst; later one uitnodiging per meeting × party).
 */
import type { DossierView } from '../derive/index.ts'
import type { Dossier } from '../model/dossier.ts'

export interface Requirement {
  /** Data path that must be present, e.g. `['dossier', 'ondertekening']`. */
  path: ReadonlyArray<string | number>
  /** Dutch: why this document needs it. */
  reason: string
  /** Dutch: what to add, as YAML. */
  example: string
}

export interface DocumentPlan {
  kind: string
  template: string
  /** Safe file name: lower-case ASCII, digits and dashes, ending in `.docx`. */
  fileName: string
  title: string
  subject: string
  /** ISO date for the document properties. */
  date: string
  view: object
}

export interface DocumentDefinition {
  kind: string
  /** Dutch name, as the CLI prints it. */
  label: string
  requires: Requirement[]
  /** The documents of this kind for a dossier (after requirements passed). */
  plan(dossier: Dossier, view: DossierView): DocumentPlan[]
}
