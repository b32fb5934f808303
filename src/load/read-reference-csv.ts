/**
 * Reads the reference data in `data/referentie/` (CBS gemeenten and jeugdregio's 2025, SWV codes of 2015, the worked
 * jeugdregio's) from its CSV files into plain tables. The files are CSV with quoted names that contain commas
 * ("Nuenen, Gerwen en Nederwetten") and CRLF line ends, so a real CSV parser reads them.
 *
 * Only scripts/compile-reference-data.ts (and its test) run this: oogo itself loads the tables it wrote,
 * compiled-reference-data.ts, so that no command parses CSV (some 40 ms per process).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { normalizeSwvCode } from '../text/swv-code.ts'

/** The reference data as plain JSON-able tables, in the order of the files. */
export interface ReferenceTables {
  /** `[gm_code, naam_2025, po codes, vo codes]` per gemeente. */
  municipalities: [code: string, naam: string, po: string[], vo: string[]][]
  /** `[statcode, statnaam]` per jeugdregio. */
  regions: [code: string, naam: string][]
  /** Every SWV code of 2015, in the order first met. */
  swvCodes: string[]
  /** `[jeugdregio, gm_codes]`: the gemeenten of the worked jeugdregio's (`oogo init --regio`). */
  regionCompositions: [region: string, municipalities: string[]][]
}

export function readReferenceTables(dir: string): ReferenceTables {
  const municipalities: ReferenceTables['municipalities'] = []
  for (const row of readCsv(join(dir, 'gemeenten_2025.csv'), ['gm_code', 'naam_2025', 'po_swv_stand2015', 'vo_swv_stand2015'])) {
    municipalities.push([row.gm_code!, row.naam_2025!, swvCodes(row.po_swv_stand2015!), swvCodes(row.vo_swv_stand2015!)])
  }
  const regions: ReferenceTables['regions'] = []
  for (const row of readCsv(join(dir, 'jeugdregios_2025.csv'), ['statcode', 'statnaam'])) regions.push([row.statcode!, row.statnaam!])

  const codes = new Set<string>()
  for (const row of readCsv(join(dir, 'gemeente_swv_stand2015.csv'), ['po_swv', 'vo_swv'])) {
    for (const code of [...swvCodes(row.po_swv!), ...swvCodes(row.vo_swv!)]) codes.add(code)
  }

  const compositions = new Map<string, string[]>()
  for (const row of readCsv(join(dir, 'jeugdregio-gemeenten.csv'), ['jeugdregio', 'gm_code'])) {
    compositions.set(row.jeugdregio!, [...compositions.get(row.jeugdregio!) ?? [], row.gm_code!])
  }
  return { municipalities, regions, swvCodes: [...codes], regionCompositions: [...compositions] }
}

function readCsv(file: string, required: readonly string[]): Record<string, string>[] {
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true })
  const missing = required.filter((column) => rows.length > 0 && !(column in rows[0]!))
  if (missing.length > 0) throw new Error(`${file}: kolom(men) ontbreken: ${missing.join(', ')}`)
  return rows
}

/** `PO2813;PO2814` → `['PO2813', 'PO2814']`; drops non-codes such as `Europoort` (the port area without an SWV). */
function swvCodes(cell: string): string[] {
  return cell.split(';').map((c) => normalizeSwvCode(c.trim())).filter((c) => /^(PO|VO)\d{4}$/.test(c))
}
