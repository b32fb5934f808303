import { describe, expect, it } from 'vitest'
import { resolveRefs } from '../../src/transform/resolve-refs.ts'
import type { Block } from '../../src/model/types.ts'
import { collect, doc, item, line, list, para, ref, section, text } from './model.ts'

const unknownAnchor = (message: string, place: object, suggestion: string) => ({
  code: 'model/onbekend-anker', severity: 'error', stage: 'transform', message, place, suggestion,
})

describe('resolveRefs', () => {
  it('gives each ref the number of its article or lid, and target and refs one shared bookmark', () => {
    const input = doc(
      section('Begrippen', [para(text('Zie artikel '), ref('geschillen'), text(' en lid '), ref('termijn'), text('; nogmaals '), ref('geschillen'))], { number: '1' }),
      section('Geschillen', [list('subsections', [item([para(text('x'))], { id: 'termijn', number: '2.1' })])], { id: 'geschillen', number: '2' }),
      section('Ongebruikt', [], { id: 'ongebruikt', number: '3' }),
    )
    const { context, problems } = collect()
    expect(resolveRefs(input, context)).toEqual(doc(
      section('Begrippen', [para(
        text('Zie artikel '), ref('geschillen', { text: '2', bookmark: '_Ref_geschillen_1' }),
        text(' en lid '), ref('termijn', { text: '2.1', bookmark: '_Ref_termijn_2' }),
        text('; nogmaals '), ref('geschillen', { text: '2', bookmark: '_Ref_geschillen_1' }),
      )], { number: '1' }),
      section('Geschillen', [list('subsections', [item([para(text('x'))], { id: 'termijn', number: '2.1', bookmark: '_Ref_termijn_2' })])],
        { id: 'geschillen', number: '2', bookmark: '_Ref_geschillen_1' }),
      section('Ongebruikt', [], { id: 'ongebruikt', number: '3' }),
    ))
    expect(problems).toEqual([])
  })

  it('finds refs in titles, headings, strong, emphasis, links and table cells', () => {
    const target = section('Doel', [], { id: 'doel', number: '1' })
    const resolved = ref('doel', { text: '1', bookmark: '_Ref_doel_1' })
    const blocks = (r: typeof resolved): Block[] => [
      { type: 'heading', depth: 3, children: [r] },
      { ...section('Titel met ', [], { number: '2' }), title: [text('Titel met '), r] },
      para({ type: 'strong', children: [{ type: 'emphasis', children: [r] }] }, { type: 'link', url: 'https://x.nl', children: [r] }),
      { type: 'table', header: true, widths: [1], rows: [{ type: 'tableRow', cells: [{ type: 'tableCell', children: [r] }] }] },
    ]
    const { context, problems } = collect()
    expect(resolveRefs(doc(target, ...blocks(ref('doel'))), context)).toEqual(doc({ ...target, bookmark: '_Ref_doel_1' }, ...blocks(resolved)))
    expect(problems).toEqual([])
  })

  it('makes Word-safe bookmarks of at most 40 characters: dashes become underscores, long ids are cut', () => {
    const long = 'een-heel-lang-anker-voor-een-artikel-met-veel-woorden'
    const input = doc(
      section('A', [para(ref('duur-en-einde'), ref(long))], { id: 'duur-en-einde', number: '1' }),
      section('B', [], { id: long, number: '2' }),
    )
    const out = resolveRefs(input, collect().context)
    const bookmarks = [(out.children[0] as { bookmark?: string }).bookmark, (out.children[1] as { bookmark?: string }).bookmark]
    expect(bookmarks).toEqual(['_Ref_duur_en_einde_1', '_Ref_een_heel_lang_anker_voor_een__2'])
    expect(bookmarks[1]!.length).toBeLessThanOrEqual(40)
  })

  it('reports an unknown id at the template place the ref records, suggesting a close id', () => {
    const input = doc(
      section('Geschillen', [], { id: 'geschillen', number: '1' }),
      para(ref('geschilen', { origin: 'templates/overeenkomst.md.hbs:60:95', position: line(12) })),
    )
    const { context, problems } = collect()
    expect(resolveRefs(input, context)).toEqual(input)
    expect(problems).toEqual([unknownAnchor('Verwijzing naar onbekend artikel of lid `geschilen`.',
      { file: 'templates/overeenkomst.md.hbs', line: 60, column: 95 }, 'Bedoelde u `geschillen`?')])
  })

  it('reports an unknown id without a template place at its place in the rendered text, and explains how to make an id', () => {
    const input = doc(
      section('Slot', [], { id: 'slot', number: '1' }),
      para(ref('bijlage', { origin: 'geen plaats', position: { start: { line: 4, column: 7 }, end: { line: 4, column: 20 } } })),
    )
    const { context, problems } = collect('verslag.md')
    resolveRefs(input, context)
    expect(problems).toEqual([unknownAnchor('Verwijzing naar onbekend artikel of lid `bijlage`.',
      { file: 'verslag.md', line: 4, column: 7 }, 'Geef het artikel of lid een id: `## Titel {#id}` of `1. {#id} …`.')])
  })

  it('reports a ref to an item without a number (a bullet) and leaves target and ref unresolved', () => {
    const input = doc(
      list('bullets', [item([para(text('punt'))], { id: 'punt' })]),
      para(ref('punt', { origin: 'templates/verslag.md.hbs:3:1' })),
    )
    const { context, problems } = collect()
    expect(resolveRefs(input, context)).toEqual(input)
    expect(problems).toEqual([unknownAnchor('`punt` heeft geen nummer en kan niet worden aangehaald.',
      { file: 'templates/verslag.md.hbs', line: 3, column: 1 }, 'Verwijs naar een artikel of een lid van een artikel.')])
  })

  it('leaves the input model untouched', () => {
    const input = doc(section('A', [para(ref('a'))], { id: 'a', number: '1' }))
    const before = structuredClone(input)
    resolveRefs(input, collect().context)
    expect(input).toStrictEqual(before)
  })
})
