/**
 * A house style as Dutch Word saves one: Arial, red headings, "heading 1" under the id `Kop1` (with a list number that
 * must not come across), no `Lid`, 2 cm margins, a PNG logo at the right of the header and a theme with its own fonts.
 * Applied to the sample (`--huisstijl`, and per gemeente from the project configuration), and broken in the ways a
 * user breaks it.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { AlignmentType, Document, Footer, Header, ImageRun, Paragraph, TextRun } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { png } from '../support/png.ts'
import { houseStyles } from './house-styles-of-xml.ts'
import { loadHouseStyles, loadSettings } from '../../src/app/settings.ts'
import { loadHouseStyle, readHouseStyle } from '../../src/load/load-house-style.ts'
import { packDocx } from '../../src/pack/pack-docx.ts'
import { assembleFile, root, samplePath, sampleWarnings } from '../support/helpers.ts'
import type { HouseStyle } from '../../src/model/house-style.ts'
import { runCli } from '../support/terminal.ts'

/** `oogo genereer <the sample>` with these flags, in process. */
function genereer(flags: { huisstijl?: string; uit: string; config?: string; document?: string[] }) {
  return runCli(['genereer', 'samples/voorbeeld-dossier.yaml', '--uit', flags.uit,
    ...(flags.huisstijl ? ['--huisstijl', flags.huisstijl] : []), ...(flags.config ? ['--config', flags.config] : []),
    ...(flags.document ? ['--document', ...flags.document] : [])], { cwd: root })
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const partsOf = (zip: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, bytes]))
const text = (zip: Uint8Array, name: string) => strFromU8(unzipSync(zip, { filter: (f) => f.name === name })[name]!)
const styles = (xml: string) => [...xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)].map(([, attributes, body]) => ({
  id: /w:styleId="([^"]*)"/.exec(attributes!)![1]!,
  name: /<w:name w:val="([^"]*)"/.exec(body!)![1]!,
  body: body!,
}))

