import { describe, expect, it } from 'vitest'
import { parsePointer, pointerToPlace, toPointer } from '../../src/validate/pointer-to-place.ts'
import { parsed, sampleWith } from './sample.ts'

describe('parsePointer and toPointer', () => {
  it('splits a JSON pointer into keys and array indexes', () => {
    expect(parsePointer('')).toEqual([])
    expect(parsePointer('/partijen/gemeenten/0/naam')).toEqual(['partijen', 'gemeenten', 0, 'naam'])
  })

  it('unescapes ~1 and ~0 in that order (RFC 6901) and keeps numbers with a leading zero as keys', () => {
    expect(parsePointer('/a~01/b~1c/0/01/10')).toEqual(['a~1', 'b/c', 0, '01', 10])
  })

  it('escapes ~ and / back, so the two are inverse', () => {
    expect(toPointer(['a/b', '~', 0, 'x~/y'])).toBe('/a~1b/~0/0/x~0~1y')
    expect(toPointer([])).toBe('')
    expect(parsePointer(toPointer(['a~1', 'b/c', 3]))).toEqual(['a~1', 'b/c', 3])
  })
})

describe('pointerToPlace in the sample dossier', () => {
  const { yaml } = sampleWith()
  const place = (pointer: string, at?: 'value' | 'key') => pointerToPlace(yaml, parsePointer(pointer), at)

  it('finds a value in a flow mapping inside a list item, and with at: key its key', () => {
    expect(place('/partijen/gemeenten/3/adres/plaats')).toEqual({ file: 'dossier.yaml', line: 50, column: 64, path: '/partijen/gemeenten/3/adres/plaats' })
    expect(place('/partijen/gemeenten/3/adres/plaats', 'key')).toEqual({ file: 'dossier.yaml', line: 50, column: 56, path: '/partijen/gemeenten/3/adres/plaats' })
  })

  it('finds an item of a flow sequence', () => {
    expect(place('/partijen/samenwerkingsverbanden/1/gemeenten/2')).toEqual({ file: 'dossier.yaml', line: 68, column: 47, path: '/partijen/samenwerkingsverbanden/1/gemeenten/2' })
  })

  it('walks lists in lists in lists (vergaderingen → punten → afspraken)', () => {
    expect(place('/vergaderingen/1/verslag/punten/2/afspraken/0/wie')).toEqual({ file: 'dossier.yaml', line: 171, column: 76, path: '/vergaderingen/1/verslag/punten/2/afspraken/0/wie' })
  })

  it('points at the indicator of a folded block scalar, and at a quoted value', () => {
    expect(place('/agenda/0/toelichting')).toEqual({ file: 'dossier.yaml', line: 91, column: 18, path: '/agenda/0/toelichting' })
    expect(place('/vergaderingen/0/aanvang')).toEqual({ file: 'dossier.yaml', line: 111, column: 14, path: '/vergaderingen/0/aanvang' })
  })

  it('for a list item, the key form is the item itself (an item has no key)', () => {
    expect(place('/motiveringen/1/reacties/0', 'key')).toEqual({ file: 'dossier.yaml', line: 252, column: 9, path: '/motiveringen/1/reacties/0' })
  })

  it('for a missing key, climbs to the key of the nearest existing parent', () => {
    expect(place('/overlegcommissie/leden')).toEqual({ file: 'dossier.yaml', line: 70, column: 1, path: '/overlegcommissie/leden' })
    expect(place('/overlegcommissie/leden/0/namens', 'key')).toEqual({ file: 'dossier.yaml', line: 70, column: 1, path: '/overlegcommissie/leden/0/namens' })
    expect(place('/partijen/mbo_instellingen/0/naam')).toEqual({ file: 'dossier.yaml', line: 24, column: 1, path: '/partijen/mbo_instellingen/0/naam' })
  })

  it('the empty pointer is the whole document: its first key, after the comments', () => {
    expect(place('')).toEqual({ file: 'dossier.yaml', line: 3, column: 1, path: '' })
  })
})

