/**
 * Level C rules (practice, CBS and SWV reference data), each called directly on the parsed sample
 * or a modified copy, and the reference data loader.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadReferenceData } from '../../src/load/load-reference-data.ts'
import type { Dossier, Gemeente, Vergadering } from '../../src/model/dossier.ts'
import { cbsGemeente } from '../../src/rules/cbs-gemeente.ts'
import { cbsJeugdregio } from '../../src/rules/cbs-jeugdregio.ts'
import { prGrondslagPerPunt } from '../../src/rules/pr-grondslag-per-punt.ts'
import { prOogoTijdig } from '../../src/rules/pr-oogo-tijdig.ts'
import { prStukkenTermijn } from '../../src/rules/pr-stukken-termijn.ts'
import { prSwvInRegio } from '../../src/rules/pr-swv-in-regio.ts'
import { prUitnodigingTermijn } from '../../src/rules/pr-uitnodiging-termijn.ts'
import { prVergaderingenPerJaar } from '../../src/rules/pr-vergaderingen-per-jaar.ts'
import { swvCodeBekend } from '../../src/rules/swv-code-bekend.ts'
import type { Rule } from '../../src/rules/types.ts'
import type { Terms } from '../../src/model/rule-settings.ts'

const sample = parse(readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'voorbeeld-dossier.yaml'), 'utf8')) as Dossier
const sampleTerms: Terms = { ...sample.procedure!.termijnen! }

/** A deep copy of the sample, changed by `edit`. */
function dossierWith(edit: (d: Dossier) => void = () => {}): Dossier {
  const copy = structuredClone(sample)
  edit(copy)
  return copy
}

function run(rule: Rule, dossier: Dossier, terms: Terms = sampleTerms) {
  return rule.check({ dossier, terms, reference: loadReferenceData })
}

function meetings(d: Dossier): Vergadering[] {
  return d.vergaderingen!
}

function gemeente(id: string, naam: string, gm_code: string): Gemeente {
  return { ...structuredClone(sample.partijen.gemeenten[0]!), id, naam, gm_code }
}

const rules = [prUitnodigingTermijn, prStukkenTermijn, prOogoTijdig, prGrondslagPerPunt, prVergaderingenPerJaar, prSwvInRegio, cbsGemeente, cbsJeugdregio, swvCodeBekend]

describe('the sample', () => {
  it('has the terms these tests assume', () => {
    expect(sampleTerms).toEqual({ uitnodiging_dagen_vooraf: 14, stukken_dagen_vooraf: 7, verslag_dagen_na: 21, bijzondere_vergadering_binnen_dagen: 28 })
    expect(sample.procedure!.vergaderingen_per_jaar).toBe(2)
  })

  for (const rule of rules) {
    it(`passes ${rule.id}`, () => {
      expect(run(rule, sample, { ...sampleTerms, oogo_dagen_voor_raad: 42 })).toEqual([])
    })
  }

  it('every rule is level C, a warning, with a Dutch one-line title and a basis', () => {
    for (const rule of rules) {
      expect(rule.level).toBe('C')
      expect(rule.severity).toBe('waarschuwing')
      expect(rule.title).not.toMatch(/\n/)
      expect(rule.basis.length).toBeGreaterThan(10)
    }
  })
})

describe('PR-UITNODIGING-TERMIJN', () => {
  it('is off without a term', () => {
    const d = dossierWith((d) => { meetings(d)[1]!.uitnodiging.datum = '2026-04-08' })
    expect(run(prUitnodigingTermijn, d, {})).toEqual([])
  })

  it('passes at exactly the term', () => {
    const d = dossierWith((d) => { meetings(d)[1]!.uitnodiging.datum = '2026-03-26' })
    expect(run(prUitnodigingTermijn, d)).toEqual([])
  })

  it('reports an invitation sent too late, and one sent after the meeting', () => {
    const d = dossierWith((d) => {
      meetings(d)[1]!.uitnodiging.datum = '2026-04-01'
      meetings(d)[0]!.uitnodiging.datum = '2026-02-13'
    })
    expect(run(prUitnodigingTermijn, d)).toEqual([
      {
        path: ['vergaderingen', 0, 'uitnodiging', 'datum'],
        message: 'De uitnodiging voor de algemene vergadering van 12 februari 2026 is verstuurd op 13 februari 2026, 1 dag ná de vergadering; afgesproken is ten minste 14 dagen vooraf.',
        suggestion: 'Verstuur de uitnodiging uiterlijk op 29 januari 2026, of verschuif de vergadering naar 27 februari 2026 of later.',
      },
      {
        path: ['vergaderingen', 1, 'uitnodiging', 'datum'],
        message: 'De uitnodiging voor de OOGO-vergadering van 9 april 2026 is verstuurd op 1 april 2026, 8 dagen vooraf; afgesproken is ten minste 14 dagen vooraf.',
        suggestion: 'Verstuur de uitnodiging uiterlijk op 26 maart 2026, of verschuif de vergadering naar 15 april 2026 of later.',
      },
    ])
  })
})