/** styles.xml as Dutch Word writes it: localised ids (`Standaard`, `Kop1`, `Titel`, `Koptekst`), built-in English names. */
const dutchStyles = (font: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">`
  + `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
  + '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/></w:latentStyles>'
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + '<w:style w:type="character" w:default="1" w:styleId="Standaardalinea-lettertype"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
  + '<w:style w:type="table" w:default="1" w:styleId="Standaardtabel"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:link w:val="Kop1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="3"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
  + '<w:style w:type="character" w:customStyle="1" w:styleId="Kop1Char"><w:name w:val="Kop 1 Char"/><w:basedOn w:val="Standaardalinea-lettertype"/><w:link w:val="Kop1"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:uiPriority w:val="10"/><w:qFormat/><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="40"/></w:rPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Koptekst"><w:name w:val="header"/><w:basedOn w:val="Standaard"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Voettekst"><w:name w:val="footer"/><w:basedOn w:val="Standaard"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:color w:val="C00000"/></w:rPr></w:style>'
  + '</w:styles>'

const logo = png(8, 4, [192, 0, 0])

/** The house style .docx: built with docx, then given Dutch Word's styles.xml and a theme with fonts of its own. */
async function makeHouse(font = 'Arial'): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{
      properties: { page: { margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 } } },
      headers: {
        default: new Header({
          children: [
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type: 'png', data: logo, transformation: { width: 120, height: 60 }, altText: { name: 'Afbeelding 1', description: 'Logo van de gemeente Voorbeeld', title: '' } })] }),
            new Paragraph({ children: [new TextRun('Gemeente Voorbeeld')] }),
          ],
        }),
      },
      footers: { default: new Footer({ children: [new Paragraph('Postbus 1, 1000 AA Voorbeeld')] }) },
      children: [new Paragraph('Huisstijl van de gemeente Voorbeeld.')],
    }],
  })
  const parts = partsOf(await packDocx(doc, { date: '2026-01-01' }))
  parts['word/styles.xml'] = strToU8(dutchStyles(font))
  parts['word/theme/theme1.xml'] = strToU8(strFromU8(parts['word/theme/theme1.xml']!)
    .replace('<a:latin typeface="Calibri Light"', '<a:latin typeface="Georgia"').replace('<a:latin typeface="Calibri"', `<a:latin typeface="${font}"`))
  return zipSync(parts, { mtime: new Date(1980, 0, 1) })
}

let dir: string
let houseFile: string
let house: HouseStyle
let result: Awaited<ReturnType<typeof assembleFile>>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oogo-huisstijl-'))
  houseFile = join(dir, 'huisstijl.docx')
  writeFileSync(houseFile, await makeHouse())
  const loaded = loadHouseStyle(houseFile)
  expect(loaded.problems).toEqual([])
  house = loaded.houseStyle!
  result = await assembleFile(samplePath, { houseStyle: house })
  expect(result.problems.map((p) => p.code)).toEqual(sampleWarnings)
}, 60_000) // the whole sample, 26 documents: seconds on a busy machine

describe('loading a house style', () => {
  it('finds the styles, the theme, the page and the header with its logo', () => {
    expect(house.file).toBe(houseFile)
    expect(house.stylesXml).toContain('w:styleId="Kop1"')
    expect(house.themeXml).toContain('typeface="Georgia"')
    expect(house.page).toEqual({ width: 11906, height: 16838, orientation: 'portrait', margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567, gutter: 0 } })
    expect(house.header!.name).toBe('word/header1.xml')
    const image = house.header!.relationships.find((r) => r.type === 'image')!
    expect(image.target).toBe('word/media/image1.png')
    expect(house.header!.media.get(image.target)).toEqual({ data: logo, imageType: 'png' })
    expect(house.footer!.xml).toContain('Postbus 1, 1000 AA Voorbeeld') // read, but our footer is written instead
  })
})

describe('a house style applied to the sample', () => {
  it('gives every document the house fonts and its heading style, once, under the id our paragraphs use', () => {
    expect(result.documents).toHaveLength(26)
    for (const document of result.documents) {
      const xml = text(document.bytes!, 'word/styles.xml')
      expect(document.houseStyle, document.fileName).toBe(houseFile)
      expect(xml).toContain('<w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/>')
      const all = styles(xml)
      const named = (name: string) => all.filter((s) => s.name.toLowerCase() === name)
      // docx's own "Heading 1", "Normal" and "Title" are replaced, not doubled.
      expect(named('heading 1').map((s) => s.id), document.fileName).toEqual(['Heading1'])
      expect(named('normal').map((s) => s.id)).toEqual(['Normal'])
      expect(named('title').map((s) => s.id)).toEqual(['Title'])
      expect(named('normal table').map((s) => s.id)).toEqual(['TableNormal'])
      const heading = all.find((s) => s.id === 'Heading1')!
      expect(heading.body).toContain('<w:color w:val="C00000"/>')
      expect(heading.body).toContain('<w:basedOn w:val="Normal"/>')
      expect(heading.body).toContain('<w:link w:val="Kop1Char"/>')
      expect(heading.body).not.toContain('w:numPr') // the house's numbering is not there; we number ourselves
      expect(all.find((s) => s.id === 'Kop1Char')!.body).toContain('<w:link w:val="Heading1"/>')
      expect(all.map((s) => s.id)).not.toContain('Kop1')
      expect(all.map((s) => s.id)).not.toContain('Standaard')
      // Styles the house lacks are ours, with the house's font.
      const lid = all.find((s) => s.id === 'Lid')!
      expect(lid.body).toContain('<w:basedOn w:val="Normal"/>')
      expect(xml).not.toContain('Calibri')
      expect(new Set(all.map((s) => s.id)).size).toBe(all.length)
    }
  })

  it('uses the mapped style ids in its paragraphs', () => {
    const overeenkomst = result.documents.find((d) => d.kind === 'overeenkomst')!
    const document = text(overeenkomst.bytes!, 'word/document.xml')
    const defined = new Set(styles(text(overeenkomst.bytes!, 'word/styles.xml')).map((s) => s.id))
    const used = new Set([...document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!))
    expect([...used].sort()).toEqual(['Heading1', 'Letter', 'Lid', 'Normal', 'Nummering', 'Opsomming', 'Subtitle', 'Tabeltekst', 'Title'])
    for (const id of used) expect(defined.has(id), id).toBe(true)
    for (const name of ['word/header1.xml', 'word/footer1.xml']) {
      expect(text(overeenkomst.bytes!, name)).toMatch(name.includes('header') ? /<w:pStyle w:val="Header"\/>/ : /<w:pStyle w:val="Footer"\/>/)
    }
  })

  it('has the margins of the house style, and tables as wide as its text', () => {
    for (const document of result.documents) {
      const xml = text(document.bytes!, 'word/document.xml')
      expect(xml).toContain('<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>')
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    }
    const overeenkomst = text(result.documents.find((d) => d.kind === 'overeenkomst')!.bytes!, 'word/document.xml')
    const widths = [...overeenkomst.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    // The party table of the overeenkomst spans the text width of the house's A4 with 2 cm margins (11906 − 2 × 1134
    // = 9638 twips), less the rounding down of its five columns.
    expect(widths).toEqual([9636])
  })

  it('puts the logo of the house header at the top of ours, at its size and on its side', () => {
    for (const document of result.documents) {
      const header = text(document.bytes!, 'word/header1.xml')
      const paragraphs = header.split('</w:p>')
      expect(paragraphs[0]).toContain('<w:jc w:val="right"/>')
      expect(paragraphs[0]).toContain(`<wp:extent cx="${120 * 9525}" cy="${60 * 9525}"/>`)
      expect(paragraphs[0]).toContain('<wp:docPr id="1" name="Logo"')
      expect(/<wp:docPr [^>]*>/.exec(paragraphs[0]!)?.[0]).toContain('descr="Logo van de gemeente Voorbeeld"') // the house's alternative text
      expect(header).toContain('Kenmerk: OOGO-JZ03-2026')
      const rels = text(document.bytes!, 'word/_rels/header1.xml.rels')
      const target = /Type="[^"]*\/image" Target="([^"]+)"/.exec(rels)![1]!
      expect(unzipSync(document.bytes!)[`word/${target}`]).toEqual(logo)
    }
  })

  it('keeps the logo above the CONCEPT mark of a draft, the same in every build', async () => {
    const draft = () => assembleFile(samplePath, { houseStyle: house, draft: true, documents: ['overeenkomst'] })
    const [first, second] = [await draft(), await draft()]
    const header = text(first.documents[0]!.bytes!, 'word/header1.xml')
    expect(header.indexOf('<w:drawing>')).toBeLessThan(header.indexOf('CONCEPT'))
    expect(header).toContain('Kenmerk: OOGO-JZ03-2026')
    expect(sha256(second.documents[0]!.bytes!)).toBe(sha256(first.documents[0]!.bytes!))
    expect(header).toContain('<v:shape id="PowerPlusWaterMarkObject1"') // docx names it at random; pack numbers it
  })

  it('carries the theme fonts of the house over', () => {
    const theme = text(result.documents[0]!.bytes!, 'word/theme/theme1.xml')
    expect(theme).toContain('<a:latin typeface="Georgia"')
    expect(theme).toContain('<a:latin typeface="Arial"')
  })

  it('gives the same bytes in a second build in the same process', async () => {
    const again = await assembleFile(samplePath, { houseStyle: house })
    expect(again.documents.map((d) => sha256(d.bytes!))).toEqual(result.documents.map((d) => sha256(d.bytes!)))
  })

  it('gives the same bytes from oogo genereer in another time zone', async () => {
    const before = process.env['TZ']
    process.env['TZ'] = 'Asia/Tokyo'
    try {
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-540)
      const out = mkdtempSync(join(tmpdir(), 'oogo-huisstijl-tz-'))
      const run = await genereer({ huisstijl: houseFile, uit: out })
      expect(run.code, run.stderr).toBe(0)
      const files = readdirSync(out).sort().map((f) => `${f} ${sha256(readFileSync(join(out, f)))}`)
      expect(files).toHaveLength(26)
      expect(files).toEqual(result.documents.map((d) => `${d.fileName} ${sha256(d.bytes!)}`).sort())
    } finally {
      if (before === undefined) delete process.env['TZ']
      else process.env['TZ'] = before
    }
  })
})

describe('matching styles by name (docx/house-styles.ts)', () => {
  const wrap = (...styles: string[]) => `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles.join('')}</w:styles>`
  const style = (id: string, name: string | undefined, body = '') => `<w:style w:type="paragraph" w:styleId="${id}">${name === undefined ? '' : `<w:name w:val="${name}"/>`}${body}</w:style>`
  const ids = (xml: string) => [...xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)]
    .map(([, id, body]) => `${id}=${/<w:name w:val="([^"]*)"/.exec(body!)?.[1] ?? ''}`)

  it('keeps the built-in name Word writes over a second style of the same name', () => {
    // What a house style made with docx looks like: docx's own "Heading 1" beside a "heading 1" under a Dutch id.
    const { externalStyles, styles: ours } = houseStyles(wrap(style('Heading1', 'Heading 1', '<w:rPr><w:color w:val="2E74B5"/></w:rPr>'), style('Kop1', 'heading 1', '<w:rPr><w:color w:val="C00000"/></w:rPr>'), style('Kop1Eigen', 'Kop 1 eigen', '<w:basedOn w:val="Kop1"/>')))
    expect(ids(externalStyles)).toEqual(['Heading1=heading 1', 'Kop1Eigen=Kop 1 eigen'])
    expect(externalStyles).toContain('<w:color w:val="C00000"/>')
    expect(externalStyles).toContain('<w:basedOn w:val="Heading1"/>')
    expect(ours.default?.heading1).toBeUndefined()
    expect(ours.paragraphStyles!.map((s) => s.id)).toContain('Lid')
  })

  it('moves a style that only has one of our ids aside, and takes a style without a name by its id', () => {
    const { externalStyles, styles: ours } = houseStyles(wrap(style('Letter', 'Briefopmaak'), style('Lid', undefined, '<w:rPr><w:b/></w:rPr>'), style('Tekst', 'Tekst', '<w:basedOn w:val="Letter"/>')))
    expect(ids(externalStyles)).toEqual(['LetterHuisstijl=Briefopmaak', 'Lid=', 'Tekst=Tekst'])
    expect(externalStyles).toContain('<w:basedOn w:val="LetterHuisstijl"/>')
    const added = ours.paragraphStyles!.map((s) => s.id)
    expect(added).toContain('Letter') // ours, as the house has no "Letter"
    expect(added).not.toContain('Lid') // the house's, nameless
    expect(ours.default?.document).toBeDefined() // no docDefaults in the house: ours
  })

  it('matches the Dutch names Word shows, as other programs write them', () => {
    const { externalStyles } = houseStyles(wrap(style('A', 'Titel'), style('B', 'Kop 2'), style('C', 'Standaard'), style('D', 'Voettekst')))
    expect(ids(externalStyles)).toEqual(['Title=Titel', 'Heading2=Kop 2', 'Normal=Standaard', 'Footer=Voettekst'])
  })

  it('takes a house "Kop 3" (heading 3) for `####` headings as it takes Kop 2, and keeps ours, without our font, when the house has none', () => {
    const kop3 = '<w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:color w:val="2F5496"/></w:rPr>'
    const { externalStyles, styles: ours } = houseStyles(wrap(style('Kop2', 'heading 2'), style('Kop3', 'heading 3', kop3), style('Kop3Eigen', 'Kop 3 eigen', '<w:basedOn w:val="Kop3"/>')))
    expect(ids(externalStyles)).toEqual(['Heading2=heading 2', 'Heading3=heading 3', 'Kop3Eigen=Kop 3 eigen'])
    expect(externalStyles).toContain(`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/>${kop3}</w:style>`)
    expect(externalStyles).toContain('<w:basedOn w:val="Heading3"/>')
    expect(ours.default?.heading3).toBeUndefined()
    const { styles: without } = houseStyles(wrap(style('Kop2', 'Kop 2')))
    expect(without.default?.heading3).toEqual({ run: { size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } })
  })
})

