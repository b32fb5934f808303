/**
 * checkReferences on the sample dossier plus one difference per case; every problem stated whole.
 * Line numbers are those of samples/voorbeeld-dossier.yaml (edits replace within a line unless said otherwise).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkReferences } from '../../src/validate/check-references.ts'
import type { OogoError } from '../../src/errors.ts'
import { parsed, sampleWith } from './sample.ts'

const check = (dossier: { yaml: Parameters<typeof checkReferences>[0]; data: unknown }) => checkReferences(dossier.yaml, dossier.data)

function problem(code: string, message: string, line: number, column: number, path: string, suggestion?: string, file = 'dossier.yaml'): OogoError {
  const error = { code, severity: 'error', stage: 'validate', message, place: { file, line, column, path } } as OogoError
  if (suggestion !== undefined) error.suggestion = suggestion
  return error
}
const duplicate = (message: string, line: number, column: number, path: string, suggestion = 'Geef elk element een eigen id.') =>
  problem('dossier/dubbel-id', message, line, column, path, suggestion)
const unknown = (message: string, line: number, column: number, path: string, suggestion: string) =>
  problem('dossier/onbekende-verwijzing', message, line, column, path, suggestion)
const wrongKind = (message: string, line: number, column: number, path: string, suggestion?: string) =>
  problem('dossier/verkeerde-verwijzing', message, line, column, path, suggestion)

/** The end of the samenwerkingsverbanden (line 68) and the blank line after it: where a test adds a party. */
const afterSwvs = '      gemeenten: [den-helder, hollands-kroon, schagen, texel]\n\noverlegcommissie:'
const addAfterSwvs = (lines: string): [string, string] => [afterSwvs, afterSwvs.replace('\n\n', `\n${lines}\n\n`)]
/** An mbo-instelling `mbo-kop` (new lines 69–70). */
const withMbo = addAfterSwvs('  mbo_instellingen:\n    - { id: mbo-kop, naam: ROC Kop van Noord-Holland }')

