/**
 * The dossier as TypeScript sees it after schema validation. Mirrors `schemas/dossier.schema.json`
 * and keeps its Dutch keys (the input contract in DOSSIER.md); optional keys are optional here.
 */

export type IsoDate = string

export interface Adres { straat: string; postcode: string; plaats: string }
export interface Persoon { naam: string; functie: string }
/** A party's representative: who signs the overeenkomst and is addressed in letters. */
export interface Vertegenwoordiger extends Persoon {
  /** The burgemeester's assignment of the representation (art. 171 lid 2 Gemeentewet), or a board's mandate. */
  machtiging?: IsoDate
  /** The salutation as a letter prints it ("Geachte heer De Boer,"). */
  aanhef?: string
}

export interface Gemeente {
  id: string
  naam: string
  gm_code: string
  adres: Adres
  vertegenwoordiger: Vertegenwoordiger
  /** Represents the gemeente (art. 171 lid 1 Gemeentewet). */
  burgemeester?: string
  collegebesluit: IsoDate
  raadsbehandeling_jeugdplan?: IsoDate
}

export type Sector = 'po' | 'vo'

export interface Samenwerkingsverband {
  id: string
  naam: string
  rechtsvorm?: 'stichting' | 'vereniging'
  statutaire_zetel?: string
  /** Eight digits. */
  kvk?: string
  code: string
  sector: Sector
  adres: Adres
  vertegenwoordiger: Vertegenwoordiger
  gemeenten: string[]
}

export interface MboInstelling {
  id: string
  naam: string
  vertegenwoordiger: Vertegenwoordiger
  adres?: Adres
}

export interface Lid { naam: string; functie: string; namens: string }

export interface Overlegcommissie {
  naam: string
  voorzitter: { naam: string; namens: string }
  secretaris: Lid
  leden?: Lid[]
  /** The letterhead of the invitations and the contact of the verzoek. */
  secretariaat?: { adres: Adres; email?: string; telefoon?: string }
}

export interface Termijnen {
  uitnodiging_dagen_vooraf?: number
  stukken_dagen_vooraf?: number
  verslag_dagen_na?: number
  bijzondere_vergadering_binnen_dagen?: number
}

export type Thema = 'preventie-en-toegang' | 'integraal-arrangeren' | 'overgangen' | 'hoe' | 'voorwaarden' | 'overig'
export type Grondslag = 'jeugd' | 'ondersteuningsplan-po' | 'ondersteuningsplan-vo'

export interface Agendapunt { id: string; thema: Thema; titel: string; toelichting?: string; grondslag?: Grondslag }

export type VergaderSoort = 'oogo' | 'algemeen' | 'bijzonder'
export type Uitkomst = 'overeenstemming' | 'geen-overeenstemming' | 'aangehouden' | 'kennisgenomen'

export interface Verslag {
  notulist: Persoon
  aanwezig: Lid[]
  afwezig?: { naam: string; namens: string; afgemeld: boolean }[]
  vorig_verslag?: { status: 'vastgesteld' | 'gewijzigd-vastgesteld' | 'niet-vastgesteld'; wijzigingen?: string }
  /** In the verslag of a bijzondere vergadering: each party's position, the content of the dispute. */
  standpunten?: { partij: string; standpunt: string }[]
  punten: {
    agendapunt: string
    besproken: string
    uitkomst: Uitkomst
    afspraken?: { wat: string; wie: string; wanneer: IsoDate }[]
  }[]
  rondvraag?: string
}

export interface Vergadering {
  id: string
  soort: VergaderSoort
  datum: IsoDate
  aanvang: string
  einde: string
  locatie: { naam: string; adres: string }
  uitnodiging: { datum: IsoDate }
  afmelden_voor?: IsoDate
  agendapunten: string[]
  stukken?: { titel: string; datum?: IsoDate }[]
  verslag?: Verslag
}

/** Bindend advies and arbitrage pass the schema so that a rule can refuse them with its reason. */
export type VerzoekSoort = 'advies' | 'bemiddeling' | 'bindend-advies' | 'arbitrage'
export type Besluit = 'overnemen' | 'deels-overnemen' | 'niet-overnemen'

export interface Geschil {
  onderwerp: string
  agendapunt: string
  ontstaan_in: string
  /** Required once there is a verzoek (rule GC-BIJZONDERE-VERGADERING). */
  bijzondere_vergadering?: string
  verzoek?: {
    datum: IsoDate
    verzoekers: string[]
    soort: VerzoekSoort
    vraag: string
    standpunt_verzoeker: string
    standpunt_wederpartij: string
    bijlagen?: string[]
  }
  advies?: {
    datum: IsoDate
    kenmerk: string
    zitting: IsoDate
    samenvatting: string
    aanbevelingen: { id: string; tekst: string }[]
    inspanningsverplichting: boolean
  }
}

export interface Motivering {
  gemeente: string
  collegebesluit: IsoDate
  raadsvergadering: IsoDate
  reacties: { aanbeveling: string; besluit: Besluit; motivering: string; wijziging?: string }[]
  visie_swv?: string
  /** The version of the jeugdplan the raad adopts. */
  jeugdplan_versie?: IsoDate
  financien?: string
}

export interface Dossier {
  versie: 1
  dossier: {
    titel: string
    kenmerk: string
    soort: 'jeugd' | 'gecombineerd'
    schaal: 'ondersteuningsplan' | 'gemeente' | 'jeugdhulpregio'
    citeertitel?: string
    regio?: { code: string; naam: string }
    ondertekening?: { plaats: string; datum: IsoDate; gezamenlijk?: boolean }
  }
  jeugdplan: { titel: string; periode: { van: IsoDate; tot: IsoDate }; concept_datum: IsoDate }
  partijen: {
    gemeenten: Gemeente[]
    samenwerkingsverbanden: Samenwerkingsverband[]
    mbo_instellingen?: MboInstelling[]
  }
  overlegcommissie: Overlegcommissie
  procedure?: { termijnen?: Termijnen; vergaderingen_per_jaar?: number }
  /** Optional in the schema; rule JW-2.2-GESCHILLENREGELING makes it required, with its basis. */
  geschillenregeling: {
    commissie: string
    verzoek_soorten: VerzoekSoort[]
    ondersteuningsplan?: { bindend_advies?: boolean; arbitrage?: boolean }
    adres?: { straat: string; postcode: string; plaats: string; email?: string }
  }
  agenda: Agendapunt[]
  vergaderingen?: Vergadering[]
  geschil?: Geschil
  motiveringen?: Motivering[]
}
