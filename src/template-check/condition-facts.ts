/**
 * What `{{#if}}` conditions establish: the facts known at a place in a template (fields present,
 * values a field can still have), what a condition adds when true or false, and how facts combine.
 */
import type { FieldValue, KnownFacts } from './field-model.ts'

export interface Facts extends KnownFacts {
  present: ReadonlySet<string>
  values: ReadonlyMap<string, ReadonlySet<FieldValue>>
}

/** What a condition tells when it is true (`yes`) and when it is false (`no`). */
export interface FactSet { present: string[]; values: [string, FieldValue[]][] }
export interface Outcome { yes: FactSet; no: FactSet }

export const emptyFacts = (): FactSet => ({ present: [], values: [] })
export const emptyOutcome = (): Outcome => ({ yes: emptyFacts(), no: emptyFacts() })
export const mergeFacts = (a: FactSet, b: FactSet): FactSet => ({ present: [...a.present, ...b.present], values: [...a.values, ...b.values] })

/** The frame with `add` known as well; a value list narrows what was known of that field. */
export function withFacts<F extends { facts: Facts }>(frame: F, add: FactSet): F {
  if (add.present.length === 0 && add.values.length === 0) return frame
  const present = new Set([...frame.facts.present, ...add.present])
  const values = new Map(frame.facts.values)
  for (const [path, allowed] of add.values) {
    const known = values.get(path)
    values.set(path, new Set(known ? allowed.filter((v) => known.has(v)) : allowed))
  }
  return { ...frame, facts: { present, values } }
}

/** The same text for the same facts, whatever order they were learnt in. */
export function factsKey(facts: Facts): string {
  return [[...facts.present].sort().join(','), [...facts.values].map(([p, v]) => `${p}=${[...v].map(String).sort().join('|')}`).sort().join(',')].join(';')
}
