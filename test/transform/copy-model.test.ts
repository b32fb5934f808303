/**
 * copyModel is what structuredClone gave the transforms: a deep copy, equal in every key (one set to undefined too),
 * sharing no object with its input, for every document of the sample.
 */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { copyModel } from '../../src/transform/copy-model.ts'
import { assembleText, sampleText } from '../support/helpers.ts'

/** Every object and array in `value`. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    into.add(value)
    for (const child of Object.values(value)) objectsOf(child, into)
  }
  return into
}

describe('copyModel', () => {
  it('copies every model of the sample as structuredClone does, sharing nothing', async () => {
    const { documents } = await assembleText(sampleText, { emit: 'model' })
    expect(documents.length).toBe(26)
    for (const { model, fileName } of documents) {
      const copy = copyModel(model)
      expect(isDeepStrictEqual(copy, structuredClone(model)), fileName).toBe(true)
      const originals = objectsOf(model)
      for (const object of objectsOf(copy)) expect(originals.has(object)).toBe(false)
    }
  })

  it('keeps a key set to undefined, the order of keys, and leaves the input as it was', () => {
    const model = { type: 'document', children: [{ type: 'section', number: undefined, title: [{ type: 'text', value: 'a' }], children: [] }] }
    const before = structuredClone(model)
    const copy = copyModel(model)
    expect(Object.keys(copy.children[0]!)).toEqual(['type', 'number', 'title', 'children'])
    copy.children[0]!.title[0]!.value = 'b'
    expect(model).toStrictEqual(before)
    expect(copy).toStrictEqual({ ...before, children: [{ ...before.children[0]!, title: [{ type: 'text', value: 'b' }] }] })
  })
})
