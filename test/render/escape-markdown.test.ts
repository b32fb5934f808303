import { describe, expect, it } from 'vitest'
import { escapeMarkdown, escapeView } from '../../src/render/escape-markdown.ts'
import { parseText } from '../../src/parse/parse-text.ts'
import type { DocMeta, Inline } from '../../src/model/types.ts'

const meta: DocMeta = { kind: 't', title: 't', subject: 't', reference: 'r', date: '2026-01-01', draft: false, engineVersion: '0', dossierSha256: '0' }

/** The plain text a value becomes after escaping, rendering into a line and parsing. */
function roundTrip(value: string, line = (v: string) => v): string {
  const { model, problems } = parseText(line(escapeMarkdown(value)) + '\n', meta, 't')
  expect(problems).toEqual([])
  const texts: string[] = []
  const walk = (inlines: Inline[]) => inlines.forEach((i) => (i.type === 'text' ? texts.push(i.value) : 'children' in i ? walk(i.children) : texts.push(`<${i.type}>`)))
  for (const block of model.children) {
    if (block.type === 'paragraph' || block.type === 'heading') walk(block.children)
    if (block.type === 'section') walk(block.title)
  }
  return texts.join('')
}

describe('escapeMarkdown', () => {
  it.each([
    '*Jansen* & Zonen <B.V.>',
    '**vet** _schuin_ `code` ~~weg~~',
    '[link](https://example.org) ![beeld](x.png)',
    '{{partij.naam}} en {{> partial}} en \\{{x}}',
    '# geen kop',
    '- geen opsomming',
    '+ ook niet',
    '1. geen lijst',
    '2) ook geen lijst',
    '> geen citaat',
    '| a | b |',
    '&amp; &#65; &lt;',
    '<w:t>xml</w:t> <script>',
    '{#anker} en {-}',
    'eindigt op backslash \\',
    'Drs. F. Bijlweg 20 — 1784 MC',
  ])('%s is printed literally', (value) => {
    // A name or date may come back held together with no-break spaces (unbreakable-view.test.ts); the text is the same.
    expect(roundTrip(value).replaceAll('\u00A0', ' ')).toBe(value)
  })

  it('keeps ids, dates and enum values readable', () => {
    expect(escapeMarkdown('deels-overnemen')).toBe('deels-overnemen')
    expect(escapeMarkdown('2026-04-oogo')).toBe('2026-04-oogo')
    expect(escapeMarkdown('PO 27-01')).toBe('PO 27-01')
  })

  it('folds newlines and runs of white space into one space', () => {
    expect(escapeMarkdown('eerste regel\n\n- tweede\tregel  ')).toBe('eerste regel \\- tweede regel'.replace('\\- ', '- '))
    expect(roundTrip('regel een\n1. regel twee')).toBe('regel een 1. regel twee')
  })

  it('cannot create a heading attribute from a value', () => {
    const { model } = parseText(`## ${escapeMarkdown('Titel {#geschillen}')}\n`, meta, 't')
    expect(model.children).toMatchObject([{ type: 'section', title: [{ type: 'text', value: 'Titel {#geschillen}' }] }])
    expect(model.children[0]).not.toHaveProperty('id')
  })

  it('escapes every string in a view and drops undefined properties', () => {
    expect(escapeView({ a: '*x*', b: [{ c: '<y>' }], n: 3, t: true, u: undefined })).toEqual({ a: '\\*x\\*', b: [{ c: '\\<y\\>' }], n: 3, t: true })
  })

  it('keeps the same object the same copy: within one view, and in every view of one scope (the dossier)', () => {
    const party = { naam: 'A & B' }
    const common = { partijen: [party], voorzitter: party }
    const dossier = {}
    const first = escapeView({ ...common, vergadering: { voorzitter: party } }, dossier)
    const second = escapeView({ ...common, vergadering: { voorzitter: party } }, dossier)
    expect(first.voorzitter).toEqual({ naam: 'A \\& B' })
    expect(first.partijen[0]).toBe(first.voorzitter)
    expect(first.vergadering.voorzitter).toBe(first.voorzitter)
    expect(second.partijen).toBe(first.partijen)
    expect(second.vergadering).not.toBe(first.vergadering) // a new object of the second view: its own copy
    expect(second.vergadering.voorzitter).toBe(first.voorzitter)
    // Without a scope: the same within the view, a new copy per call.
    const alone = escapeView({ ...common })
    expect(alone.voorzitter).toBe(alone.partijen[0])
    expect(alone.voorzitter).not.toBe(first.voorzitter)
  })

  it('keeps at most 20,000 copies per scope, and forgets them only between views', () => {
    const dossier = {}
    const party = { naam: 'A & B' }
    const first = escapeView({ voorzitter: party }, dossier)
    for (let i = 0; i < 20_001; i++) escapeView({ [`punt${i}`]: { i } }, dossier)
    const later = escapeView({ voorzitter: party, partijen: [party] }, dossier)
    expect(later.voorzitter).not.toBe(first.voorzitter) // forgotten: a new copy
    expect(later.partijen[0]).toBe(later.voorzitter) // but within the view the same object is the same copy
  })

  it('gives the same text for a string met before, also after more strings than it keeps (20,000)', () => {
    const first = '\\*Jansen\\* \\& Zonen, 15\u00A0januari\u00A02026' // the date held together with no-break spaces
    expect(escapeMarkdown('*Jansen* & Zonen, 15 januari 2026')).toBe(first)
    expect(escapeMarkdown('*Jansen* & Zonen, 15 januari 2026')).toBe(first)
    for (let i = 0; i <= 20_000; i++) escapeMarkdown(`waarde ${i} <${i}>`)
    expect(escapeMarkdown('*Jansen* & Zonen, 15 januari 2026')).toBe(first)
    expect(escapeMarkdown('waarde 7 <7>')).toBe('waarde 7 \\<7\\>')
  })
})
