/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone shifts a day.
 */
const dayMs = 24 * 60 * 60 * 1000

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)
}
