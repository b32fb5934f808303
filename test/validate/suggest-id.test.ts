/**
 * Where an id is needed, the suggestion is an id, never a name (issue 14, item 10: "Bedoelde u `Den Helder`?"): a name
 * written instead of the id gets that party's id, with whose id it is; a misspelt id keeps the short "Bedoelde u".
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dossier } from '../../src/model/dossier.ts'
import { checkReferences } from '../../src/validate/check-references.ts'
import { validate } from '../../src/validate/index.ts'
import { builtInTemplatesDir, loadTemplates, projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { checkSelection } from '../../src/validate/check-selection.ts'
import { checkHouseStyles } from '../../src/validate/check-house-styles.ts'
import { suggestId } from '../../src/text/suggest.ts'
import { sampleWith } from './sample.ts'
import { samplePath } from '../support/helpers.ts'

const unknown = (message: string, line: number, column: number, path: string, suggestion: string) =>
  ({ code: 'dossier/onbekende-verwijzing', severity: 'error', stage: 'validate', message, place: { file: 'dossier.yaml', line, column, path }, suggestion })

/** The sample with Den Helder's id `gem-dh` (line 26 and every reference), so that its name and id differ. */
const renamed: [RegExp, string][] = [[/den-helder/g, 'gem-dh']]

describe('a party named where its id belongs', () => {
  it('namens: Den Helder → the id, and that it is the id of gemeente Den Helder', () => {
    const { yaml, data } = sampleWith(...renamed, ['namens: gem-dh }', 'namens: Den Helder }'])
    expect(checkReferences(yaml, data)).toEqual([unknown('`Den Helder` is geen bekend id van een partij.', 120, 80,
      '/vergaderingen/0/verslag/aanwezig/1/namens', 'Verwijs met het id, niet met de naam: `gem-dh` is het id van gemeente Den Helder.')])
  })

  it('a misspelt name → the id of that name, said as such', () => {
    const { yaml, data } = sampleWith(...renamed, ['namens: gem-dh }', 'namens: Den Heldr }'])
    expect(checkReferences(yaml, data)).toEqual([unknown('`Den Heldr` is geen bekend id van een partij.', 120, 80,
      '/vergaderingen/0/verslag/aanwezig/1/namens', 'Bedoelde u `gem-dh`? Dat is het id van gemeente Den Helder.')])
  })

  it('a samenwerkingsverband by its name, where a party may stand; a name that says what it is, as it is', () => {
    const { yaml, data } = sampleWith(['namens: swv-vo-kop }', 'namens: Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland }'])
    expect(checkReferences(yaml, data)[0]?.suggestion)
      .toBe('Verwijs met het id, niet met de naam: `swv-vo-kop` is het id van Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland.')
  })

  it('only ids of the kind allowed there: a gemeente list gets no samenwerkingsverband', () => {
    const { yaml, data } = sampleWith(['gemeenten: [den-helder, hollands-kroon, schagen, texel]', 'gemeenten: [Den Helder, hollands-kroon, schagen, texel]'])
    expect(checkReferences(yaml, data)[0]?.suggestion).toBe('Verwijs met het id, niet met de naam: `den-helder` is het id van gemeente Den Helder.')
  })

  it('the name of a copied block whose id is taken (a duplicate id) suggests nothing: that id is another gemeente\'s', () => {
    const copy = '    - id: texel\n      naam: Wieringen\n      gm_code: GM0451\n      adres: { straat: Stationsplein 1, postcode: 1777 AA, plaats: Hippolytushoef }\n'
      + '      vertegenwoordiger: { naam: P. Kaag, functie: wethouder Jeugd }\n      collegebesluit: 2025-12-09\n\n  samenwerkingsverbanden:'
    const { yaml, data } = sampleWith(['\n  samenwerkingsverbanden:', `\n${copy}`], ['namens: schagen }', 'namens: Wieringen }'])
    const reference = checkReferences(yaml, data).find((p) => p.code === 'dossier/onbekende-verwijzing')
    expect(reference?.suggestion).toBe('Gebruik een van de ids uit `partijen`.')
  })

  it('a misspelt id keeps the short question', () => {
    const { yaml, data } = sampleWith(['namens: schagen }', 'namens: schagn }'])
    expect(checkReferences(yaml, data)[0]?.suggestion).toBe('Bedoelde u `schagen`?')
  })
})

describe('--partij and huisstijlen by name', () => {
  const dossier = sampleWith(...renamed).data as Dossier

  it('--partij "Den Helder" → the id', () => {
    expect(checkSelection('dossier.yaml', dossier, { meetings: [], parties: ['Den Helder'] })).toEqual([{
      code: 'opdracht/onbekend-id', severity: 'error', stage: 'validate',
      message: '--partij Den Helder: het dossier heeft geen partij met dit id.', place: { file: 'dossier.yaml' },
      suggestion: 'Verwijs met het id, niet met de naam: `gem-dh` is het id van gemeente Den Helder.',
    }])
  })

  it('huisstijlen: { Den Helder: … } → the id, as a warning', () => {
    const place = { file: 'oogo.config.yaml', line: 2, column: 3, path: '/huisstijlen/Den Helder' }
    expect(checkHouseStyles(dossier, new Map([['Den Helder', { place }]]))).toEqual([{
      code: 'dossier/onbekende-verwijzing', severity: 'warning', stage: 'validate',
      message: '`huisstijlen` noemt `Den Helder`, maar dat is geen gemeente van dit dossier; die huisstijl wordt niet gebruikt.', place,
      suggestion: 'Verwijs met het id, niet met de naam: `gem-dh` is het id van gemeente Den Helder.',
    }])
  })
})

describe('suggestId', () => {
  const things = [
    { id: 'den-helder', naam: 'Den Helder', soort: 'gemeente' },
    { id: 's-hertogenbosch', naam: "'s-Hertogenbosch", soort: 'gemeente' },
    { id: 'swv-po-kop', naam: 'Samenwerkingsverband PO Kop van Noord-Holland', soort: 'samenwerkingsverband' },
  ]

  it('never suggests a name', () => {
    for (const input of ['Den Helder', 'den helder', 'DEN HELDER', 'Den Heldr', 'den-heldr', "’s-Hertogenbosch", 'Samenwerkingsverband PO Kop van Noord-Holland']) {
      const suggestion = suggestId(input, things) ?? ''
      expect(suggestion, input).toMatch(/`(den-helder|s-hertogenbosch|swv-po-kop)`/)
      expect(suggestion, input).not.toMatch(/`(Den Helder|'s-Hertogenbosch|Samenwerkingsverband[^`]*)`/)
    }
  })

  it('says nothing when nothing is close', () => {
    expect(suggestId('Amsterdam', things)).toBeUndefined()
  })
})

describe('one finding where a name stands for an id', () => {
  it('the whole check says it once, as the reference, not also as the id pattern of the schema', () => {
    const text = readFileSync(samplePath, 'utf8').replace('voorzitter: { naam: S. Visser-Bakker, namens: schagen }', 'voorzitter: { naam: S. Visser-Bakker, namens: Schagen }')
    const project = projectFromText(sourceFromString('dossier.yaml', text).source!, loadTemplates(builtInTemplatesDir)).project!
    expect(validate(project).filter((p) => p.severity === 'error')).toEqual([unknown('`Schagen` is geen bekend id van een partij.', 72, 49,
      '/overlegcommissie/voorzitter/namens', 'Verwijs met het id, niet met de naam: `schagen` is het id van gemeente Schagen.')])
  })
})