describe('a broken house style', () => {
  const problemOf = (name: string, bytes?: Uint8Array | string) => {
    const file = join(dir, name)
    if (bytes !== undefined) writeFileSync(file, bytes)
    const { houseStyle, problems } = loadHouseStyle(file)
    expect(houseStyle).toBeUndefined()
    expect(problems).toHaveLength(1)
    return { ...problems[0]!, place: { ...problems[0]!.place, file: relative(dir, problems[0]!.place.file) } }
  }

  it('is a located error with its own code', async () => {
    expect(problemOf('bestaat-niet.docx')).toMatchObject({ code: 'bestand/niet-gevonden', severity: 'error', stage: 'load', place: { file: 'bestaat-niet.docx' } })
    expect(problemOf('leeg.docx', '')).toMatchObject({ code: 'bestand/leeg', place: { file: 'leeg.docx' } })
    expect(problemOf('tekst.docx', 'dit is geen Word-document')).toMatchObject({ code: 'huisstijl/ongeldig', place: { file: 'tekst.docx' } })
    const doc = problemOf('oud.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    expect(doc).toMatchObject({ code: 'huisstijl/ongeldig' })
    expect(doc.message).toContain('.doc')
    expect(problemOf('zip.docx', zipSync({ 'iets.txt': strToU8('x') }))).toMatchObject({ code: 'huisstijl/ongeldig' })
    const parts = partsOf(await makeHouse())
    delete parts['word/styles.xml']
    const noStyles = problemOf('zonder-stijlen.docx', zipSync(parts))
    expect(noStyles).toMatchObject({ code: 'huisstijl/ongeldig' })
    expect(noStyles.message).toContain('word/styles.xml')
    mkdirSync(join(dir, 'map.docx'), { recursive: true })
    expect(problemOf('map.docx')).toMatchObject({ code: 'bestand/is-map' })
  })

  it('warns about a logo that docx cannot write, and builds without it', async () => {
    const parts = partsOf(await makeHouse())
    parts['word/media/image1.png'] = Uint8Array.from([0x01, 0x00, 0x00, 0x00, 0x6c, 0x00]) // an EMF record, not a PNG
    const { houseStyle, problems } = readHouseStyle('emf.docx', zipSync(parts))
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['huisstijl/logo', 'warning']])
    const built = await assembleFile(samplePath, { houseStyle: houseStyle!, documents: ['overeenkomst'] })
    expect(text(built.documents[0]!.bytes!, 'word/header1.xml')).not.toContain('<w:drawing>')
  })

  it('stops oogo genereer: exit 3 for a missing file, 1 for a file that is not a Word document', async () => {
    const run = (file: string) => genereer({ huisstijl: file, uit: join(dir, 'uit') })
    const missing = await run(join(dir, 'bestaat-niet.docx'))
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('De huisstijl bestaat niet.  [bestand/niet-gevonden]')
    const notWord = await run(join(dir, 'tekst.docx'))
    expect(notWord.code).toBe(1)
    expect(notWord.stderr).toContain('[huisstijl/ongeldig]')
    expect(notWord.stderr).toContain('er is niets geschreven')
    expect(existsSync(join(dir, 'uit'))).toBe(false)
  })
})