describe('pointerToPlace in small documents', () => {
  const { yaml } = parsed([
    '# commentaar',
    'lijst:',
    '  - naam: a',
    '    sub: [[1, 2], [3]]',
    '  - id: b',
    '    leeg:',
    '"a/b~c": 5',
    "'quoted': { x: 1 }",
    '2026: jaar',
    '',
  ].join('\n'), 'klein.yaml')
  const place = (pointer: string, at?: 'value' | 'key') => pointerToPlace(yaml, parsePointer(pointer), at)

  it('finds items of nested flow sequences', () => {
    expect(place('/lijst/0/sub/0/1')).toEqual({ file: 'klein.yaml', line: 4, column: 15, path: '/lijst/0/sub/0/1' })
    expect(place('/lijst/0/sub/1/0')).toEqual({ file: 'klein.yaml', line: 4, column: 20, path: '/lijst/0/sub/1/0' })
    expect(place('/lijst/0/sub/1')).toEqual({ file: 'klein.yaml', line: 4, column: 19, path: '/lijst/0/sub/1' })
  })

  it('a block sequence is found at its first dash, an item at its first key', () => {
    expect(place('/lijst')).toEqual({ file: 'klein.yaml', line: 3, column: 3, path: '/lijst' })
    expect(place('/lijst', 'key')).toEqual({ file: 'klein.yaml', line: 2, column: 1, path: '/lijst' })
    expect(place('/lijst/1')).toEqual({ file: 'klein.yaml', line: 5, column: 5, path: '/lijst/1' })
  })

  it('a key without a value stays on the key', () => {
    expect(place('/lijst/1/leeg')).toEqual({ file: 'klein.yaml', line: 6, column: 10, path: '/lijst/1/leeg' })
    expect(place('/lijst/1/leeg', 'key')).toEqual({ file: 'klein.yaml', line: 6, column: 5, path: '/lijst/1/leeg' })
  })

  it('a missing key in a list item points at the item; a missing index at the key of the list', () => {
    expect(place('/lijst/1/ontbreekt', 'key')).toEqual({ file: 'klein.yaml', line: 5, column: 5, path: '/lijst/1/ontbreekt' })
    expect(place('/lijst/5')).toEqual({ file: 'klein.yaml', line: 2, column: 1, path: '/lijst/5' })
    expect(place('/lijst/0/sub/7/0')).toEqual({ file: 'klein.yaml', line: 4, column: 5, path: '/lijst/0/sub/7/0' })
  })

  it('a missing top-level key points at the start of the document', () => {
    expect(place('/nope/dieper')).toEqual({ file: 'klein.yaml', line: 2, column: 1, path: '/nope/dieper' })
  })

  it('an index into a mapping, or a key into a sequence, is missing too', () => {
    expect(place('/lijst/naam')).toEqual({ file: 'klein.yaml', line: 2, column: 1, path: '/lijst/naam' })
    expect(place('/quoted/0')).toEqual({ file: 'klein.yaml', line: 8, column: 1, path: '/quoted/0' })
  })

  it('finds double- and single-quoted keys, with ~ and / escaped in the pointer', () => {
    expect(place('/a~1b~0c')).toEqual({ file: 'klein.yaml', line: 7, column: 10, path: '/a~1b~0c' })
    expect(place('/a~1b~0c', 'key')).toEqual({ file: 'klein.yaml', line: 7, column: 1, path: '/a~1b~0c' })
    expect(place('/quoted/x')).toEqual({ file: 'klein.yaml', line: 8, column: 16, path: '/quoted/x' })
    expect(place('/quoted/x', 'key')).toEqual({ file: 'klein.yaml', line: 8, column: 13, path: '/quoted/x' })
  })

  it('finds a numeric key by its pointer segment', () => {
    expect(place('/2026')).toEqual({ file: 'klein.yaml', line: 9, column: 7, path: '/2026' })
    expect(place('/2026', 'key')).toEqual({ file: 'klein.yaml', line: 9, column: 1, path: '/2026' })
  })
})
