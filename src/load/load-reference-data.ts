/**
 * Reads the reference data in `data/referentie/` (CBS gemeenten and jeugdregio's 2025, SWV codes
 * of 2015) once per process. The files are CSV with quoted names that contain commas ("Nuenen,
 * Gerwen en Nederwetten") and CRLF line ends, so a real CSV parser reads them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { normalizeSwvCode } from '../text/swv-code.ts'
import type { ReferenceData, ReferenceMunicipality } from '../model/reference-data.ts'
import { packageRoot } from './package-root.ts'

export const referenceSource =
  'CBS-gebiedsindeling 2025; SWV-indeling volgens de Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO, stand 2015 (testgegevens, mogelijk verouderd)'

let cached: ReferenceData | undefined

/** The reference data, read from `<packageRoot>/data/referentie/` on the first call. */
export function loadReferenceData(): ReferenceData {
  cached ??= readReferenceData(join(packageRoot, 'data', 'referentie'))
  return cached
}

function readReferenceData(dir: string): ReferenceData {
  const municipalities = new Map<string, ReferenceMunicipality>()
  for (const row of readCsv(join(dir, 'gemeenten_2025.csv'), ['gm_code', 'naam_2025', 'po_swv_stand2015', 'vo_swv_stand2015'])) {
    const code = row.gm_code!
    municipalities.set(code, { code, naam: row.naam_2025!, po: swvCodes(row.po_swv_stand2015!), vo: swvCodes(row.vo_swv_stand2015!) })
  }

  const regions = new Map<string, string>()
  for (const row of readCsv(join(dir, 'jeugdregios_2025.csv'), ['statcode', 'statnaam'])) regions.set(row.statcode!, row.statnaam!)

  const codes = new Set<string>()
  for (const row of readCsv(join(dir, 'gemeente_swv_stand2015.csv'), ['po_swv', 'vo_swv'])) {
    for (const code of [...swvCodes(row.po_swv!), ...swvCodes(row.vo_swv!)]) codes.add(code)
  }

  return { source: referenceSource, municipalities, regions, swvCodes: codes }
}

/**
 * `data/referentie/jeugdregio-gemeenten.csv`: the gemeenten (CBS codes) of the worked jeugdregio's, by region code.
 * Only `oogo init --regio` needs it, so it is not part of `ReferenceData`.
 */
export function loadRegionCompositions(): Map<string, string[]> {
  const table = new Map<string, string[]>()
  for (const row of readCsv(join(packageRoot, 'data', 'referentie', 'jeugdregio-gemeenten.csv'), ['jeugdregio', 'gm_code'])) {
    table.set(row.jeugdregio!, [...table.get(row.jeugdregio!) ?? [], row.gm_code!])
  }
  return table
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
