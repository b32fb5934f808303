/**
 * ISO dates in Dutch, as documents print them: "2026-01-15" → "15 januari 2026".
 * Pure string arithmetic: no `Date`, so no time zone can shift a day.
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
