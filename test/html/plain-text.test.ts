/**
 * The reading text of the terminal: the document as it will read, numbers and references resolved, without markup.
 */
import { describe, expect, it } from 'vitest'
import { readingText, tableLines } from '../../src/html/plain-text.ts'
import { sampleModel } from './model.ts'

describe('readingText', () => {
  it('reads as the document: kenmerk, title, numbered articles, leden, letters, resolved references, a drawn table', () => {
    expect(readingText(sampleModel()).text).toBe([
      'Kenmerk: OOGO-<JZ03>-2026',
      '',
      'Overeenkomst OOGO jeugd',
      '═══════════════════════',
      '',
      'Kop van Noord-Holland',
      '',
      'Artikel 1  Looptijd',
      '───────────────────',
      '',
      'Deze overeenkomst geldt vier jaar.',
      '',
      'Artikel 2  Geschillen & <script>',
      '────────────────────────────────',
      '',
      '2.1  Een verzoek vermeldt:',
      '     (a)  het onderwerp;',
      '     (b)  de standpunten.',
      '',
      '2.2  Zie artikel 1 en lid 2.1.',
      '     Tweede regel.',
      '',
      '┌────────────────┬────────────────────────────────────────────────────────────┐',
      '│ Partij         │ Namens deze                                                │',
      '├────────────────┼────────────────────────────────────────────────────────────┤',
      '│ Gemeente Texel │ M. Zijp, wethouder Zorg en Welzijn, namens de burgemeester │',
      '└────────────────┴────────────────────────────────────────────────────────────┘',
      '',
      '· · · nieuwe pagina · · ·',
      '',
      'Tekst met <b>opmaak</b> & "aanhalingstekens" gevaarlijk (javascript:alert(1))',
      '',
    ].join('\n'))
  })

  it('marks a draft CONCEPT at the top, and knows the line of every heading', () => {
    const reading = readingText(sampleModel(true))
    expect(reading.text.startsWith('CONCEPT\n\nKenmerk: OOGO-<JZ03>-2026\n')).toBe(true)
    const lines = reading.text.split('\n')
    expect(reading.headings.map((h) => h.title)).toEqual(['Overeenkomst OOGO jeugd', 'Artikel 1  Looptijd', 'Artikel 2  Geschillen & <script>'])
    for (const heading of reading.headings) expect(lines[heading.line - 1]).toBe(heading.title)
  })

  it('reads `###` and `####` headings as lines of their own, without a rule, and knows their lines', () => {
    const model = sampleModel()
    const text = (value: string) => ({ type: 'text' as const, value })
    model.children = [
      { type: 'heading', depth: 3, children: [text('Thema: Overgangen')] },
      { type: 'heading', depth: 4, children: [text('Warme overdracht')] },
      { type: 'paragraph', children: [text('Tekst.')] },
    ]
    const reading = readingText(model)
    expect(reading.text).toBe('Kenmerk: OOGO-<JZ03>-2026\n\nThema: Overgangen\n\nWarme overdracht\n\nTekst.\n')
    expect(reading.headings).toEqual([{ line: 3, title: 'Thema: Overgangen' }, { line: 5, title: 'Warme overdracht' }])
  })

  it('wraps table cells at word boundaries to keep a table within its width', () => {
    const table = sampleModel().children.find((b) => b.type === 'table')!
    expect(table.type === 'table' && tableLines(table, 40)).toEqual([
      '┌────────────────┬─────────────────────┐',
      '│ Partij         │ Namens deze         │',
      '├────────────────┼─────────────────────┤',
      '│ Gemeente Texel │ M. Zijp, wethouder  │',
      '│                │ Zorg en Welzijn,    │',
      '│                │ namens de           │',
      '│                │ burgemeester        │',
      '└────────────────┴─────────────────────┘',
    ])
  })
})
