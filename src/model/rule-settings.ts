/**
 * The project configuration's say over the rules: severities per rule (practice and procedure only) and default
 * terms. Contracts only; `validate/validate-config.ts` builds them, `validate/check-rules.ts` applies them.
 */

/** Terms in calendar days. No statute sets them: each is off (`undefined`) unless agreed. */
export interface Terms {
  uitnodiging_dagen_vooraf?: number
  stukken_dagen_vooraf?: number
  verslag_dagen_na?: number
  bijzondere_vergadering_binnen_dagen?: number
  /** Practice: how long before the raad treats the plan the OOGO meeting must be (C-04). */
  oogo_dagen_voor_raad?: number
}

export type SeverityOverride = 'fout' | 'waarschuwing' | 'uit'

export interface RuleSettings {
  /** Per rule id. */
  severities: Readonly<Record<string, SeverityOverride>>
  /** Default terms; the dossier's `procedure.termijnen` win. */
  terms: Terms
}

export const defaultRuleSettings: RuleSettings = { severities: {}, terms: {} }
