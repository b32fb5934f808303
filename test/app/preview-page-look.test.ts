/**
 * The look of the preview page from a house style: each style the document uses, resolved as Word resolves it
 * (document defaults, then the `basedOn` chain, then the style), found by the name Word knows it by; theme fonts by
 * their role; oogo's own style without a house style.
 */
import { describe, expect, it } from 'vitest'
import { pageLookOf } from '../../src/app/preview/page-look.ts'
import type { HouseStyle } from '../../src/model/house-style.ts'
import { join } from 'node:path'
import { pageState } from '../../src/html/page.ts'
import { lookCss } from '../../src/html/page-look.ts'
import { loadHouseStyle } from '../../src/load/load-house-style.ts'
import { root } from '../support/helpers.ts'

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
/** As Dutch Word saves it: "Kop 1" under the id Kop1, based on Standaard; the body font a theme font. */
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${w}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="20"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="200"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/>
    <w:pPr><w:spacing w:before="480" w:after="0"/><w:jc w:val="left"/></w:pPr>
    <w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/><w:b/><w:color w:val="c00000"/><w:sz w:val="32"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/>
    <w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:b w:val="0"/><w:i/><w:sz w:val="56"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Kop1Char"><w:name w:val="heading 1"/><w:rPr><w:sz w:val="99"/></w:rPr></w:style>
</w:styles>`

const house: HouseStyle = {
  file: 'huisstijl-gemeente.docx',
  stylesXml,
  styles: [],
  docDefaults: true,
  theme: { fonts: { headings: { latin: 'Arial Black' }, body: { latin: 'Arial' } } },
  page: { width: 11906, height: 16838, orientation: 'portrait', margin: { top: 1134, right: 1134, bottom: 1134, left: 1701, header: 709, footer: 709, gutter: 0 } },
}

describe('the look of the preview page', () => {
  it('takes the house style: fonts (named or by theme role), sizes, colours, bold and italics, alignment, spacing, page', () => {
    const look = pageLookOf(house)
    expect(look.body).toEqual({ font: 'Arial', size: 10, align: 'justify', after: 10 })
    expect(look.heading).toMatchObject({ font: 'Arial Black', size: 16, bold: true, color: 'C00000', align: 'left', before: 24, after: 0 })
    expect(look.title).toMatchObject({ font: 'Georgia', size: 28, bold: false, italic: true, align: 'justify' })
    // Styles the house lacks: oogo's own, in the house's body font.
    expect(look.subheading).toMatchObject({ font: 'Arial', size: 11, bold: true })
    expect(look.minorHeading).toEqual({ font: 'Arial', size: 11, bold: true, italic: true, before: 8, after: 3 })
    expect(look.page).toEqual({ width: 11906 / 567, left: 1701 / 567, right: 1134 / 567, top: 1134 / 567 })
    expect(look.source).toBe('de huisstijl huisstijl-gemeente.docx')
    expect(look.logo).toBeUndefined()
  })

  it('takes the logo of the house header, at its size and place, as a data URL on the page', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const header = {
      name: 'word/header1.xml', xml: '<w:hdr/>',
      relationships: [{ id: 'rId1', type: 'image', target: 'word/media/image1.png', external: false }],
      media: new Map([['word/media/image1.png', { data: png, imageType: 'png' as const }]]),
      drawings: [{ embed: 'rId1', extent: { cx: 952500, cy: 476250 }, alignment: 'right' }],
    }
    const look = pageLookOf({ ...house, header })
    expect(look.logo).toEqual({ mime: 'image/png', base64: Buffer.from(png).toString('base64'), width: 100, height: 50, align: 'right' })
    const css = pageState({ version: 1, session: 's', title: 't', caption: 'c', faults: '', document: '', look }).css
    expect(css).toContain(`background:url("data:image/png;base64,${Buffer.from(png).toString('base64')}") no-repeat right top/100px 50px`)
  })

  it('reads a house style LibreOffice made, and its default paragraph style whatever its name', () => {
    const loaded = loadHouseStyle(join(root, 'test', 'fixtures', 'huisstijl-libreoffice', 'huisstijl.docx')).houseStyle!
    const look = pageLookOf(loaded)
    expect(look.body).toMatchObject({ font: 'Liberation Serif', size: 11, align: 'left', after: 6 })
    expect(look.heading).toMatchObject({ font: 'Liberation Sans', size: 20, color: '800000', bold: true })
    expect(lookCss(look)).toContain('.papier{width:21cm;padding:2.5cm 2.5cm 2.5cm 2.5cm;font-family:"Liberation Serif",serif;font-size:11pt}')
    const standard = stylesXml.replace('<w:name w:val="Normal"/>', '<w:name w:val="Basistekst"/>')
    expect(pageLookOf({ ...house, stylesXml: standard }).body).toEqual({ font: 'Arial', size: 10, align: 'justify', after: 10 })
  })

  it('takes the house\'s "Kop 3" (heading 3) for `####` headings, as Dutch Word saves it', () => {
    const withKop3 = stylesXml.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/><w:basedOn w:val="Standaard"/>
    <w:pPr><w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:color w:val="2F5496"/><w:sz w:val="22"/></w:rPr></w:style>
</w:styles>`)
    const look = pageLookOf({ ...house, stylesXml: withKop3 })
    expect(look.minorHeading).toEqual({ font: 'Arial', size: 11, color: '2F5496', align: 'justify', before: 6, after: 2 })
    expect(lookCss(look)).toContain('.papier h4.tussenkop{font-family:"Arial","Liberation Sans","Arimo",sans-serif;font-size:11pt;color:#2F5496;text-align:justify;margin-top:6pt;margin-bottom:2pt}')
  })

  it('is oogo’s own style without a house style', () => {
    const look = pageLookOf(undefined)
    expect(look.body).toMatchObject({ font: 'Calibri', size: 11, after: 6 })
    expect(look.title).toMatchObject({ font: 'Calibri', size: 18, bold: true, color: '1F3864', align: 'center' })
    expect(look.heading).toMatchObject({ font: 'Calibri', size: 12, bold: true, color: '1F3864', before: 14, after: 6 })
    // Kop 3 (`####`) below Kop 2: the same size, bold italic, less space above.
    expect(look.subheading).toEqual({ font: 'Calibri', size: 11, bold: true, before: 10, after: 4 })
    expect(look.minorHeading).toEqual({ font: 'Calibri', size: 11, bold: true, italic: true, before: 8, after: 3 })
    expect(look.page).toEqual({ width: 11906 / 567, left: 1418 / 567, right: 1418 / 567, top: 1418 / 567 })
    expect(look.source).toBe('de standaardhuisstijl van oogo')
  })
})