describe('checkReferences: valid dossiers', () => {
  it('finds nothing in the sample dossier', () => {
    expect(check(sampleWith())).toEqual([])
  })

  it('finds nothing in the combined fixture, where an mbo-instelling takes part', () => {
    const file = 'test/fixtures/gecombineerd-ondersteuningsplan/dossier.yaml'
    expect(check(parsed(readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8'), file))).toEqual([])
  })

  it('finds nothing in data that is no object', () => {
    const { yaml } = sampleWith()
    expect(checkReferences(yaml, null)).toEqual([])
    expect(checkReferences(yaml, 'tekst')).toEqual([])
    expect(checkReferences(yaml, 42)).toEqual([])
  })

  it('skips what the schema already rejects: lists that are no lists, ids that are no strings', () => {
    const dossier = parsed([
      'partijen:',
      '  gemeenten: geen-lijst',
      '  samenwerkingsverbanden:',
      '    - id: 7',
      '      gemeenten: [12, onbekend]',
      'overlegcommissie: tekst',
      'agenda: { a: 1 }',
      'vergaderingen:',
      '  - id: v1',
      '    soort: oogo',
      '    agendapunten: niet-een-lijst',
      '    verslag: tekst',
      'geschil: [1, 2]',
      'motiveringen:',
      '  - gemeente: 5',
      '    reacties: [{ aanbeveling: 3 }]',
      '',
    ].join('\n'))
    expect(check(dossier)).toEqual([
      unknown('`onbekend` is geen bekend id van een gemeente.', 5, 23, '/partijen/samenwerkingsverbanden/0/gemeenten/1', 'Gebruik een van de ids uit `partijen.gemeenten`.'),
    ])
  })
})

describe('checkReferences: duplicate ids', () => {
  it('a party id used twice, also across a gemeente and a samenwerkingsverband (one namespace)', () => {
    const dossier = sampleWith(
      ['      raadsbehandeling_jeugdplan: 2026-10-05\n', '      raadsbehandeling_jeugdplan: 2026-10-05\n    - { id: texel, naam: Texel }\n'], // new line 54
      addAfterSwvs('    - { id: schagen, naam: Schagen }'), // new line 70
    )
    expect(check(dossier)).toEqual([
      duplicate('Het id `texel` komt twee keer voor bij de partijen (eerder op regel 47).', 54, 13, '/partijen/gemeenten/4/id'),
      duplicate('Het id `schagen` komt twee keer voor bij de partijen (eerder op regel 40).', 70, 13, '/partijen/samenwerkingsverbanden/2/id'),
    ])
  })

  it('an agendapunt id used twice', () => {
    const dossier = sampleWith(['    titel: Gezamenlijke monitor jeugdhulp en passend onderwijs\n',
      '    titel: Gezamenlijke monitor jeugdhulp en passend onderwijs\n  - { id: monitor, thema: overig, titel: Dubbel }\n']) // new line 106
    expect(check(dossier)).toEqual([
      duplicate('Het id `monitor` komt twee keer voor bij de agendapunten (eerder op regel 103).', 106, 11, '/agenda/4/id'),
    ])
  })

  it('a vergadering id used twice (the later one counts for references)', () => {
    const dossier = sampleWith(['  - id: 2026-02-verkenning', '  - id: 2026-04-oogo'])
    expect(check(dossier)).toEqual([
      duplicate('Het id `2026-04-oogo` komt twee keer voor bij de vergaderingen (eerder op regel 108).', 137, 9, '/vergaderingen/1/id'),
    ])
  })

  it('an aanbeveling id used twice; the reactions to the lost id become unknown', () => {
    const dossier = sampleWith(['      - id: doorzettingsmacht', '      - id: budget'])
    expect(check(dossier)).toEqual([
      duplicate('Het id `budget` komt twee keer voor bij de aanbevelingen (eerder op regel 228).', 232, 13, '/geschil/advies/aanbevelingen/2/id'),
      unknown('`doorzettingsmacht` is geen bekend id van een aanbeveling.', 243, 22, '/motiveringen/0/reacties/2/aanbeveling', 'Gebruik een van de ids uit `geschil.advies.aanbevelingen`.'),
      unknown('`doorzettingsmacht` is geen bekend id van een aanbeveling.', 256, 24, '/motiveringen/1/reacties/2/aanbeveling', 'Gebruik een van de ids uit `geschil.advies.aanbevelingen`.'),
    ])
  })

  it('two motiveringen for one gemeente', () => {
    const dossier = sampleWith(['  - gemeente: texel', '  - gemeente: den-helder'])
    expect(check(dossier)).toEqual([
      duplicate('Voor gemeente `den-helder` staat al een motivering (element 1).', 248, 15, '/motiveringen/1/gemeente', 'Eén motivering per gemeente.'),
    ])
  })
})

describe('checkReferences: parties', () => {
  it('the gemeenten of a samenwerkingsverband: a typo, a samenwerkingsverband, and an unknown name', () => {
    const dossier = sampleWith(['gemeenten: [den-helder, hollands-kroon, schagen, texel]', 'gemeenten: [den-helder, hollandskroon, swv-vo-kop, wieringen]'])
    expect(check(dossier)).toEqual([
      unknown('`hollandskroon` is geen bekend id van een gemeente.', 61, 31, '/partijen/samenwerkingsverbanden/0/gemeenten/1', 'Bedoelde u `hollands-kroon`?'),
      wrongKind('`swv-vo-kop` is een samenwerkingsverband, maar hier wordt een gemeente verwacht.', 61, 46, '/partijen/samenwerkingsverbanden/0/gemeenten/2'),
      unknown('`wieringen` is geen bekend id van een gemeente.', 61, 58, '/partijen/samenwerkingsverbanden/0/gemeenten/3', 'Gebruik een van de ids uit `partijen.gemeenten`.'),
    ])
  })

  it('namens of voorzitter, secretaris and leden of the overlegcommissie', () => {
    const dossier = sampleWith(
      ['namens: schagen }\n  secretaris', 'namens: schagn }\n  secretaris'],
      ['functie: beleidsadviseur jeugd, namens: schagen }\n', 'functie: beleidsadviseur jeugd, namens: gemeente }\n  leden: [{ naam: K. Smit, functie: lid, namens: zwv-vo-kop }]\n'], // new line 74
    )
    expect(check(dossier)).toEqual([
      unknown('`schagn` is geen bekend id van een partij.', 72, 49, '/overlegcommissie/voorzitter/namens', 'Bedoelde u `schagen`?'),
      unknown('`gemeente` is geen bekend id van een partij.', 73, 76, '/overlegcommissie/secretaris/namens', 'Gebruik een van de ids uit `partijen`.'),
      unknown('`zwv-vo-kop` is geen bekend id van een partij.', 74, 50, '/overlegcommissie/leden/0/namens', 'Bedoelde u `swv-vo-kop`?'),
    ])
  })

  it('an mbo-instelling may not be named in an OOGO jeugd, but may ask for a dispute', () => {
    const dossier = sampleWith(withMbo, ['voorzitter: { naam: S. Visser-Bakker, namens: schagen }', 'voorzitter: { naam: S. Visser-Bakker, namens: mbo-kop }'],
      ['verzoekers: [swv-vo-kop]', 'verzoekers: [swv-vo-kop, mbo-kop]'])
    expect(check(dossier)).toEqual([
      wrongKind('`mbo-kop` is een mbo-instelling; die neemt alleen deel aan een gecombineerd OOGO (ondersteuningsplan VO, art. 2.47 lid 10 WVO 2020) en kan hier niet worden genoemd.',
        74, 49, '/overlegcommissie/voorzitter/namens'),
    ])
  })

  it('an mbo-instelling may be named in a combined OOGO', () => {
    const dossier = sampleWith(withMbo, ['soort: jeugd ', 'soort: gecombineerd '], ['voorzitter: { naam: S. Visser-Bakker, namens: schagen }', 'voorzitter: { naam: S. Visser-Bakker, namens: mbo-kop }'])
    expect(check(dossier)).toEqual([])
  })

  it('a motivering for a samenwerkingsverband or an unknown gemeente', () => {
    const dossier = sampleWith(['  - gemeente: den-helder', '  - gemeente: swv-po-kop'], ['  - gemeente: texel', '  - gemeente: tessel'])
    expect(check(dossier)).toEqual([
      wrongKind('`swv-po-kop` is een samenwerkingsverband, maar hier wordt een gemeente verwacht.', 237, 15, '/motiveringen/0/gemeente'),
      unknown('`tessel` is geen bekend id van een gemeente.', 248, 15, '/motiveringen/1/gemeente', 'Bedoelde u `texel`?'),
    ])
  })
})

describe('checkReferences: meetings and their minutes', () => {
  it('an unknown agendapunt of a meeting, and a point of its minutes that is then not on its agenda', () => {
    const dossier = sampleWith(['agendapunten: [toegang-op-school, overgang-po-vo]', 'agendapunten: [toegang-op-school, overgang-po-v0]'])
    expect(check(dossier)).toEqual([
      unknown('`overgang-po-v0` is geen bekend id van een agendapunt.', 115, 39, '/vergaderingen/0/agendapunten/1', 'Bedoelde u `overgang-po-vo`?'),
      wrongKind('Agendapunt `overgang-po-vo` staat niet op de agenda van vergadering `2026-02-verkenning`.', 130, 23, '/vergaderingen/0/verslag/punten/1/agendapunt',
        'Voeg het toe aan `agendapunten` van deze vergadering of kies een punt dat erop staat.'),
    ])
  })

  it('unknown parties among the present and absent, an unknown point and an unknown party in an afspraak', () => {
    const dossier = sampleWith(
      ['functie: directeur-bestuurder, namens: swv-po-kop }', 'functie: directeur-bestuurder, namens: swv-po }'], // the first of three: line 122
      ['namens: texel, afgemeld: true', 'namens: texels, afgemeld: true'],
      ['        - agendapunt: toegang-op-school', '        - agendapunt: toegang'],
      ['wie: swv-vo-kop, wanneer: 2026-03-15', 'wie: iedereen, wanneer: 2026-03-15'],
    )
    expect(check(dossier)).toEqual([
      unknown('`swv-po` is geen bekend id van een partij.', 122, 71, '/vergaderingen/0/verslag/aanwezig/3/namens', 'Bedoelde u `swv-po-kop`?'),
      unknown('`texels` is geen bekend id van een partij.', 125, 36, '/vergaderingen/0/verslag/afwezig/0/namens', 'Bedoelde u `texel`?'),
      unknown('`toegang` is geen bekend id van een agendapunt.', 127, 23, '/vergaderingen/0/verslag/punten/0/agendapunt', 'Bedoelde u `toegang-op-school`?'),
      unknown('`iedereen` is geen bekend id van een partij.', 134, 68, '/vergaderingen/0/verslag/punten/1/afspraken/0/wie', 'Gebruik een van de ids uit `partijen`.'),
    ])
  })
})

describe('checkReferences: the dispute and the motiveringen', () => {
  it('unknown agendapunt, meeting and verzoeker, and a special meeting of the wrong soort', () => {
    const dossier = sampleWith(
      ['  agendapunt: onderwijszorg\n', '  agendapunt: onderwijs-zorg\n'],
      ['ontstaan_in: 2026-04-oogo', 'ontstaan_in: 2026-04-ogo'],
      ['bijzondere_vergadering: 2026-05-bijzonder', 'bijzondere_vergadering: 2026-02-verkenning'],
      ['verzoekers: [swv-vo-kop]', 'verzoekers: [swv-vo-kop, college]'],
    )
    expect(check(dossier)).toEqual([
      unknown('`onderwijs-zorg` is geen bekend id van een agendapunt.', 203, 15, '/geschil/agendapunt', 'Bedoelde u `onderwijszorg`?'),
      unknown('`2026-04-ogo` is geen bekend id van een vergadering.', 204, 16, '/geschil/ontstaan_in', 'Bedoelde u `2026-04-oogo`?'),
      wrongKind('Vergadering `2026-02-verkenning` is van soort `algemeen`, maar hier hoort een vergadering van soort `bijzonder`.', 205, 27, '/geschil/bijzondere_vergadering',
        'Verwijs naar de bijzondere vergadering over dit geschil (soort: bijzonder).'),
      unknown('`college` is geen bekend id van een partij.', 208, 30, '/geschil/verzoek/verzoekers/1', 'Gebruik een van de ids uit `partijen`.'),
    ])
  })

  it('an unknown special meeting', () => {
    const dossier = sampleWith(['bijzondere_vergadering: 2026-05-bijzonder', 'bijzondere_vergadering: 2026-06-bijzonder'])
    expect(check(dossier)).toEqual([
      unknown('`2026-06-bijzonder` is geen bekend id van een vergadering.', 205, 27, '/geschil/bijzondere_vergadering', 'Bedoelde u `2026-05-bijzonder`?'),
    ])
  })

  it('a reaction to an aanbeveling that the advice does not have', () => {
    const dossier = sampleWith(['{ aanbeveling: evaluatie, besluit: overnemen, motivering: Texel', '{ aanbeveling: evaluatue, besluit: overnemen, motivering: Texel'])
    expect(check(dossier)).toEqual([
      unknown('`evaluatue` is geen bekend id van een aanbeveling.', 255, 24, '/motiveringen/1/reacties/1/aanbeveling', 'Bedoelde u `evaluatie`?'),
    ])
  })

  it('reactions while the dispute has no advice: each reaction is reported (lines 221–234 removed)', () => {
    const dossier = sampleWith([/ {2}advies:\n[\s\S]*?inspanningsverplichting: true\n/, ''])
    const noAdvice = (line: number, column: number, path: string) => wrongKind('Er is geen advies (`geschil.advies`) waarop deze reactie kan ingaan.', line, column, path,
      'Vul eerst `geschil.advies` met de aanbevelingen in.')
    expect(check(dossier)).toEqual([
      noAdvice(227, 24, '/motiveringen/0/reacties/0/aanbeveling'),
      noAdvice(228, 24, '/motiveringen/0/reacties/1/aanbeveling'),
      noAdvice(229, 22, '/motiveringen/0/reacties/2/aanbeveling'),
      noAdvice(238, 22, '/motiveringen/1/reacties/0/aanbeveling'),
      noAdvice(241, 24, '/motiveringen/1/reacties/1/aanbeveling'),
      noAdvice(242, 24, '/motiveringen/1/reacties/2/aanbeveling'),
    ])
  })
})
