/**
 * The build blocks of docx/, one at a time: a small hand-made model node, built with a BuildContext, packed as the
 * only content of a document, and compared as the XML Word reads.
 */
import { Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { buildHeading } from '../../src/docx/blocks/heading.ts'
import { buildList } from '../../src/docx/blocks/list.ts'
import { buildPageBreak } from '../../src/docx/blocks/page-break.ts'
import { buildParagraph } from '../../src/docx/blocks/paragraph.ts'
import { buildSection } from '../../src/docx/blocks/section.ts'
import { buildTable } from '../../src/docx/blocks/table.ts'
import { buildBlocks } from '../../src/docx/build-blocks.ts'
import { createBuildContext } from '../../src/docx/build-context.ts'
import { buildInlines } from '../../src/docx/inlines/index.ts'
import { defaultPageLayout } from '../../src/docx/page-layout.ts'
import { Style } from '../../src/docx/style-map.ts'
import type { Block, Inline, List, ListItem, Table } from '../../src/model/types.ts'
import { bodyXml, withoutHyperlinkIds } from './body-xml.ts'

const text = (value: string): Inline => ({ type: 'text', value })
const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] })
const item = (children: Block[], number?: string, bookmark?: string): ListItem => ({ type: 'listItem', ...(number ? { number } : {}), ...(bookmark ? { bookmark } : {}), children })
const p = (style: string, runs: string, pPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${pPr}</w:pPr>${runs}</w:p>`
const run = (value: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${value}</w:t></w:r>`
const tab = run('\t')
const context = createBuildContext()

describe('heading', () => {
  it('is the title, Heading1, Heading2 or Heading3 by its depth', async () => {
    const [title, heading, subheading, minor] = await Promise.all(([1, 2, 3, 4] as const).map((depth) => bodyXml(buildHeading({ type: 'heading', depth, children: [text('Kop')] }))))
    expect(title).toBe(p('Title', run('Kop')))
    expect(heading).toBe(p('Heading1', run('Kop')))
    expect(subheading).toBe(p('Heading2', run('Kop')))
    expect(minor).toBe(p('Heading3', run('Kop')))
  })
})

describe('paragraph', () => {
  it('is Normal, or the style the caller gives', async () => {
    expect(await bodyXml(buildParagraph({ type: 'paragraph', children: [text('Tekst')] }))).toBe(p('Normal', run('Tekst')))
    expect(await bodyXml(buildParagraph({ type: 'paragraph', children: [text('Tekst')] }, Style.subtitle))).toBe(p('Subtitle', run('Tekst')))
  })

  it('after the title is the subtitle, in a list of blocks', async () => {
    const blocks: Block[] = [{ type: 'heading', depth: 1, children: [text('Titel')] }, paragraph('Onder'), paragraph('Daarna')]
    expect(await bodyXml(buildBlocks(blocks, 0, context))).toBe(p('Title', run('Titel')) + p('Subtitle', run('Onder')) + p('Normal', run('Daarna')))
  })
})

describe('inlines', () => {
  it('accumulate bold and italics, and write breaks, links and cross-references', async () => {
    const inlines: Inline[] = [
      text('a '),
      { type: 'strong', children: [text('b'), { type: 'emphasis', children: [text('c')] }] },
      { type: 'break' },
      { type: 'link', url: 'https://example.org/', children: [text('link')] },
      { type: 'ref', target: 'art-7', text: '7', bookmark: '_Ref_art_7' },
    ]
    expect(withoutHyperlinkIds(await bodyXml([new Paragraph({ children: buildInlines(inlines) })]))).toBe('<w:p>'
      + run('a ') + run('b', '<w:b/><w:bCs/>') + run('c', '<w:b/><w:bCs/><w:i/><w:iCs/>') + '<w:r><w:br/></w:r>'
      + `<w:hyperlink w:history="1" r:id="rId">${run('link')}</w:hyperlink>`
      + `<w:fldSimple w:instr="REF _Ref_art_7 \\h">${run('7')}</w:fldSimple></w:p>`)
  })

  it('refuse a cross-reference that was not resolved', () => {
    expect(() => buildInlines([{ type: 'ref', target: 'art-7' }])).toThrow('unresolved ref art-7')
  })
})

describe('list', () => {
  it('writes a lid with its bookmarked number, a further paragraph aligned with its text, and nested bullets a step in', async () => {
    const list: List = {
      type: 'list',
      kind: 'subsections',
      items: [item([paragraph('Eerste'), paragraph('Vervolg'), { type: 'list', kind: 'bullets', items: [item([paragraph('punt')])] }], '7.1', '_Ref_lid')],
    }
    expect(await bodyXml(buildList(list, 0, context, buildBlocks))).toBe(
      p('Lid', `<w:bookmarkStart w:name="_Ref_lid" w:id="1"/>${run('7.1')}<w:bookmarkEnd w:id="1"/>${tab}${run('Eerste')}`)
      + p('Lid', run('Vervolg'), '<w:ind w:left="567" w:hanging="0"/>')
      + p('Opsomming', run('•') + tab + run('punt'), '<w:ind w:left="1559" w:hanging="425"/>'))
  })

  it('labels letters and numbers', async () => {
    const letters: List = { type: 'list', kind: 'letters', items: [item([paragraph('een')], 'a')] }
    const numbers: List = { type: 'list', kind: 'numbers', items: [item([paragraph('twee')], '2')] }
    expect(await bodyXml(buildList(letters, 0, context, buildBlocks))).toBe(p('Letter', run('(a)') + tab + run('een')))
    expect(await bodyXml(buildList(numbers, 0, context, buildBlocks))).toBe(p('Nummering', run('2.') + tab + run('twee')))
  })
})

describe('table', () => {
  const table: Table = {
    type: 'table',
    header: true,
    widths: [0.25, 0.75],
    rows: [
      { type: 'tableRow', cells: [{ type: 'tableCell', children: [text('A')] }, { type: 'tableCell', children: [text('B')] }] },
      { type: 'tableRow', cells: [{ type: 'tableCell', children: [text('c')] }] },
    ],
  }
  const border = (side: string) => `<w:${side} w:val="single" w:color="8C8C8C" w:sz="4"/>`
  const margins = '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="80"/></w:tcMar>'
  const shading = '<w:shd w:fill="E7ECF4" w:color="auto" w:val="clear"/>'
  const cell = (width: number, runs: string, header: boolean) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${header ? shading : ''}${margins}</w:tcPr>${p('Tabeltekst', runs, header ? '<w:keepNext/>' : '')}</w:tc>`

  it('spans the text width of the context\'s page in the template\'s proportions, with a shaded header row kept with the first row; short rows never break', async () => {
    // A4 with 2.5 cm margins: 11906 − 2 × 1418 = 9070 twips of text.
    expect(context.textWidth).toBe(9070)
    expect(await bodyXml(buildTable(table, context))).toBe('<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9069"/>'
      + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`
      + '<w:tblGrid><w:gridCol w:w="2267"/><w:gridCol w:w="6802"/></w:tblGrid>'
      + `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cell(2267, run('A', '<w:b/><w:bCs/>'), true)}${cell(6802, run('B', '<w:b/><w:bCs/>'), true)}</w:tr>`
      + `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(2267, run('c'), false)}${cell(6802, '', false)}</w:tr></w:tbl>`)
  })

  it('takes its widths from the page it is given, not from an earlier build', async () => {
    const narrow = createBuildContext({ ...defaultPageLayout, margin: { ...defaultPageLayout.margin, left: 2906, right: 3000 } })
    expect(narrow.textWidth).toBe(6000)
    expect(await bodyXml(buildTable(table, narrow))).toContain('<w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="4500"/></w:tblGrid>')
    expect(await bodyXml(buildTable(table, context))).toContain('<w:tblGrid><w:gridCol w:w="2267"/><w:gridCol w:w="6802"/></w:tblGrid>')
  })
})

