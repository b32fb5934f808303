/**
 * After the schema: ids are unique and every reference names something that exists and is of the
 * right kind (a `namens` names a party, `bijzondere_vergadering` a meeting of soort `bijzonder`,
 * a reaction an aanbeveling of the advice).
 *
 * Runs even when the schema check failed, so that a user sees every fault in one go: every list
 * and id is read defensively (`list`, `ids`), and what the schema already rejected is skipped.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { Dossier } from '../model/dossier.ts'
import { pointerToPlace, type DataPath } from './pointer-to-place.ts'
import { didYouMean, suggestId, type IdentifiedThing } from '../text/suggest.ts'
import type { ParsedYaml } from '../model/project.ts'

type PartyKind = 'gemeente' | 'swv' | 'mbo'

/** Schema-invalid data may have anything anywhere: lists that are no lists, ids that are no strings. */
// A null element stays in place as an empty one, so that the index of every later element (and its path) stays right.
const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value.map((v) => (v ?? {}) as T) : [])
const isId = (value: unknown): value is string => typeof value === 'string'

export function checkReferences(yaml: ParsedYaml, data: unknown): OogoError[] {
  if (data === null || typeof data !== 'object') return []
  const dossier = data as Dossier
  const problems: OogoError[] = []
  const at = (path: DataPath) => pointerToPlace(yaml, path)
  const gemeenten = list(dossier.partijen?.gemeenten)
  const samenwerkingsverbanden = list(dossier.partijen?.samenwerkingsverbanden)
  const mbo = list(dossier.partijen?.mbo_instellingen)
  const combined = dossier.dossier?.soort === 'gecombineerd'

  // Ids must be unique within their namespace; all parties share one (any `namens` may name any).
  const parties = new Map<string, PartyKind>()
  // `${namespace}:${id}` → where it first occurs; its line is looked up only for a duplicate (rare), not for every id.
  const firstSeen = new Map<string, DataPath>()
  const firstLine = (key: string): number => { const first = firstSeen.get(key); return first === undefined ? 0 : at(first).line ?? 0 }
  const unique = (id: unknown, path: DataPath, seen: Map<string, unknown>, what: string) => {
    if (!isId(id)) return
    const key = `${what}:${id}`
    if (seen.has(id)) {
      problems.push(oogoError(ErrorCode.duplicateId, 'validate', `Het id \`${id}\` komt twee keer voor bij ${what} (eerder op regel ${firstLine(key)}).`,
        at(path), 'Geef elk element een eigen id.'))
    } else firstSeen.set(key, path)
  }
  gemeenten.forEach((g, i) => { unique(g.id, ['partijen', 'gemeenten', i, 'id'], parties, 'de partijen'); if (isId(g.id) && !parties.has(g.id)) parties.set(g.id, 'gemeente') })
  samenwerkingsverbanden.forEach((s, i) => { unique(s.id, ['partijen', 'samenwerkingsverbanden', i, 'id'], parties, 'de partijen'); if (isId(s.id) && !parties.has(s.id)) parties.set(s.id, 'swv') })
  mbo.forEach((m, i) => { unique(m.id, ['partijen', 'mbo_instellingen', i, 'id'], parties, 'de partijen'); if (isId(m.id) && !parties.has(m.id)) parties.set(m.id, 'mbo') })
  const agenda = new Map<string, true>()
  list(dossier.agenda).forEach((a, i) => { unique(a.id, ['agenda', i, 'id'], agenda, 'de agendapunten'); if (isId(a.id)) agenda.set(a.id, true) })
  const meetings = new Map<string, string>()
  ;list(dossier.vergaderingen).forEach((v, i) => { unique(v.id, ['vergaderingen', i, 'id'], meetings, 'de vergaderingen'); if (isId(v.id) && !meetings.has(v.id)) meetings.set(v.id, v.soort) })
  const recommendations = new Map<string, true>()
  ;list(dossier.geschil?.advies?.aanbevelingen).forEach((a, i) => {
    unique(a.id, ['geschil', 'advies', 'aanbevelingen', i, 'id'], recommendations, 'de aanbevelingen'); if (isId(a.id)) recommendations.set(a.id, true)
  })

  const unknown = (value: string, path: DataPath, what: string, candidates: Iterable<string>, suggestion = didYouMean(value, candidates)) =>
    problems.push(oogoError(ErrorCode.unknownReference, 'validate', `\`${value}\` is geen bekend id van ${what}.`, at(path),
      suggestion ?? `Gebruik een van de ids uit ${whereDefined(what)}.`))
  // A party is often named where its id belongs (`namens: Den Helder`): the suggestion is always the id, with whose it is.
  const partyThings: (IdentifiedThing & { kind: PartyKind })[] = [
    ...gemeenten.map((g) => ({ id: g.id, naam: g.naam, soort: 'gemeente', kind: 'gemeente' as const })),
    ...samenwerkingsverbanden.map((s) => ({ id: s.id, naam: s.naam, soort: 'samenwerkingsverband', kind: 'swv' as const })),
    ...mbo.map((m) => ({ id: m.id, naam: m.naam, soort: 'mbo-instelling', kind: 'mbo' as const })),
  // An id given twice (reported above) names the first of them, as everywhere else; the copy's name suggests nothing.
  ].filter((p, i, all) => isId(p.id) && parties.get(p.id) === p.kind && all.findIndex((q) => q.id === p.id) === i)
  const wrongKind = (value: string, path: DataPath, message: string, suggestion?: string) =>
    problems.push(oogoError(ErrorCode.wrongReferenceKind, 'validate', message, at(path), suggestion))

  /** A reference to a party; mbo-instellingen only where the law allows them (combined OOGO). */
  const party = (id: unknown, path: DataPath, allowed: readonly PartyKind[] = combined ? ['gemeente', 'swv', 'mbo'] : ['gemeente', 'swv']) => {
    if (!isId(id)) return
    const kind = parties.get(id)
    if (kind === undefined) {
      const what = allowed.length === 1 && allowed[0] === 'gemeente' ? 'een gemeente' : 'een partij'
      return unknown(id, path, what, [], suggestId(id, partyThings.filter((p) => allowed.includes(p.kind))))
    }
    if (!allowed.includes(kind)) {
      wrongKind(id, path, kind === 'mbo'
        ? `\`${id}\` is een mbo-instelling; die neemt alleen deel aan een gecombineerd OOGO (ondersteuningsplan VO, art. 2.47 lid 10 WVO 2020) en kan hier niet worden genoemd.`
        : `\`${id}\` is een ${kindName[kind]}, maar hier wordt een ${allowed.map((k) => kindName[k]).join(' of ')} verwacht.`)
    }
  }

  samenwerkingsverbanden.forEach((s, i) => list(s.gemeenten).forEach((g, j) => party(g, ['partijen', 'samenwerkingsverbanden', i, 'gemeenten', j], ['gemeente'])))
  const commissie = dossier.overlegcommissie
  party(commissie?.voorzitter?.namens, ['overlegcommissie', 'voorzitter', 'namens'])
  party(commissie?.secretaris?.namens, ['overlegcommissie', 'secretaris', 'namens'])
  list(commissie?.leden).forEach((l, i) => party(l.namens, ['overlegcommissie', 'leden', i, 'namens']))

  ;list(dossier.vergaderingen).forEach((v, i) => {
    const base = ['vergaderingen', i] as const
    list(v.agendapunten).forEach((a, j) => { if (isId(a) && !agenda.has(a)) unknown(a, [...base, 'agendapunten', j], 'een agendapunt', agenda.keys()) })
    const verslag = v.verslag
    if (!verslag || typeof verslag !== 'object') return
    list(verslag.aanwezig).forEach((p, j) => party(p.namens, [...base, 'verslag', 'aanwezig', j, 'namens']))
    list(verslag.afwezig).forEach((p, j) => party(p.namens, [...base, 'verslag', 'afwezig', j, 'namens']))
    list(verslag.punten).forEach((p, j) => {
      const path = [...base, 'verslag', 'punten', j, 'agendapunt']
      if (!isId(p.agendapunt)) return
      if (!agenda.has(p.agendapunt)) unknown(p.agendapunt, path, 'een agendapunt', agenda.keys())
      else if (!list(v.agendapunten).includes(p.agendapunt)) {
        wrongKind(p.agendapunt, path, `Agendapunt \`${p.agendapunt}\` staat niet op de agenda van ${isId(v.id) ? `vergadering \`${v.id}\`` : 'deze vergadering'}.`,
          'Voeg het toe aan `agendapunten` van deze vergadering of kies een punt dat erop staat.')
      }
      list(p.afspraken).forEach((a, k) => party(a.wie, [...base, 'verslag', 'punten', j, 'afspraken', k, 'wie']))
    })
  })

  const geschil = dossier.geschil
  if (geschil && typeof geschil === 'object') {
    if (isId(geschil.agendapunt) && !agenda.has(geschil.agendapunt)) unknown(geschil.agendapunt, ['geschil', 'agendapunt'], 'een agendapunt', agenda.keys())
    if (isId(geschil.ontstaan_in) && !meetings.has(geschil.ontstaan_in)) unknown(geschil.ontstaan_in, ['geschil', 'ontstaan_in'], 'een vergadering', meetings.keys())
    const specialId = geschil.bijzondere_vergadering
    if (isId(specialId)) {
      const special = meetings.get(specialId)
      if (special === undefined) unknown(specialId, ['geschil', 'bijzondere_vergadering'], 'een vergadering', meetings.keys())
      // A soort that is no text is the schema's finding; here only a known other kind.
      else if (typeof special === 'string' && special !== 'bijzonder') {
        wrongKind(specialId, ['geschil', 'bijzondere_vergadering'],
          `Vergadering \`${specialId}\` is van soort \`${special}\`, maar hier hoort een vergadering van soort \`bijzonder\`.`,
          'Verwijs naar de bijzondere vergadering over dit geschil (soort: bijzonder).')
      }
    }
    // Who may ask (an SWV or a college, never an mbo-instelling) is rule GC-VERZOEKERS, with its basis.
    list(geschil.verzoek?.verzoekers).forEach((v, i) => party(v, ['geschil', 'verzoek', 'verzoekers', i], ['gemeente', 'swv', 'mbo']))
  }

  const answered = new Map<string, number>()
  ;list(dossier.motiveringen).forEach((m, i) => {
    party(m.gemeente, ['motiveringen', i, 'gemeente'], ['gemeente'])
    if (!isId(m.gemeente)) return
    if (answered.has(m.gemeente)) {
      problems.push(oogoError(ErrorCode.duplicateId, 'validate', `Voor gemeente \`${m.gemeente}\` staat al een motivering (element ${answered.get(m.gemeente)! + 1}).`,
        at(['motiveringen', i, 'gemeente']), 'Eén motivering per gemeente.'))
    }
    answered.set(m.gemeente, i)
    list(m.reacties).forEach((r, j) => {
      const path = ['motiveringen', i, 'reacties', j, 'aanbeveling']
      if (!isId(r.aanbeveling)) return
      if (!geschil?.advies) {
        wrongKind(r.aanbeveling, path, 'Er is geen advies (`geschil.advies`) waarop deze reactie kan ingaan.', 'Vul eerst `geschil.advies` met de aanbevelingen in.')
      } else if (!recommendations.has(r.aanbeveling)) unknown(r.aanbeveling, path, 'een aanbeveling', recommendations.keys())
    })
  })
  return problems
}

const kindName: Record<PartyKind, string> = { gemeente: 'gemeente', swv: 'samenwerkingsverband', mbo: 'mbo-instelling' }

function whereDefined(what: string): string {
  return ({
    'een partij': '`partijen`',
    'een gemeente': '`partijen.gemeenten`',
    'een agendapunt': '`agenda`',
    'een vergadering': '`vergaderingen`',
    'een aanbeveling': '`geschil.advies.aanbevelingen`',
  } as Record<string, string>)[what] ?? 'het dossier'
}
