/**
 * Every statute (A) and procedure (B) rule: the sample passes, and a dossier that breaks the rule
 * gets exactly the expected findings (whole objects). The "done when" cases of the legal check go
 * through the whole check, so their line, column and basis are asserted as the user sees them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { validate as checkDossier } from '../../src/validate/index.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { rules } from '../../src/rules/index.ts'
import type { Rule } from '../../src/rules/types.ts'
import { root, sampleText, sampleWith } from '../support/helpers.ts'
import type { Terms } from '../../src/model/rule-settings.ts'

const sample = (): Dossier => parse(sampleText) as Dossier
const noReference = () => { throw new Error('not needed') }
const run = (rule: Rule, dossier: Dossier, terms: Terms = {}) => rule.check({ dossier, terms, reference: noReference })
const rule = (id: string) => rules.find((r) => r.id === id)!

function check(text: string) {
  const { source } = sourceFromString('dossier.yaml', text)
  return checkDossier(projectFromText(source!).project!)
}

describe('the sample', () => {
  it('passes every statute and procedure rule but two warnings', () => {
    const dossier = sample()
    const terms = dossier.procedure!.termijnen!
    for (const r of rules.filter((x) => x.level !== 'C' && x.id !== 'GC-MOTIVERING-PER-GEMEENTE' && x.id !== 'GW-171-MACHTIGING')) expect(run(r, dossier, terms), r.id).toEqual([])
    // The sample has the motiveringen of Den Helder and Texel; Hollands Kroon and Schagen are still to come.
    expect(run(rule('GC-MOTIVERING-PER-GEMEENTE'), dossier).map((f) => f.path)).toEqual([['partijen', 'gemeenten', 1, 'id'], ['partijen', 'gemeenten', 2, 'id']])
    // Its four wethouders sign without a recorded assignment by their burgemeester (art. 171 lid 2 Gemeentewet).
    expect(run(rule('GW-171-MACHTIGING'), dossier).map((f) => f.path)).toEqual([0, 1, 2, 3].map((i) => ['partijen', 'gemeenten', i, 'vertegenwoordiger']))
  })
})

describe('statute rules (level A)', () => {
  it('JW-2.2-GESCHILLENREGELING: a dossier without geschillenregeling', () => {
    const d = sample()
    delete (d as Partial<Dossier>).geschillenregeling
    expect(run(rule('JW-2.2-GESCHILLENREGELING'), d)).toEqual([{
      path: ['dossier'], at: 'key',
      message: 'Het dossier bevat geen geschillenregeling, terwijl de procedure van het OOGO jeugd volgens de wet een voorziening voor het beslechten van geschillen moet bevatten.',
      suggestion: 'Voeg toe: `geschillenregeling: { commissie: Geschillencommissie oogo-jeugdplan, verzoek_soorten: [advies, bemiddeling] }`.',
    }])
  })

  it('JW-2.2-VO-SWV: no SWV VO at all, and a gemeente no SWV PO covers', () => {
    const d = sample()
    d.partijen.samenwerkingsverbanden = d.partijen.samenwerkingsverbanden.filter((s) => s.sector === 'po')
    expect(run(rule('JW-2.2-VO-SWV'), d)).toEqual([{
      path: ['partijen', 'samenwerkingsverbanden'], at: 'key',
      message: 'Er is geen samenwerkingsverband voortgezet onderwijs (VO) als partij; het OOGO jeugd wordt gevoerd met het samenwerkingsverband PO én het samenwerkingsverband VO.',
      suggestion: 'Voeg het samenwerkingsverband VO (art. 2.47 WVO 2020) toe met `sector: vo`.',
    }])
    const e = sample()
    e.partijen.samenwerkingsverbanden[0]!.gemeenten = ['den-helder', 'schagen', 'texel']
    expect(run(rule('JW-2.2-PO-SWV'), e)).toEqual([{
      path: ['partijen', 'gemeenten', 1, 'id'],
      message: 'Gemeente Hollands Kroon valt onder geen enkel samenwerkingsverband primair onderwijs (PO) in dit dossier.',
      suggestion: 'Voeg `hollands-kroon` toe aan `gemeenten` van het samenwerkingsverband PO waarvan het gebied deze gemeente omvat.',
    }])
  })

  it('JW-2.2-OOGO-VOOR-VASTSTELLING: the raad adopts before the OOGO meeting', () => {
    const d = sample()
    d.partijen.gemeenten[3]!.raadsbehandeling_jeugdplan = '2026-04-01'
    expect(run(rule('JW-2.2-OOGO-VOOR-VASTSTELLING'), d)).toEqual([{
      path: ['partijen', 'gemeenten', 3, 'raadsbehandeling_jeugdplan'],
      message: 'De raad van Texel behandelt het jeugdplan op 1 april 2026, vóór de eerste vergadering met OOGO-status (9 april 2026).',
      suggestion: 'Plan een vergadering met OOGO-status (soort: oogo) over het concept vóór de raadsbehandeling, of verschuif de raadsbehandeling.',
    }])
    d.partijen.gemeenten[3]!.raadsbehandeling_jeugdplan = '2026-03-01'
    expect(run(rule('JW-2.2-OOGO-VOOR-VASTSTELLING'), d)[0]!.message).toBe(
      'De raad van Texel behandelt het jeugdplan op 1 maart 2026, niet na het concept van 2 maart 2026: over een concept moet eerst OOGO worden gevoerd.')
  })

  it('JW-2.2-OOGO-GEPLAND: a raad date without any OOGO meeting (yet)', () => {
    const d = sample()
    d.vergaderingen = d.vergaderingen!.filter((m) => m.soort !== 'oogo')
    expect(run(rule('JW-2.2-OOGO-VOOR-VASTSTELLING'), d)).toEqual([])
    expect(run(rule('JW-2.2-OOGO-GEPLAND'), d)[0]).toEqual({
      path: ['partijen', 'gemeenten', 0, 'raadsbehandeling_jeugdplan'],
      message: 'De raad van Den Helder behandelt het jeugdplan op 24 september 2026, maar het dossier bevat (nog) geen vergadering met OOGO-status.',
      suggestion: 'Plan vóór die datum een vergadering met OOGO-status (soort: oogo) over het concept jeugdplan.',
    })
  })

  it('JW-2.2-OOGO-OVER-CONCEPT: an OOGO meeting before the concept', () => {
    const d = sample()
    d.jeugdplan.concept_datum = '2026-04-15'
    expect(run(rule('JW-2.2-OOGO-OVER-CONCEPT'), d)).toEqual([{
      path: ['vergaderingen', 1, 'datum'],
      message: 'De vergadering met OOGO-status van 9 april 2026 ligt vóór het concept jeugdplan van 15 april 2026; het OOGO gaat over dat concept.',
      suggestion: 'Maak er algemeen overleg van (soort: algemeen), of controleer de datum van het concept (jeugdplan.concept_datum).',
    }])
  })

  it('JW-2.2-RAAD-GEEN-PARTIJ: a raadslid represents a gemeente', () => {
    const d = sample()
    d.partijen.gemeenten[0]!.vertegenwoordiger.functie = 'raadslid'
    expect(run(rule('JW-2.2-RAAD-GEEN-PARTIJ'), d)).toEqual([{
      path: ['partijen', 'gemeenten', 0, 'vertegenwoordiger', 'functie'],
      message: 'De functie van de vertegenwoordiger van Den Helder (raadslid) wijst op de gemeenteraad; de raad is geen partij bij het OOGO jeugd maar stelt het jeugdplan vast. De gemeente wordt vertegenwoordigd namens het college.',
      suggestion: 'Vermeld de wethouder of burgemeester die het college vertegenwoordigt.',
    }])
  })

  it('JW-2.2-ONDERWIJS: an agenda item without link to education', () => {
    const d = sample()
    d.agenda[3]!.thema = 'overig'
    expect(run(rule('JW-2.2-ONDERWIJS'), d)).toEqual([{
      path: ['agenda', 3, 'thema'],
      message: 'Agendapunt "Gezamenlijke monitor jeugdhulp en passend onderwijs" heeft het thema "overig"; het OOGO jeugd gaat alleen over het jeugdplan voor zover het de samenwerking met het onderwijs betreft.',
      suggestion: 'Kies een thema (preventie-en-toegang, integraal-arrangeren, overgangen, hoe, voorwaarden), of bespreek het punt in algemeen overleg.',
    }])
  })

  it('WVO-2.47-MBO: an mbo-instelling in an OOGO jeugd', () => {
    const d = sample()
    d.partijen.mbo_instellingen = [{ id: 'roc', naam: 'ROC Kop van Noord-Holland', vertegenwoordiger: { naam: 'P. Jansen', functie: 'voorzitter' } }]
    expect(run(rule('WVO-2.47-MBO'), d).map((f) => f.path)).toEqual([['partijen', 'mbo_instellingen']])
    d.dossier.soort = 'gecombineerd'
    expect(run(rule('WVO-2.47-MBO'), d)[0]!.message).toBe('Er is een mbo-instelling, maar geen agendapunt over het ondersteuningsplan VO, het enige onderdeel waarvoor zij wordt uitgenodigd.')
    d.agenda[2]!.grondslag = 'ondersteuningsplan-vo'
    expect(run(rule('WVO-2.47-MBO'), d)).toEqual([])
  })
})

describe('procedure rules (level B)', () => {
  it('GC-COMMISSIE-SAMENSTELLING: a party without a member', () => {
    const d = sample()
    d.overlegcommissie.leden = [{ naam: 'S. Visser-Bakker', functie: 'wethouder', namens: 'schagen' }]
    expect(run(rule('GC-COMMISSIE-SAMENSTELLING'), d).map((f) => f.message)).toEqual([
      'De overlegcommissie heeft geen lid namens gemeente Den Helder.',
      'De overlegcommissie heeft geen lid namens gemeente Hollands Kroon.',
      'De overlegcommissie heeft geen lid namens gemeente Texel.',
      'De overlegcommissie heeft geen lid namens Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland.',
      'De overlegcommissie heeft geen lid namens Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland.',
    ])
  })

  it('GC-BIJZONDERE-VERGADERING: no bijzondere vergadering, or one not held, or after the verzoek', () => {
    const d = sample()
    delete d.geschil!.bijzondere_vergadering
    expect(run(rule('GC-BIJZONDERE-VERGADERING'), d)).toEqual([{
      path: ['geschil'], at: 'key',
      message: 'Er is een verzoek aan de Geschillencommissie, maar geen bijzondere vergadering over het geschil: die gaat aan het verzoek vooraf.',
      suggestion: 'Houd eerst een bijzondere vergadering (soort: bijzonder) en vermeld haar in `geschil.bijzondere_vergadering`.',
    }])
    const e = sample()
    delete e.vergaderingen![2]!.verslag
    e.geschil!.verzoek!.datum = '2026-05-01'
    expect(run(rule('GC-BIJZONDERE-VERGADERING'), e)).toEqual([
      { path: ['vergaderingen', 2, 'id'], message: 'De bijzondere vergadering van 7 mei 2026 heeft geen verslag; het verslag legt onderwerp en inhoud van het geschil vast.', suggestion: 'Voeg het verslag van de bijzondere vergadering toe.' },
      { path: ['geschil', 'verzoek', 'datum'], message: 'Het verzoek van 1 mei 2026 ligt vóór de bijzondere vergadering van 7 mei 2026.' },
    ])
  })

  it('OVK-BIJZONDERE-VERGADERING-TERMIJN: later than agreed, and off without a term', () => {
    const d = sample()
    expect(run(rule('OVK-BIJZONDERE-VERGADERING-TERMIJN'), d, { bijzondere_vergadering_binnen_dagen: 21 })).toEqual([{
      path: ['vergaderingen', 2, 'datum'],
      message: 'De bijzondere vergadering van 7 mei 2026 valt 28 dagen na de vergadering van 9 april 2026; afgesproken is binnen 21 dagen.',
    }])
    expect(run(rule('OVK-BIJZONDERE-VERGADERING-TERMIJN'), d, {})).toEqual([])
  })

  it('GC-VERZOEKERS: an mbo-instelling cannot ask', () => {
    const d = sample()
    d.dossier.soort = 'gecombineerd'
    d.partijen.mbo_instellingen = [{ id: 'roc', naam: 'ROC Kop van Noord-Holland', vertegenwoordiger: { naam: 'P. Jansen', functie: 'voorzitter' } }]
    d.geschil!.verzoek!.verzoekers = ['swv-vo-kop', 'roc']
    expect(run(rule('GC-VERZOEKERS'), d)).toEqual([{
      path: ['geschil', 'verzoek', 'verzoekers', 1],
      message: 'ROC Kop van Noord-Holland is een mbo-instelling en kan geen verzoek doen aan de Geschillencommissie oogo-jeugdplan; dat kunnen alleen een samenwerkingsverband en/of een college.',
    }])
  })

  it('GC-ADVIES-OF-BEMIDDELING: bindend advies and arbitrage are refused with the reason', () => {
    const d = sample()
    d.geschil!.verzoek!.soort = 'bindend-advies'
    d.geschillenregeling.verzoek_soorten = ['advies', 'arbitrage']
    expect(run(rule('GC-ADVIES-OF-BEMIDDELING'), d)).toEqual([
      {
        path: ['geschil', 'verzoek', 'soort'],
        message: 'Een verzoek om bindend advies is in het OOGO jeugd niet mogelijk. De Geschillencommissie oogo-jeugdplan geeft in het OOGO jeugd alleen een niet-bindend advies of bemiddelt; bindend advies en arbitrage bestaan alleen voor het OOGO over het ondersteuningsplan.',
        suggestion: 'Kies `advies` of `bemiddeling`.',
      },
      {
        path: ['geschillenregeling', 'verzoek_soorten', 1],
        message: 'De geschillenregeling kan voor het OOGO jeugd geen arbitrage toestaan. De Geschillencommissie oogo-jeugdplan geeft in het OOGO jeugd alleen een niet-bindend advies of bemiddelt; bindend advies en arbitrage bestaan alleen voor het OOGO over het ondersteuningsplan.',
        suggestion: 'Laat alleen `advies` en/of `bemiddeling` staan; regel bindend advies of arbitrage voor het ondersteuningsplan onder `geschillenregeling.ondersteuningsplan`.',
      },
    ])
  })

  it('OVK-VERZOEK-SOORT: a kind the parties did not agree', () => {
    const d = sample()
    d.geschillenregeling.verzoek_soorten = ['bemiddeling']
    expect(run(rule('OVK-VERZOEK-SOORT'), d)).toEqual([{
      path: ['geschil', 'verzoek', 'soort'],
      message: 'Het verzoek is een verzoek om advies, maar de geschillenregeling van partijen staat alleen bemiddeling toe.',
      suggestion: 'Vraag om bemiddeling, of pas de geschillenregeling (en de overeenkomst) aan.',
    }])
  })

  it('GC-VERZOEKSCHRIFT: a verzoek without stukken', () => {
    const d = sample()
    d.geschil!.verzoek!.bijlagen = []
    expect(run(rule('GC-VERZOEKSCHRIFT'), d)).toEqual([{
      path: ['geschil', 'verzoek', 'bijlagen'],
      message: 'Het verzoek noemt geen bijlagen; het verzoekschrift gaat met alle stukken over het geschil naar de Geschillencommissie.',
      suggestion: 'Noem ten minste de verslagen van de vergadering waarin het geschil ontstond en van de bijzondere vergadering, en het concept jeugdplan.',
    }])
  })

  it('GC-ADVIES-VIER-WEKEN: an advice more than four weeks after the hearing', () => {
    const d = sample()
    d.geschil!.advies!.datum = '2026-07-17'
    expect(run(rule('GC-ADVIES-VIER-WEKEN'), d)).toEqual([{
      path: ['geschil', 'advies', 'datum'],
      message: 'Het advies van 17 juli 2026 kwam 29 dagen na de laatste zitting van 18 juni 2026, later dan vier weken.',
    }])
  })

  it('GC-NIET-BINDEND: a text that calls the advice binding, but not one that denies it', () => {
    const d = sample()
    d.geschil!.advies!.samenvatting = 'Het advies is bindend voor de gemeenten.'
    d.motiveringen![0]!.reacties[0]!.motivering = 'Het advies is niet bindend, maar het college volgt het.'
    expect(run(rule('GC-NIET-BINDEND'), d)).toEqual([{
      path: ['geschil', 'advies', 'samenvatting'],
      message: 'Deze tekst noemt het advies bindend; een advies van de Geschillencommissie oogo-jeugdplan is niet bindend, de raad beslist zelf.',
      suggestion: 'Schrijf "niet bindend" of laat het woord weg.',
    }])
  })

  it('GC-MOTIVERING-VOLLEDIG: an unanswered and a doubly answered recommendation', () => {
    const d = sample()
    d.motiveringen![1]!.reacties = [d.motiveringen![1]!.reacties[0]!, d.motiveringen![1]!.reacties[0]!, d.motiveringen![1]!.reacties[2]!]
    expect(run(rule('GC-MOTIVERING-VOLLEDIG'), d)).toEqual([
      {
        path: ['motiveringen', 1, 'reacties'], at: 'key',
        message: 'De motivering van `texel` gaat niet in op aanbeveling `evaluatie`; de raad moet bij elke aanbeveling het besluit van het college lezen.',
        suggestion: 'Voeg toe: `- { aanbeveling: evaluatie, besluit: overnemen, motivering: … }`.',
      },
      { path: ['motiveringen', 1, 'reacties', 1, 'aanbeveling'], message: 'Aanbeveling `budget` wordt in deze motivering twee keer beantwoord.', suggestion: 'Eén reactie per aanbeveling.' },
    ])
  })

  it('GC-VISIE-SWV: an inspanningsverplichting without the SWV view', () => {
    const d = sample()
    delete d.motiveringen![0]!.visie_swv
    expect(run(rule('GC-VISIE-SWV'), d)).toEqual([{
      path: ['motiveringen', 0, 'gemeente'],
      message: 'Het advies legt het college een inspanningsverplichting op, maar de motivering van `den-helder` bevat de visie van het samenwerkingsverband niet.',
      suggestion: 'Voeg `visie_swv:` toe met de visie van het samenwerkingsverband op het jeugdplan.',
    }])
  })

  it('GC-MOTIVERING-PER-GEMEENTE: a raad after the advice without motivering; not when the raad decided before', () => {
    const d = sample()
    expect(run(rule('GC-MOTIVERING-PER-GEMEENTE'), d)).toEqual([
      {
        path: ['partijen', 'gemeenten', 1, 'id'],
        message: 'Er is een advies van 9 juli 2026, maar geen motivering van het college van Hollands Kroon aan de raad, die het jeugdplan op 1 oktober 2026 behandelt.',
        suggestion: 'Voeg onder `motiveringen` een motivering toe met `gemeente: hollands-kroon`.',
      },
      {
        path: ['partijen', 'gemeenten', 2, 'id'],
        message: 'Er is een advies van 9 juli 2026, maar geen motivering van het college van Schagen aan de raad, die het jeugdplan op 29 september 2026 behandelt.',
        suggestion: 'Voeg onder `motiveringen` een motivering toe met `gemeente: schagen`.',
      },
    ])
    d.partijen.gemeenten[1]!.raadsbehandeling_jeugdplan = '2026-07-01'
    d.partijen.gemeenten[2]!.raadsbehandeling_jeugdplan = '2026-07-09'
    expect(run(rule('GC-MOTIVERING-PER-GEMEENTE'), d)).toEqual([])
  })

  it('GC-MOTIVERING-NA-ADVIES: a college decision before the advice, a raad before the college', () => {
    const d = sample()
    d.motiveringen![0]!.collegebesluit = '2026-07-01'
    d.motiveringen![1]!.raadsvergadering = '2026-09-01'
    expect(run(rule('GC-MOTIVERING-NA-ADVIES'), d)).toEqual([
      { path: ['motiveringen', 0, 'collegebesluit'], message: 'Het collegebesluit van 1 juli 2026 ligt vóór het advies van 9 juli 2026.' },
      { path: ['motiveringen', 1, 'raadsvergadering'], message: 'De raadsvergadering van 1 september 2026 ligt vóór het collegebesluit van 8 september 2026.' },
    ])
  })

  it('GC-COMMISSIE: the wrong body', () => {
    const d = sample()
    d.geschillenregeling.commissie = 'Landelijke Geschillencommissie Passend Onderwijs'
    expect(run(rule('GC-COMMISSIE'), d)).toEqual([{
      path: ['geschillenregeling', 'commissie'],
      message: '"Landelijke Geschillencommissie Passend Onderwijs" is niet de commissie voor geschillen in het OOGO jeugd; die gaan naar de Geschillencommissie oogo-jeugdplan.',
      suggestion: 'Schrijf: `commissie: Geschillencommissie oogo-jeugdplan`.',
    }])
  })
})

describe('the legal check of a whole dossier', () => {
  const finding = (problems: ReturnType<typeof check>, id: string) => problems.filter((p) => p.rule?.id === id)

  it('a missing SWV VO', () => {
    // The VO SWV entered as PO: no SWV VO remains (and every reference still resolves).
    const text = sampleWith(['      sector: vo\n', '      sector: po\n'])
    expect(finding(check(text), 'JW-2.2-VO-SWV')).toMatchObject([{
      code: 'regel/JW-2.2-VO-SWV', severity: 'error', rule: { id: 'JW-2.2-VO-SWV', level: 'A', basis: 'art. 2.2 lid 3 Jeugdwet jo. art. 2.47 WVO 2020' },
      place: { file: 'dossier.yaml', line: 54, column: 3, path: '/partijen/samenwerkingsverbanden' },
    }])
  })

  it('a request for bindend advies', () => {
    const problems = finding(check(sampleWith(['    soort: advies\n', '    soort: bindend-advies\n'])), 'GC-ADVIES-OF-BEMIDDELING')
    expect(problems).toMatchObject([{ severity: 'error', place: { line: 209, column: 12, path: '/geschil/verzoek/soort' }, rule: { level: 'B' } }])
  })

  it('a request without a bijzondere vergadering', () => {
    const problems = finding(check(sampleWith(['  bijzondere_vergadering: 2026-05-bijzonder\n', ''])), 'GC-BIJZONDERE-VERGADERING')
    expect(problems).toMatchObject([{ severity: 'error', place: { line: 201, column: 1, path: '/geschil' } }])
  })

  it('a raad adopting before the OOGO meeting', () => {
    const problems = finding(check(sampleWith(['raadsbehandeling_jeugdplan: 2026-09-24', 'raadsbehandeling_jeugdplan: 2026-03-24'])), 'JW-2.2-OOGO-VOOR-VASTSTELLING')
    expect(problems).toMatchObject([{ severity: 'error', place: { line: 32, column: 35, path: '/partijen/gemeenten/0/raadsbehandeling_jeugdplan' } }])
  })

  it('an unanswered recommendation', () => {
    const problems = finding(check(sampleWith(['      - { aanbeveling: evaluatie, besluit: overnemen, motivering: Texel neemt deel aan de regionale evaluatie. }\n', ''])), 'GC-MOTIVERING-VOLLEDIG')
    expect(problems).toMatchObject([{ severity: 'error', place: { line: 251, column: 5, path: '/motiveringen/1/reacties' } }])
  })

  it('none of these in the sample', () => {
    const ids = check(sampleText).map((p) => p.rule?.id)
    for (const id of ['JW-2.2-VO-SWV', 'GC-ADVIES-OF-BEMIDDELING', 'GC-BIJZONDERE-VERGADERING', 'JW-2.2-OOGO-VOOR-VASTSTELLING', 'GC-MOTIVERING-VOLLEDIG']) expect(ids).not.toContain(id)
  })
})

describe('the registry', () => {
  it('has unique ids, a basis and a title for every rule, in level order', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    for (const r of rules) {
      // A basis names its source: a law and article, the procedure or the parties' own agreement, the Wegwijzer,
      // the Gemeentewet, practice (a warning), or the CBS and SWV reference data; a title is one sentence.
      expect(r.basis, r.id).toMatch(/Jeugdwet|WVO|Gemeentewet|Wegwijzer|procedure Geschillencommissie|overeenkomst OOGO jeugd van partijen|geschillenregeling van partijen|^praktijk|^CBS-gebiedsindeling|^Regeling regio-indeling|onderwijsgeschillen\.nl/)
      expect(r.title, r.id).toMatch(/^[A-Z][^\n]{20,}\.$/)
    }
    expect(rules.map((r) => r.level).join('')).toMatch(/^A+B+C+$/)
  })

  it('lists every rule file in src/rules', () => {
    const dir = join(root, 'src', 'rules')
    const index = readFileSync(join(dir, 'index.ts'), 'utf8')
    const ruleFiles = readdirSync(dir).filter((f) => /export const \w+: Rule\b/.test(readFileSync(join(dir, f), 'utf8')))
    expect(ruleFiles.length).toBe(rules.length)
    for (const file of ruleFiles) expect(index, file).toContain(`from './${file}'`)
  })
})
