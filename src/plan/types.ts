/**
 * A document kind: which template it uses, what the dossier must contain for it, when it does
 * not apply, and how one dossier fans out into documents (one overeenkomst; one uitnodiging per
 * meeting × invited party; …).
 */
import type { Facts } from '../derive/index.ts'
import type { Dossier } from '../model/dossier.ts'
import type { DocumentRequirements, Requirement, Selection } from '../model/document-kind.ts'

export type { Requirement, Selection }

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
  /**
   * The id of the gemeente that sends this document, when one does: its house style (project configuration,
   * `huisstijlen`) is then used for it. Joint documents (the overeenkomst, the bijlage) have no sender.
   */
  sender?: string
}

export interface DocumentDefinition extends DocumentRequirements {
  kind: string
  /** False for kinds made only on request (`--document checklist`), not by a plain `genereer`. */
  defaultSelected?: boolean
  /** Dutch reason why the dossier has no document of this kind, or undefined when it has. */
  skipReason(dossier: Dossier): string | undefined
  /** The documents of this kind for a dossier (after its requirements passed). */
  plan(dossier: Dossier, facts: Facts, selection: Selection): DocumentPlan[]
}

/** `id` when it names a gemeente of the dossier (a sender with a house style of its own), else undefined. */
export function municipalSender(dossier: Dossier, id: string | undefined): string | undefined {
  return id !== undefined && dossier.partijen.gemeenten.some((g) => g.id === id) ? id : undefined
}