describe('PR-STUKKEN-TERMIJN', () => {
  it('is off without a term', () => {
    const d = dossierWith((d) => { meetings(d)[1]!.uitnodiging.datum = '2026-04-08' })
    expect(run(prStukkenTermijn, d, { uitnodiging_dagen_vooraf: 14 })).toEqual([])
  })

  it('ignores a late invitation for a meeting without stukken', () => {
    const d = dossierWith((d) => { meetings(d)[2]!.uitnodiging.datum = '2026-05-05' })
    expect(run(prStukkenTermijn, d)).toEqual([])
  })

  it('reports stukken sent with a late invitation', () => {
    const d = dossierWith((d) => { meetings(d)[1]!.uitnodiging.datum = '2026-04-05' })
    expect(run(prStukkenTermijn, d)).toEqual([{
      path: ['vergaderingen', 1, 'uitnodiging', 'datum'],
      message: 'De stukken voor de OOGO-vergadering van 9 april 2026 gaan, naar wordt aangenomen, mee met de uitnodiging van 5 april 2026: 4 dagen vooraf; afgesproken is ten minste 7 dagen vooraf.',
      suggestion: 'Verstuur de stukken uiterlijk op 2 april 2026, of verschuif de vergadering naar 12 april 2026 of later.',
    }])
  })

  it('reports a stuk dated after the invitation', () => {
    const d = dossierWith((d) => {
      meetings(d)[1]!.stukken![0]!.datum = '2026-03-25'
      meetings(d)[1]!.stukken!.push({ titel: 'Notitie bekostiging', datum: '2026-04-05' })
    })
    expect(run(prStukkenTermijn, d)).toEqual([
      {
        path: ['vergaderingen', 1, 'stukken', 0, 'datum'],
        message: 'Het stuk "Concept regionaal beleidsplan jeugd 2027–2030" is gedateerd 25 maart 2026, na de uitnodiging van 19 maart 2026; het kan dus niet met de uitnodiging zijn meegestuurd.',
        suggestion: 'Controleer de datum van het stuk. Is het later nagestuurd, dan geldt ook daarvoor de termijn van 7 dagen: uiterlijk 2 april 2026.',
      },
      {
        path: ['vergaderingen', 1, 'stukken', 2, 'datum'],
        message: 'Het stuk "Notitie bekostiging" is gedateerd 5 april 2026, na de uitnodiging van 19 maart 2026; het kan dus niet met de uitnodiging zijn meegestuurd.',
        suggestion: 'Controleer de datum van het stuk. Is het later nagestuurd, dan was dat te laat: de termijn van 7 dagen vraagt verzending uiterlijk op 2 april 2026.',
      },
    ])
  })
})

