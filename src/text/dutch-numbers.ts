/**
 * Numbers in Dutch words, for legal text: "veertien dagen", "in zesvoud".
 * Covers 0–999 999, far beyond any OOGO (the country has 342 gemeenten).
 */
const units = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien']
const tens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']

/** 1 → "één" (standing alone, as in "ten minste één keer"), 21 → "eenentwintig", 1200 → "duizend tweehonderd". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`numberInWords: ${n}`)
  return n === 1 ? 'één' : words(n)
}

function words(n: number): string {
  if (n < 20) return units[n]!
  if (n < 100) {
    const unit = n % 10
    const ten = tens[Math.floor(n / 10)]!
    if (unit === 0) return ten
    // "tweeëntwintig", "drieëntwintig": a diaeresis where two e's would meet.
    const joiner = units[unit]!.endsWith('e') ? 'ën' : 'en'
    return `${units[unit]}${joiner}${ten}`
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100)
    const rest = n % 100
    return `${hundreds === 1 ? '' : units[hundreds]}honderd${rest === 0 ? '' : words(rest)}`
  }
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  return `${thousands === 1 ? '' : words(thousands)}duizend${rest === 0 ? '' : ' ' + words(rest)}`
}

/** The number of copies in a closing formula: 2 → "tweevoud", 6 → "zesvoud", 1 → "enkelvoud". */
export function copiesInWords(n: number): string {
  return n === 1 ? 'enkelvoud' : `${numberInWords(n)}voud`
}
