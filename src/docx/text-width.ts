/**
 * How wide a piece of text can be in a table cell, estimated without a layout engine: the widest advance of each
 * character among the fonts a reader may draw our Calibri with (Calibri's metric twin Carlito, Liberation Sans for an
 * Arial house style, and DejaVu Sans, which LibreOffice falls back to on a machine with neither), so an estimate is an
 * upper bound for each. Used to give a narrow column at least the width of its longest unbreakable word, and to tell a
 * short row (kept whole on one page) from a long one.
 */

// Advance widths in 1/1000 em, the maximum over Carlito, Liberation Sans and DejaVu Sans (regular or bold), for U+0020–
// U+007E, U+00A0–U+00FF and then the characters in `extra`; read from the fonts' hmtx tables.
const regular = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,386,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,556,1015,684,686,722,770,667,611,778,752,295,500,667,557,863,748,787,667,787,722,667,611,732,684,989,685,667,685,390,386,390,838,556,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,460,636,838,318,401,636,636,636,636,498,556,500,1000,471,612,838,361,1000,552,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,611,684,684,684,684,684,684,1000,722,667,667,667,667,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,667,667,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,318,318,518,518,556,1000,636,1000]
const bold = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,430,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,611,1000,774,762,734,830,683,683,821,837,372,556,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,430,457,838,556,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,475,712,838,348,456,696,696,636,696,498,556,500,1000,564,646,838,415,1000,552,500,838,438,438,500,736,636,380,500,438,564,646,1035,1035,1035,611,774,774,774,774,774,774,1085,734,683,683,683,683,372,372,372,372,838,837,850,850,850,850,850,838,850,812,812,812,812,724,738,719,675,675,675,675,675,675,1048,593,678,678,678,678,343,343,343,343,687,712,687,687,687,687,687,838,687,712,712,712,712,652,716,652,380,380,657,657,556,1000,696,1000]
const extra = [0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x20ac, 0x2026]
const fallback = 1000 // any other character: a full em, to be safe

function indexOf(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return code - 0x20
  if (code >= 0xa0 && code <= 0xff) return 95 + code - 0xa0
  const e = extra.indexOf(code)
  return e < 0 ? -1 : 191 + e
}

/** The width of `text` in twips at `size` half-points (Word's w:sz), bold or not. */
export function textWidth(text: string, size: number, isBold = false): number {
  const table = isBold ? bold : regular
  let units = 0
  for (const char of text) {
    const i = indexOf(char.codePointAt(0)!)
    units += i < 0 ? fallback : table[i]!
  }
  // units/1000 em × size/2 pt × 20 twips/pt
  return Math.ceil((units * size) / 100)
}

/**
 * The pieces a reader will not break a line within: runs between spaces (a no-break space holds its neighbours
 * together), a hyphen or dash staying with the piece before it.
 */
export function unbreakablePieces(text: string): string[] {
  // One pass over the characters (this runs for every cell of every table): a piece ends before white space and
  // after a run of hyphens and dashes.
  const pieces: string[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x09 || code === 0x0a) {
      if (start >= 0) pieces.push(text.slice(start, i))
      start = -1
      continue
    }
    if (start < 0) start = i
    if (isDash(code)) {
      while (i + 1 < text.length && isDash(text.charCodeAt(i + 1))) i++
      pieces.push(text.slice(start, i + 1))
      start = -1
    }
  }
  if (start >= 0) pieces.push(text.slice(start))
  return pieces
}

/** A hyphen, en dash or em dash: a line may break after it. */
const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014
