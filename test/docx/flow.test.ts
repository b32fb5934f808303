/**
 * The flow between blocks (docx/flow.ts): a lead-in stays with what it leads in, a closing formula stays with the last
 * paragraph before it and the signature lines after it, and text after a table keeps its distance.
 */
import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../src/docx/build-blocks.ts'
import { createBuildContext } from '../../src/docx/build-context.ts'
import type { Block, Inline, TableRow } from '../../src/model/types.ts'
import { bodyXml } from './body-xml.ts'

const text = (value: string): Inline => ({ type: 'text', value })
const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] })
const bullets = (...items: string[]): Block => ({ type: 'list', kind: 'bullets', items: items.map((v) => ({ type: 'listItem', children: [paragraph(v)] })) })
const row = (...cells: string[]): TableRow => ({ type: 'tableRow', cells: cells.map((v) => ({ type: 'tableCell', children: [text(v)] })) })
const table: Block = { type: 'table', header: true, widths: [0.5, 0.5], rows: [row('De griffier,', 'De voorzitter,'), row('____', '____')] }

/** Each paragraph outside a table as `text` with `+keep` and/or `+space` for its flow settings. */
async function flow(blocks: Block[]): Promise<string[]> {
  const xml = (await bodyXml(buildBlocks(blocks, 0, createBuildContext()))).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '<w:p><w:t>[tabel]</w:t></w:p>')
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p]) => {
    const words = [...p!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    return words + (/<w:keepNext\/>/.test(p!) ? ' +keep' : '') + (/w:before="240"/.test(p!) ? ' +space' : '')
  })
}

describe('flow', () => {
  it('keeps a lead-in ending in ":" with its list, and a paragraph before a table with the table', async () => {
    expect(await flow([paragraph('Het verslag vermeldt in ieder geval:'), bullets('de aanwezigen;', 'de besluiten.'),
      paragraph('Aldus besloten in de openbare vergadering.'), table, paragraph('Daarna.')])).toEqual([
      'Het verslag vermeldt in ieder geval: +keep', '•\tde aanwezigen;', '•\tde besluiten. +keep',
      'Aldus besloten in de openbare vergadering. +keep', '[tabel]', 'Daarna. +space'])
  })

  it('keeps a letter\'s closing with the last paragraph and the signature lines', async () => {
    expect(await flow([paragraph('Eerste alinea.'), paragraph('Bent u verhinderd, meld dat dan.'), paragraph('Met vriendelijke groet,'),
      paragraph('S. Visser-Bakker'), paragraph('voorzitter van de overlegcommissie')])).toEqual([
      'Eerste alinea.', 'Bent u verhinderd, meld dat dan. +keep', 'Met vriendelijke groet, +keep', 'S. Visser-Bakker +keep',
      'voorzitter van de overlegcommissie'])
  })

  it('keeps a lid ending in ":" with its letters', async () => {
    const lid: Block = { type: 'list', kind: 'subsections', items: [{ type: 'listItem', number: '1.1', children: [
      paragraph('In deze overeenkomst wordt verstaan onder:'),
      { type: 'list', kind: 'letters', items: [{ type: 'listItem', number: 'a', children: [paragraph('college: het college.')] }] }] }] }
    expect(await flow([lid])).toEqual(['1.1\tIn deze overeenkomst wordt verstaan onder: +keep', '(a)\tcollege: het college.'])
  })

  it('keeps the last row of a table with a closing after it', async () => {
    const xml = await bodyXml(buildBlocks([paragraph('Tekst.'), table, paragraph('Met vriendelijke groet,'), paragraph('A. de Vries')], 0, createBuildContext()))
    const lastRow = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].at(-1)![0]
    expect(lastRow.match(/<w:keepNext\/>/g)).toHaveLength(2)
  })
})