describe('PR-OOGO-TIJDIG', () => {
  const lateOogo = (d: Dossier) => {
    meetings(d).push({ ...structuredClone(meetings(d)[1]!), id: '2026-09-oogo', datum: '2026-09-01', uitnodiging: { datum: '2026-08-11' } })
  }

  it('is off without a configured term', () => {
    expect(run(prOogoTijdig, dossierWith(lateOogo), sampleTerms)).toEqual([])
  })

  it('reports a raad that treats the plan too soon after the last OOGO meeting', () => {
    expect(run(prOogoTijdig, dossierWith(lateOogo), { ...sampleTerms, oogo_dagen_voor_raad: 30 })).toEqual([
      {
        path: ['partijen', 'gemeenten', 0, 'raadsbehandeling_jeugdplan'],
        message: 'De raad van Den Helder behandelt het jeugdplan op 24 september 2026, 23 dagen na de laatste vergadering met OOGO-status (1 september 2026); ingesteld is ten minste 30 dagen.',
        suggestion: 'Houd de OOGO-vergadering uiterlijk op 25 augustus 2026, of plan de raadsbehandeling op 1 oktober 2026 of later.',
      },
      {
        path: ['partijen', 'gemeenten', 2, 'raadsbehandeling_jeugdplan'],
        message: 'De raad van Schagen behandelt het jeugdplan op 29 september 2026, 28 dagen na de laatste vergadering met OOGO-status (1 september 2026); ingesteld is ten minste 30 dagen.',
        suggestion: 'Houd de OOGO-vergadering uiterlijk op 30 augustus 2026, of plan de raadsbehandeling op 1 oktober 2026 of later.',
      },
    ])
  })

  it('skips a gemeente without an OOGO meeting before its raad, and ignores later meetings and other kinds', () => {
    const d = dossierWith((d) => {
      d.partijen.gemeenten[3]!.raadsbehandeling_jeugdplan = '2026-04-01'
      meetings(d)[2]!.datum = '2026-09-20' // bijzonder, not OOGO
      meetings(d).push({ ...structuredClone(meetings(d)[1]!), id: '2026-10-oogo', datum: '2026-10-20', uitnodiging: { datum: '2026-09-30' } })
    })
    expect(run(prOogoTijdig, d, { oogo_dagen_voor_raad: 150 })).toEqual([])
  })
})

describe('PR-GRONDSLAG-PER-PUNT', () => {
  it('does not apply to an OOGO jeugd', () => {
    expect(run(prGrondslagPerPunt, sample)).toEqual([])
  })

  it('passes a combined OOGO with a grondslag on every item', () => {
    const d = dossierWith((d) => {
      d.dossier.soort = 'gecombineerd'
      for (const item of d.agenda) item.grondslag = 'jeugd'
    })
    expect(run(prGrondslagPerPunt, d)).toEqual([])
  })

  it('reports an item without grondslag in a combined OOGO', () => {
    const d = dossierWith((d) => {
      d.dossier.soort = 'gecombineerd'
      d.agenda[0]!.grondslag = 'jeugd'
      d.agenda[1]!.grondslag = 'ondersteuningsplan-vo'
      d.agenda[3]!.grondslag = 'jeugd'
    })
    expect(run(prGrondslagPerPunt, d)).toEqual([{
      path: ['agenda', 2, 'grondslag'],
      message: 'Agendapunt "Warme overdracht van primair naar voortgezet onderwijs" (overgang-po-vo) vermeldt geen grondslag. In een gecombineerd OOGO moet per agendapunt vaststaan of het over het jeugdplan of over het ondersteuningsplan PO of VO gaat: daarvan hangen de deelnemers en de geschillenregeling af.',
      suggestion: 'Voeg `grondslag: jeugd`, `grondslag: ondersteuningsplan-po` of `grondslag: ondersteuningsplan-vo` toe.',
    }])
  })
})

describe('PR-VERGADERINGEN-PER-JAAR', () => {
  const spread = (d: Dossier) => {
    const base = meetings(d)[0]!
    meetings(d).push({ ...structuredClone(base), id: '2027-03', datum: '2027-03-01', uitnodiging: { datum: '2027-02-01' } })
    meetings(d).push({ ...structuredClone(base), id: '2029-06', datum: '2029-06-01', uitnodiging: { datum: '2029-05-01' } })
  }

  it('is off without an agreed number', () => {
    expect(run(prVergaderingenPerJaar, dossierWith((d) => { spread(d); delete d.procedure!.vergaderingen_per_jaar }))).toEqual([])
  })

  it('passes when every complete year has enough meetings (partial years are not judged)', () => {
    const d = dossierWith((d) => {
      spread(d)
      meetings(d).push({ ...structuredClone(meetings(d)[0]!), id: '2027-10', datum: '2027-10-01', uitnodiging: { datum: '2027-09-01' } })
      meetings(d).push({ ...structuredClone(meetings(d)[0]!), id: '2028-10', datum: '2028-10-01', uitnodiging: { datum: '2028-09-01' } })
      meetings(d).push({ ...structuredClone(meetings(d)[0]!), id: '2028-11', datum: '2028-11-01', uitnodiging: { datum: '2028-10-01' } })
    })
    expect(run(prVergaderingenPerJaar, d)).toEqual([])
  })

  it('reports each complete year with too few meetings', () => {
    expect(run(prVergaderingenPerJaar, dossierWith(spread))).toEqual([
      {
        path: ['procedure', 'vergaderingen_per_jaar'],
        message: 'In 2027 is 1 vergadering gehouden; afgesproken is ten minste 2 per jaar.',
        suggestion: 'Neem de vergaderingen van 2027 op die in het dossier ontbreken, of pas de afspraak in procedure.vergaderingen_per_jaar aan.',
      },
      {
        path: ['procedure', 'vergaderingen_per_jaar'],
        message: 'In 2028 is geen vergadering gehouden; afgesproken is ten minste 2 per jaar.',
        suggestion: 'Neem de vergaderingen van 2028 op die in het dossier ontbreken, of pas de afspraak in procedure.vergaderingen_per_jaar aan.',
      },
    ])
  })
})

