/**
 * Test data for the whole country: one dossier per jeugdregio (42, schaal `jeugdhulpregio`) and one
 * per gemeente (342, schaal `gemeente`), built from the reference data in `data/referentie/`.
 *
 * What is real and what is not:
 * - gemeenten (CBS code and name 2025), jeugdregio's (code and name) and SWV codes (stand 2015) are
 *   real reference data;
 * - the composition of a jeugdregio is real only for the five worked regions of
 *   `jeugdregio-gemeenten.csv`. No full gemeente → jeugdregio table exists, so every other gemeente
 *   is assigned to one of the remaining 37 regions by a fixed rule: the gemeenten are sorted by
 *   their (first) PO SWV code and name and cut into 37 consecutive groups, one per remaining region
 *   in code order. That keeps gemeenten of one SWV area together, but the result is SYNTHETIC TEST
 *   DATA, not the real composition of those regions;
 * - the 21 gemeenten formed after 2015 have no SWV in the 2015 data; they are put in the remaining
 *   regions in turn and covered by the (real) first PO and VO SWV of their region. That coverage is
 *   synthetic too, and the dossier says so;
 * - persons, addresses, SWV names, meetings, texts and dates are invented.
 *
 * Everything is deterministic: choices come from small lists indexed by a hash of an id, never from
 * randomness or the clock. The same reference data gives byte-identical text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'yaml'
import { loadReferenceData } from '../../src/load/load-reference-data.ts'
import { packageRoot } from '../../src/load/package-root.ts'
import type { ReferenceData } from '../../src/model/reference-data.ts'

/** The reference data plus the known composition of the five worked regions (region code → GM codes). */
export interface CountryReference extends ReferenceData {
  regionMembers: ReadonlyMap<string, readonly string[]>
}

export interface GeneratedDossier {
  /** File name, `regio-jz03-kop-van-noord-holland.yaml` or `gemeente-gm0400-den-helder.yaml`. */
  name: string
  text: string
}

/** Reads `data/referentie/` (the only function here that touches the file system). */
export function loadCountryReference(dir = join(packageRoot, 'data', 'referentie')): CountryReference {
  const rows = parse<Record<string, string>>(readFileSync(join(dir, 'jeugdregio-gemeenten.csv'), 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true })
  const members = new Map<string, string[]>()
  for (const row of rows) {
    const list = members.get(row.jeugdregio!) ?? []
    list.push(row.gm_code!)
    members.set(row.jeugdregio!, list)
  }
  return { ...loadReferenceData(), regionMembers: members }
}

// ---------------------------------------------------------------------------------------------
// Deterministic helpers

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

function pick<T>(list: readonly T[], key: string): T {
  return list[hash(key) % list.length]!
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

// ---------------------------------------------------------------------------------------------
// Invented names

const initials = ['A.', 'B.', 'C.J.', 'D.', 'E.M.', 'F.', 'G.H.', 'H.', 'I.', 'J.P.', 'K.', 'L.', 'M.A.', 'N.', 'P.', 'R.', 'S.', 'T.W.', 'W.', 'Y.']
const surnames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Haan',
  'Vermeulen', 'van den Berg', 'Schouten', 'van Dijk', 'Hoekstra', 'Kuipers', 'Postma', 'Willems', 'Çelik', 'El Amrani', 'Nguyen']
const alderman = ['wethouder Jeugd', 'wethouder Jeugd en Onderwijs', 'wethouder Sociaal Domein', 'wethouder Zorg en Welzijn', 'wethouder Onderwijs en Jeugdzorg']
const swvRole = ['directeur-bestuurder', 'voorzitter college van bestuur', 'directeur', 'bestuurder']
const streets = ['Markt', 'Stadhuisplein', 'Kerkstraat', 'Hoofdstraat', 'Stationsweg', 'Dorpsstraat', 'Molenweg', 'Julianalaan', 'Wilhelminastraat', 'Parkweg', 'Nieuwe Gracht', 'Schoolstraat']
const letters = 'ABCDEGHJKLMNPRTVWXZ'

