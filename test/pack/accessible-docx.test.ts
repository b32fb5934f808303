/**
 * The language and heading outline levels put into a package's styles and settings, whatever a house style brought:
 * another language, no document defaults, a heading that already has its level, a style whose pPr comes last.
 */
import { describe, expect, it } from 'vitest'
import { withDefaultLanguage, withOutlineLevels, withThemeFontLanguage } from '../../src/pack/accessible-docx.ts'

const styles = (body: string) => `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:styles>`

describe('the document language', () => {
  it('replaces a house style\'s other language in the document defaults, keeping its East Asian and bidi languages', () => {
    expect(withDefaultLanguage(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>')))
      .toBe(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>'))
  })

  it('adds it where there is none: no document defaults, empty run defaults, run properties without a language', () => {
    expect(withDefaultLanguage(styles('<w:style w:styleId="Normal"/>')))
      .toBe(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId="Normal"/>'))
    expect(withDefaultLanguage(styles('<w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults>')))
      .toBe(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'))
    expect(withDefaultLanguage(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>')))
      .toBe(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="nl-NL"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>'))
  })

  it('sets the theme font language in the settings, before the elements that follow it', () => {
    const settings = (body: string) => `<w:settings xmlns:w="x">${body}</w:settings>`
    expect(withThemeFontLanguage(settings('<w:compat/><w:clrSchemeMapping w:bg1="light1"/>')))
      .toBe(settings('<w:compat/><w:themeFontLang w:val="nl-NL"/><w:clrSchemeMapping w:bg1="light1"/>'))
    expect(withThemeFontLanguage(settings('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'))).toBe(settings('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'))
  })
})

describe('heading outline levels', () => {
  it('gives Heading1–9 their level in the right place of the pPr, and leaves other styles and existing levels alone', () => {
    const input = styles('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:rPr><w:b/></w:rPr></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/></w:rPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Heading3"><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
      + '<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Kop 1 Char"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Lid"><w:pPr/></w:style>')
    expect(withOutlineLevels(input)).toBe(styles('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/><w:rPr><w:b/></w:rPr></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Heading3"><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
      + '<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Kop 1 Char"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Lid"><w:pPr/></w:style>'))
  })
})
