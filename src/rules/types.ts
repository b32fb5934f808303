/**
 * A legal or procedural rule: a stable id, its level (A statute, B Geschillencommissie procedure
 * and the agreed procedure, C practice), its default severity, its basis as a citation, and a
 * check that returns findings at places in the dossier. Rules see schema-valid, reference-checked
 * data. Adding a rule is adding a file and a line in the registry.
 */
import type { Terms } from '../model/rule-settings.ts'
import type { Dossier } from '../model/dossier.ts'
import type { ReferenceData } from '../model/reference-data.ts'

export type Level = 'A' | 'B' | 'C'
/** `uit`: off unless the project configuration switches it on (level B and C only). */
export type RuleSeverity = 'fout' | 'waarschuwing' | 'uit'

export interface Finding {
  /** Where in the dossier (data path); the runner turns it into file, line and column. */
  path: ReadonlyArray<string | number>
  /** Dutch. */
  message: string
  suggestion?: string
  /** Point at the key rather than its value (for a missing or misplaced item). */
  at?: 'key'
}


export interface RuleContext {
  dossier: Dossier
  /** The dossier's `procedure.termijnen` over the project configuration's defaults. */
  terms: Terms
  /** CBS and SWV reference data (2015 state for the SWV's), loaded on first use. */
  reference(): ReferenceData
}

export interface Rule {
  id: string
  level: Level
  severity: RuleSeverity
  /** The citation: "art. 2.2 lid 3 Jeugdwet". */
  basis: string
  /** Dutch, one line: what the rule requires (for `oogo regels` and the README). */
  title: string
  check(context: RuleContext): Finding[]
}