function person(key: string): string {
  return `${pick(initials, `i:${key}`)} ${pick(surnames, `s:${key}`)}`
}

function address(key: string, plaats: string) {
  const h = hash(`a:${key}`)
  const postcode = `${1000 + (h % 9000)} ${letters[(h >>> 8) % letters.length]}${letters[(h >>> 16) % letters.length]}`
  return { straat: `${pick(streets, `st:${key}`)} ${1 + ((h >>> 4) % 120)}`, postcode, plaats }
}

/** "Beek (L.)" → "Beek": a place name for an address. */
function placeName(naam: string): string {
  return naam.replace(/\s*\((?:[A-Za-z]+\.)+\)\s*$/, '')
}

// ---------------------------------------------------------------------------------------------
// Gemeenten, regions and SWV's

interface Municipality { code: string; naam: string; po: string[]; vo: string[] }
interface Region { code: string; naam: string; members: Municipality[]; synthetic: boolean }

function municipalitiesOf(reference: ReferenceData): Municipality[] {
  return [...reference.municipalities.values()].map((m) => ({ code: m.code, naam: m.naam, po: [...m.po], vo: [...m.vo] }))
    .sort((a, b) => compare(a.code, b.code))
}

/**
 * All 42 regions with their gemeenten. Worked regions: from `jeugdregio-gemeenten.csv`. The rest:
 * SYNTHETIC — gemeenten sorted by PO SWV code (its 2-digit area first) and name, cut into
 * consecutive groups over the remaining regions; gemeenten without SWV data dealt round-robin.
 */
export function assignRegions(reference: CountryReference): { code: string; naam: string; gemeenten: string[]; synthetic: boolean }[] {
  return regionsOf(reference).map((r) => ({ code: r.code, naam: r.naam, gemeenten: r.members.map((m) => m.code), synthetic: r.synthetic }))
}

function regionsOf(reference: CountryReference): Region[] {
  const all = municipalitiesOf(reference)
  const byCode = new Map(all.map((m) => [m.code, m]))
  const codes = [...reference.regions.keys()].sort(compare)
  const worked = new Set<string>()
  const regions = new Map<string, Region>()
  for (const code of codes) {
    const listed = reference.regionMembers.get(code)
    if (!listed) continue
    const members = listed.map((gm) => byCode.get(gm)).filter((m): m is Municipality => m !== undefined)
    members.forEach((m) => worked.add(m.code))
    regions.set(code, { code, naam: reference.regions.get(code)!, members, synthetic: false })
  }
  const rest = codes.filter((code) => !regions.has(code))
  const withSwv = all.filter((m) => !worked.has(m.code) && m.po.length > 0 && m.vo.length > 0)
    .sort((a, b) => compare(a.po[0]!, b.po[0]!) || compare(a.naam, b.naam))
  const withoutSwv = all.filter((m) => !worked.has(m.code) && !(m.po.length > 0 && m.vo.length > 0))
  rest.forEach((code, i) => {
    const from = Math.floor((i * withSwv.length) / rest.length)
    const to = Math.floor(((i + 1) * withSwv.length) / rest.length)
    regions.set(code, { code, naam: reference.regions.get(code)!, members: withSwv.slice(from, to), synthetic: true })
  })
  withoutSwv.forEach((m, i) => regions.get(rest[(i * 7) % rest.length]!)!.members.push(m))
  return codes.map((code) => regions.get(code)!)
}

interface Party { id: string; naam: string }
interface SwvParty { id: string; naam: string; code: string; sector: 'po' | 'vo'; adres: ReturnType<typeof address>; vertegenwoordiger: { naam: string; functie: string }; gemeenten: string[] }

/**
 * The SWV's of a set of gemeenten: every code any of them has (2015), each with the gemeenten it
 * covers. A gemeente without a code of a sector is added to `fallback` of that sector (a real SWV
 * of its region), which is noted in `synthetic`.
 */
