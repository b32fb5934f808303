/**
 * ISO dates in Dutch, as documents print them: "2026-01-15" → "15 januari 2026".
 * Pure string arithmetic: no `Date`, so no time zone can shift a day.
 *
 * In a document a date never breaks over two lines: `dutchDateInText` and `keepDatesTogether` join day, month and
 * year with no-break spaces (U+00A0). `dutchDate` keeps plain spaces, for messages, ids and anything compared.
 */
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)
}

export function dutchDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`dutchDate: ${iso}`)
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `${day} ${months[month - 1]} ${year}`
}

/** A no-break space: Word and LibreOffice never break a line there. */
export const NBSP = '\u00A0'

/** "2026-01-15" → "15 januari 2026" with no-break spaces, for running text in a document. */
export function dutchDateInText(iso: string): string {
  return dutchDate(iso).replaceAll(' ', NBSP)
}

const writtenDate = new RegExp(`\\b\\d{1,2} (?:${months.join('|')})\\b(?: \\d{4}\\b)?`, 'g')

/** Every Dutch date written out in `text` ("15 januari 2026", "1 mei") held together with no-break spaces. */
export function keepDatesTogether(text: string): string {
  return text.replace(writtenDate, (date) => date.replaceAll(' ', NBSP))
}
