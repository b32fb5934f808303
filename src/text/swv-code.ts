/**
 * SWV codes are written many ways (`PO 27-01`, `PO-27-01`, `SWV PO 31-02`, `vo2701`); documents
 * and comparisons use the canonical `PO2701` (the form of the Regeling regio-indeling and DUO).
 */
const swvCodePattern = /^(?:SWV\s*)?(PO|VO)[ -]?(\d{2})-?(\d{2})$/

/** `VO 27-01` → `VO2701`; returns the input unchanged when it is not an SWV code. */
export function normalizeSwvCode(code: string): string {
  const match = swvCodePattern.exec(code.trim().toUpperCase())
  return match ? `${match[1]}${match[2]}${match[3]}` : code
}

/** `VO2701` → `VO 27-01`, the spelling used in running text ("SWV VO 27-01"). */
export function displaySwvCode(code: string): string {
  const canonical = normalizeSwvCode(code)
  return /^(PO|VO)\d{4}$/.test(canonical) ? `${canonical.slice(0, 2)} ${canonical.slice(2, 4)}-${canonical.slice(4)}` : canonical
}
