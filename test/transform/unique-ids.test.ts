import { describe, expect, it } from 'vitest'
import { uniqueIds } from '../../src/transform/unique-ids.ts'
import { collect, doc, item, line, list, para, section, text } from './model.ts'

const duplicate = (id: string, where: { line?: number; column?: number }, earlier?: number) => ({
  code: 'model/dubbel-anker', severity: 'error', stage: 'transform',
  message: `Het anker \`{#${id}}\` komt twee keer voor${earlier ? ` (eerder op regel ${earlier})` : ''}.`,
  place: { file: 'overeenkomst.md', ...where }, suggestion: 'Geef elk artikel en lid een eigen id.',
})

describe('uniqueIds', () => {
  it('reports nothing and returns the model itself when every anchor is unique', () => {
    const input = doc(
      section('A', [list('subsections', [item([], { id: 'a-1' }), item([list('letters', [item([], { id: 'a-1-a' })])])])], { id: 'a' }),
      section('B', [para(text('geen anker'))]),
      list('numbers', [item([], { id: 'los' })]),
    )
    const { context, problems } = collect()
    expect(uniqueIds(input, context)).toBe(input)
    expect(problems).toEqual([])
  })

  it('reports an id used by an article and by a lid at the second place, naming the line of the first', () => {
    const input = doc(
      section('Geschillen', [], { id: 'geschillen', position: line(3) }),
      section('Slot', [list('subsections', [item([], { id: 'geschillen', position: line(9) })])], { id: 'slot', position: line(7) }),
    )
    const { context, problems } = collect()
    uniqueIds(input, context)
    expect(problems).toEqual([duplicate('geschillen', { line: 9, column: 1 }, 3)])
  })

  it('reports every repeat against the first occurrence', () => {
    const input = doc(section('A', [list('subsections', [
      item([], { id: 'x', position: line(2) }),
      item([], { id: 'x', position: line(3) }),
      item([], { id: 'x', position: line(4) }),
    ])]))
    const { context, problems } = collect()
    uniqueIds(input, context)
    expect(problems).toEqual([duplicate('x', { line: 3, column: 1 }, 2), duplicate('x', { line: 4, column: 1 }, 2)])
  })

  it('finds a lid nested in a letter that repeats the id of a lid before it', () => {
    const input = doc(section('A', [list('subsections', [
      item([], { id: 'x', position: line(2) }),
      item([list('letters', [item([], { id: 'x', position: line(4) })])], { position: line(3) }),
    ])]))
    const { context, problems } = collect()
    uniqueIds(input, context)
    expect(problems).toEqual([duplicate('x', { line: 4, column: 1 }, 2)])
  })

  it('without positions names no lines', () => {
    const input = doc(section('A', [], { id: 'a' }), section('B', [], { id: 'a' }))
    const { context, problems } = collect()
    uniqueIds(input, context)
    expect(problems).toEqual([{
      code: 'model/dubbel-anker', severity: 'error', stage: 'transform', message: 'Het anker `{#a}` komt twee keer voor.',
      place: { file: 'overeenkomst.md', line: undefined, column: undefined }, suggestion: 'Geef elk artikel en lid een eigen id.',
    }])
  })
})
