/** Enumerations in running text: "A, B en C", with a comma before the last "en" when the last name has one. */
import { describe, expect, it } from 'vitest'
import { opsomming } from '../../src/render/helpers/opsomming.ts'

const call = { template: 't.md.hbs', line: 1, column: 1, draft: false }
const list = (...items: string[]) => opsomming.fn([items], {}, call)

describe('opsomming', () => {
  it('joins with commas and "en"', () => {
    expect([list(), list('Texel'), list('Den Helder', 'Texel'), list('Den Helder', 'Hollands Kroon', 'Schagen', 'Texel')])
      .toEqual(['', 'Texel', 'Den Helder en Texel', 'Den Helder, Hollands Kroon, Schagen en Texel'])
  })

  it('sets the last name off with a comma when it contains "en" itself', () => {
    expect(list('Alphen aan den Rijn', 'Katwijk', 'Kaag en Braassem')).toBe('Alphen aan den Rijn, Katwijk, en Kaag en Braassem')
  })

  it('takes a field of each element', () => {
    expect(opsomming.fn([[{ naam: 'Weert' }, { naam: 'Nederweert' }], 'naam'], {}, call)).toBe('Weert en Nederweert')
  })
})
