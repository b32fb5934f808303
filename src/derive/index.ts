/**
 * data → data + derived facts: the view every template renders from.
 *
 * The view keeps the dossier's own Dutch keys (template editors know them from the dossier) and
 * adds what templates should not compute themselves: the parties in signing order with their
 * names, counts, normalised SWV codes and the committee's members. No `undefined` reaches a
 * template: optional facts are absent, never present-but-empty.
 */
import type { Dossier, Lid } from '../model/dossier.ts'
import type { ReferenceData } from '../model/reference-data.ts'
import { normalizeSwvCode } from '../text/swv-code.ts'
import { meetingViews, type MeetingView } from './meetings.ts'
import { mboInstitutions, partiesInOrder, partyNames, type PartyView } from './parties.ts'

export interface CommitteeMember extends Lid {
  /** The party's display name ("gemeente Schagen"). */
  partij_naam: string
}

export interface DossierView extends Dossier {
  partijlijst: PartyView[]
  aantal_partijen: number
  gemeenten_namen: string[]
  swv_po: PartyView[]
  swv_vo: PartyView[]
  ondertekening?: { plaats: string; datum: string; gezamenlijk?: boolean }
  termijnen: NonNullable<NonNullable<Dossier['procedure']>['termijnen']>
  vergaderingen_per_jaar?: number
  commissieleden: CommitteeMember[]
  /** Which requests the geschillenregeling allows. */
  verzoek_advies: boolean
  verzoek_bemiddeling: boolean
  /** `plaats`: where the chair's party sits, for the date line of letters sent on its behalf. */
  voorzitter: { naam: string; namens: string; partij_naam: string; plaats: string }
  secretaris: { naam: string; functie: string; namens: string; partij_naam: string }
  /** How the overeenkomst is cited: `dossier.citeertitel`, else "Overeenkomst " + the title (no capital mid-title). */
  aangehaald_als: string
  /** Whether the geschillenregeling names the landelijke Geschillencommissie oogo-jeugdplan (Stichting Onderwijsgeschillen). */
  geschillencommissie_landelijk: boolean
}

/** What every document kind plans from: the common view and the derived meetings. */
export interface Facts {
  view: DossierView
  meetings: MeetingView[]
  /** Parties in signing order, then the mbo-instellingen. */
  invitees: PartyView[]
  /** CBS and SWV reference data, for the checklist (read on first use). */
  reference: () => ReferenceData
}

export function deriveFacts(dossier: Dossier, reference: () => ReferenceData): Facts {
  return { view: deriveView(dossier), meetings: meetingViews(dossier), invitees: [...partiesInOrder(dossier), ...mboInstitutions(dossier)], reference }
}

export function deriveView(dossier: Dossier): DossierView {
  const parties = partiesInOrder(dossier)
  const names = partyNames(dossier)
  const chair = dossier.overlegcommissie.voorzitter
  const normalized: Dossier = {
    ...dossier,
    partijen: {
      ...dossier.partijen,
      samenwerkingsverbanden: dossier.partijen.samenwerkingsverbanden.map((s) => ({ ...s, code: normalizeSwvCode(s.code) })),
    },
  }
  const members: CommitteeMember[] = dossier.overlegcommissie.leden
    ? dossier.overlegcommissie.leden.map((l) => ({ ...l, partij_naam: names.get(l.namens) ?? l.namens }))
    : parties.map((p) => ({ ...p.vertegenwoordiger, namens: p.id, partij_naam: p.aanduiding }))
  const view: DossierView = {
    ...normalized,
    partijlijst: parties,
    aantal_partijen: parties.length,
    gemeenten_namen: dossier.partijen.gemeenten.map((g) => g.naam),
    swv_po: parties.filter((p) => p.sector === 'po'),
    swv_vo: parties.filter((p) => p.sector === 'vo'),
    termijnen: dossier.procedure?.termijnen ?? {},
    commissieleden: members,
    verzoek_advies: dossier.geschillenregeling.verzoek_soorten.includes('advies'),
    verzoek_bemiddeling: dossier.geschillenregeling.verzoek_soorten.includes('bemiddeling'),
    voorzitter: {
      naam: chair.naam,
      namens: chair.namens,
      partij_naam: names.get(chair.namens) ?? chair.namens,
      plaats: parties.find((p) => p.id === chair.namens)?.adres?.plaats ?? dossier.partijen.gemeenten[0]!.adres.plaats,
    },
    secretaris: {
      ...dossier.overlegcommissie.secretaris,
      partij_naam: names.get(dossier.overlegcommissie.secretaris.namens) ?? dossier.overlegcommissie.secretaris.namens,
    },
    aangehaald_als: citationTitle(dossier),
    geschillencommissie_landelijk: /oogo-jeugdplan/i.test(dossier.geschillenregeling.commissie),
  }
  if (dossier.dossier.ondertekening) view.ondertekening = dossier.dossier.ondertekening
  if (dossier.procedure?.vergaderingen_per_jaar !== undefined) view.vergaderingen_per_jaar = dossier.procedure.vergaderingen_per_jaar
  return view
}

/**
 * "Overeenkomst " + the dossier's title, with a first word that is a common word in lower case
 * ("Overeenkomst gecombineerd OOGO …") and a name or acronym as written ("Overeenkomst OOGO jeugd …",
 * "Overeenkomst Holland Rijnland …"); a title that already starts with "Overeenkomst" stands as it is.
 */
const commonFirstWords = /^(gecombineerde?|regionaa?le?|lokaa?le?|gemeentelijke?|gezamenlijke?|subregionaa?le?|bovenregionaa?le?|op|het|de|een|overleg|procedure)$/i

export function citationTitle(dossier: Dossier): string {
  if (dossier.dossier.citeertitel) return dossier.dossier.citeertitel
  const title = dossier.dossier.titel.trim()
  if (/^overeenkomst\b/i.test(title)) return `Overeenkomst${title.slice('overeenkomst'.length)}`
  const first = title.split(/\s+/)[0]!
  return `Overeenkomst ${commonFirstWords.test(first) ? title.charAt(0).toLowerCase() + title.slice(1) : title}`
}
