/**
 * Mutated dossiers: a base (the sample or a fixture) with one to four random faults, the kinds a user or a broken
 * export makes — keys deleted, duplicated or retyped; a scalar swapped for a list, a group or null; long and odd
 * Unicode; impossible dates; odd ids; a list grown to hundreds of elements; lines deleted or doubled in the text.
 */
import { parse, stringify } from 'yaml'
import type { Random } from './prng.ts'

type Path = (string | number)[]
type Node = unknown

export interface DossierCase {
  /** The base it was made from (`samples/voorbeeld-dossier.yaml`, a fixture name). */
  base: string
  /** What was done, for the report ("delete /partijen/gemeenten/0/id"). */
  mutations: string[]
  text: string
}

/** Strings a user can type; none of them contains `undefined`, `NaN`, `**` or a backslash (the invariant looks for those). */
const oddStrings = [
  '', ' ', '  spaties  ', '-', '0', 'null', 'true', '~', '#', '*', '_', '_x_', '`code`', '[link](http://x)', '<b>vet</b>', '{{naam}}', '{{{x}}}',
  '| a | b |', '# kop', '1. punt', '- punt', '> citaat', '---', '&', '"', "'", 'Ünïcödé ßtraße', 'ĳsselmonde', 'Zwölf Ångström',
  'مرحبا', 'שלום', '日本語のテキスト', '😀👍🏽', 'e\u0301e\u0301', '\u200b', '\u202eomgekeerd', 'a\u00a0b', 'tab\there', 'regel\nnieuwe regel',
  'naam)', '(naam', '"citaat"', 'einde.', '!', '¿?', 'A & B', 'x*y', '2 * 3', 'a_b_c', '#1', 'C++', 'R&D', '100%', 'euro €', '1.', '2)', '+ plus', '= is',
  'x'.repeat(2_000), 'lang '.repeat(3_000), 'Z'.repeat(100_000).slice(0, 20_000), '__proto__', 'constructor', 'toString', 'hasOwnProperty',
]
const oddIds = ['', 'A', 'Den Helder', 'den_helder', '-', '--', 'a-', '-a', '1', '0000', 'x'.repeat(300), 'ü', '__proto__', 'constructor', 'toString', 'den-helder', 'swv-po-kop', 'texel', '2026-04-oogo']
const oddDates = ['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '9999-12-31', '2026-02-29', '2028-02-29', '2026-02-30',
  '2026-13-01', '2026-00-10', '2026-04-31', '26-01-15', '2026-1-5', '15-01-2026', '2026-01-15T10:00:00', '20260115', 'morgen', '-0001-01-01', '+12026-01-01']
const oddNumbers = [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER, -0, 2 ** 31, 100_000]
const datePattern = /^\d{4}-\d{2}-\d{2}$/

function walk(node: Node, path: Path, out: { path: Path; value: Node }[]): void {
  out.push({ path, value: node })
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], out))
  else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, [...path, key], out)
}

function get(root: Node, path: Path): Node {
  let node = root
  for (const segment of path) node = (node as Record<string | number, Node>)[segment]
  return node
}

function set(root: Node, path: Path, value: Node): Node {
  if (path.length === 0) return value
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Node>
  parent[path.at(-1)!] = value
  return root
}

function remove(root: Node, path: Path): void {
  const parent = get(root, path.slice(0, -1))
  const last = path.at(-1)!
  if (Array.isArray(parent)) parent.splice(last as number, 1)
  else delete (parent as Record<string, Node>)[last as string]
}

const show = (path: Path) => '/' + path.join('/')
const clone = <T>(value: T): T => structuredClone(value)

/** Another value of a kind the schema does not expect here (or an odd one it does). */
function otherValue(rng: Random, value: Node): Node {
  const choices: (() => Node)[] = [
    () => null,
    () => [],
    () => ({}),
    () => [value],
    () => ({ waarde: value }),
    () => rng.pick(oddStrings),
    () => rng.pick(oddNumbers),
    () => rng.chance(0.5),
    () => rng.pick(oddDates),
    () => rng.pick(oddIds),
  ]
  if (typeof value === 'string') {
    choices.push(() => Number.isNaN(Number(value)) ? value.length : Number(value))
    choices.push(() => value + rng.pick(oddStrings))
    choices.push(() => rng.pick(oddStrings) + value)
    choices.push(() => value.toUpperCase())
    if (datePattern.test(value)) {
      for (let i = 0; i < 4; i++) choices.push(() => rng.pick(oddDates))
      choices.push(() => shiftDate(rng, value))
    }
  }
  if (typeof value === 'number') choices.push(() => String(value), () => rng.pick(oddNumbers))
  return rng.pick(choices)()
}

