/**
 * What never breaks over two lines (dates, names) and numbers in words for running text.
 */
import { describe, expect, it } from 'vitest'
import { dutchDate, dutchDateInText, keepDatesTogether } from '../../src/text/dutch-dates.ts'
import { copiesInWords, numberInWords } from '../../src/text/dutch-numbers.ts'
import { comparableName, keepCodesTogether, keepNamesTogether, keepPostcodesTogether, slug } from '../../src/text/names.ts'

const shown = (text: string) => text.replaceAll('\u00A0', '~')

describe('dates', () => {
  it('hold day, month and year together in a document, and keep plain spaces elsewhere', () => {
    expect(shown(dutchDateInText('2026-01-15'))).toBe('15~januari~2026')
    expect(dutchDate('2026-01-15')).toBe('15 januari 2026')
    expect(shown(keepDatesTogether('Verslag van de vergadering van 15 januari 2026, uiterlijk 1 mei. 12 leden, 2026 maart.')))
      .toBe('Verslag van de vergadering van 15~januari~2026, uiterlijk 1~mei. 12 leden, 2026 maart.')
  })
})

describe('names', () => {
  it('hold initials, tussenvoegsels and surname together; a title may break away', () => {
    expect(['A.M. de Boer', 'T. van der Zwet', 'Y. El Amrani MSc', 'drs. K. Wijnands', 'IJ. de Jong', 'Th. van \'t Hof', 'C. Verhoef-Lammers',
      'dhr. A. de Vries en mw. B. van den Berg'].map((n) => shown(keepNamesTogether(n)))).toEqual([
      'A.M.~de~Boer', 'T.~van~der~Zwet', 'Y.~El~Amrani MSc', 'drs. K.~Wijnands', 'IJ.~de~Jong', 'Th.~van~\'t~Hof', 'C.~Verhoef-Lammers',
      'dhr. A.~de~Vries en mw. B.~van~den~Berg'])
  })

  it('leave text without initials alone', () => {
    for (const text of ['gemeente Den Helder', 'artikel 2.2, derde lid', 'OOGO-JZ03-2026', 'de Boer', 'wethouder Jeugd en Onderwijs']) {
      expect(keepNamesTogether(text)).toBe(text)
    }
  })

  it('compare and make ids as before: no-break spaces count as spaces', () => {
    expect(comparableName(keepNamesTogether('A.M. de Boer'))).toBe('a.m. de boer')
    expect(slug(keepNamesTogether('A.M. de Boer'), 'x')).toBe('a-m-de-boer')
  })
})

describe('codes', () => {
  it('hold a kenmerk together at its hyphens, and let names and words break as before', () => {
    expect(keepCodesTogether('kenmerk OGC-412.2026 en OOGO-JZ03, code 12-AB')).toBe('kenmerk OGC\u2011412.2026 en OOGO\u2011JZ03, code 12\u2011AB')
    for (const text of ['Visser-Bakker', 'Noord-Holland', 'OOGO-status', 'SWV-indeling', 'jeugd- en onderwijs', '2026-03-02', '2026-04-oogo', 'PO 27-01']) expect(keepCodesTogether(text)).toBe(text)
  })
})

describe('postcodes', () => {
  it('hold the digits and the letters together, and nothing else', () => {
    expect(shown(keepPostcodesTogether('Laan 19, 1741 EB Schagen; Postbus 85191, 3508 AD Utrecht'))).toBe('Laan 19, 1741~EB Schagen; Postbus 85191, 3508~AD Utrecht')
    for (const text of ['12345 AB', '1784 MCD', 'OOGO-JZ03-2026', 'in 2027 ab']) expect(keepPostcodesTogether(text)).toBe(text)
  })
})

describe('numbers in words', () => {
  it('writes 0 to 20 as Dutch running text does', () => {
    expect(Array.from({ length: 21 }, (_, n) => numberInWords(n))).toEqual(['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes',
      'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien',
      'negentien', 'twintig'])
  })

  it('writes larger numbers as one word up to a thousand, with a diaeresis where two e\'s meet', () => {
    expect([21, 22, 23, 28, 30, 42, 99, 100, 101, 112, 200, 342, 1000, 1200, 2026].map(numberInWords)).toEqual(['eenentwintig',
      'tweeëntwintig', 'drieëntwintig', 'achtentwintig', 'dertig', 'tweeënveertig', 'negenennegentig', 'honderd', 'honderdeen',
      'honderdtwaalf', 'tweehonderd', 'driehonderdtweeënveertig', 'duizend', 'duizend tweehonderd', 'tweeduizend zesentwintig'])
  })

  it('names the number of copies', () => {
    expect([1, 2, 3, 6, 20].map(copiesInWords)).toEqual(['enkelvoud', 'tweevoud', 'drievoud', 'zesvoud', 'twintigvoud'])
  })
})