describe('PR-SWV-IN-REGIO', () => {
  const widen = (d: Dossier) => {
    d.partijen.gemeenten.push(gemeente('alphen', 'Alphen aan den Rijn', 'GM0484'))
    d.partijen.gemeenten.push(gemeente('kaag', 'Kaag en Braassem', 'GM1884'))
    d.partijen.gemeenten.push(gemeente('beekdaelen', 'Beekdaelen', 'GM1954')) // no SWV data: skipped
    d.partijen.gemeenten.push(gemeente('atlantis', 'Atlantis', 'GM9999')) // unknown: skipped
  }

  it('does not apply at another scale', () => {
    expect(run(prSwvInRegio, dossierWith((d) => { widen(d); d.dossier.schaal = 'gemeente' }))).toEqual([])
  })

  it('compares normalised codes', () => {
    const d = dossierWith((d) => { d.partijen.samenwerkingsverbanden[0]!.code = 'swv po 27-01' })
    expect(run(prSwvInRegio, d)).toEqual([])
  })

  it('reports every SWV of the gemeenten that is not a party', () => {
    const d = dossierWith((d) => {
      widen(d)
      d.partijen.samenwerkingsverbanden.push({ ...structuredClone(d.partijen.samenwerkingsverbanden[0]!), id: 'swv-po-2814', code: 'PO 28-14', gemeenten: ['alphen'] })
    })
    const finding = (code: string, gemeenten: string, sector: string, ids: string) => ({
      path: ['partijen', 'samenwerkingsverbanden'],
      at: 'key',
      message: `Samenwerkingsverband ${code} is geen partij, maar bedient volgens de SWV-indeling van 2015 (mogelijk verouderd) ${gemeenten}. Op de schaal van de jeugdhulpregio neemt elk samenwerkingsverband in de regio deel.`,
      suggestion: `Voeg samenwerkingsverband ${code} toe als partij (sector: ${sector}, gemeenten: [${ids}]), of ga na of de indeling sinds 2015 is gewijzigd.`,
    })
    expect(run(prSwvInRegio, d)).toEqual([
      finding('PO2801', 'gemeente Kaag en Braassem', 'po', 'kaag'),
      finding('PO2813', 'de gemeenten Alphen aan den Rijn en Kaag en Braassem', 'po', 'alphen, kaag'),
      finding('VO2801', 'gemeente Kaag en Braassem', 'vo', 'kaag'),
      finding('VO2802', 'gemeente Alphen aan den Rijn', 'vo', 'alphen'),
    ])
  })
})

