/**
 * Shared wording of the term rules (PR-UITNODIGING-TERMIJN, PR-STUKKEN-TERMIJN): what a meeting is
 * called in running text and how many days ahead something happened.
 */
export const meetingKind = { oogo: 'OOGO-vergadering', algemeen: 'algemene vergadering', bijzonder: 'bijzondere vergadering' } as const

export function count(days: number): string {
  return days === 1 ? '1 dag' : `${days} dagen`
}

/** "14 dagen vooraf", "op de dag van de vergadering zelf", "2 dagen ná de vergadering". */
export function lead(days: number): string {
  if (days > 0) return `${count(days)} vooraf`
  if (days === 0) return 'op de dag van de vergadering zelf'
  return `${count(-days)} ná de vergadering`
}