function swvParties(members: Municipality[], fallback: { po: string; vo: string }, synthetic: string[]): SwvParty[] {
  const parties: SwvParty[] = []
  for (const sector of ['po', 'vo'] as const) {
    const covered = new Map<string, Municipality[]>()
    for (const m of members) {
      const codes = m[sector].length > 0 ? m[sector] : [fallback[sector]]
      if (m[sector].length === 0) synthetic.push(`${m.naam} heeft in de gegevens van 2015 geen SWV ${sector.toUpperCase()}; hier gedekt door ${fallback[sector]} (synthetisch)`)
      for (const code of codes) covered.set(code, [...(covered.get(code) ?? []), m])
    }
    for (const [code, list] of [...covered].sort(([a], [b]) => compare(a, b))) {
      const seat = placeName(list[0]!.naam)
      const area = `${code.slice(2, 4)}-${code.slice(4)}`
      parties.push({
        id: `swv-${sector}-${code.slice(2)}`,
        naam: `Samenwerkingsverband ${sector === 'po' ? 'Passend Primair Onderwijs' : 'Voortgezet Onderwijs'} ${area} ${seat} e.o.`,
        code,
        sector,
        adres: address(code, seat),
        vertegenwoordiger: { naam: person(code), functie: pick(swvRole, code) },
        gemeenten: list.map((m) => municipalityId(m)),
      })
    }
  }
  return parties
}

function municipalityId(m: Municipality): string {
  return slug(m.naam)
}

// ---------------------------------------------------------------------------------------------
// One dossier

const agendaPool = [
  { id: 'toegang-op-school', thema: 'preventie-en-toegang', titel: 'Jeugdhulp in en om de school', toelichting: 'Elke school heeft een vaste contactpersoon van het lokale team jeugd.' },
  { id: 'onderwijszorg', thema: 'integraal-arrangeren', titel: 'Onderwijszorgarrangementen voor thuiszitters', toelichting: 'Gezamenlijke financiering van arrangementen waarin onderwijs en jeugdhulp tegelijk worden ingezet.' },
  { id: 'overgang-po-vo', thema: 'overgangen', titel: 'Warme overdracht van primair naar voortgezet onderwijs' },
  { id: 'overgang-vo-mbo', thema: 'overgangen', titel: 'Doorlopende ondersteuning van voortgezet onderwijs naar mbo' },
  { id: 'monitor', thema: 'voorwaarden', titel: 'Gezamenlijke monitor jeugdhulp en passend onderwijs' },
  { id: 'samen-werken', thema: 'hoe', titel: 'Vaste overlegtafel van gemeenten en samenwerkingsverbanden' },
  { id: 'vroegsignalering', thema: 'preventie-en-toegang', titel: 'Vroegsignalering in het primair onderwijs' },
  { id: 'leerplicht', thema: 'voorwaarden', titel: 'Afstemming met leerplicht en verzuimaanpak' },
] as const

interface Scope {
  key: string
  kenmerk: string
  titel: string
  schaal: 'jeugdhulpregio' | 'gemeente'
  regio?: { code: string; naam: string }
  area: string
  members: Municipality[]
  swvs: SwvParty[]
  notes: string[]
}

