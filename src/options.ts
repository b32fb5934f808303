/**
 * The options of one assembly, with their one default (pandoc's WriterOptions + def).
 */
import { defaultRuleSettings, type RuleSettings } from './validate/check-rules.ts'

export type Emit = 'docx' | 'text' | 'model'

export interface AssembleOptions {
  /** Document kinds to make; empty means every kind. */
  documents: readonly string[]
  /** Draft mode: every page marked CONCEPT. */
  draft: boolean
  /** Stop after render (`text`), after transform (`model`), or build Word files (`docx`). */
  emit: Emit
  /** `--vergadering`: only documents about these meetings (empty: all). */
  meetings: readonly string[]
  /** `--partij`: only documents for these parties (empty: all). */
  parties: readonly string[]
  /** Rule severities and default terms from the project configuration. */
  rules: RuleSettings
}

export const defaultOptions: AssembleOptions = { documents: [], draft: false, emit: 'docx', meetings: [], parties: [], rules: defaultRuleSettings }
