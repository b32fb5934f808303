/** The classic cross-reference table of a PDF, checked against the objects it points at (the PDF tests). */

/** The object numbers whose cross-reference entry does not point at `N G obj`, and the count of entries in use. */
export function crossReference(bytes: Buffer): { wrong: number[]; inUse: number; prev: boolean } {
  const text = bytes.toString('latin1')
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN)
  const table = /^xref\s+([\s\S]*?)trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(start))
  if (!table) return { wrong: [-1], inUse: 0, prev: false } // no classic table at startxref
  const wrong: number[] = []
  let inUse = 0
  let number = 0
  for (const line of table[1]!.split(/\r\n|\r|\n/)) {
    const subsection = /^(\d+) (\d+)\s*$/.exec(line)
    if (subsection) { number = Number(subsection[1]); continue }
    const entry = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(line)
    if (!entry) continue
    if (entry[3] === 'n') {
      inUse += 1
      const at = text.slice(Number(entry[1]), Number(entry[1]) + 40)
      if (!new RegExp(`^${number} ${Number(entry[2])} obj\\b`).test(at)) wrong.push(number)
    }
    number += 1
  }
  return { wrong, inUse, prev: /\/Prev\b/.test(table[2]!) }
}
