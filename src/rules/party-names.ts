/**
 * Shared wording and facts of the rules about who acts for whom: party names with their article,
 * Dutch enumerations, which meetings have OOGO-status, and which functions belong to the raad.
 */
import type { Dossier, Vergadering } from '../model/dossier.ts'

/** Words that name the raad or its officers, not the college ("raadslid", "gemeenteraadslid", "griffier"). */
export const councilFunction = /\b(gemeente)?raad(slid|sleden)?\b|\braadsvoorzitter|griffier/i

/** "a", "a en b", "a, b en c". */
export function enumeration(items: readonly string[], conjunction = 'en'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}

/** A meeting with OOGO-status: an OOGO meeting or the bijzondere vergadering on a dispute. */
export function hasOogoStatus(meeting: Vergadering): boolean {
  return meeting.soort === 'oogo' || meeting.soort === 'bijzonder'
}

/** "het college van Den Helder", "het Samenwerkingsverband …", "Gilde Opleidingen": how a message names a party. */
export function partyName(dossier: Dossier, id: string): string {
  const gemeente = dossier.partijen.gemeenten.find((g) => g.id === id)
  if (gemeente) return `het college van ${gemeente.naam}`
  const swv = dossier.partijen.samenwerkingsverbanden.find((s) => s.id === id)
  if (swv) return /^samenwerkingsverband\b/i.test(swv.naam) ? `het ${swv.naam}` : swv.naam
  return dossier.partijen.mbo_instellingen?.find((m) => m.id === id)?.naam ?? id
}
