/**
 * The run of the article heading as the reader will draw it — the house's Heading1 with what it inherits — and the
 * tab stop after "Artikel N" that follows from it.
 */
import { describe, expect, it } from 'vitest'
import { articleHeadingRun, articleTabStop } from '../../src/docx/article-heading.ts'
import { cm } from '../../src/docx/style-map.ts'
import { textWidth } from '../../src/docx/text-width.ts'
import type { HouseStyle, HouseStyleDefinition } from '../../src/model/house-style.ts'
import type { Block } from '../../src/model/types.ts'

const house = (styles: HouseStyleDefinition[], defaultRun?: HouseStyle['defaultRun']): Pick<HouseStyle, 'styles' | 'defaultRun'> =>
  ({ styles, ...(defaultRun ? { defaultRun } : {}) })
const section = (number: string): Block => ({ type: 'section', number, title: [{ type: 'text', value: 'Titel' }], children: [] })

describe('articleHeadingRun', () => {
  it('is the default house style\u2019s 12 pt bold without a house style', () => {
    expect(articleHeadingRun()).toEqual({ size: 24, bold: true, caps: false })
  })

  it('follows basedOn (also in a circle) and then the document defaults, each property on its own', () => {
    const styles: HouseStyleDefinition[] = [
      { type: 'paragraph', id: 'Kop1', name: 'heading 1', basedOn: 'Kopbasis', run: { caps: true } },
      { type: 'character', id: 'Kopbasis', name: 'Kopbasis Char', run: { size: 99 } }, // another type: not the parent
      { type: 'paragraph', id: 'Kopbasis', name: 'Kopbasis', basedOn: 'Kop1', run: { bold: true } },
    ]
    expect(articleHeadingRun(house(styles, { size: 36 }))).toEqual({ size: 36, bold: true, caps: true })
    expect(articleHeadingRun(house(styles))).toEqual({ size: 20, bold: true, caps: true }) // Word's 10 pt
  })

  it('is ours when the house has no heading 1, and the house\u2019s when it has one under LibreOffice\u2019s name', () => {
    expect(articleHeadingRun(house([{ type: 'paragraph', id: 'Normal', name: 'Normal', run: { size: 40 } }]))).toEqual({ size: 24, bold: true, caps: false })
    expect(articleHeadingRun(house([{ type: 'paragraph', id: 'Heading1', name: 'Heading 1', run: { size: 32, bold: false } }]))).toEqual({ size: 32, bold: false, caps: false })
  })
})

describe('articleTabStop', () => {
  it('lies past "Artikel 99" plus half an em, on a quarter-centimetre grid, never before 2.25 cm', () => {
    for (const size of [16, 24, 28, 40, 56, 72]) {
      const stop = articleTabStop({ size, bold: true, caps: false })
      expect(stop, `${size / 2} pt`).toBeGreaterThanOrEqual(Math.max(cm(2.25), textWidth('Artikel 99', size, true) + size * 5))
      if (stop > cm(2.25)) expect(stop - textWidth('Artikel 99', size, true) - size * 5, `${size / 2} pt`).toBeLessThan(cm(0.25) + 1)
    }
    expect(articleTabStop({ size: 16, bold: false, caps: false })).toBe(cm(2.25))
  })

  it('makes room for a wider number of the document, and for capitals', () => {
    const run = { size: 24, bold: true, caps: false }
    expect(articleTabStop(run, [section('1'), section('12')])).toBe(articleTabStop(run))
    expect(articleTabStop(run, [section('1'), section('104')])).toBeGreaterThan(articleTabStop(run))
    expect(articleTabStop({ ...run, caps: true })).toBeGreaterThan(articleTabStop(run))
  })
})
