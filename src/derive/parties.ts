/**
 * The parties in signing order, each with the names documents need: gemeenten in dossier order,
 * then the SWV's PO, then the SWV's VO (the order of the partijblokken and the signature table).
 */
import type { Adres, Dossier, Gemeente, Sector, Vertegenwoordiger } from '../model/dossier.ts'
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
  /**
   * In running text with its article: "de gemeente Den Helder", "het Samenwerkingsverband …", "de Stichting …",
   * "het samenwerkingsverband Unita" (a name that is no noun phrase gets one; "de vereniging Unita" when the dossier gives
   * its rechtsvorm); an mbo-instelling's name as is
   * unless it starts with a noun that takes an article.
   */
  met_lidwoord: string
  /** A gemeente only: whether its vertegenwoordiger is its burgemeester (art. 171 lid 1 Gemeentewet). */
  burgemeester_tekent?: boolean
  /**
   * An SWV only: whether its name already says its legal form ("Stichting …"), or `met_lidwoord` does ("de vereniging
   * Unita"), so a text does not repeat it.
   */
  naam_noemt_rechtsvorm?: boolean
  vertegenwoordiger: Vertegenwoordiger
  /** Always there for gemeenten and SWV's; an mbo-instelling may have none. */
  adres?: Adres
  gm_code?: string
  collegebesluit?: string
  raadsbehandeling_jeugdplan?: string
  code?: string
  gemeenten?: string[]
  burgemeester?: string
  rechtsvorm?: 'stichting' | 'vereniging'
  statutaire_zetel?: string
  kvk?: string
}

/**
 * Per dossier (the data, which no stage changes after loading), its parties in order, made once: the view, the
 * minutes, the request and the outcomes each ask for them, a dozen times per document. Frozen, with each party, so
 * that no caller can change what the next one gets.
 */
const partiesByDossier = new WeakMap<Dossier, PartyView[]>()

export function partiesInOrder(dossier: Dossier): PartyView[] {
  let parties = partiesByDossier.get(dossier)
  if (!parties) {
    parties = Object.freeze(orderParties(dossier).map((party) => Object.freeze(party))) as PartyView[]
    partiesByDossier.set(dossier, parties)
  }
  return parties
}

function orderParties(dossier: Dossier): PartyView[] {
  const municipalities: PartyView[] = dossier.partijen.gemeenten.map((g) => ({
    ...g,
    soort: 'gemeente',
    aanduiding: `gemeente ${g.naam}`,
    noemnaam: g.naam,
    met_lidwoord: `de gemeente ${g.naam}`,
    burgemeester_tekent: signsAsMayor(g),
  }))
  const swvs = (sector: Sector): PartyView[] => dossier.partijen.samenwerkingsverbanden
    .filter((s) => s.sector === sector)
    .map((s) => ({
      ...s,
      code: normalizeSwvCode(s.code),
      soort: 'swv',
      aanduiding: s.naam,
      noemnaam: `SWV ${displaySwvCode(s.code)}`,
      // A name that is no noun phrase ("Unita") takes its legal form when the dossier gives it ("de vereniging Unita"),
      // so the partijblok does not say "het samenwerkingsverband Unita, een vereniging, samenwerkingsverband als bedoeld in …".
      met_lidwoord: withArticle(s.naam, s.rechtsvorm ? `de ${s.rechtsvorm}` : 'het samenwerkingsverband'),
      naam_noemt_rechtsvorm: /^(stichting|vereniging)\b/i.test(s.naam) || (s.rechtsvorm !== undefined && !startsWithKnownNoun(s.naam)),
    }))
  return [...municipalities, ...swvs('po'), ...swvs('vo')]
}

/** The mbo-instellingen, invited in a combined OOGO but never a party. */
export function mboInstitutions(dossier: Dossier): PartyView[] {
  return (dossier.partijen.mbo_instellingen ?? []).map((m) => ({ ...m, soort: 'mbo', aanduiding: m.naam, noemnaam: m.naam, met_lidwoord: withArticle(m.naam, '') }))
}

/**
 * The article a name takes when its first word is a noun we know ("het Samenwerkingsverband …", "de Stichting …");
 * otherwise `fallback` before the name ("het samenwerkingsverband Unita"), or the bare name when it is empty.
 */
function withArticle(name: string, fallback: string): string {
  const first = name.split(/\s+/)[0]!.toLowerCase()
  if (neuterNouns.test(first)) return `het ${name}`
  if (commonNouns.test(first)) return `de ${name}`
  return fallback ? `${fallback} ${name}` : name
}

const neuterNouns = /^(samenwerkingsverband|swv|roc|regionaal|college)$/
const commonNouns = /^(stichting|vereniging|coöperatie|cooperatie|onderwijsgroep|scholengroep|scholengemeenschap)$/

/** Whether the name starts with a noun that takes an article of its own ("Samenwerkingsverband …", "Stichting …"). */
function startsWithKnownNoun(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase()
  return neuterNouns.test(first) || commonNouns.test(first)
}

/** The burgemeester represents the gemeente himself when the vertegenwoordiger is the burgemeester (by function or name). */
function signsAsMayor(g: Gemeente): boolean {
  return /^burgemeester\b/i.test(g.vertegenwoordiger.functie.trim()) || (g.burgemeester !== undefined && g.burgemeester.trim() === g.vertegenwoordiger.naam.trim())
}

/** Everyone a `namens`, `wie` or `verzoekers` can name, by id. */
export function participantsById(dossier: Dossier): Map<string, PartyView> {
  return new Map([...partiesInOrder(dossier), ...mboInstitutions(dossier)].map((p) => [p.id, p]))
}

/** Display names by id, for every party and mbo-instelling (`{{partij id}}`, "wie" columns). */
export function partyNames(dossier: Dossier): Map<string, string> {
  return new Map([...participantsById(dossier)].map(([id, p]) => [id, p.aanduiding]))
}
