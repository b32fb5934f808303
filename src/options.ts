/**
 * The options of one assembly, with their one default (pandoc's WriterOptions + def).
 */
import type { Place } from './errors.ts'
import type { HouseStyle } from './model/house-style.ts'
import { defaultRuleSettings, type RuleSettings } from './model/rule-settings.ts'



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
  /** `--huisstijl`: the house style of every document without a gemeente's own; absent: the built-in one. */
  houseStyle?: HouseStyle
  /**
   * The project configuration's `huisstijlen`: per gemeente id, the house style of the documents that gemeente
   * sends (its motivering; uitnodigingen and verslagen when the chair sits on its behalf). Checked against the
   * dossier by `assemble`.
   */
  municipalHouseStyles?: ReadonlyMap<string, MunicipalHouseStyle>
}

/** A gemeente's house style, with where the configuration names it (for a warning about an unknown id). */
export interface MunicipalHouseStyle { houseStyle: HouseStyle; place: Place }

export const defaultOptions: AssembleOptions = { documents: [], draft: false, emit: 'docx', meetings: [], parties: [], rules: defaultRuleSettings }
