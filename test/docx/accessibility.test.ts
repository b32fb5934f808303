/**
 * What Word's accessibility checker looks at, on every kind of document of the sample (one assemble for all): the
 * document language, a title in the document properties, heading styles with outline levels (no bold paragraphs
 * standing in for headings), table header rows marked as such, alternative text for every picture, no empty
 * paragraphs as spacing, and text colours with at least 4.5 : 1 contrast on white. Plus the warning at load for a
 * house style whose heading colour fails that contrast. The parts are read with oogo's own ooxml readers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { attribute, childElement, childElements, descendants, ns, parseXml, wAttribute, type Element } from '../../src/ooxml/xml.ts'
import { readStyleColors } from '../../src/ooxml/style-colors.ts'
import { contrastRatio, darkerPassing, formatRatio } from '../../src/load/house-style-contrast.ts'
import { readHouseStyle } from '../../src/load/load-house-style.ts'
import { assembleFile, root, samplePath, sampleWarnings } from '../support/helpers.ts'

interface Built { kind: string; fileName: string; title: string; parts: Map<string, string> }

let built: Built[]

beforeAll(async () => {
  const result = await assembleFile(samplePath)
  expect(result.problems.map((p) => p.code)).toEqual(sampleWarnings)
  const decoder = new TextDecoder()
  built = result.documents.map((d) => ({
    kind: d.kind, fileName: d.fileName, title: d.model.meta.title,
    parts: new Map([...unzipParts(d.bytes!)].filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, decoder.decode(bytes)])),
  }))
}, 60_000) // the whole sample, 26 documents

const xml = (doc: Built, name: string): Element => {
  const root = parseXml(doc.parts.get(name) ?? '')
  expect(root, `${doc.fileName}: ${name}`).toBeDefined()
  return root!
}
/** The main document, headers and footers: the parts a reader reads. */
const stories = (doc: Built) => [...doc.parts.keys()].filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))
const text = (p: Element) => descendants(p, ns.w, 't').map((t) => t.textContent ?? '').join('')
const inTable = (node: Element) => {
  for (let up = node.parentNode as Element | null; up; up = up.parentNode as Element | null) if (up.namespaceURI === ns.w && up.localName === 'tc') return true
  return false
}
const styleOf = (p: Element) => wAttribute(childElement(childElement(p, ns.w, 'pPr'), ns.w, 'pStyle'), 'val') ?? 'Normal'

