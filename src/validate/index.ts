/**
 * Is this OOGO in order? The one answer, for `oogo controleer` and — with the documents asked for — for `oogo
 * genereer`: the dossier against the schema and its references, then, when those hold, against the legal and
 * procedural rules, what each document kind to be made requires of it, the `--vergadering`/`--partij` selection
 * and the gemeenten named under `huisstijlen`.
 */
import { ErrorCode, hasErrors, sortErrors, type OogoError, type Place } from '../errors.ts'
import type { DocumentRequirements, Selection } from '../model/document-kind.ts'
import type { Dossier } from '../model/dossier.ts'
import type { Project } from '../model/project.ts'
import { defaultRuleSettings, type RuleSettings } from '../model/rule-settings.ts'
import { checkCharacters } from './check-characters.ts'
import { checkHouseStyles } from './check-house-styles.ts'
import { checkOpenMarkers } from './check-open-markers.ts'
import { checkReferences } from './check-references.ts'
import { checkDocuments } from './check-requirements.ts'
import { checkRules } from './check-rules.ts'
import { checkSelection } from './check-selection.ts'
import { validateDossier } from './validate-dossier.ts'

export interface ValidationRequest {
  /** Rule severities and default terms from the project configuration. */
  rules?: RuleSettings
  /** The document kinds to be made; a kind whose `skipReason` holds for this dossier asks nothing. */
  documents?: readonly (DocumentRequirements & { skipReason(dossier: Dossier): string | undefined })[]
  selection?: Selection
  /** The configuration's `huisstijlen`, by gemeente id, with where each is named. */
  municipalHouseStyles?: ReadonlyMap<string, { place: Place }>
  /** How an open `# TE CONTROLEREN`/`# IN TE VULLEN` marker of `oogo init` counts: an error (a definitive document, the default) or a warning (`controleer`, a concept). */
  openMarkers?: 'error' | 'warning'
}

export function validate(project: Project, request: ValidationRequest = {}): OogoError[] {
  const { yaml, data, source } = project.dossier
  // Schema, references and characters XML cannot hold together: the user sees every fault of the dossier in one run.
  const references = checkReferences(yaml, data)
  // A name where an id belongs fails the id's pattern too; the reference check says more (whose id it is), so it alone speaks.
  const referred = new Set(references.filter((p) => p.severity === 'error').map((p) => p.place.path))
  const schema = validateDossier(yaml, data, project.schema).filter((p) => !(p.code === ErrorCode.schema && referred.has(p.place.path)))
  const problems = [...schema, ...references, ...checkCharacters(yaml, data)]
  const markers = checkOpenMarkers(yaml, request.openMarkers ?? 'error', problems) // reported with anything, never stopping the rest
  if (hasErrors(problems)) return sortErrors([...problems, ...markers])
  const dossier = data as Dossier
  problems.push(...checkRules(yaml, dossier, project.reference, request.rules ?? defaultRuleSettings))
  const applicable = (request.documents ?? []).filter((d) => d.skipReason(dossier) === undefined)
  problems.push(...checkDocuments(yaml, dossier, applicable))
  if (request.selection) problems.push(...checkSelection(source.file, dossier, request.selection))
  if (request.municipalHouseStyles) problems.push(...checkHouseStyles(dossier, request.municipalHouseStyles))
  return sortErrors([...problems, ...markers])
}
