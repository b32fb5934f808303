/**
 * The rules of issue 11 (documents a careful lawyer sends): attendance at an agreement, the whole chronology of the
 * procedure, kinds that must match, and finished documents. Each rule passes on the sample (or on `voltooid`, the
 * sample with every optional key) and fails on a changed copy with exactly the expected findings (whole objects).
 */
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Dossier } from '../../src/model/dossier.ts'
import { rules } from '../../src/rules/index.ts'
import type { Rule } from '../../src/rules/types.ts'
import { sampleText } from '../support/helpers.ts'
import { fixture } from '../support/fixtures.ts'

const sample = (): Dossier => parse(sampleText) as Dossier
const voltooid = (): Dossier => parse(fixture('voltooid').dossierText) as Dossier
const noReference = () => { throw new Error('not needed') }
const run = (rule: Rule, dossier: Dossier) => rule.check({ dossier, terms: {}, reference: noReference })
const rule = (id: string) => {
  const found = rules.find((r) => r.id === id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}
const fixtureDossier = (name: string): Dossier => parse(fixture(name).dossierText) as Dossier

describe('attendance: OVK-OVEREENSTEMMING-AANWEZIG', () => {
  const attendance = rule('OVK-OVEREENSTEMMING-AANWEZIG')

  it('passes the sample: every college and SWV was present where agreement was recorded', () => {
    expect(run(attendance, sample())).toEqual([])
  })

  it('reports an agreement recorded while a college and an SWV were absent, or a raadslid came for the college', () => {
    const d = sample()
    const minutes = d.vergaderingen![1]!.verslag!
    minutes.aanwezig = minutes.aanwezig.filter((a) => a.namens !== 'texel' && a.namens !== 'swv-po-kop')
    expect(run(attendance, d)).toEqual([0, 2, 3].map((j) => ({
      path: ['vergaderingen', 1, 'verslag', 'punten', j, 'uitkomst'],
      message: `Het verslag van de OOGO-vergadering van 9 april 2026 legt over agendapunt "${['Jeugdhulp in en om de school', '', 'Warme overdracht van primair naar voortgezet onderwijs', 'Gezamenlijke monitor jeugdhulp en passend onderwijs'][j]}" overeenstemming vast, maar het college van Texel en het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland waren niet aanwezig. Overeenstemming over het jeugdplan van een gemeente vraagt de instemming van haar college en van elk samenwerkingsverband waarvan het gebied haar omvat.`,
      suggestion: 'Vermeld wie namens die partijen aanwezig was onder `aanwezig`; hebben zij later schriftelijk ingestemd, vermeld dat dan in `besproken`; anders `uitkomst: aangehouden`.',
    })))
    const e = sample()
    const texel = e.vergaderingen![1]!.verslag!.aanwezig.find((a) => a.namens === 'texel')!
    texel.functie = 'gemeenteraadslid'
    e.vergaderingen![1]!.verslag!.punten = e.vergaderingen![1]!.verslag!.punten.slice(3)
    expect(run(attendance, e)).toEqual([{
      path: ['vergaderingen', 1, 'verslag', 'punten', 0, 'uitkomst'],
      message: 'Het verslag van de OOGO-vergadering van 9 april 2026 legt over agendapunt "Gezamenlijke monitor jeugdhulp en passend onderwijs" overeenstemming vast, maar het college van Texel was niet aanwezig. Overeenstemming over het jeugdplan van een gemeente vraagt de instemming van haar college en van elk samenwerkingsverband waarvan het gebied haar omvat.',
      suggestion: 'Vermeld wie namens die partij aanwezig was onder `aanwezig`; heeft zij later schriftelijk ingestemd, vermeld dat dan in `besproken`; anders `uitkomst: aangehouden`.',
    }])
  })

  it('in a combined OOGO, an item on the ondersteuningsplan PO needs only the SWV PO and the colleges in its area', () => {
    const d = sample()
    d.dossier.soort = 'gecombineerd'
    d.agenda[3]!.grondslag = 'ondersteuningsplan-po'
    const minutes = d.vergaderingen![1]!.verslag!
    minutes.aanwezig = minutes.aanwezig.filter((a) => a.namens !== 'swv-vo-kop')
    minutes.punten = minutes.punten.slice(3)
    expect(run(attendance, d)).toEqual([])
  })

  it('fires on the fixtures holland-rijnland-regio and haarlemmermeer-geschil (haarlemmermeer-gemeente has no meetings)', () => {
    expect(run(attendance, fixtureDossier('holland-rijnland-regio')).map((f) => f.path.join('/'))).toEqual([
      'vergaderingen/1/verslag/punten/0/uitkomst', 'vergaderingen/1/verslag/punten/1/uitkomst',
      'vergaderingen/1/verslag/punten/3/uitkomst', 'vergaderingen/2/verslag/punten/0/uitkomst',
    ])
    expect(run(attendance, fixtureDossier('haarlemmermeer-gemeente'))).toEqual([])
    expect(run(attendance, fixtureDossier('haarlemmermeer-geschil')).map((f) => f.message)).toEqual([
      'Het verslag van de OOGO-vergadering van 12 mei 2026 legt over agendapunt "Schoolmaatschappelijk werk als toegang tot jeugdhulp" overeenstemming vast, maar het Samenwerkingsverband Voortgezet Onderwijs Amstelland en de Meerlanden was niet aanwezig. Overeenstemming over het jeugdplan van een gemeente vraagt de instemming van haar college en van elk samenwerkingsverband waarvan het gebied haar omvat.',
    ])
  })
})

describe('chronology', () => {
  it('JW-2.2-PROCEDURE-VOORAF: passes the sample; a college decision after the signing, a signing after the first OOGO meeting', () => {
    const r = rule('JW-2.2-PROCEDURE-VOORAF')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    d.partijen.gemeenten[1]!.collegebesluit = '2026-01-20'
    expect(run(r, d)).toEqual([{
      path: ['partijen', 'gemeenten', 1, 'collegebesluit'],
      message: 'Het collegebesluit van Hollands Kroon (20 januari 2026) ligt na de ondertekening van de overeenkomst op 15 januari 2026: het college besluit eerst, daarna wordt getekend.',
      suggestion: 'Controleer de datum van het collegebesluit en die van de ondertekening (`dossier.ondertekening.datum`).',
    }])
    const e = sample()
    e.dossier.ondertekening!.datum = '2026-04-10'
    expect(run(r, e)).toEqual([{
      path: ['dossier', 'ondertekening', 'datum'],
      message: 'De overeenkomst is getekend op 10 april 2026, na de eerste vergadering met OOGO-status (9 april 2026): het overleg vindt plaats volgens een procedure die partijen al hebben vastgesteld.',
      suggestion: 'Controleer de datum van de ondertekening, of houd de eerdere vergadering zonder OOGO-status (`soort: algemeen`).',
    }])
    const f = sample()
    delete f.dossier.ondertekening
    f.partijen.gemeenten[3]!.collegebesluit = '2026-04-14'
    expect(run(r, f)).toEqual([{
      path: ['partijen', 'gemeenten', 3, 'collegebesluit'],
      message: 'Het collegebesluit van Texel (14 april 2026) ligt na de eerste vergadering met OOGO-status (9 april 2026): het overleg vindt plaats volgens een procedure die het college al heeft vastgesteld.',
      suggestion: 'Controleer de datum van het collegebesluit, of houd de vergadering zonder OOGO-status (`soort: algemeen`).',
    }])
  })

  it('GC-UITNODIGING-VOORAF: passes the sample and an invitation on the day itself; an invitation after the meeting', () => {
    const r = rule('GC-UITNODIGING-VOORAF')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    d.vergaderingen![0]!.uitnodiging.datum = '2026-02-12'
    expect(run(r, d)).toEqual([])
    d.vergaderingen![2]!.uitnodiging.datum = '2026-05-08'
    expect(run(r, d)).toEqual([{
      path: ['vergaderingen', 2, 'uitnodiging', 'datum'],
      message: 'De uitnodiging voor de bijzondere vergadering van 7 mei 2026 is gedateerd 8 mei 2026, na de vergadering.',
      suggestion: 'Controleer de datum van de uitnodiging (`uitnodiging.datum`) en die van de vergadering.',
    }])
  })

  it('GC-GESCHIL-ONTSTAAN: passes the sample; a dispute born in a general meeting, on an agreed item, before its bijzondere vergadering', () => {
    const r = rule('GC-GESCHIL-ONTSTAAN')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    d.geschil!.ontstaan_in = '2026-02-verkenning'
    expect(run(r, d)).toEqual([{
      path: ['geschil', 'ontstaan_in'],
      message: 'Het geschil ontstond volgens het dossier in de algemene vergadering van 12 februari 2026. Een geschil ontstaat in een vergadering met OOGO-status (soort: oogo), niet in een algemeen overleg, waarin geen overeenstemming wordt gezocht.',
      suggestion: 'Verwijs in `geschil.ontstaan_in` naar de OOGO-vergadering waarin over het agendapunt geen overeenstemming werd bereikt.',
    }])
    const e = sample()
    e.vergaderingen![1]!.verslag!.punten[1]!.uitkomst = 'overeenstemming'
    e.vergaderingen![1]!.datum = '2026-05-07'
    expect(run(r, e)).toEqual([
      {
        path: ['vergaderingen', 1, 'verslag', 'punten', 1, 'uitkomst'],
        message: 'Het verslag van de OOGO-vergadering van 7 mei 2026, waarin het geschil ontstond, legt over het agendapunt van het geschil (`onderwijszorg`) niet "geen overeenstemming" vast maar "overeenstemming".',
        suggestion: 'Leg in het verslag `uitkomst: geen-overeenstemming` vast voor dat agendapunt, of controleer `geschil.ontstaan_in` en `geschil.agendapunt`.',
      },
      { path: ['vergaderingen', 2, 'datum'], message: 'De bijzondere vergadering van 7 mei 2026 ligt niet na de vergadering van 7 mei 2026 waarin het geschil ontstond.' },
    ])
  })

  it('GC-BIJZONDERE-VERGADERING: a verzoek on the day of the bijzondere vergadering is lawful; not after an agreement there', () => {
    const r = rule('GC-BIJZONDERE-VERGADERING')
    const d = sample()
    d.geschil!.verzoek!.datum = '2026-05-07'
    expect(run(r, d)).toEqual([])
    d.vergaderingen![2]!.verslag!.punten[0]!.uitkomst = 'overeenstemming'
    expect(run(r, d)).toEqual([{
      path: ['vergaderingen', 2, 'verslag', 'punten', 0, 'uitkomst'],
      message: 'In de bijzondere vergadering van 7 mei 2026 is over het agendapunt van het geschil overeenstemming bereikt; dan is er geen geschil meer om aan de Geschillencommissie voor te leggen.',
      suggestion: 'Verwijder `geschil.verzoek`, of controleer de uitkomst in het verslag van de bijzondere vergadering.',
    }])
  })

  it('GC-RAAD-NA-ADVIES: passes the sample; a raad before the advice, before the motivering, and with the advice still pending', () => {
    const r = rule('GC-RAAD-NA-ADVIES')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    d.partijen.gemeenten[1]!.raadsbehandeling_jeugdplan = '2026-07-02'
    d.partijen.gemeenten[3]!.raadsbehandeling_jeugdplan = '2026-09-30'
    d.partijen.gemeenten[2]!.raadsbehandeling_jeugdplan = '2026-05-14' // before the verzoek: not this rule's concern
    expect(run(r, d)).toEqual([
      {
        path: ['partijen', 'gemeenten', 1, 'raadsbehandeling_jeugdplan'],
        message: 'De raad van Hollands Kroon behandelt het jeugdplan op 2 juli 2026, vóór het advies van de Geschillencommissie van 9 juli 2026.',
        suggestion: 'Verschuif de raadsbehandeling tot na het advies en de motivering van het college.',
      },
      {
        path: ['partijen', 'gemeenten', 3, 'raadsbehandeling_jeugdplan'],
        message: 'De raad van Texel behandelt het jeugdplan op 30 september 2026, vóór de raadsvergadering van 5 oktober 2026 waarin het college zijn motivering bij het advies aanbiedt.',
        suggestion: 'Behandel het jeugdplan in of na de raadsvergadering van de motivering, of pas `raadsvergadering` van de motivering aan.',
      },
    ])
    const e = sample()
    delete e.geschil!.advies
    delete e.motiveringen
    e.partijen.gemeenten = e.partijen.gemeenten.slice(0, 1)
    expect(run(r, e)).toEqual([{
      path: ['partijen', 'gemeenten', 0, 'raadsbehandeling_jeugdplan'],
      message: 'De raad van Den Helder behandelt het jeugdplan op 24 september 2026, maar op het verzoek om advies van 21 mei 2026 is nog geen advies in het dossier: het college biedt de raad het advies, zijn motivering en het concept jeugdplan samen aan.',
      suggestion: 'Voeg het advies toe (`geschil.advies`) zodra het er is, of verschuif de raadsbehandeling.',
    }])
  })

  it('OVK-VERSLAG: passes the sample; an OOGO meeting without verslag once a later meeting exists, not the last one', () => {
    const r = rule('OVK-VERSLAG')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    delete d.vergaderingen![1]!.verslag
    delete d.vergaderingen![0]!.verslag // a general meeting: not this rule's concern
    delete d.vergaderingen![2]!.verslag // the bijzondere vergadering of the verzoek: GC-BIJZONDERE-VERGADERING
    expect(run(r, d)).toEqual([{
      path: ['vergaderingen', 1, 'id'],
      message: 'De OOGO-vergadering van 9 april 2026 heeft geen verslag, terwijl de volgende vergadering (7 mei 2026) al in het dossier staat. Het verslag legt vast of over de agendapunten overeenstemming is bereikt.',
      suggestion: 'Voeg het verslag toe onder `verslag` van deze vergadering.',
    }])
    const e = sample()
    delete e.geschil
    delete e.motiveringen
    delete e.vergaderingen![2]!.verslag
    expect(run(r, e)).toEqual([])
  })
})

describe('kinds that must match', () => {
  it('GC-ADVIES-NA-VERZOEK: passes the sample; an advies on a request for bemiddeling, and without a request', () => {
    const r = rule('GC-ADVIES-NA-VERZOEK')
    expect(run(r, sample())).toEqual([])
    const d = sample()
    d.geschil!.verzoek!.soort = 'bemiddeling'
    expect(run(r, d)).toEqual([{
      path: ['geschil', 'verzoek', 'soort'],
      message: 'Het verzoek van 21 mei 2026 is een verzoek om bemiddeling, maar het dossier bevat een advies van 9 juli 2026: een advies volgt alleen op een verzoek om advies.',
      suggestion: 'Vermeld `soort: advies` als om advies is gevraagd; leg de uitkomst van bemiddeling vast in het verslag van de volgende vergadering en verwijder `geschil.advies`.',
    }])
    delete d.geschil!.verzoek
    expect(run(r, d)).toEqual([{
      path: ['geschil', 'advies'], at: 'key',
      message: 'Het dossier bevat een advies van de Geschillencommissie van 9 juli 2026, maar geen verzoek: de Commissie adviseert alleen op een verzoek om advies.',
      suggestion: 'Voeg het verzoek toe onder `geschil.verzoek` met `soort: advies`.',
    }])
  })

  it('WVO-2.47-MBO-UITGENODIGD: passes the combined fixture; an item on the ondersteuningsplan VO without an mbo', () => {
    const r = rule('WVO-2.47-MBO-UITGENODIGD')
    expect(run(r, sample())).toEqual([])
    const d = fixtureDossier('gecombineerd-ondersteuningsplan')
    expect(run(r, d)).toEqual([])
    delete d.partijen.mbo_instellingen
    const index = d.agenda.findIndex((a) => a.grondslag === 'ondersteuningsplan-vo')
    expect(run(r, d)).toEqual([{
      path: ['agenda', index, 'grondslag'],
      message: 'Agendapunt "Overgang van het voortgezet onderwijs naar het mbo" gaat over het ondersteuningsplan VO, maar het dossier noemt geen mbo-instelling. Het samenwerkingsverband VO nodigt het bevoegd gezag van elke mbo-instelling met een vestiging in zijn gebied uit voor het overleg over de basisondersteuning.',
      suggestion: 'Voeg de mbo-instelling toe onder `partijen.mbo_instellingen`.',
    }])
  })

  it('WVO-2.47-MBO-BEVOEGD-GEZAG: passes the combined fixture; a wethouder or an SWV director acting for the mbo', () => {
    const r = rule('WVO-2.47-MBO-BEVOEGD-GEZAG')
    const d = fixtureDossier('gecombineerd-ondersteuningsplan')
    expect(run(r, d)).toEqual([])
    const swv = d.partijen.samenwerkingsverbanden[0]!
    d.partijen.mbo_instellingen![0]!.vertegenwoordiger = { naam: 'P. de Wit', functie: 'wethouder Onderwijs' }
    d.overlegcommissie.leden = [{ naam: swv.vertegenwoordiger.naam, functie: 'bestuurder', namens: 'mbo-weert' }]
    expect(run(r, d)).toEqual([
      {
        path: ['partijen', 'mbo_instellingen', 0, 'vertegenwoordiger', 'naam'],
        message: 'P. de Wit treedt op namens Gilde Opleidingen, vestiging Weert, maar heeft de functie wethouder Onderwijs. Een mbo-instelling wordt vertegenwoordigd door haar bevoegd gezag of iemand namens dat bevoegd gezag, niet door een gemeente of samenwerkingsverband.',
        suggestion: 'Vermeld een bestuurder of medewerker van Gilde Opleidingen, vestiging Weert, of de partij namens wie deze persoon werkelijk optreedt.',
      },
      {
        path: ['overlegcommissie', 'leden', 0, 'naam'],
        message: `${swv.vertegenwoordiger.naam} treedt op namens Gilde Opleidingen, vestiging Weert, maar treedt elders in het dossier op namens ${swv.naam}. Een mbo-instelling wordt vertegenwoordigd door haar bevoegd gezag of iemand namens dat bevoegd gezag, niet door een gemeente of samenwerkingsverband.`,
        suggestion: 'Vermeld een bestuurder of medewerker van Gilde Opleidingen, vestiging Weert, of de partij namens wie deze persoon werkelijk optreedt.',
      },
    ])
  })

  it('JW-2.2-RAAD-GEEN-PARTIJ: a gemeenteraadslid in the overlegcommissie and a griffier as secretaris, not a raadsadviseur', () => {
    const r = rule('JW-2.2-RAAD-GEEN-PARTIJ')
    const d = sample()
    d.overlegcommissie.leden = [
      { naam: 'P. Bakker', functie: 'gemeenteraadslid', namens: 'texel' },
      { naam: 'Q. Kok', functie: 'raadsadviseur jeugd', namens: 'schagen' },
    ]
    d.overlegcommissie.secretaris.functie = 'raadsgriffier'
    const message = (who: string) => `${who} wijst op de gemeenteraad; de raad is geen partij bij het OOGO jeugd maar stelt het jeugdplan vast. De gemeente wordt vertegenwoordigd namens het college.`
    expect(run(r, d)).toEqual([
      { path: ['overlegcommissie', 'leden', 0, 'functie'], message: message('De functie van commissielid P. Bakker (gemeenteraadslid)'), suggestion: 'Vermeld de wethouder of burgemeester die het college vertegenwoordigt.' },
      { path: ['overlegcommissie', 'secretaris', 'functie'], message: message('De functie van secretaris R. Molenaar (raadsgriffier)'), suggestion: 'Vermeld een medewerker van het college als secretaris.' },
    ])
  })
})

describe('finished documents', () => {
  it('GW-171-MACHTIGING: passes voltooid and a burgemeester; warns for a wethouder without machtiging', () => {
    const r = rule('GW-171-MACHTIGING')
    expect(r.severity).toBe('waarschuwing')
    expect(run(r, voltooid())).toEqual([])
    const d = sample()
    d.partijen.gemeenten = d.partijen.gemeenten.slice(0, 2)
    d.partijen.gemeenten[1]!.vertegenwoordiger = { naam: 'R. van der Veen', functie: 'burgemeester' }
    expect(run(r, d)).toEqual([{
      path: ['partijen', 'gemeenten', 0, 'vertegenwoordiger'], at: 'key',
      message: 'A.M. de Boer (wethouder Jeugd en Onderwijs) tekent de overeenkomst namens de gemeente Den Helder, maar het dossier vermeldt geen aanwijzing door de burgemeester. De burgemeester vertegenwoordigt de gemeente; een ander kan dat alleen als de burgemeester hem of haar daartoe heeft aangewezen.',
      suggestion: 'Vermeld de datum van het aanwijzingsbesluit van de burgemeester in `vertegenwoordiger.machtiging`, of laat de burgemeester tekenen.',
    }])
  })

  it('PR-AFRONDING: off by default; passes voltooid; lists what the sample leaves to a neutral sentence', () => {
    const r = rule('PR-AFRONDING')
    expect({ level: r.level, severity: r.severity }).toEqual({ level: 'C', severity: 'uit' })
    expect(run(r, voltooid())).toEqual([])
    expect(run(r, sample())).toEqual([{
      path: ['dossier'], at: 'key',
      message: 'Een definitief document schrijft een neutrale zin waar het dossier deze gegevens niet vermeldt: `dossier.citeertitel`, `dossier.ondertekening.gezamenlijk`, `burgemeester` (den-helder, hollands-kroon, schagen, texel), `rechtsvorm` (swv-po-kop, swv-vo-kop), `statutaire_zetel` (swv-po-kop, swv-vo-kop), `kvk` (swv-po-kop, swv-vo-kop), `overlegcommissie.secretariaat`, `geschillenregeling.adres`, `verslag.vorig_verslag` (2026-04-oogo), `verslag.standpunten` (2026-05-bijzonder), `reacties[].wijziging` (den-helder, texel), `jeugdplan_versie` (den-helder, texel) en `financien` (den-helder, texel).',
      suggestion: 'Vul deze sleutels aan (zie "Optionele sleutels voor voltooide documenten" in de beschrijving van het dossier), of maak een concept (`--concept`) om te zien waar ze ontbreken.',
    }])
  })
})
