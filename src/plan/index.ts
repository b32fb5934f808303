/**
 * The planning stage: the registry of document kinds and the plan of one run.
 */
export { documentDefinitions, documentKinds } from './registry.ts'
export { planDocuments, selectedKinds, type PlannedDocument, type PlanRequest, type Skipped } from './plan-documents.ts'
export type { DocumentDefinition, DocumentPlan, Requirement, Selection } from './types.ts'
