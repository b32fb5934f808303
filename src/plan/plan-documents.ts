/**
 * From the documents asked for to the list of documents to make: which kinds apply (and why the others made
 * nothing), how each fans out, the metadata of each and the house style of its sender.
 */
import type { Facts } from '../derive/index.ts'
import type { Selection } from '../model/document-kind.ts'
import type { Dossier } from '../model/dossier.ts'
import type { HouseStyle } from '../model/house-style.ts'
import type { DocMeta } from '../model/types.ts'
import { engineVersion } from '../version.ts'
import { uniqueFileNames } from './file-name.ts'
import { documentDefinitions } from './registry.ts'
import type { DocumentDefinition, DocumentPlan } from './types.ts'

/** A document kind that produced nothing, and why (Dutch). */
export interface Skipped { kind: string; reason: string }

export interface PlanRequest {
  /** Document kinds to make; empty: every kind made by default. */
  documents: readonly string[]
  selection: Selection
  draft: boolean
  /** The dossier file's SHA-256, recorded in each document's properties. */
  dossierSha256: string
  /** The house style of every document without a sender's own; absent: the built-in one. */
  houseStyle?: HouseStyle
  /** Per gemeente id, the house style of the documents that gemeente sends. */
  municipalHouseStyles?: ReadonlyMap<string, { houseStyle: HouseStyle }>
}

/** One document to make: its plan, the metadata of its model, and its house style. */
export interface PlannedDocument extends DocumentPlan {
  meta: DocMeta
  /** How messages name its filled-in text (`overeenkomst-… (ingevulde tekst)`). */
  textName: string
  houseStyle?: HouseStyle
}

/** The kinds `documents` names, in registry order; none named: every kind made by default. */
export function selectedKinds(documents: readonly string[]): DocumentDefinition[] {
  return documents.length === 0
    ? documentDefinitions.filter((d) => d.defaultSelected !== false)
    : documentDefinitions.filter((d) => documents.includes(d.kind))
}

export function planDocuments(dossier: Dossier, facts: Facts, request: PlanRequest): { planned: PlannedDocument[]; skipped: Skipped[] } {
  const kinds = selectedKinds(request.documents)
  const skipped: Skipped[] = kinds.flatMap((d) => { const reason = d.skipReason(dossier); return reason ? [{ kind: d.kind, reason }] : [] })
  const planned: PlannedDocument[] = []
  const plans: DocumentPlan[] = []
  for (const definition of kinds.filter((d) => !skipped.some((s) => s.kind === d.kind))) {
    const made = definition.plan(dossier, facts, request.selection)
    if (made.length === 0) skipped.push({ kind: definition.kind, reason: 'niets voor de gekozen vergadering of partij' })
    plans.push(...made)
  }
  // Before anything is written: no two documents of a run share a file name (one would overwrite the other).
  const fileNames = uniqueFileNames(plans)
  plans.forEach((named, i) => {
    const plan = { ...named, fileName: fileNames[i]! }
    const meta: DocMeta = { kind: plan.kind, title: plan.title, subject: plan.subject, reference: dossier.dossier.kenmerk, date: plan.date, draft: request.draft, engineVersion, dossierSha256: request.dossierSha256 }
    const houseStyle = houseStyleFor(plan.sender, request)
    planned.push({ ...plan, meta, textName: `${plan.fileName.replace(/\.docx$/, '')} (ingevulde tekst)`, ...(houseStyle ? { houseStyle } : {}) })
  })
  return { planned, skipped }
}

/** The sender's own house style, else the general one, else none (the built-in one). */
function houseStyleFor(sender: string | undefined, request: PlanRequest): HouseStyle | undefined {
  return (sender === undefined ? undefined : request.municipalHouseStyles?.get(sender)?.houseStyle) ?? request.houseStyle
}
