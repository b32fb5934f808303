import { describe, expect, it } from 'vitest'
import { numberSections } from '../../src/transform/number-sections.ts'
import { collect, doc, item, list, para, section, text } from './model.ts'

describe('numberSections', () => {
  it('numbers articles in order, skipping headings and paragraphs, and counts leden across the lists of one article', () => {
    const input = doc(
      { type: 'heading', depth: 1, children: [text('Overeenkomst')] },
      para(text('Partijen:')),
      section('Begrippen', [
        list('subsections', [item([para(text('a'))]), item([para(text('b'))])]),
        para(text('tussendoor')),
        list('subsections', [item([para(text('c'))])]),
      ]),
      { type: 'heading', depth: 2, children: [text('Los')] },
      section('Duur', [list('subsections', [item([para(text('d'))])])]),
    )
    const { context, problems } = collect()
    expect(numberSections(input, context)).toEqual(doc(
      { type: 'heading', depth: 1, children: [text('Overeenkomst')] },
      para(text('Partijen:')),
      section('Begrippen', [
        list('subsections', [item([para(text('a'))], { number: '1.1' }), item([para(text('b'))], { number: '1.2' })]),
        para(text('tussendoor')),
        list('subsections', [item([para(text('c'))], { number: '1.3' })]),
      ], { number: '1' }),
      { type: 'heading', depth: 2, children: [text('Los')] },
      section('Duur', [list('subsections', [item([para(text('d'))], { number: '2.1' })])], { number: '2' }),
    ))
    expect(problems).toEqual([])
  })

  it('letters the items of a list in a lid, numbers a numbered list in a letter, and leaves bullets unnumbered', () => {
    const input = doc(section('Art', [list('subsections', [
      item([
        para(text('lid')),
        list('letters', [
          item([para(text('x')), list('numbers', [item([para(text('n1'))]), item([para(text('n2'))])])]),
          item([para(text('y')), list('bullets', [item([para(text('b'))])])]),
        ]),
      ]),
    ])]))
    const expected = doc(section('Art', [list('subsections', [
      item([
        para(text('lid')),
        list('letters', [
          item([para(text('x')), list('numbers', [item([para(text('n1'))], { number: '1' }), item([para(text('n2'))], { number: '2' })])], { number: 'a' }),
          item([para(text('y')), list('bullets', [item([para(text('b'))])])], { number: 'b' }),
        ]),
      ], { number: '1.1' }),
    ])], { number: '1' }))
    // As serialised for `--emit model` and the golden files: a bullet has no number key.
    expect(JSON.parse(JSON.stringify(numberSections(input, collect().context)))).toStrictEqual(expected)
  })

  it('numbers lists outside any article from 1, per list', () => {
    const input = doc(
      list('numbers', [item([]), item([])]),
      list('numbers', [item([])]),
      list('bullets', [item([])]),
    )
    expect(numberSections(input, collect().context)).toEqual(doc(
      list('numbers', [item([], { number: '1' }), item([], { number: '2' })]),
      list('numbers', [item([], { number: '1' })]),
      list('bullets', [item([])]),
    ))
  })

  it('restarts the leden for each article', () => {
    const input = doc(section('A', [list('subsections', [item([]), item([])])]), section('B', [list('subsections', [item([])])]))
    expect(numberSections(input, collect().context)).toEqual(doc(
      section('A', [list('subsections', [item([], { number: '1.1' }), item([], { number: '1.2' })])], { number: '1' }),
      section('B', [list('subsections', [item([], { number: '2.1' })])], { number: '2' }),
    ))
  })

  it('goes on after z with aa, ab (letters never crash)', () => {
    const items = Array.from({ length: 28 }, () => item([]))
    const out = numberSections(doc(list('letters', items)), collect().context)
    const numbers = (out.children[0] as { items: { number?: string }[] }).items.map((i) => i.number)
    expect(numbers).toEqual([...'abcdefghijklmnopqrstuvwxyz'].concat(['aa', 'ab']))
  })

  it('leaves the input model untouched', () => {
    const input = doc(section('A', [list('subsections', [item([])])]))
    const before = structuredClone(input)
    numberSections(input, collect().context)
    expect(input).toStrictEqual(before)
  })
})
