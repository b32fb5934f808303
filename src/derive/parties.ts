/**
 * The parties in signing order, each with the names documents need: gemeenten in dossier order,
 * then the SWV's PO, then the SWV's VO (the order of the partijblokken and the signature table).
 */
import type { Adres, Dossier, Persoon, Sector } from '../model/dossier.ts'
import { displaySwvCode, normalizeSwvCode } from '../text/swv-code.ts'

export interface PartyView {
  id: string
  soort: 'gemeente' | 'swv' | 'mbo'
  sector?: Sector
  naam: string
  /** In running text: "gemeente Den Helder", or the SWV's own name. */
  aanduiding: string
  /** The short name after "hierna te noemen:": "Den Helder", "SWV PO 27-01". */
  noemnaam: string
  vertegenwoordiger: Persoon
  /** Always there for gemeenten and SWV's; an mbo-instelling may have none. */
  adres?: Adres
  gm_code?: string
  collegebesluit?: string
  raadsbehandeling_jeugdplan?: string
  code?: string
  gemeenten?: string[]
}

export function partiesInOrder(dossier: Dossier): PartyView[] {
  const municipalities: PartyView[] = dossier.partijen.gemeenten.map((g) => ({
    ...g,
    soort: 'gemeente',
    aanduiding: `gemeente ${g.naam}`,
    noemnaam: g.naam,
  }))
  const swvs = (sector: Sector): PartyView[] => dossier.partijen.samenwerkingsverbanden
    .filter((s) => s.sector === sector)
    .map((s) => ({
      ...s,
      code: normalizeSwvCode(s.code),
      soort: 'swv',
      aanduiding: s.naam,
      noemnaam: `SWV ${displaySwvCode(s.code)}`,
    }))
  return [...municipalities, ...swvs('po'), ...swvs('vo')]
}

/** The mbo-instellingen, invited in a combined OOGO but never a party. */
export function mboInstitutions(dossier: Dossier): PartyView[] {
  return (dossier.partijen.mbo_instellingen ?? []).map((m) => ({ ...m, soort: 'mbo', aanduiding: m.naam, noemnaam: m.naam }))
}

/** Everyone a `namens`, `wie` or `verzoekers` can name, by id. */
export function participantsById(dossier: Dossier): Map<string, PartyView> {
  return new Map([...partiesInOrder(dossier), ...mboInstitutions(dossier)].map((p) => [p.id, p]))
}

/** Display names by id, for every party and mbo-instelling (`{{partij id}}`, "wie" columns). */
export function partyNames(dossier: Dossier): Map<string, string> {
  return new Map([...participantsById(dossier)].map(([id, p]) => [id, p.aanduiding]))
}