describe('a house style per gemeente (oogo.config.yaml: huisstijlen)', () => {
  let config: string
  let denHelder: string
  let schagen: string

  beforeAll(async () => {
    const folder = join(dir, 'project')
    mkdirSync(join(folder, 'huisstijlen'), { recursive: true })
    denHelder = join(folder, 'huisstijlen', 'den-helder.docx')
    schagen = join(folder, 'huisstijlen', 'schagen.docx')
    writeFileSync(denHelder, await makeHouse('Arial'))
    writeFileSync(schagen, await makeHouse('Verdana'))
    config = join(folder, 'oogo.config.yaml')
    writeFileSync(config, [
      'huisstijlen:',
      '  den-helder: huisstijlen/den-helder.docx   # relatief aan deze map',
      '  schagen: huisstijlen/schagen.docx',
      '  texell: huisstijlen/den-helder.docx',
      '',
    ].join('\n'))
  })

  const assembleWith = async (flag?: string) => {
    const { settings, houseStyles: references, problems } = loadSettings(config)
    expect(problems).toEqual([])
    const loaded = loadHouseStyles(flag, references)
    expect(loaded.problems).toEqual([])
    return assembleFile(samplePath, {
      rules: settings!,
      municipalHouseStyles: loaded.municipalHouseStyles,
      ...(loaded.houseStyle ? { houseStyle: loaded.houseStyle } : {}),
    })
  }
  const font = (bytes: Uint8Array) => /<w:rPrDefault><w:rPr><w:rFonts w:ascii="([^"]+)"/.exec(text(bytes, 'word/styles.xml'))![1]

  it('uses a gemeente\'s house style for its motivering, and the chair\'s for invitations and minutes', async () => {
    const built = await assembleWith()
    const used = Object.fromEntries(built.documents.map((d) => [d.fileName, d.houseStyle]))
    expect(used['motivering-den-helder.docx']).toBe(denHelder)
    expect(font(built.documents.find((d) => d.fileName === 'motivering-den-helder.docx')!.bytes!)).toBe('Arial')
    expect(used['motivering-texel.docx']).toBeUndefined() // Texel has none: the built-in one
    expect(font(built.documents.find((d) => d.fileName === 'motivering-texel.docx')!.bytes!)).toBe('Calibri')
    // The sample's chair sits on behalf of Schagen.
    const fromChair = built.documents.filter((d) => d.kind === 'uitnodiging' || d.kind === 'verslag')
    expect(fromChair).toHaveLength(21)
    for (const d of fromChair) {
      expect(d.houseStyle, d.fileName).toBe(schagen)
      expect(font(d.bytes!)).toBe('Verdana')
    }
    // Joint documents, and a verzoek of an SWV, are nobody's in particular.
    for (const kind of ['overeenkomst', 'verzoek', 'bijlage-jeugdplan']) expect(built.documents.find((d) => d.kind === kind)!.houseStyle, kind).toBeUndefined()
  })

  it('is what oogo genereer --config does', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oogo-huisstijl-config-'))
    const run = await genereer({ config, uit: out, document: ['motivering'] })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('waarschuwing: `huisstijlen` noemt `texell`, maar dat is geen gemeente van dit dossier')
    expect(font(new Uint8Array(readFileSync(join(out, 'motivering-den-helder.docx'))))).toBe('Arial')
    expect(font(new Uint8Array(readFileSync(join(out, 'motivering-texel.docx'))))).toBe('Calibri')
  })

  it('falls back on --huisstijl for the other documents', async () => {
    const built = await assembleWith(houseFile)
    const used = Object.fromEntries(built.documents.map((d) => [d.fileName, d.houseStyle]))
    expect(used['overeenkomst-oogo-jz03-2026.docx']).toBe(houseFile)
    expect(used['motivering-texel.docx']).toBe(houseFile)
    expect(used['motivering-den-helder.docx']).toBe(denHelder)
    expect(used['uitnodiging-2026-04-oogo-texel.docx']).toBe(schagen)
  })

  it('warns, at its place in the configuration, about an id that is no gemeente of the dossier', async () => {
    const built = await assembleWith()
    const warning = built.problems.find((p) => p.code === 'dossier/onbekende-verwijzing')!
    expect(warning).toMatchObject({ severity: 'warning', stage: 'validate', place: { file: config, line: 4, column: 11, path: '/huisstijlen/texell' }, suggestion: 'Bedoelde u `texel`?' })
    expect(warning.message).toContain('texell')
    expect(built.problems.filter((p) => p.code !== 'dossier/onbekende-verwijzing').map((p) => p.code)).toEqual(sampleWarnings)
  })

  it('is checked against the schema, and says where a missing house style was named', () => {
    const bad = join(dir, 'project', 'fout.config.yaml')
    writeFileSync(bad, 'huisstijlen:\n  den-helder: huisstijl.pdf\n  schagen: huisstijl.doc\n  texel: 12\n')
    const { problems } = loadSettings(bad)
    expect(problems.map((p) => [p.code, p.place.line])).toEqual([['dossier/schema', 4]]) // the schema first: a path is text
    writeFileSync(bad, 'huisstijlen:\n  den-helder: huisstijl.pdf\n  schagen: huisstijl.doc\n')
    const paths = loadSettings(bad).problems
    expect(paths.map((p) => [p.code, p.place.line, p.place.column])).toEqual([['dossier/schema', 2, 15], ['dossier/schema', 3, 12]])
    expect(paths[1]!.suggestion).toContain('sla het op als Word-document (.docx)')

    const missing = join(dir, 'project', 'ontbreekt.config.yaml')
    writeFileSync(missing, 'huisstijlen:\n  den-helder: huisstijlen/weg.docx\n')
    const loaded = loadHouseStyles(undefined, loadSettings(missing).houseStyles)
    expect(loaded.problems).toHaveLength(1)
    expect(loaded.problems[0]).toMatchObject({ code: 'bestand/niet-gevonden', place: { file: join(dir, 'project', 'huisstijlen', 'weg.docx') } })
    expect(loaded.problems[0]!.suggestion).toContain(`genoemd in ${missing}:2:15 (huisstijlen.den-helder)`)
  })
})
