/**
 * Uitnodigingen: one per meeting × invited party. The secretaris sends them on behalf of the voorzitter to the
 * members of the overlegcommissie (overeenkomst: "de secretaris verzendt de uitnodiging namens de voorzitter aan
 * de leden van de overlegcommissie"): a party's letter is addressed to its members (`overlegcommissie.leden`), or
 * without leden to its vertegenwoordiger. The voorzitter's own party gets one like every other party.
 *
 * An mbo-instelling is invited only in a combined OOGO, to a meeting with a point on the ondersteuningsplan VO,
 * and then by the SWV VO itself (art. 2.47 lid 10 WVO 2020: the SWV invites the bevoegd gezag); it is not a party
 * to the OOGO jeugd.
 */
import type { MeetingView } from '../derive/meetings.ts'
import type { PartyView } from '../derive/parties.ts'
import type { Adres, Dossier } from '../model/dossier.ts'
import { dutchDate } from '../text/dutch-dates.ts'
import { addDays } from '../text/iso-dates.ts'
import { documentFileName } from './file-name.ts'
import { municipalSender, type DocumentDefinition } from './types.ts'

/** A person the letter is addressed to. */
export interface Addressee { naam: string; functie: string }

/** One paper for the meeting; `bijgevoegd` when the dossier lists it with the invitation (`vergaderingen[].stukken`). */
export interface Paper { titel: string; datum?: string; bijgevoegd: boolean }

/** What the letter needs beyond the dossier and the meeting: the view field `brief`. */
export interface LetterView {
  kenmerk: string
  /** True for the letter of the SWV VO to an mbo-instelling; otherwise the secretaris writes for the voorzitter. */
  van_swv_vo: boolean
  geadresseerden: Addressee[]
  aanhef: string
  /** Set when the salutation is the neutral default and the dossier could record the right one. */
  aanhef_aanvullen?: string
  /** The recipient in running text, with its article: "de gemeente Den Helder", "het Samenwerkingsverband …". */
  ontvanger_in_tekst: string
  /** True when the voorzitter is among the addressees (the letter to her or his own party). */
  aan_voorzitter: boolean
  afmelden_voor: string
  afmelden_afgeleid: boolean
  stukken: Paper[]
  bijlagen_aantal: number
  /** True when every paper is enclosed (and there is at least one). */
  alle_bijgevoegd: boolean
  /** Papers not enclosed follow by this date (meeting − `stukken_dagen_vooraf`), when the dossier sets that term. */
  stukken_uiterlijk?: { datum: string; dagen: number }
  /**
   * The letterhead's address: for the SWV VO's letter its own address; otherwise, without
   * `overlegcommissie.secretariaat`, the address of the secretaris's party ("p/a gemeente Schagen, …").
   */
  briefhoofd_adres?: { partij: string; adres: Adres }
  /** The SWV VO letter to an mbo-instelling: the numbers of the points on the ondersteuningsplan VO. */
  punten_vo?: number[]
}

export const uitnodiging: DocumentDefinition = {
  kind: 'uitnodiging',
  label: 'uitnodiging',
  requires: [],
  skipReason: (dossier) => (dossier.vergaderingen?.length ? undefined : 'het dossier noemt geen vergaderingen'),
  plan(dossier, { view, meetings, invitees }, selection) {
    const combined = dossier.dossier.soort === 'gecombineerd'
    // The house style of the voorzitter's gemeente: the letter is sent on the voorzitter's behalf.
    const chairSender = municipalSender(dossier, dossier.overlegcommissie.voorzitter.namens)
    return meetings
      .filter((m) => selection.meetings.length === 0 || selection.meetings.includes(m.id))
      .flatMap((meeting) => invitees
        .filter((p) => p.soort !== 'mbo' || (combined && meeting.punten.some((e) => e.grondslag === 'ondersteuningsplan-vo')))
        .filter((p) => selection.parties.length === 0 || selection.parties.includes(p.id))
        .map((recipient) => {
          const sender = recipient.soort === 'mbo' ? undefined : chairSender
          return {
            kind: 'uitnodiging',
            template: 'uitnodiging',
            fileName: documentFileName('uitnodiging', meeting.id, recipient.id),
            title: `Uitnodiging ${meeting.karakter}`,
            subject: `${dossier.overlegcommissie.naam}, ${dutchDate(meeting.datum)}`,
            date: meeting.uitnodiging.datum,
            view: { ...view, vergadering: meeting, ontvanger: recipient, brief: letterView(dossier, meeting, recipient, invitees) },
            ...(sender ? { sender } : {}),
          }
        }))
  },
}

