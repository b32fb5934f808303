/** Names of gemeenten as people write them and as oogo compares them or makes ids of them. */

/** Case, accents, spacing, curly apostrophes and a CBS suffix such as " (L.)" or " (NH.)" do not count. */
export function comparableName(name: string): string {
  return withoutAccents(name).replace(/[‘’]/g, "'")
    .replace(cbsSuffix, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** "Den Helder" → `den-helder`, "Beek (L.)" → `beek`, "'s-Hertogenbosch" → `s-hertogenbosch`, "Súdwest-Fryslân" → `sudwest-fryslan`. */
export function slug(name: string, fallback: string): string {
  return withoutAccents(name).replace(cbsSuffix, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || fallback
}

const cbsSuffix = /\s*\((?:[A-Za-z]+\.)+\)\s*$/
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')

/** A no-break space: Word and LibreOffice never break a line there. */
const NBSP = '\u00A0'
const initials = String.raw`(?:(?:IJ|\p{Lu}\p{Ll}{0,2})\.)+`
// Tussenvoegsels as they follow initials (lower case, Dutch and Belgian), and foreign particles that keep a capital.
const particles = ["van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "onder", "uit", "aan", "bij",
  "von", "vom", "zu", "la", "le", "du", "da", "di", "dos", "del", "della", "el", "al", "bin", "ben", "lo",
  "Van", "De", "Den", "Der", "Ter", "Ten", "Le", "La", "Du", "Da", "Di", "Dos", "El", "Al", "Ben", "Bin", "Abu", "Bou", "Ait"].join('|')
const personName = new RegExp(String.raw`(?<![\p{L}\p{N}.])${initials}(?: (?:${particles}))* (?=\p{Lu})`, 'gu')

/**
 * A person's initials, tussenvoegsels and surname in `text` held together with no-break spaces: "A.M. de Boer",
 * "Y. El Amrani", "T. van der Zwet" never break over two lines. A title before the initials ("drs.") may: in a narrow
 * column the name itself must still fit on one line. For printing only: never for what is compared or made an id.
 */
export function keepNamesTogether(text: string): string {
  return text.replace(personName, (name) => name.replaceAll(' ', NBSP))
}

/** The non-breaking hyphen: Word's `w:noBreakHyphen`, written into the text as U+2011. */
export const NB_HYPHEN = '\u2011'

/**
 * A kenmerk or code ("OGC-412.2026", "OOGO-JZ03") held together at a hyphen next to a capital letter (and a capital
 * or digit on the other side): "Visser-Bakker", "Noord-Holland" and "OOGO-status" still break as words do, and ISO
 * dates and ids (lower case, "2026-04-oogo") are left alone — templates compare them. For printing only.
 */
export function keepCodesTogether(text: string): string {
  return text.replace(/(?<=[A-Z])-(?=[A-Z0-9])|(?<=[0-9])-(?=[A-Z])/g, NB_HYPHEN)
}

/** A Dutch postcode ("1784 MC") held together, so an address never breaks inside it. For printing only. */
export function keepPostcodesTogether(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\d{4}) ([A-Z]{2})(?![\p{L}\p{N}])/gu, `$1${NBSP}$2`)
}