describe('CBS-GEMEENTE', () => {
  it('ignores case, accents and a CBS suffix', () => {
    const d = dossierWith((d) => {
      d.partijen.gemeenten.push(gemeente('beek', 'beek', 'GM0888'))
      d.partijen.gemeenten.push(gemeente('sudwest', 'Sudwest-Fryslan', 'GM1900'))
      d.partijen.gemeenten.push(gemeente('bergen', 'Bergen', 'GM0893'))
      d.partijen.gemeenten.push(gemeente('den-haag', '’s-Gravenhage', 'GM0518'))
    })
    expect(run(cbsGemeente, d)).toEqual([])
  })

  it('reports a name that differs from the CBS name', () => {
    const d = dossierWith((d) => {
      d.partijen.gemeenten[0]!.naam = 'Den Heldr'
      d.partijen.gemeenten[1]!.naam = 'Texel'
    })
    expect(run(cbsGemeente, d)).toEqual([
      {
        path: ['partijen', 'gemeenten', 0, 'naam'],
        message: 'De naam "Den Heldr" wijkt af van de naam die het CBS (gebiedsindeling 2025) bij GM0400 voert: "Den Helder".',
        suggestion: 'Gebruik naam: Den Helder',
      },
      {
        path: ['partijen', 'gemeenten', 1, 'naam'],
        message: 'De naam "Texel" wijkt af van de naam die het CBS (gebiedsindeling 2025) bij GM1911 voert: "Hollands Kroon". "Texel" is bij het CBS GM0448 (Texel).',
        suggestion: 'Gebruik naam: Hollands Kroon, of gm_code GM0448 als Texel bedoeld is.',
      },
    ])
  })

  it('reports an unknown code, with the code of a gemeente of the same name', () => {
    const d = dossierWith((d) => {
      d.partijen.gemeenten[0]!.gm_code = 'GM0401'
      d.partijen.gemeenten[1]!.gm_code = 'GM9999'
      d.partijen.gemeenten[1]!.naam = 'Bergen'
      d.partijen.gemeenten[2]!.naam = 'Atlantis'
      d.partijen.gemeenten[2]!.gm_code = 'GM9998'
    })
    expect(run(cbsGemeente, d)).toEqual([
      {
        path: ['partijen', 'gemeenten', 0, 'gm_code'],
        message: 'GM0401 (gemeente Den Helder) staat niet in de CBS-gebiedsindeling 2025.',
        suggestion: 'Bedoelde u GM0400 (Den Helder)?',
      },
      {
        path: ['partijen', 'gemeenten', 1, 'gm_code'],
        message: 'GM9999 (gemeente Bergen) staat niet in de CBS-gebiedsindeling 2025.',
        suggestion: 'Bedoelde u GM0373 (Bergen (NH.)) of GM0893 (Bergen (L.))?',
      },
      {
        path: ['partijen', 'gemeenten', 2, 'gm_code'],
        message: 'GM9998 (gemeente Atlantis) staat niet in de CBS-gebiedsindeling 2025.',
        suggestion: 'Zoek de gemeentecode op in de CBS-gebiedsindeling 2025 (GM gevolgd door vier cijfers); bij een herindeling heeft de nieuwe gemeente een nieuwe code.',
      },
    ])
  })
})

describe('CBS-JEUGDREGIO', () => {
  it('compares the name case-insensitively, and needs no regio', () => {
    expect(run(cbsJeugdregio, dossierWith((d) => { d.dossier.regio!.naam = 'kop van noord-holland' }))).toEqual([])
    expect(run(cbsJeugdregio, dossierWith((d) => { delete d.dossier.regio }))).toEqual([])
  })

  it('reports JZ40, suggesting the code of the same name', () => {
    expect(run(cbsJeugdregio, dossierWith((d) => { d.dossier.regio!.code = 'JZ40' }))).toEqual([{
      path: ['dossier', 'regio', 'code'],
      message: "JZ40 (Kop van Noord-Holland) is geen jeugdregio in de CBS-gebiedsindeling 2025; die kent 42 jeugdregio's, JZ01 tot en met JZ43 zonder JZ40.",
      suggestion: 'Bedoelde u JZ03 (Kop van Noord-Holland)?',
    }])
  })

  it('reports an unknown code without a match', () => {
    expect(run(cbsJeugdregio, dossierWith((d) => { d.dossier.regio = { code: 'JZ44', naam: 'Atlantis' } }))).toEqual([{
      path: ['dossier', 'regio', 'code'],
      message: "JZ44 (Atlantis) is geen jeugdregio in de CBS-gebiedsindeling 2025; die kent 42 jeugdregio's, JZ01 tot en met JZ43 zonder JZ40.",
      suggestion: 'Zoek de code van de jeugdregio op in de CBS-gebiedsindeling 2025.',
    }])
  })

  it('reports a name that differs from the CBS name', () => {
    expect(run(cbsJeugdregio, dossierWith((d) => { d.dossier.regio!.naam = 'Noord-Holland Noord' }))).toEqual([{
      path: ['dossier', 'regio', 'naam'],
      message: 'De naam "Noord-Holland Noord" wijkt af van de naam die het CBS (gebiedsindeling 2025) bij JZ03 voert: "Kop van Noord-Holland".',
      suggestion: 'Gebruik naam: Kop van Noord-Holland',
    }])
  })
})

