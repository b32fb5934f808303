/**
 * The shape of the reference data: CBS gemeenten and jeugdregio's (2025) and the SWV codes per
 * gemeente (2015 state: test data, not truth). Loaded by load/load-reference-data.ts.
 */
export interface ReferenceMunicipality {
  code: string
  naam: string
  /** SWV codes of 2015 (empty for gemeenten formed after 2015). */
  po: string[]
  vo: string[]
}

export interface ReferenceData {
  /** Dutch, for messages: where the data comes from and how old it is. */
  source: string
  municipalities: Map<string, ReferenceMunicipality>
  regions: Map<string, string>
  swvCodes: Set<string>
}
