/**
 * The XML readers of ooxml/, on small hand-written parts: namespaces by URI (any prefix), what counts, what does not.
 */
import { Document, Packer, readTheme } from 'docx'
import { describe, expect, it } from 'vitest'
import { readDrawings } from '../../src/ooxml/drawings.ts'
import { readRelationships, targetOf } from '../../src/ooxml/relationships.ts'
import { renameStyles } from '../../src/ooxml/rename-styles.ts'
import { readBodySection } from '../../src/ooxml/section.ts'
import { readStyleSheet } from '../../src/ooxml/styles.ts'
import { readThemePart } from '../../src/ooxml/theme.ts'
import { hasDoctype, parseXml } from '../../src/ooxml/xml.ts'
import { unzipParts } from '../../src/ooxml/zip.ts'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

describe('parseXml', () => {
  it('gives the root element, or undefined for text that is not well-formed', () => {
    expect(parseXml(`<w:styles ${W}/>`)?.localName).toBe('styles')
    expect(parseXml('<w:styles><w:style></w:styles>')).toBeUndefined()
    expect(parseXml('geen xml')).toBeUndefined()
  })

  it('refuses a document type declaration, with or without entities, and expands none', () => {
    const laughs = `<!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles ${W}><w:style w:styleId="&b;"/></w:styles>`
    expect(hasDoctype(laughs)).toBe(true)
    expect(parseXml(laughs)).toBeUndefined()
    expect(parseXml(`<?xml version="1.0"?><!DOCTYPE w:styles><w:styles ${W}/>`)).toBeUndefined()
    expect(hasDoctype(`<w:styles ${W}/>`)).toBe(false)
  })
})

