import { describe, expect, it } from 'vitest'
import { transformModel } from '../../src/transform/index.ts'
import { doc, item, line, list, para, ref, section, text } from './model.ts'

describe('transformModel', () => {
  it('numbers before it resolves, so a ref gets the number of an article after one that dropped out', () => {
    const input = doc(
      section('Doel', [para(text('Zie artikel '), ref('slot'), text(', lid '), ref('termijn'), text('.'))], { id: 'doel' }),
      section('Slot', [list('subsections', [item([], { id: 'eerste' }), item([], { id: 'termijn' })])], { id: 'slot' }),
    )
    expect(transformModel(input, 'overeenkomst.md')).toEqual({
      problems: [],
      model: doc(
        section('Doel', [para(text('Zie artikel '), ref('slot', { text: '2', bookmark: '_Ref_slot_1' }), text(', lid '),
          ref('termijn', { text: '2.2', bookmark: '_Ref_termijn_2' }), text('.'))], { id: 'doel', number: '1' }),
        section('Slot', [list('subsections', [item([], { id: 'eerste', number: '2.1' }), item([], { id: 'termijn', number: '2.2', bookmark: '_Ref_termijn_2' })])],
          { id: 'slot', number: '2', bookmark: '_Ref_slot_1' }),
      ),
    })
  })

  it('collects the problems of every transform in one go, with the file it was given', () => {
    const input = doc(
      section('A', [para(ref('onbekend', { position: line(8) }))], { id: 'a', position: line(1) }),
      section('B', [], { id: 'a', position: line(5) }),
    )
    const { problems } = transformModel(input, 'verslag.md')
    expect(problems).toEqual([
      {
        code: 'model/dubbel-anker', severity: 'error', stage: 'transform', message: 'Het anker `{#a}` komt twee keer voor (eerder op regel 1).',
        place: { file: 'verslag.md', line: 5, column: 1 }, suggestion: 'Geef elk artikel en lid een eigen id.',
      },
      {
        code: 'model/onbekend-anker', severity: 'error', stage: 'transform', message: 'Verwijzing naar onbekend artikel of lid `onbekend`.',
        place: { file: 'verslag.md', line: 8, column: 1 }, suggestion: 'Geef het artikel of lid een id: `## Titel {#id}` of `1. {#id} …`.',
      },
    ])
  })

  it('leaves its input as it was, unless the caller hands the model over (owned): then it numbers that one in place', () => {
    const make = () => doc(section('Doel', [para(text('Zie artikel '), ref('doel'))], { id: 'doel' }))
    const input = make()
    const copied = transformModel(input, 'overeenkomst.md')
    expect(input).toEqual(make())
    expect(copied.model).not.toBe(input)
    const handedOver = make()
    const owned = transformModel(handedOver, 'overeenkomst.md', undefined, true)
    expect(owned.model).toBe(handedOver)
    expect(owned).toEqual(copied)
  })
})
