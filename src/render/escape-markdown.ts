/**
 * Dossier values are text, never markup: every string in the view is escaped before rendering,
 * so `*Jansen* & Zonen <B.V.>` or `{{x}}` in a YAML value is printed literally (Handlebars runs with
 * `noEscape`, because its HTML escaping is wrong for Markdown and docx escapes XML itself).
 *
 * Characters that are markup anywhere in a line are escaped everywhere; characters that only start
 * a block (`- `, `+ `, `1. `, `= `) only at the start of the value. Hyphens and full stops inside a
 * value stay as they are, so ids, dates and enum values (`deels-overnemen`) read and compare
 * unchanged. Runs of white space, newlines included, become one space: a value is one run of text.
 *
 * What a reader must never see broken over two lines is held together with no-break spaces (U+00A0): a date written
 * out ("15 januari 2026") and a person's initials with the surname ("A.M. de Boer"). Only the rendered text gets
 * them: the view that is checked, compared and made into file names keeps its plain spaces.
 */
import { ownCopy, RecentMap } from '../model/recent-map.ts'
import { keepDatesTogether } from '../text/dutch-dates.ts'
import { keepCodesTogether, keepNamesTogether, keepPostcodesTogether } from '../text/names.ts'

const inlineMarkup = /[\\`*_[\]{}<>#!|~&]/g

export function escapeMarkdown(value: string): string {
  let out = escapedStrings.get(value)
  if (out === undefined) {
    out = escapeString(value)
    escapedStrings.set(value, ownCopy(out))
  }
  return out
}

// The same strings come back in every document of a dossier and of a batch (names, places, dates, the texts of the
// reference data), each view a new object; escaping is a pure function of the string, so each is escaped once. A
// dossier has some 120–170 distinct strings: the cache holds those of the last dozen or so dossiers and whatever
// every dossier uses, each as a copy of its own (a value sliced from a YAML file would keep the whole file alive).
const escapedStrings = new RecentMap<string>(1_000)

function escapeString(value: string): string {
  return keepCodesTogether(keepPostcodesTogether(keepNamesTogether(keepDatesTogether(value.replace(/\s+/g, ' ').trim()))))
    .replace(inlineMarkup, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * A copy of the view with every string escaped and every `undefined` property left out. The same object in the view
 * gives the same copy, so what a template compares (`gelijk a b`) compares as in the view.
 *
 * `scope` (assemble passes the dossier): the documents of one dossier share most of their view (a spread of the
 * common view plus a meeting or a party), so within a scope each object is escaped once, and the same object stays
 * the same copy in every document of it. The copies are kept as long as the scope lives. (Before, one WeakMap over all
 * objects of all views did this, and escaping a new view took about twice as long: 0.26–0.41 against 0.10–0.20 ms
 * for the sample's overeenkomst.) Without a scope, a copy per call.
 */
export function escapeView<T>(value: T, scope?: object): T {
  let copies = scope ? copiesByScope.get(scope) : undefined
  if (!copies) {
    copies = new Map()
    if (scope) copiesByScope.set(scope, copies)
  }
  // A scope that lives long (one dossier previewed again at every save) keeps at most this many copies; they are
  // forgotten before a view, never during one, so within a view the same object is always the same copy.
  if (copies.size > MAX_COPIES_PER_SCOPE) copies.clear()
  return escapeValue(value, copies) as T
}

// Views are never mutated after derive.
const copiesByScope = new WeakMap<object, Map<object, unknown>>()
const MAX_COPIES_PER_SCOPE = 20_000

function escapeValue(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value === 'string') return escapeMarkdown(value)
  if (value === null || typeof value !== 'object') return value
  const cached = copies.get(value)
  if (cached !== undefined) return cached
  let out: unknown
  if (Array.isArray(value)) {
    const list: unknown[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) list[i] = escapeValue(value[i], copies)
    out = list
  } else {
    // for…in over own keys: the order of Object.entries, without an array of pairs per object (half the time).
    const record: Record<string, unknown> = {}
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      const item = (value as Record<string, unknown>)[key]
      if (item !== undefined) record[key] = escapeValue(item, copies)
    }
    out = record
  }
  copies.set(value, out)
  return out
}