function dossierText(scope: Scope): string {
  const { key, members, swvs } = scope
  const shift = hash(`t:${key}`) % 21 // days; the whole timeline moves together, so every term holds
  const day = (date: string, extra = 0) => addDays(date, shift + extra)
  const dispute = hash(`g:${key}`) % 5 === 0
  const thirdMeeting = !dispute && hash(`m:${key}`) % 2 === 0

  const gemeenten = members.map((m) => {
    const plaats = placeName(m.naam)
    return {
      id: municipalityId(m),
      naam: m.naam,
      gm_code: m.code,
      adres: address(m.code, plaats),
      vertegenwoordiger: { naam: person(m.code), functie: pick(alderman, m.code) },
      collegebesluit: day('2025-12-02', hash(`c:${m.code}`) % 10),
      raadsbehandeling_jeugdplan: day('2026-09-22', hash(`r:${m.code}`) % 21),
    }
  })
  const chair = gemeenten[0]!
  const everyone = [...gemeenten.map((g) => ({ naam: g.vertegenwoordiger.naam, functie: g.vertegenwoordiger.functie, namens: g.id })),
    ...swvs.map((s) => ({ naam: s.vertegenwoordiger.naam, functie: s.vertegenwoordiger.functie, namens: s.id }))]
  const secretary = { naam: person(`sec:${key}`), functie: 'beleidsadviseur jeugd' }
  const location = { naam: `Gemeentehuis ${placeName(chair.naam)}`, adres: `${chair.adres.straat}, ${chair.adres.postcode} ${chair.adres.plaats}` }

  // Four agenda items; the dispute item (onderwijszorg) is always among them.
  const start = hash(`ag:${key}`) % agendaPool.length
  const chosen = new Set<string>(['onderwijszorg'])
  for (let i = 0; chosen.size < 4; i++) chosen.add(agendaPool[(start + i) % agendaPool.length]!.id)
  const agenda = agendaPool.filter((a) => chosen.has(a.id)).map((a) => ({ ...a }))
  const ids = agenda.map((a) => a.id)
  const other = ids.filter((id) => id !== 'onderwijszorg')

  const absent = everyone.length > 2 ? everyone[everyone.length - 1 - (hash(`abs:${key}`) % (everyone.length - 1))]! : undefined
  const vergaderingen: unknown[] = [
    {
      id: '2026-02-verkenning',
      soort: 'algemeen',
      datum: day('2026-02-12'),
      aanvang: '15:00',
      einde: '17:00',
      locatie: location,
      uitnodiging: { datum: day('2026-01-27') },
      agendapunten: other.slice(0, 2),
      verslag: {
        notulist: secretary,
        aanwezig: everyone.filter((p) => p !== absent),
        ...(absent ? { afwezig: [{ naam: absent.naam, namens: absent.namens, afgemeld: true }] } : {}),
        punten: other.slice(0, 2).map((id, i) => ({
          agendapunt: id,
          besproken: i === 0 ? 'Partijen verkennen de huidige werkwijze en de knelpunten in de regio.' : 'De samenwerkingsverbanden lichten hun ondersteuningsplannen toe.',
          uitkomst: 'kennisgenomen',
          ...(i === 0 ? { afspraken: [{ wat: 'Overzicht van knelpunten rondsturen', wie: swvs[0]!.id, wanneer: day('2026-03-01') }] } : {}),
        })),
        rondvraag: 'Geen vragen.',
      },
    },
    {
      id: '2026-04-oogo',
      soort: 'oogo',
      datum: day('2026-04-09'),
      aanvang: '14:00',
      einde: '16:30',
      locatie: location,
      uitnodiging: { datum: day('2026-03-19') },
      agendapunten: ids,
      stukken: [{ titel: 'Concept jeugdplan 2027–2030', datum: day('2026-03-02') }, { titel: 'Verslag verkennend overleg' }],
      verslag: {
        notulist: secretary,
        aanwezig: everyone,
        punten: ids.map((id) => id === 'onderwijszorg' && dispute
          ? { agendapunt: id, besproken: 'De samenwerkingsverbanden willen structurele bekostiging van de jeugdhulpcomponent; de gemeenten willen per geval beslissen.', uitkomst: 'geen-overeenstemming' }
          : { agendapunt: id, besproken: 'Het concept-jeugdplan neemt de afspraken over dit punt op.', uitkomst: 'overeenstemming' }),
        rondvraag: 'Geen vragen.',
      },
    },
  ]
  if (thirdMeeting) {
    vergaderingen.push({
      id: '2026-06-vervolg',
      soort: 'oogo',
      datum: day('2026-06-11'),
      aanvang: '14:00',
      einde: '16:00',
      locatie: location,
      uitnodiging: { datum: day('2026-05-21') },
      agendapunten: [other[0]!],
      verslag: {
        notulist: secretary,
        aanwezig: everyone,
        punten: [{ agendapunt: other[0]!, besproken: 'Partijen stellen de uitwerking van de afspraken vast.', uitkomst: 'overeenstemming' }],
      },
    })
  }
  if (dispute) {
    vergaderingen.push({
      id: '2026-05-bijzonder',
      soort: 'bijzonder',
      datum: day('2026-05-07'),
      aanvang: '15:00',
      einde: '16:30',
      locatie: location,
      uitnodiging: { datum: day('2026-04-22') },
      agendapunten: ['onderwijszorg'],
      verslag: {
        notulist: secretary,
        aanwezig: everyone,
        punten: [{ agendapunt: 'onderwijszorg', besproken: 'Partijen bespreken een regionaal budget en bekostiging per arrangement; geen van beide is aanvaard.', uitkomst: 'geen-overeenstemming' }],
      },
    })
  }

  const vo = swvs.find((s) => s.sector === 'vo')!
  const aanbevelingen = [
    { id: 'budget', tekst: 'Stel voor 2027–2029 een gezamenlijk budget in voor de jeugdhulpcomponent van onderwijszorgarrangementen.' },
    { id: 'evaluatie', tekst: 'Evalueer het budget in 2028 samen met de samenwerkingsverbanden.' },
  ]
  const dossier: Record<string, unknown> = {
    versie: 1,
    dossier: {
      titel: scope.titel,
      kenmerk: scope.kenmerk,
      soort: 'jeugd',
      schaal: scope.schaal,
      ...(scope.regio ? { regio: scope.regio } : {}),
      ondertekening: { plaats: placeName(chair.naam), datum: day('2026-01-15') },
    },
    jeugdplan: {
      titel: `Beleidsplan jeugd ${scope.area} 2027–2030`,
      periode: { van: '2027-01-01', tot: '2030-12-31' },
      concept_datum: day('2026-03-02'),
    },
    partijen: { gemeenten, samenwerkingsverbanden: swvs },
    overlegcommissie: {
      naam: `Overlegcommissie OOGO ${scope.area}`,
      voorzitter: { naam: chair.vertegenwoordiger.naam, namens: chair.id },
      secretaris: { ...secretary, namens: chair.id },
    },
    procedure: {
      termijnen: { uitnodiging_dagen_vooraf: 14, stukken_dagen_vooraf: 7, verslag_dagen_na: 21, bijzondere_vergadering_binnen_dagen: 28 },
      vergaderingen_per_jaar: 2,
    },
    geschillenregeling: { commissie: 'Geschillencommissie oogo-jeugdplan', verzoek_soorten: ['advies', 'bemiddeling'] },
    agenda,
    vergaderingen,
  }
  if (dispute) {
    const adviceDate = day('2026-07-09')
    dossier['geschil'] = {
      onderwerp: 'Bekostiging van de jeugdhulpcomponent van onderwijszorgarrangementen',
      agendapunt: 'onderwijszorg',
      ontstaan_in: '2026-04-oogo',
      bijzondere_vergadering: '2026-05-bijzonder',
      verzoek: {
        datum: day('2026-05-21'),
        verzoekers: [vo.id],
        soort: 'advies',
        vraag: 'Is het redelijk dat de gemeenten de jeugdhulpcomponent van onderwijszorgarrangementen structureel bekostigen?',
        standpunt_verzoeker: 'Zonder structurele bekostiging blijven leerlingen thuis zitten terwijl per geval wordt beslist.',
        standpunt_wederpartij: 'De gemeenten willen per geval blijven beslissen, omdat de omvang van de vraag onbekend is.',
        bijlagen: ['Verslag van de OOGO-vergadering', 'Verslag van de bijzondere vergadering', 'Concept jeugdplan 2027–2030'],
      },
      advies: {
        datum: adviceDate,
        kenmerk: `OGC-${100 + (hash(`k:${key}`) % 900)}.2026`,
        zitting: day('2026-06-18'),
        samenvatting: 'De Commissie adviseert een gezamenlijk budget voor drie jaar met een evaluatie na twee jaar.',
        aanbevelingen,
        inspanningsverplichting: true,
      },
    }
    // Every raad decides after the advice, so every college writes a motivering.
    dossier['motiveringen'] = gemeenten.map((g) => ({
      gemeente: g.id,
      collegebesluit: addDays(g.raadsbehandeling_jeugdplan, -21),
      raadsvergadering: g.raadsbehandeling_jeugdplan,
      reacties: aanbevelingen.map((a, i) => {
        const besluit = pick(['overnemen', 'overnemen', 'deels-overnemen', 'niet-overnemen'] as const, `b:${g.id}:${a.id}`)
        return { aanbeveling: a.id, besluit, motivering: i === 0 ? `${g.naam} ${besluit === 'niet-overnemen' ? 'bekostigt arrangementen per geval' : 'draagt naar rato van het aantal leerlingen bij'}.` : `${g.naam} neemt deel aan de gezamenlijke evaluatie.` }
      }),
      visie_swv: 'Het samenwerkingsverband vraagt de raad het gezamenlijke budget vast te leggen in het jeugdplan.',
    }))
  }

  const header = [
    `# Testdossier — ${scope.titel}.`,
    '# Gemaakt door scripts/maak-testdossiers.ts (test/support/country-dossiers.ts); niet met de hand aanpassen.',
    '# Gemeenten, CBS-codes, jeugdregio en SWV-codes (stand 2015) komen uit data/referentie/;',
    '# personen, adressen, namen van samenwerkingsverbanden, vergaderingen en data zijn verzonnen.',
    ...scope.notes.map((n) => `# LET OP: ${n}`),
  ]
  return `${header.join('\n')}\n${stringify(dossier, { lineWidth: 0 })}`
}