describe('SWV-CODE-BEKEND', () => {
  const stand = 'volgens de SWV-indeling van 2015 (testgegevens, mogelijk verouderd)'

  it('accepts other spellings of a known code', () => {
    expect(run(swvCodeBekend, dossierWith((d) => { d.partijen.samenwerkingsverbanden[0]!.code = 'PO-27-01' }))).toEqual([])
  })

  it('reports an unknown code, naming the codes of its gemeenten', () => {
    expect(run(swvCodeBekend, dossierWith((d) => { d.partijen.samenwerkingsverbanden[0]!.code = 'PO 27-99' }))).toEqual([{
      path: ['partijen', 'samenwerkingsverbanden', 0, 'code'],
      message: `SWV-code PO2799 (Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland) komt niet voor ${stand}.`,
      suggestion: `De gemeenten van dit samenwerkingsverband vallen ${stand} onder PO2701.`,
    }])
  })

  it('reports a code of the other sector', () => {
    expect(run(swvCodeBekend, dossierWith((d) => { d.partijen.samenwerkingsverbanden[1]!.sector = 'po' }))).toEqual([{
      path: ['partijen', 'samenwerkingsverbanden', 1, 'code'],
      message: `VO2701 is ${stand} een samenwerkingsverband VO, maar Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland heeft sector po.`,
      suggestion: 'Gebruik een PO-code, of sector: vo.',
    }])
  })

  it('reports a gemeente that the code does not serve', () => {
    const d = dossierWith((d) => {
      d.partijen.gemeenten.push(gemeente('leiden', 'Leiden', 'GM0546'), gemeente('alphen', 'Alphen aan den Rijn', 'GM0484'), gemeente('beekdaelen', 'Beekdaelen', 'GM1954'))
      d.partijen.samenwerkingsverbanden[0]!.gemeenten.push('leiden', 'alphen', 'beekdaelen')
    })
    const swv = 'Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland'
    expect(run(swvCodeBekend, d)).toEqual([
      {
        path: ['partijen', 'samenwerkingsverbanden', 0, 'gemeenten', 4],
        message: `Gemeente Leiden valt ${stand} onder PO2801, niet onder PO2701.`,
        suggestion: `Ga na of Leiden tot het gebied van ${swv} hoort; zo niet, haal leiden weg uit de gemeenten van dit samenwerkingsverband.`,
      },
      {
        path: ['partijen', 'samenwerkingsverbanden', 0, 'gemeenten', 5],
        message: `Gemeente Alphen aan den Rijn valt ${stand} onder PO2813 en PO2814, niet onder PO2701.`,
        suggestion: `Ga na of Alphen aan den Rijn tot het gebied van ${swv} hoort; zo niet, haal alphen weg uit de gemeenten van dit samenwerkingsverband.`,
      },
    ])
  })
})

describe('loadReferenceData', () => {
  const data = loadReferenceData()

  it('is loaded once', () => expect(loadReferenceData()).toBe(data))

  it('has the 342 gemeenten and 42 jeugdregio\'s of 2025, without JZ40', () => {
    expect(data.municipalities.size).toBe(342)
    expect(data.regions.size).toBe(42)
    expect(data.regions.has('JZ40')).toBe(false)
    expect(data.regions.get('JZ03')).toBe('Kop van Noord-Holland')
    expect(data.source).toMatch(/2015/)
  })

  it('reads quoted names with commas as one name', () => {
    expect(data.municipalities.get('GM0820')).toEqual({ code: 'GM0820', naam: 'Nuenen, Gerwen en Nederwetten', po: ['PO3008'], vo: ['VO3007'] })
  })

  it('gives the 2015 SWV codes per gemeente, several for a split gemeente and none for a new one', () => {
    expect(data.municipalities.get('GM0400')).toEqual({ code: 'GM0400', naam: 'Den Helder', po: ['PO2701'], vo: ['VO2701'] })
    expect(data.municipalities.get('GM0484')).toMatchObject({ po: ['PO2813', 'PO2814'], vo: ['VO2802'] })
    expect(data.municipalities.get('GM1954')).toEqual({ code: 'GM1954', naam: 'Beekdaelen', po: [], vo: [] })
    expect([...data.municipalities.values()].filter((m) => m.po.length === 0 && m.vo.length === 0)).toHaveLength(21)
  })

  it('lists every PO and VO code of 2015, and no port area', () => {
    expect(data.swvCodes.has('PO2701')).toBe(true)
    expect(data.swvCodes.has('VO2701')).toBe(true)
    expect(data.swvCodes.has('Europoort')).toBe(false)
    expect(data.municipalities.get('GM0599')).toMatchObject({ po: ['PO2803', 'PO2806', 'PO2808'], vo: ['VO2810', 'VO2812'] })
    expect([...data.swvCodes].every((c) => /^(PO|VO)\d{4}$/.test(c))).toBe(true)
  })
})
