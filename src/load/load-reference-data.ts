/**
 * The reference data of `data/referentie/` (CBS gemeenten and jeugdregio's 2025, SWV codes of 2015), built once per
 * process from the tables scripts/compile-reference-data.ts compiled from its CSV files (compiled-reference-data.ts;
 * a test keeps them current), so no command parses CSV.
 */
import type { ReferenceData, ReferenceMunicipality } from '../model/reference-data.ts'
import { referenceTables } from './compiled-reference-data.ts'

export const referenceSource =
  'CBS-gebiedsindeling 2025; SWV-indeling volgens de Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO, stand 2015 (testgegevens, mogelijk verouderd)'

let cached: ReferenceData | undefined

/** The reference data, built on the first call. */
export function loadReferenceData(): ReferenceData {
  cached ??= {
    source: referenceSource,
    municipalities: new Map(referenceTables.municipalities.map(([code, naam, po, vo]): [string, ReferenceMunicipality] => [code, { code, naam, po: [...po], vo: [...vo] }])),
    regions: new Map(referenceTables.regions),
    swvCodes: new Set(referenceTables.swvCodes),
  }
  return cached
}

/**
 * `data/referentie/jeugdregio-gemeenten.csv`: the gemeenten (CBS codes) of the worked jeugdregio's, by region code.
 * Only `oogo init --regio` needs it, so it is not part of `ReferenceData`.
 */
export function loadRegionCompositions(): Map<string, string[]> {
  return new Map(referenceTables.regionCompositions.map(([region, codes]) => [region, [...codes]]))
}