// ---------------------------------------------------------------------------------------------
// The two sets

/** 42 dossiers, one per jeugdregio, schaal `jeugdhulpregio`, in region-code order. */
export function regionDossiers(reference: CountryReference): GeneratedDossier[] {
  return regionsOf(reference).map((region) => {
    const notes: string[] = []
    if (region.synthetic) notes.push('de samenstelling van deze jeugdregio is SYNTHETISCHE TESTDATA (gemeenten gegroepeerd op SWV-gebied), niet de werkelijke indeling')
    const swvs = swvParties(region.members, regionFallback(region), notes)
    return {
      name: `regio-${region.code.toLowerCase()}-${slug(region.naam)}.yaml`,
      text: dossierText({
        key: region.code,
        kenmerk: `OOGO-${region.code}-2026`,
        titel: `OOGO jeugd ${region.naam} 2027–2030`,
        schaal: 'jeugdhulpregio',
        regio: { code: region.code, naam: region.naam },
        area: region.naam,
        members: region.members,
        swvs,
        notes,
      }),
    }
  })
}

/** 342 dossiers, one per gemeente with its SWV's, schaal `gemeente`, in GM-code order. */
export function municipalityDossiers(reference: CountryReference): GeneratedDossier[] {
  const regions = regionsOf(reference)
  return regions.flatMap((region) => region.members.map((m) => ({ region, m })))
    .sort((a, b) => compare(a.m.code, b.m.code))
    .map(({ region, m }) => {
      const notes: string[] = []
      const swvs = swvParties([m], regionFallback(region), notes)
      return {
        name: `gemeente-${m.code.toLowerCase()}-${slug(m.naam)}.yaml`,
        text: dossierText({
          key: m.code,
          kenmerk: `OOGO-${m.code}-2026`,
          titel: `OOGO jeugd gemeente ${m.naam} 2027–2030`,
          schaal: 'gemeente',
          area: placeName(m.naam),
          members: [m],
          swvs,
          notes,
        }),
      }
    })
}

/** The first PO and VO SWV of a region's gemeenten: covers a gemeente without 2015 SWV data. */
function regionFallback(region: Region): { po: string; vo: string } {
  const po = region.members.flatMap((m) => m.po).sort(compare)[0]
  const vo = region.members.flatMap((m) => m.vo).sort(compare)[0]
  if (!po || !vo) throw new Error(`${region.code}: geen gemeente met SWV-gegevens`)
  return { po, vo }
}
