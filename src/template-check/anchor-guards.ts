/**
 * Where the anchors of a template are, under which conditions they exist, and whether a reference can count on them.
 *
 * An article or lid inside `{{#if x}}` exists only in documents where `x` holds; a `{{ref 'id'}}` to it from
 * outside that condition fails in every other document ("onbekend artikel of lid" after filling in). The walk
 * (checker.ts) records for every anchor and every reference the guards around it: each `{{#if}}`/`{{#unless}}`
 * branch, `{{#each}}` and `{{#with}}` on the way from the template's top, partials included (a partial is under
 * its caller's guards). A guard of the anchor is satisfied at the reference when the reference is under the same
 * guard (the same condition, the same branch: `{{#unless x}}` is the `{{else}}` of `{{#if x}}`), or when what the
 * condition needs is known there — from the reference's own guards or from the field model (a field that is
 * always there, a boolean fixed by an enclosing `{{#if}}`). An id defined in both branches of one condition
 * (`{{#if x}}1. {#a} …{{else}}1. {#a} …{{/if}}`) is always there.
 */
import { headingAnchorLine, itemAnchor } from '../model/anchors.ts'
import { withoutComments } from '../render/template-errors.ts'
import { conditionHolds, isKnownPresent, presenceHolds, type FieldNode, type FieldValue } from './field-model.ts'
import type { Facts, FactSet } from './condition-facts.ts'

/** One condition around a place, as one branch of it. */
export interface Guard {
  /** The condition, the same text for the same condition wherever it is written (`verzoek_advies`, `(gelijk dossier.soort "x")`). */
  key: string
  /** True inside the block, false in its `{{else}}` (and inside `{{#unless}}`). */
  holds: boolean
  /** What the branch tells about fields, to resolve it over the field model; empty when it tells nothing known. */
  facts: FactSet
  /** The branch as the editor wrote it, for messages: `{{#if verzoek_advies}}`, `het {{else}}-deel van {{#if x}}`. */
  label: string
  /** The block that makes the text hold, to suggest around a reference: `{{#if verzoek_advies}}…{{/if}}`. */
  wrap: string
  file: string
  line: number
  /** `{{#each}}`: the text inside is there once per element. */
  repeats?: string
}

/** A place in a template together with the guards around it and the facts known there. */
export interface GuardedPlace {
  file: string
  line: number
  column: number
  guards: readonly Guard[]
  facts: Facts
}

export interface AnchorPlace { id: string; line: number; column: number }

const placeCache = new WeakMap<object, AnchorPlace[]>()

/** The `{#id}` of every heading and list item that defines an id, with its line and column (1-based; comments skipped). */
export function anchorPlaces(source: { text: string }): AnchorPlace[] {
  let places = placeCache.get(source)
  if (places) return places
  places = []
  for (const [i, line] of withoutComments(source.text).split('\n').entries()) {
    const match = headingAnchorLine.exec(line) ?? itemAnchor.exec(line)
    if (!match) continue
    const id = match[1]!
    const column = headingAnchorLine.test(line) ? line.lastIndexOf(`{#${id}}`) : line.indexOf(`{#${id}}`)
    places.push({ id, line: i + 1, column: column + 1 })
  }
  placeCache.set(source, places)
  return places
}

/** The anchors whose `{#` lies inside a text node of the template (Handlebars' loc: lines 1-based, columns 0-based). */
export function anchorsWithin(source: { text: string }, loc: hbs.AST.SourceLocation): AnchorPlace[] {
  const after = (line: number, column: number, l: number, c: number) => line > l || (line === l && column >= c)
  return anchorPlaces(source).filter((a) => after(a.line, a.column - 1, loc.start.line, loc.start.column) && !after(a.line, a.column - 1, loc.end.line, loc.end.column))
}

const internalLink = /\[[^\]\n]*\]\(#([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+"[^"\n]*")?\)/g

/**
 * The cross-references an editor wrote as Markdown links in the text (`[artikel 6](#geschillen)`): the parser makes
 * them references like `{{ref}}`, so they must meet the same anchors. Each at the `[`, lines and columns 1-based.
 */
export function internalLinks(content: hbs.AST.ContentStatement): { id: string; line: number; column: number }[] {
  // Handlebars keeps the text as written in `original` (its type declaration says otherwise).
  const text = (content as unknown as { original: string }).original
  return [...text.matchAll(internalLink)].map((match) => {
    const lines = text.slice(0, match.index).split('\n')
    return {
      id: match[1]!,
      line: content.loc.start.line + lines.length - 1,
      column: (lines.length === 1 ? content.loc.start.column + lines[0]!.length : lines.at(-1)!.length) + 1,
    }
  })
}

const same = (a: Guard, b: Guard) => a.key === b.key && a.holds === b.holds
const signature = (g: Guard) => `${g.holds ? '+' : '-'}${g.key}`

/** Does the guard hold at the place: the same branch encloses it, or the field model and its guards make it true? */
export function guardHolds(guard: Guard, at: { guards: readonly Guard[]; facts: Facts }, index: ReadonlyMap<string, FieldNode>): boolean {
  if (at.guards.some((g) => same(g, guard))) return true
  const { present, values } = guard.facts
  if (present.length === 0 && values.length === 0) return false
  const isThere = (path: string) => {
    if (isKnownPresent(path, at.facts)) return true
    const node = index.get(path)
    if (!node) return false
    // `{{#if lijst}}` and `{{#each lijst}}` need an element, not just the list.
    if (node.type === 'array' && (node.minItems ?? 0) < 1) return false
    return node.alwaysPresent || (node.presentWhen !== undefined && presenceHolds(node.presentWhen, index, at.facts))
  }
  return present.every(isThere) && values.every(([path, allowed]) => conditionHolds({ path, values: allowed }, index, at.facts))
}

/**
 * The guard lists under which an id certainly exists: its occurrences, with two occurrences that differ only in
 * the branch of one condition (`{{#if x}}` and its `{{else}}`) joined into one without that condition.
 */
export function coverage(occurrences: readonly (readonly Guard[])[]): Guard[][] {
  let lists = occurrences.map((l) => [...l])
  for (let changed = true; changed;) {
    changed = false
    outer: for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        const joined = join(lists[i]!, lists[j]!)
        if (!joined) continue
        lists = [...lists.filter((_, k) => k !== i && k !== j), joined]
        changed = true
        break outer
      }
    }
  }
  return lists
}

function join(a: readonly Guard[], b: readonly Guard[]): Guard[] | undefined {
  const inB = new Set(b.map(signature))
  const inA = new Set(a.map(signature))
  const onlyA = a.filter((g) => !inB.has(signature(g)))
  const onlyB = b.filter((g) => !inA.has(signature(g)))
  if (onlyA.length !== 1 || onlyB.length !== 1 || onlyA[0]!.key !== onlyB[0]!.key) return undefined
  return a.filter((g) => g !== onlyA[0])
}

/** Can the two places never be in one document: one branch of a condition against the other, or values that exclude each other? */
export function exclusive(a: readonly Guard[], b: readonly Guard[]): boolean {
  for (const g of a) {
    for (const h of b) {
      if (g.key === h.key && g.holds !== h.holds) return true
      for (const [path, values] of g.facts.values) {
        const other = h.facts.values.find(([p]) => p === path)?.[1]
        if (other && !values.some((v: FieldValue) => other.includes(v))) return true
      }
    }
  }
  return false
}
