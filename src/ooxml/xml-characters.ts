/**
 * The characters XML 1.0 allows (§2.2): #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * Any other one (NUL and the other control characters, U+FFFE, U+FFFF, a lone surrogate) makes a part that Word and
 * LibreOffice refuse. The one definition for validate/ (the dossier's texts) and the verifier of what pack/ made.
 */

/** With `u`, a lone surrogate is one code point of D800–DFFF, so it matches; a surrogate pair does not. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** The first character of `text` XML 1.0 does not allow, with its index (UTF-16), or undefined when there is none. */
export function findNonXmlCharacter(text: string): { index: number; codePoint: number } | undefined {
  const match = NOT_XML.exec(text)
  return match ? { index: match.index, codePoint: match[0].codePointAt(0)! } : undefined
}

/** The code point of the first character of `text` XML 1.0 does not allow, or undefined when there is none. */
export function firstNonXmlCharacter(text: string): number | undefined {
  const match = NOT_XML.exec(text)
  return match ? match[0].codePointAt(0) : undefined
}

/** `U+FFFE`: a code point as Unicode writes it, at least four hex digits. */
export const codePointName = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