describe('section', () => {
  it('is "Artikel N<tab>title" in Heading1, the number bookmarked, the title hanging past "Artikel 99", then its content', async () => {
    const xml = await bodyXml(buildSection({ type: 'section', number: '7', bookmark: '_Ref_art_7', title: [text('Geschillen')], children: [paragraph('Inhoud')] }, context, buildBlocks))
    expect(xml).toBe(p('Heading1', `${run('Artikel ')}<w:bookmarkStart w:name="_Ref_art_7" w:id="1"/>${run('7')}<w:bookmarkEnd w:id="1"/>${tab}${run('Geschillen')}`, '<w:tabs><w:tab w:val="left" w:pos="1562"/></w:tabs><w:ind w:left="1562" w:hanging="1562"/>')
      + p('Normal', run('Inhoud')))
  })
})

describe('page break', () => {
  it('is a paragraph with a page break', async () => {
    expect(await bodyXml(buildPageBreak())).toBe('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
  })
})

describe('a non-breaking hyphen', () => {
  it('becomes Word\u2019s own w:noBreakHyphen inside the run', async () => {
    const xml = await bodyXml([new Paragraph({ children: buildInlines([{ type: 'text', value: 'kenmerk OGC\u2011412.2026' }]) })])
    expect(xml).toContain('<w:r><w:t xml:space="preserve">kenmerk OGC</w:t><w:noBreakHyphen/><w:t xml:space="preserve">412.2026</w:t></w:r>')
  })
})