export function letterView(dossier: Dossier, meeting: MeetingView, recipient: PartyView, invitees: PartyView[]): LetterView {
  const mbo = recipient.soort === 'mbo'
  const addressees = addresseesOf(dossier, recipient)
  const single = addressees.length === 1 ? addressees[0]! : undefined
  const recorded = single && sameName(single.naam, recipient.vertegenwoordiger.naam) ? recordedSalutation(dossier, recipient.id) : undefined
  const chair = dossier.overlegcommissie.voorzitter
  const secretary = dossier.overlegcommissie.secretaris
  const papers = papersOf(dossier, meeting, mbo)
  const lead = dossier.procedure?.termijnen?.stukken_dagen_vooraf
  const letter: LetterView = {
    kenmerk: `${dossier.dossier.kenmerk}/${meeting.id}`,
    van_swv_vo: mbo,
    geadresseerden: addressees,
    aanhef: recorded ?? (single ? 'Geachte heer, mevrouw,' : 'Geachte dames en heren,'),
    ontvanger_in_tekst: recipient.met_lidwoord,
    aan_voorzitter: !mbo && recipient.id === chair.namens && addressees.some((a) => sameName(a.naam, chair.naam)),
    afmelden_voor: meeting.afmelden_voor ?? workingDayBefore(meeting.datum),
    afmelden_afgeleid: meeting.afmelden_voor === undefined,
    stukken: papers,
    bijlagen_aantal: papers.filter((p) => p.bijgevoegd).length,
    alle_bijgevoegd: papers.length > 0 && papers.every((p) => p.bijgevoegd),
  }
  // Only the vertegenwoordiger has a key for the salutation; a lid who is not the vertegenwoordiger has none.
  if (!recorded && single && sameName(single.naam, recipient.vertegenwoordiger.naam)) {
    letter.aanhef_aanvullen = `aanhef voor ${single.naam} (vertegenwoordiger.aanhef), bijvoorbeeld “Geachte heer Jansen,”`
  }
  if (lead !== undefined) letter.stukken_uiterlijk = { datum: addDays(meeting.datum, -lead), dagen: lead }
  // The letterhead: the SWV VO's own address for its letter to an mbo-instelling; otherwise, without a
  // secretariaat in the dossier, the secretaris is written to at the address of the party he or she acts for.
  const from = mbo ? invitees.find((p) => p.soort === 'swv' && p.sector === 'vo')
    : dossier.overlegcommissie.secretariaat ? undefined : invitees.find((p) => p.id === secretary.namens)
  if (from?.adres) letter.briefhoofd_adres = { partij: from.aanduiding, adres: from.adres }
  if (mbo) letter.punten_vo = meeting.punten.filter((e) => e.grondslag === 'ondersteuningsplan-vo').map((e) => e.nummer)
  return letter
}

/**
 * Whom a party's letter is addressed to: its members of the overlegcommissie (overlegcommissie.leden), or,
 * without leden or without a lid for this party, its vertegenwoordiger. An mbo-instelling: its vertegenwoordiger.
 */
export function addresseesOf(dossier: Dossier, recipient: PartyView): Addressee[] {
  const members = recipient.soort === 'mbo' ? [] : (dossier.overlegcommissie.leden ?? []).filter((l) => l.namens === recipient.id)
  if (members.length > 0) return members.map((l) => ({ naam: l.naam, functie: l.functie }))
  return [{ naam: recipient.vertegenwoordiger.naam, functie: recipient.vertegenwoordiger.functie }]
}

/**
 * The papers of a meeting. At a meeting with OOGO-status the concept jeugdplan always belongs to them (the
 * overeenkomst sends it with the stukken), and so does the draft of the previous minutes when they are on the
 * agenda. A paper the dossier lists for the meeting takes the place of the one it is (same date, or the
 * minutes' date in its title); the dossier's papers are enclosed, the others follow. The mbo-instelling,
 * invited for the ondersteuningsplan VO only, gets the dossier's papers.
 */
export function papersOf(dossier: Dossier, meeting: MeetingView, mbo: boolean): Paper[] {
  const listed: Paper[] = (meeting.stukken ?? []).map((s) => ({ titel: s.titel, ...(s.datum ? { datum: s.datum } : {}), bijgevoegd: true }))
  if (mbo) return listed
  const taken = new Set<Paper>()
  const take = (match: (p: Paper) => boolean, derived: Paper): Paper => {
    const found = listed.find((p) => !taken.has(p) && match(p))
    if (found) taken.add(found)
    return found ?? derived
  }
  const derived: Paper[] = []
  if (meeting.heeft_oogo_status) {
    const plan = dossier.jeugdplan
    derived.push(take(
      (p) => p.titel.includes(plan.titel) || (p.datum === plan.concept_datum && /concept/i.test(p.titel)),
      { titel: `Concept van het jeugdplan ‘${plan.titel}’`, datum: plan.concept_datum, bijgevoegd: false },
    ))
  }
  const previous = meeting.vorige
  if (previous && meeting.agenda.some((e) => e.soort === 'verslag')) {
    derived.push(take(
      (p) => /verslag/i.test(p.titel) && (p.datum === previous.datum || p.titel.includes(dutchDate(previous.datum))),
      { titel: `Ontwerpverslag van ${previous.karakter === 'algemeen overleg' ? 'het' : 'de'} ${previous.karakter} van ${dutchDate(previous.datum)}`, bijgevoegd: false },
    ))
  }
  return [...derived, ...listed.filter((p) => !taken.has(p))]
}

/** `vertegenwoordiger.aanhef` of a party or mbo-instelling, read from the dossier (the common PartyView has no aanhef). */
function recordedSalutation(dossier: Dossier, id: string): string | undefined {
  const { gemeenten, samenwerkingsverbanden, mbo_instellingen = [] } = dossier.partijen
  return [...gemeenten, ...samenwerkingsverbanden, ...mbo_instellingen].find((p) => p.id === id)?.vertegenwoordiger.aanhef
}

/** The working day (Monday to Friday) before the meeting: the default afmelddatum (dossier schema). */
export function workingDayBefore(date: string): string {
  let day = addDays(date, -1)
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, -1)
  return day
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()