describe('the .docx for Word\'s accessibility checker, on every kind of the sample', () => {
  it('covers every kind of the sample', () => {
    expect([...new Set(built.map((d) => d.kind))].sort()).toEqual(['bijlage-jeugdplan', 'motivering', 'overeenkomst', 'uitnodiging', 'verslag', 'verzoek'])
    expect(built).toHaveLength(26)
  })

  it('sets the document language to nl-NL: the document defaults and the theme fonts', () => {
    for (const doc of built) {
      const defaults = childElement(childElement(childElement(xml(doc, 'word/styles.xml'), ns.w, 'docDefaults'), ns.w, 'rPrDefault'), ns.w, 'rPr')
      expect(wAttribute(childElement(defaults, ns.w, 'lang'), 'val'), doc.fileName).toBe('nl-NL')
      expect(wAttribute(childElement(xml(doc, 'word/settings.xml'), ns.w, 'themeFontLang'), 'val'), doc.fileName).toBe('nl-NL')
      // No style or run says otherwise.
      for (const name of ['word/styles.xml', ...stories(doc)]) {
        for (const lang of descendants(xml(doc, name), ns.w, 'lang')) expect(wAttribute(lang, 'val') ?? 'nl-NL', `${doc.fileName} ${name}`).toBe('nl-NL')
      }
    }
  })

  it('has the document\'s title in the document properties (dc:title)', () => {
    for (const doc of built) {
      const title = descendants(xml(doc, 'docProps/core.xml'), 'http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent
      expect(title, doc.fileName).toBe(doc.title)
      expect(title!.trim().length, doc.fileName).toBeGreaterThan(5)
    }
  })

  it('gives every heading style it uses its outline level, and makes headings of no bold paragraph', () => {
    // A short bold paragraph without closing punctuation, outside a table, is a heading in disguise: none, anywhere.
    const boldHeadings: string[] = []
    for (const doc of built) {
      const levels = new Map(descendants(xml(doc, 'word/styles.xml'), ns.w, 'style').map((s) => [
        wAttribute(s, 'styleId') ?? '', wAttribute(childElement(childElement(s, ns.w, 'pPr'), ns.w, 'outlineLvl'), 'val')]))
      for (let n = 1; n <= 6; n++) expect(levels.get(`Heading${n}`), `${doc.fileName} Heading${n}`).toBe(String(n - 1))
      const paragraphs = descendants(xml(doc, 'word/document.xml'), ns.w, 'p')
      expect(paragraphs.filter((p) => styleOf(p) === 'Title').map(text), doc.fileName).toEqual([expect.stringMatching(/\S/)])
      for (const p of paragraphs.filter((p) => !inTable(p) && !/^(Title|Heading\d)$/.test(styleOf(p)))) {
        const runs = descendants(p, ns.w, 'r').filter((r) => descendants(r, ns.w, 't').some((t) => (t.textContent ?? '').trim() !== ''))
        const bold = (r: Element) => { const b = childElement(childElement(r, ns.w, 'rPr'), ns.w, 'b'); return b !== undefined && !['false', '0', 'off'].includes(wAttribute(b, 'val') ?? '') }
        if (runs.length > 0 && runs.every(bold) && text(p).length < 80 && !/[.:;?!]$/.test(text(p).trim())) boldHeadings.push(`${doc.kind}: ${text(p)}`)
      }
    }
    expect([...new Set(boldHeadings)]).toEqual([])
    // The points of a theme in the bijlage (`#### {{titel}}`): Heading3 ("Kop 3"), under their theme's Heading2.
    const bijlage = built.find((d) => d.kind === 'bijlage-jeugdplan')!
    const headings = descendants(xml(bijlage, 'word/document.xml'), ns.w, 'p').filter((p) => /^Heading[23]$/.test(styleOf(p))).map((p) => `${styleOf(p)} ${text(p)}`)
    const points = ['Jeugdhulp in en om de school', 'Onderwijszorgarrangementen voor thuiszitters',
      'Warme overdracht van primair naar voortgezet onderwijs', 'Gezamenlijke monitor jeugdhulp en passend onderwijs']
    expect(headings.filter((h) => h.startsWith('Heading3 '))).toEqual(points.map((t) => `Heading3 ${t}`))
    for (const point of points) expect(headings[headings.indexOf(`Heading3 ${point}`) - 1], point).toMatch(/^Heading[23] /)
    const agreement = built.find((d) => d.kind === 'overeenkomst')!
    const articles = descendants(xml(agreement, 'word/document.xml'), ns.w, 'p').filter((p) => /^Artikel \d+/.test(text(p)))
    expect(articles.length).toBeGreaterThan(5)
    for (const p of articles) expect(styleOf(p), text(p)).toBe('Heading1')
  })

  it('marks the first row of every table as its header row (w:tblHeader), and only that one', () => {
    let tables = 0
    for (const doc of built) {
      for (const table of descendants(xml(doc, 'word/document.xml'), ns.w, 'tbl')) {
        tables++
        const rows = childElements(table, ns.w, 'tr')
        const header = (row: Element) => childElement(childElement(row, ns.w, 'trPr'), ns.w, 'tblHeader') !== undefined
        expect(rows.map(header), doc.fileName).toEqual(rows.map((_, i) => i === 0))
      }
    }
    expect(tables).toBeGreaterThanOrEqual(15)
  })

  it('gives every picture alternative text', () => {
    for (const doc of built) {
      for (const name of stories(doc)) {
        for (const docPr of descendants(xml(doc, name), ns.wp, 'docPr')) expect(attribute(docPr, undefined, 'descr')?.trim(), `${doc.fileName} ${name}`).toMatch(/\S/)
      }
    }
  })

  it('uses no empty paragraphs for spacing (only an empty table cell holds one)', () => {
    for (const doc of built) {
      for (const name of stories(doc)) {
        for (const p of descendants(xml(doc, name), ns.w, 'p').filter((p) => !inTable(p))) {
          const content = descendants(p, ns.w, 't').length + descendants(p, ns.w, 'drawing').length + descendants(p, ns.w, 'fldSimple').length
            + descendants(p, ns.w, 'br').filter((br) => wAttribute(br, 'type') === 'page').length + descendants(p, ns.w, 'sectPr').length
          expect(content, `${doc.fileName} ${name}: empty paragraph`).toBeGreaterThan(0)
        }
      }
    }
  })

  it('writes text in colours with at least 4.5 : 1 contrast on white: its styles and its runs', () => {
    for (const doc of built) {
      for (const style of readStyleColors(doc.parts.get('word/styles.xml')!).filter((s) => !s.hidden)) {
        expect(contrastRatio(style.color, 'FFFFFF'), `${doc.fileName} ${style.name} #${style.color}`).toBeGreaterThanOrEqual(4.5)
      }
      for (const name of stories(doc)) {
        for (const color of descendants(xml(doc, name), ns.w, 'color')) {
          const value = wAttribute(color, 'val')!
          if (value !== 'auto') expect(contrastRatio(value, 'FFFFFF'), `${doc.fileName} ${name} #${value}`).toBeGreaterThanOrEqual(4.5)
        }
      }
    }
  })
})

describe('a house style with a text colour under 4.5 : 1', () => {
  it('warns at load (huisstijl/contrast), at the house style and the style, with the ratio and a darker colour', () => {
    const parts = unzipParts(readFileSync(join(root, 'templates', 'huisstijl.docx')))
    const styles = new TextDecoder().decode(parts.get('word/styles.xml'))
    const heading = /<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]
    expect(heading).toContain('<w:color w:val="1F3864"/>')
    parts.set('word/styles.xml', new TextEncoder().encode(styles.replace(heading, heading.replace('<w:color w:val="1F3864"/>', '<w:color w:val="999999"/>'))))
    const loaded = readHouseStyle('huisstijl-grijs.docx', zipParts(parts))
    expect(loaded.houseStyle).toBeDefined()
    expect(loaded.problems).toEqual([{
      code: 'huisstijl/contrast',
      severity: 'warning',
      stage: 'load',
      message: 'De tekstkleur van opmaakprofiel "Kop 1" in de huisstijl (#999999) heeft op wit een contrast van 2,84 : 1; voor een toegankelijk document (WCAG 2.1, niveau AA) is ten minste 4,5 : 1 nodig.',
      place: { file: 'huisstijl-grijs.docx', path: 'Kop 1' },
      suggestion: 'Kies in Word een donkerdere kleur voor "Kop 1", bijvoorbeeld #767676 (4,54 : 1).',
    }])
  })

  it('computes the contrast as WCAG 2.1 does, and suggests the lightest darker colour that passes', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBe(21)
    expect(formatRatio(contrastRatio('767676', 'FFFFFF'))).toBe('4,54 : 1') // WCAG's own example of the limit
    expect(formatRatio(contrastRatio('777777', 'FFFFFF'))).toBe('4,47 : 1') // rounded down: never shown as 4,50
    expect(darkerPassing('4472C4')).toBe('4472C4') // Word's accent blue already passes (4,6 : 1)
    const red = darkerPassing('FF0000')
    expect(contrastRatio(red, 'FFFFFF')).toBeGreaterThanOrEqual(4.5)
    expect(red).toMatch(/^[0-9A-F]{2}0000$/)
  })

  it('says nothing of oogo\'s own house style', () => {
    expect(readHouseStyle('huisstijl.docx', readFileSync(join(root, 'templates', 'huisstijl.docx'))).problems).toEqual([])
  })
})