describe('readStyleSheet', () => {
  it('lists the styles in order, by type, id and name, with defaults for what is left out', () => {
    const xml = `<?xml version="1.0"?><w:styles ${W}><w:docDefaults/>`
      + '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>'
      + '<w:style w:type="character" w:styleId="Kop1Char"><w:name w:val="Kop 1 Char"/></w:style>'
      + '<w:style w:styleId="Naamloos"/>'
      + '<w:style w:type="paragraph"><w:name w:val="A &amp; B"/></w:style></w:styles>'
    expect(readStyleSheet(xml)).toEqual({
      docDefaults: true,
      styles: [
        { type: 'paragraph', id: 'Kop1', name: 'heading 1' },
        { type: 'character', id: 'Kop1Char', name: 'Kop 1 Char' },
        { type: 'paragraph', id: 'Naamloos', name: '' },
        { type: 'paragraph', id: '', name: 'A & B' },
      ],
    })
  })

  it('reads the namespace, whatever its prefix', () => {
    const xml = '<x:styles xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:style x:styleId="Eigen"><x:name x:val="Eigen"/></x:style></x:styles>'
    expect(readStyleSheet(xml)).toEqual({ docDefaults: false, styles: [{ type: 'paragraph', id: 'Eigen', name: 'Eigen' }] })
  })

  it('reads the default flag, basedOn, and the size, weight, capitals and font of each style and of the document defaults', () => {
    const xml = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>`
      + '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Standard"/><w:rPr><w:rFonts w:hAnsi="Liberation Sans"/></w:rPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:basedOn w:val="Heading"/><w:rPr><w:b w:val="false"/><w:caps/><w:sz w:val="40"/></w:rPr></w:style>'
      + '<w:style w:type="paragraph" w:default="0" w:styleId="Heading"><w:name w:val="Heading"/><w:rPr><w:b/><w:sz w:val="x"/></w:rPr></w:style></w:styles>'
    expect(readStyleSheet(xml)).toEqual({
      docDefaults: true,
      defaultRun: { size: 24, font: 'Liberation Serif' },
      styles: [
        { type: 'paragraph', id: 'Standard', name: 'Standard', isDefault: true, run: { font: 'Liberation Sans' } },
        { type: 'paragraph', id: 'Heading1', name: 'Heading 1', basedOn: 'Heading', run: { size: 40, bold: false, caps: true } },
        { type: 'paragraph', id: 'Heading', name: 'Heading', run: { bold: true } },
      ],
    })
  })

  it('knows a Strict Open XML styles part, and no styles part', () => {
    expect(readStyleSheet('<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>')).toBe('strict')
    expect(readStyleSheet(`<w:document ${W}/>`)).toBeUndefined()
    expect(readStyleSheet('<w:styles')).toBeUndefined()
  })
})

describe('renameStyles', () => {
  it('renames ids and their references, drops styles by position and numbering, and leaves every other byte', () => {
    const xml = `<w:styles ${W}>\n  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>\n`
      + '  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/></w:style>\n'
      + '  <w:style w:type="paragraph" w:styleId="Eigen"><w:basedOn w:val="Kop1"/><w:next w:val="Kop1"/></w:style>\n</w:styles>'
    expect(renameStyles(xml, { renames: new Map([['Kop1', 'Heading1']]), dropped: new Set([1]) })).toBe(`<w:styles ${W}>\n`
      + '  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr></w:pPr></w:style>\n  \n'
      + '  <w:style w:type="paragraph" w:styleId="Eigen"><w:basedOn w:val="Heading1"/><w:next w:val="Heading1"/></w:style>\n</w:styles>')
  })
})

describe('readRelationships', () => {
  const parts = new Map([
    ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/_rels/document.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
      + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo.png"/>'
      + '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="/word/theme/theme1.xml"/>'
      + '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/></Relationships>'],
  ])
  const text = (name: string) => parts.get(name)

  it('resolves targets to part names, relative to the source part, and keeps external ones as they are', () => {
    expect(targetOf(readRelationships('', text), 'officeDocument')).toBe('word/document.xml')
    expect(readRelationships('word/document.xml', text)).toEqual([
      { id: 'rId2', type: 'styles', target: 'word/styles.xml', external: false },
      { id: 'rId3', type: 'image', target: 'media/logo.png', external: false },
      { id: 'rId4', type: 'theme', target: 'word/theme/theme1.xml', external: false },
      { id: 'rId5', type: 'hyperlink', target: 'https://example.org/?a=1&b=2', external: true },
    ])
    expect(readRelationships('word/header1.xml', text)).toEqual([])
  })
})

describe('readBodySection', () => {
  const document = (body: string) => `<w:document ${W} ${R}><w:body>${body}</w:body></w:document>`
  const section = '<w:sectPr><w:headerReference w:type="first" r:id="rId8"/><w:headerReference w:type="default" r:id="rId9"/><w:footerReference r:id="rId10"/>'
    + '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1000" w:bottom="1134" w:left="1000" w:gutter="200"/>'
    + '<w:sectPrChange w:id="1"><w:sectPr><w:pgSz w:w="1" w:h="1"/></w:sectPr></w:sectPrChange></w:sectPr>'

  it('reads the last outermost section: not one that ends an earlier section, nor a tracked change', () => {
    const earlier = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0"/></w:sectPr></w:pPr></w:p>'
    expect(readBodySection(document(earlier + section))).toEqual({
      page: { width: 16838, height: 11906, orientation: 'landscape', margin: { top: 1134, right: 1000, bottom: 1134, left: 1000, header: 709, footer: 709, gutter: 200 } },
      references: [{ kind: 'header', type: 'first', id: 'rId8' }, { kind: 'header', type: 'default', id: 'rId9' }, { kind: 'footer', type: 'default', id: 'rId10' }],
    })
  })

  it('has no page for sizes in other units or less than an inch of text, and no section without one', () => {
    expect(readBodySection(document('<w:sectPr><w:pgSz w:w="21cm" w:h="16838"/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0"/></w:sectPr>'))).toEqual({ references: [] })
    expect(readBodySection(document('<w:sectPr><w:pgSz w:w="3000" w:h="16838"/><w:pgMar w:top="0" w:right="1000" w:bottom="0" w:left="1000"/></w:sectPr>'))).toEqual({ references: [] })
    expect(readBodySection(document('<w:p/>'))).toBeUndefined()
  })
})

describe('readDrawings', () => {
  const header = (paragraphs: string) => `<w:hdr ${W} ${R} ${WP} ${A}>${paragraphs}</w:hdr>`
  const picture = (id: string, cx: string, cy: string, position = '') => `<w:r><w:drawing><wp:${position ? 'anchor' : 'inline'}>${position}<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`
    + `<a:graphic><a:graphicData><a:blip r:embed="${id}"/></a:graphicData></a:graphic></wp:${position ? 'anchor' : 'inline'}></w:drawing></w:r>`

  it('reads each picture: its image, its size, and its side from its anchor or else its paragraph', () => {
    const xml = header(`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${picture('rId1', '1143000', '571500')}</w:p>`
      + `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${picture('rId2', '10', '20', '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>')}</w:p>`
      + `<w:p>${picture('rId3', '2cm', '20')}</w:p><w:p><w:r><w:t>tekst</w:t></w:r></w:p>`)
    expect(readDrawings(xml)).toEqual([
      { embed: 'rId1', extent: { cx: 1143000, cy: 571500 }, alignment: 'right' },
      { embed: 'rId2', extent: { cx: 10, cy: 20 }, alignment: 'center' },
      { embed: 'rId3' },
    ])
    expect(readDrawings('<w:hdr')).toEqual([])
  })
})

describe('readThemePart', () => {
  it('reads a theme as docx\'s readTheme does', async () => {
    const themeXml = new TextDecoder().decode(unzipParts(await Packer.toBuffer(new Document({ sections: [] }))).get('word/theme/theme1.xml'))
    const changed = themeXml.replace('<a:latin typeface="Calibri Light"', '<a:latin typeface="Georgia"').replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, '<a:accent1><a:srgbClr val="c00000"/></a:accent1>')
    for (const xml of [themeXml, changed]) expect(readThemePart(xml)).toEqual(readTheme(xml))
    expect(readThemePart(changed)).toMatchObject({ colors: { accent1: 'C00000' }, fonts: { headings: { latin: 'Georgia' }, body: { latin: 'Calibri' } } })
  })

  it('has no theme for another root element or XML that is not well-formed', () => {
    expect(readThemePart(`<w:styles ${W}/>`)).toBeUndefined()
    expect(readThemePart('<a:theme')).toBeUndefined()
  })
})
