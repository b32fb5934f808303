/**
 * Tables in every reader: a signature table's rows never break, the header row is marked as such (and repeats), a long row may break, and a narrow column is never narrower than
 * its longest unbreakable word.
 */
import { describe, expect, it } from 'vitest'
import { buildTable, columnWidths } from '../../src/docx/blocks/table.ts'
import { createBuildContext } from '../../src/docx/build-context.ts'
import { textWidth, unbreakablePieces } from '../../src/docx/text-width.ts'
import type { Table, TableRow } from '../../src/model/types.ts'
import { bodyXml } from './body-xml.ts'

const nbsp = '\u00A0'
const row = (...cells: string[]): TableRow => ({ type: 'tableRow', cells: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) })
const table = (widths: number[], rows: TableRow[]): Table => ({ type: 'table', header: true, widths, rows })
const context = createBuildContext()

/** Per row of the built table: [repeated header, unbreakable, paragraphs kept with next]. */
async function rowFlags(node: Table): Promise<[boolean, boolean, number][]> {
  const xml = await bodyXml(buildTable(node, createBuildContext()))
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) => [
    /<w:tblHeader\/>/.test(tr!), /<w:cantSplit\/>/.test(tr!), (tr!.match(/<w:keepNext\/>/g) ?? []).length])
}

const signatureTable = table([0.293, 0.171, 0.171, 0.171, 0.195], [
  row('Partij', 'Naam', 'Functie', 'Plaats en datum', 'Handtekening'),
  ...Array.from({ length: 20 }, (_, i) => row(`gemeente Plaats ${i + 1}`, `dr. I.${nbsp}Paardekooper`, 'voorzitter van het bestuur', `Leiden, 12${nbsp}maart${nbsp}2026`, '________________')),
])

describe('a signature table', () => {
  it('keeps every row whole, marks its header row, and keeps the header with the first party and the last two parties together', async () => {
    expect(await rowFlags(signatureTable)).toEqual([[true, true, 5], ...Array.from({ length: 18 }, () => [false, true, 0]), [false, true, 5], [false, true, 0]])
  })

  it('gives every party at least 2.5 cm to sign, and the header row its own height', async () => {
    const xml = await bodyXml(buildTable(signatureTable, createBuildContext()))
    const heights = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) => /<w:trHeight [^>]*\/>/.exec(tr!)?.[0] ?? '')
    expect(heights).toEqual(['', ...Array.from({ length: 20 }, () => '<w:trHeight w:val="1418" w:hRule="atLeast"/>')])
  })

  it('widens the narrow columns to the longest name and date, taking the width from the party column', () => {
    // Template: 2657, 1550, 1550, 1550, 1768 of 9070 twips. "I. Paardekooper" (1750), "12 maart 2026" (1651) and the
    // signature line (1940) need more in the widest font; the party and function columns give in proportion to their room.
    expect(columnWidths(signatureTable, 5, context.textWidth)).toEqual([2285, 1750, 1443, 1651, 1940])
  })
})

describe('a table with long rows', () => {
  const long = 'Het college neemt de aanbeveling over en legt de uitvoering vast in het uitvoeringsprogramma. '.repeat(16)
  it('lets a row of more than twelve lines break, and repeats the header', async () => {
    expect(await rowFlags(table([0.2, 0.8], [row('Nr.', 'Motivering'), row('1', long), row('2', long)])))
      .toEqual([[true, true, 2], [false, false, 0], [false, false, 0]])
  })

  it('marks the header row also when a row is unbreakable (Word\'s accessibility checker and a tagged PDF need it)', async () => {
    expect(await rowFlags(table([0.2, 0.8], [row('Nr.', 'Motivering'), row('1', long), row('2', 'Kort.')])))
      .toEqual([[true, true, 2], [false, false, 0], [false, true, 0]])
  })
})

describe('column widths', () => {
  it('keep the template\'s proportions when every word fits', () => {
    expect(columnWidths(table([0.25, 0.75], [row('A', 'B'), row('c', 'd')]), 2, 9070)).toEqual([2267, 6802])
  })

  it('share the text by the minimums when the words together are wider than the text', () => {
    const word = 'Samenwerkingsverband' // 2426 twips, 2586 with the cell's padding
    expect(columnWidths(table([0.5, 0.5], [row(word.repeat(3), word)]), 2, 4000)).toEqual([2971, 1028])
  })
})

describe('text width', () => {
  it('splits at spaces and after hyphens, never at a no-break space', () => {
    expect(unbreakablePieces(`C. Verhoef-Lammers, 12${nbsp}maart${nbsp}2026 Duin- en Bollenstreek`))
      .toEqual(['C.', 'Verhoef-', 'Lammers,', `12${nbsp}maart${nbsp}2026`, 'Duin-', 'en', 'Bollenstreek'])
  })

  it('splits as the rule says for every mix of spaces, tabs, newlines, hyphens and dashes', () => {
    // The rule as two regular expressions (what unbreakablePieces did before it became one pass), on 2,000 texts.
    const byRule = (text: string) => text.split(/[ \t\n]+/).flatMap((word) => word.match(/[^-–—]*(?:[-–—]+|$)/g) ?? []).filter((piece) => piece !== '')
    const alphabet = ['a', 'B', ' ', '  ', '\t', '\n', '-', '–', '—', nbsp, 'é', '😀', '.']
    let seed = 7
    const next = () => (seed = (seed * 48271) % 0x7fffffff)
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: next() % 14 }, () => alphabet[next() % alphabet.length]).join('')
      expect(unbreakablePieces(text), JSON.stringify(text)).toEqual(byRule(text))
    }
  })

  it('measures with the widest of Carlito, Liberation Sans and DejaVu Sans, bold wider', () => {
    // "m" is 974/1000 em in DejaVu Sans: at 10 pt that is 9.74 pt, 195 twips.
    expect(textWidth('m', 20)).toBe(195)
    expect(textWidth('Handtekening', 20)).toBe(1404)
    expect(textWidth('Handtekening', 20, true)).toBe(1585)
  })
})
