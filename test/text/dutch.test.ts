import { describe, expect, it } from 'vitest'
import { copiesInWords, numberInWords } from '../../src/text/dutch-numbers.ts'
import { dutchDate } from '../../src/text/dutch-dates.ts'
import { displaySwvCode, normalizeSwvCode } from '../../src/text/swv-code.ts'

describe('Dutch numbers', () => {
  it.each([
    [0, 'nul'], [1, 'één'], [1001, 'duizend een'], [7, 'zeven'], [13, 'dertien'], [14, 'veertien'], [20, 'twintig'], [21, 'eenentwintig'],
    [22, 'tweeëntwintig'], [23, 'drieëntwintig'], [28, 'achtentwintig'], [80, 'tachtig'], [99, 'negenennegentig'],
    [100, 'honderd'], [101, 'honderdeen'], [342, 'driehonderdtweeënveertig'], [1000, 'duizend'], [2025, 'tweeduizend vijfentwintig'],
  ])('%i → %s', (n, words) => expect(numberInWords(n)).toBe(words))

  it.each([[1, 'enkelvoud'], [2, 'tweevoud'], [6, 'zesvoud'], [11, 'elfvoud'], [24, 'vierentwintigvoud']])('copies %i → %s', (n, words) =>
    expect(copiesInWords(n)).toBe(words))

  it('refuses what it cannot say', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError)
    expect(() => numberInWords(1.5)).toThrow(RangeError)
  })
})

describe('Dutch dates', () => {
  it.each([['2026-01-15', '15 januari 2026'], ['2026-03-02', '2 maart 2026'], ['2030-12-31', '31 december 2030']])('%s → %s', (iso, text) =>
    expect(dutchDate(iso)).toBe(text))

  it('does not depend on the time zone (the date is read as text, not as a Date in local time)', () => {
    // A Date-based version prints 14 januari west of UTC: run it in a zone west and one east of UTC.
    const before = process.env['TZ']
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = zone
        expect(new Date('2026-01-15T00:00:00').getTimezoneOffset(), zone).not.toBe(0)
        expect(dutchDate('2026-01-15'), zone).toBe('15 januari 2026')
        expect(dutchDate('2030-12-31'), zone).toBe('31 december 2030')
      }
    } finally {
      if (before === undefined) delete process.env['TZ']
      else process.env['TZ'] = before
    }
  })

  it('rejects what is not an ISO date', () => expect(() => dutchDate('15-01-2026')).toThrow(RangeError))
})

describe('SWV codes', () => {
  it.each([['PO2701', 'PO2701'], ['VO 27-01', 'VO2701'], ['PO-27-01', 'PO2701'], ['SWV PO 31-02', 'PO3102'], ['po 3102', 'PO3102'], ['VO-25-07', 'VO2507']])(
    '%s → %s', (input, canonical) => expect(normalizeSwvCode(input)).toBe(canonical))

  it('displays the running-text form', () => expect(displaySwvCode('VO 2701')).toBe('VO 27-01'))
})