/** A date moved by days or years, possibly out of any sane range. */
function shiftDate(rng: Random, value: string): string {
  const date = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return value
  if (rng.chance(0.5)) date.setUTCDate(date.getUTCDate() + rng.int(2_000) - 1_000)
  else date.setUTCFullYear(rng.pick([0, 1, 1000, 1899, 1900, 2199, 2200, 9999]))
  const year = date.getUTCFullYear()
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`
}

type Mutation = (rng: Random, data: Node, nodes: { path: Path; value: Node }[]) => string | undefined

const mutations: Mutation[] = [
  // A key deleted.
  (rng, data, nodes) => {
    const keyed = nodes.filter((n) => n.path.length > 0)
    if (!keyed.length) return undefined
    const { path } = rng.pick(keyed)
    remove(data, path)
    return `verwijder ${show(path)}`
  },
  // A scalar (or anything) retyped.
  (rng, data, nodes) => {
    const { path, value } = rng.pick(nodes.filter((n) => n.path.length > 0))
    set(data, path, otherValue(rng, value))
    return `wijzig ${show(path)}`
  },
  // A scalar retyped, scalars only (they are the many).
  (rng, data, nodes) => {
    const scalars = nodes.filter((n) => n.path.length > 0 && (n.value === null || typeof n.value !== 'object'))
    if (!scalars.length) return undefined
    const { path, value } = rng.pick(scalars)
    set(data, path, otherValue(rng, value))
    return `wijzig ${show(path)}`
  },
  // A date made odd.
  (rng, data, nodes) => {
    const dates = nodes.filter((n) => typeof n.value === 'string' && datePattern.test(n.value))
    if (!dates.length) return undefined
    const { path, value } = rng.pick(dates)
    set(data, path, rng.chance(0.5) ? rng.pick(oddDates) : shiftDate(rng, value as string))
    return `datum ${show(path)}`
  },
  // An id made odd (or the same as another).
  (rng, data, nodes) => {
    const ids = nodes.filter((n) => n.path.at(-1) === 'id' || n.path.at(-1) === 'namens' || n.path.at(-1) === 'gemeente' || n.path.at(-2) === 'agendapunten' || n.path.at(-2) === 'verzoekers')
    if (!ids.length) return undefined
    const { path } = rng.pick(ids)
    set(data, path, rng.chance(0.7) ? rng.pick(oddIds) : otherValue(rng, get(data, path)))
    return `id ${show(path)}`
  },
  // A list element duplicated (same id twice), or the list grown large.
  (rng, data, nodes) => {
    const lists = nodes.filter((n) => Array.isArray(n.value) && n.value.length > 0)
    if (!lists.length) return undefined
    const { path, value } = rng.pick(lists)
    const items = value as Node[]
    const count = rng.chance(0.2) ? rng.pick([100, 300, 1_000]) : 1 + rng.int(3)
    const renumber = rng.chance(0.6)
    for (let i = 0; i < count; i++) {
      const copy = clone(items[rng.int(items.length)])
      if (renumber && copy && typeof copy === 'object' && typeof (copy as { id?: unknown }).id === 'string') (copy as { id: string }).id += `-${i + 1}`
      items.push(copy)
    }
    return `lijst ${show(path)} +${count}`
  },
  // A list emptied.
  (rng, data, nodes) => {
    const lists = nodes.filter((n) => Array.isArray(n.value) && n.path.length > 0)
    if (!lists.length) return undefined
    const { path } = rng.pick(lists)
    set(data, path, [])
    return `leeg ${show(path)}`
  },
  // A value moved elsewhere: two subtrees swapped.
  (rng, data, nodes) => {
    const candidates = nodes.filter((n) => n.path.length > 0)
    const a = rng.pick(candidates)
    const b = rng.pick(candidates)
    if (a.path.join('/').startsWith(b.path.join('/')) || b.path.join('/').startsWith(a.path.join('/'))) return undefined
    const [va, vb] = [clone(get(data, a.path)), clone(get(data, b.path))]
    set(data, a.path, vb)
    set(data, b.path, va)
    return `wissel ${show(a.path)} ${show(b.path)}`
  },
  // An unknown key added.
  (rng, data, nodes) => {
    const groups = nodes.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value))
    if (!groups.length) return undefined
    const { path, value } = rng.pick(groups)
    const key = rng.pick(['onbekend', 'naaam', 'id', 'datum', '__proto__', 'constructor', 'Naam', 'namens '])
    ;(value as Record<string, Node>)[key] = otherValue(rng, 'x')
    return `sleutel ${show([...path, key])}`
  },
]

/** Mutations on the text itself: what the data cannot express (duplicate keys, broken YAML). */
const textMutations: ((rng: Random, text: string) => { text: string; what: string })[] = [
  (rng, text) => {
    const lines = text.split('\n')
    const i = rng.int(lines.length)
    lines.splice(i, 0, lines[i]!)
    return { text: lines.join('\n'), what: `regel ${i + 1} dubbel` }
  },
  (rng, text) => {
    const lines = text.split('\n')
    const i = rng.int(lines.length)
    lines.splice(i, 1 + rng.int(3))
    return { text: lines.join('\n'), what: `regel ${i + 1} weg` }
  },
  (rng, text) => {
    const i = rng.int(text.length)
    const insert = rng.pick([':', '- ', '  ', '\t', '"', "'", '{', '[', '&a ', '*a', '!!str ', '? ', '\u0000', '\ufeff', '%', '@', '|'])
    return { text: text.slice(0, i) + insert + text.slice(i), what: `teken ${JSON.stringify(insert)} op ${i}` }
  },
]

/** Keys whose value is free text: changing only these mostly keeps the dossier valid, so the case reaches the documents. */
const textKeys = new Set(['titel', 'naam', 'functie', 'straat', 'plaats', 'toelichting', 'onderwerp', 'besproken', 'wat', 'wanneer', 'rondvraag', 'notulist',
  'aanhef', 'standpunt', 'tekst', 'motivering', 'samenvatting', 'omschrijving', 'reactie', 'locatie', 'adres', 'inhoud', 'wijzigingen'])

/** Free text made odd (markup, Unicode, length) in one to three places. */
function mutateText(rng: Random, data: Node): string[] {
  const done: string[] = []
  const nodes: { path: Path; value: Node }[] = []
  walk(data, [], nodes)
  const texts = nodes.filter((n) => typeof n.value === 'string' && textKeys.has(String(n.path.at(-1))))
  for (let i = 1 + rng.int(3); i > 0 && texts.length; i--) {
    const { path, value } = rng.pick(texts)
    const odd = rng.pick(oddStrings.filter((s) => s.length < 5_000))
    set(data, path, rng.pick([odd, `${value as string} ${odd}`, `${odd} ${value as string}`, `*${value as string}*`, `${value as string}_`]))
    done.push(`tekst ${show(path)}`)
  }
  return done
}

export function mutateDossier(rng: Random, base: { name: string; text: string }): DossierCase {
  const done: string[] = []
  if (rng.chance(0.35)) {
    const data = parse(base.text, { logLevel: 'silent' }) as Node
    const what = mutateText(rng, data)
    return { base: base.name, mutations: what, text: stringify(data, { lineWidth: 0 }) }
  }
  if (rng.chance(0.1)) {
    const m = rng.pick(textMutations)(rng, base.text)
    return { base: base.name, mutations: [m.what], text: m.text }
  }
  let data = parse(base.text, { logLevel: 'silent' }) as Node
  const count = 1 + rng.int(rng.chance(0.3) ? 4 : 2)
  for (let i = 0; i < count; i++) {
    const nodes: { path: Path; value: Node }[] = []
    walk(data, [], nodes)
    if (nodes.length < 2) break
    const what = rng.pick(mutations)(rng, data, nodes)
    if (what) done.push(what)
  }
  return { base: base.name, mutations: done, text: stringify(data, { lineWidth: 0 }) }
}
