/**
 * The reference data compiled from data/referentie/*.csv (src/load/compiled-reference-data.ts, by
 * scripts/compile-reference-data.ts): current with the CSV files, and what oogo loads is what they say.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compiledReferenceDataFile, compiledReferenceDataModule } from '../../scripts/compile-reference-data.ts'
import { loadReferenceData, loadRegionCompositions } from '../../src/load/load-reference-data.ts'
import { readReferenceTables } from '../../src/load/read-reference-csv.ts'
import { root } from '../support/helpers.ts'

describe('the compiled reference data', () => {
  it('is current: regenerated from the CSV files it is byte for byte the committed module', () => {
    expect(compiledReferenceDataModule() === readFileSync(compiledReferenceDataFile, 'utf8'),
      'src/load/compiled-reference-data.ts is stale: run `npx tsx scripts/compile-reference-data.ts`').toBe(true)
  })

  it('loads as the CSV files read: every gemeente, jeugdregio and SWV code, in the files\' order', () => {
    const tables = readReferenceTables(join(root, 'data', 'referentie'))
    const data = loadReferenceData()
    expect([...data.municipalities.values()].map((m) => [m.code, m.naam, m.po, m.vo])).toEqual(tables.municipalities)
    expect([...data.regions]).toEqual(tables.regions)
    expect([...data.swvCodes]).toEqual(tables.swvCodes)
    expect([...loadRegionCompositions()]).toEqual(tables.regionCompositions)
    expect(data.municipalities.size).toBe(342)
    expect(data.regions.size).toBe(42)
  })

  it('keeps a quoted name with a comma whole, and gemeenten formed after 2015 without SWV codes', () => {
    const data = loadReferenceData()
    const nuenen = [...data.municipalities.values()].find((m) => m.naam.startsWith('Nuenen'))
    expect(nuenen).toEqual({ code: 'GM0820', naam: 'Nuenen, Gerwen en Nederwetten', po: ['PO3008'], vo: ['VO3007'] })
    expect(data.municipalities.get('GM1940')).toEqual({ code: 'GM1940', naam: 'De Fryske Marren', po: [], vo: [] })
    expect(data.municipalities.get('GM0400')).toEqual({ code: 'GM0400', naam: 'Den Helder', po: ['PO2701'], vo: ['VO2701'] })
  })
})
