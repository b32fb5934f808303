/**
 * The bounded caches' map (src/model/recent-map.ts): at most two generations, what is used stays, what is not goes,
 * and a key is kept as a string of its own.
 */
import { describe, expect, it } from 'vitest'
import { ownCopy, RecentMap } from '../../src/model/recent-map.ts'

describe('RecentMap', () => {
  it('keeps at most two generations: the oldest entries go first', () => {
    const map = new RecentMap<number>(3)
    for (let i = 0; i < 7; i++) map.set(`k${i}`, i)
    // k0–k2 filled the first generation, k3–k5 the second (k0–k2 became the previous one), k6 began a third.
    expect([...Array(7).keys()].map((i) => map.get(`k${i}`))).toEqual([undefined, undefined, undefined, 3, 4, 5, 6])
    expect(map.size).toBe(4)
  })

  it('keeps what is used: a key read from the previous generation moves to the current one', () => {
    const map = new RecentMap<string>(2)
    map.set('vast', 'artikel 1')
    map.set('a', 'x')
    map.set('b', 'y') // 'vast' and 'a' are now the previous generation
    expect(map.get('vast')).toBe('artikel 1') // … and 'vast' moves to the current one, beside 'b'
    map.set('c', 'z') // full: 'b' and 'vast' become the previous generation, 'a' is dropped
    expect([map.get('vast'), map.get('a'), map.get('b'), map.get('c')]).toEqual(['artikel 1', undefined, 'y', 'z'])
  })

  it('sets a key again in place, and forgets everything on clear', () => {
    const map = new RecentMap<number>(2)
    map.set('a', 1)
    map.set('a', 2)
    map.set('b', 3)
    expect([map.get('a'), map.get('b'), map.size, map.has('a'), map.has('c')]).toEqual([2, 3, 2, true, false])
    map.clear()
    expect([map.size, map.get('a')]).toEqual([0, undefined])
  })
})

describe('ownCopy', () => {
  it('gives the same text, for short and long strings, empty and non-ASCII ones', () => {
    for (const text of ['', 'a', 'gemeente Súdwest-Fryslân', 'x'.repeat(100_000)]) expect(ownCopy(text)).toBe(text)
  })
})
