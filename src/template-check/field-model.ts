/**
 * What a template can use, per document kind, as a tree of fields — without a dossier. Built from
 * the dossier schema (`schemas/dossier.schema.json`) merged with the derived fields
 * (`schemas/weergave.schema.json`): `$ref`s resolved, `allOf` merged, and `if`/`then` read as
 * "present when": `partijlijst[].code` is there when `partijlijst[].soort` is `swv`.
 *
 * The static template check (template-check/check-templates.ts) walks templates against this tree, and
 * `oogo velden` (app/fields.ts) prints it. The schemas are passed in: this module reads no files.
 *
 * Merging a kind (weergave.schema.json, `#/$defs/document-<kind>`): the view is
 * `{ ...dossier, ...gemeenschappelijk, ...additions }`, so a key under `properties` of the common
 * part or of a kind replaces a dossier key of the same name (the verzoek's `geschil`), while
 * `required` and `allOf` of a kind only sharpen (`ondertekening` is always there in the overeenkomst).
 */
import { documentDefinitions } from '../plan/index.ts'

export type FieldType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'any'
export type FieldValue = string | number | boolean | null

/** "The field at `path` has one of `values`", or without `values`: "the field at `path` is there". */
export interface Condition {
  /** Path of the tested field from the document's root, as in the field reference: `partijlijst[].soort`. */
  path: string
  values?: readonly FieldValue[]
}

export interface FieldNode {
  /** From the document's root: `dossier.titel`, `partijlijst[].naam`; `''` for the root, `x[]` for an element of list `x`. */
  path: string
  type: FieldType
  /** `date` for a date as JJJJ-MM-DD. */
  format?: string
  title?: string
  /** Dutch. */
  description: string
  /** Always there in a view of this kind (the schema's `required`, all the way up to its object). */
  alwaysPresent: boolean
  /** When not always present: there when all conditions of one of these groups hold (from `if`/`then`). */
  presentWhen?: Condition[][]
  enum?: readonly FieldValue[]
  /** For a list: the least number of elements. */
  minItems?: number
  properties?: Record<string, FieldNode>
  items?: FieldNode
}

export interface KindModel {
  kind: string
  /** Dutch, as the CLI prints it ("uitnodiging"). */
  label: string
  title: string
  description: string
  root: FieldNode
  /** Every node by its path. */
  index: ReadonlyMap<string, FieldNode>
  /** The dossier keys this kind replaces with its own (`geschil` in the verzoek). */
  replaced: readonly string[]
}

export interface FieldModel {
  /** The dossier and the common derived fields: what every document gets. */
  common: KindModel
  /** Per document kind, in the order of the document registry. */
  kinds: ReadonlyMap<string, KindModel>
}

/** The Handlebars data variables a template can use (`@index`, …). `@root` is the document's root. */
export const dataVariables: readonly { name: string; type: FieldType; onlyInEach: boolean; description: string }[] = [
  { name: 'index', type: 'integer', onlyInEach: true, description: 'Binnen {{#each}}: de plaats van het element in de lijst, vanaf 0.' },
  { name: 'first', type: 'boolean', onlyInEach: true, description: 'Binnen {{#each}}: waar bij het eerste element.' },
  { name: 'last', type: 'boolean', onlyInEach: true, description: 'Binnen {{#each}}: waar bij het laatste element.' },
  { name: 'key', type: 'string', onlyInEach: true, description: 'Binnen {{#each}} over een groep (geen lijst): de naam van het veld; bij een lijst gelijk aan @index.' },
  { name: 'root', type: 'object', onlyInEach: false, description: 'Het hele document, ook binnen {{#each}} en {{#with}}: @root.dossier.titel.' },
  { name: 'concept', type: 'boolean', onlyInEach: false, description: 'Waar in een concept (oogo genereer --concept): {{#if @concept}}…{{/if}} toont tekst alleen in het concept.' },
]

type Schema = Record<string, unknown>
interface Doc { id: string; root: Schema }
/** One piece of schema that describes a value, and the conditions under which it applies (from `then`). */
interface Fragment { schema: Schema; doc: Doc; when: Condition[] }

const dossierId = 'https://oogo.nl/schemas/dossier.schema.json'
const viewId = 'https://oogo.nl/schemas/weergave.schema.json'

const models = new WeakMap<object, WeakMap<object, FieldModel>>()

/** The field model of every document kind (cached per pair of schema objects). */
export function buildFieldModel(dossierSchema: object, viewSchema: object): FieldModel {
  let byView = models.get(dossierSchema)
  if (!byView) models.set(dossierSchema, byView = new WeakMap())
  let model = byView.get(viewSchema)
  if (!model) byView.set(viewSchema, model = new Builder(dossierSchema as Schema, viewSchema as Schema).model())
  return model
}

class Builder {
  private readonly docs: Map<string, Doc>
  private readonly dossier: Doc
  private readonly view: Doc

  constructor(dossierSchema: Schema, viewSchema: Schema) {
    this.dossier = { id: String(dossierSchema['$id'] ?? dossierId), root: dossierSchema }
    this.view = { id: String(viewSchema['$id'] ?? viewId), root: viewSchema }
    this.docs = new Map([[this.dossier.id, this.dossier], [this.view.id, this.view]])
  }

  model(): FieldModel {
    const defs = (this.view.root['$defs'] ?? {}) as Record<string, Schema>
    const common = defs['gemeenschappelijk']
    if (!common) throw new Error('weergave.schema.json: #/$defs/gemeenschappelijk ontbreekt')
    const commonModel = this.kind('', '', { title: common['title'], description: common['description'] } as Schema)
    const kinds = new Map<string, KindModel>()
    for (const definition of documentDefinitions) {
      const def = defs[`document-${definition.kind}`]
      if (!def) throw new Error(`weergave.schema.json: #/$defs/document-${definition.kind} ontbreekt`)
      kinds.set(definition.kind, this.kind(definition.kind, definition.label, def))
    }
    return { common: commonModel, kinds }
  }

  /** Root = dossier ∧ common ∧ the kind's additions (which replace same-named keys). */
  private kind(kind: string, label: string, def: Schema): KindModel {
    const common = ((this.view.root['$defs'] as Record<string, Schema>)['gemeenschappelijk'])!
    const replaced = Object.keys((def['properties'] ?? {}) as Schema)
    const without = (schema: Schema, keys: readonly string[]): Schema => {
      const properties = Object.fromEntries(Object.entries((schema['properties'] ?? {}) as Schema).filter(([k]) => !keys.includes(k)))
      const required = ((schema['required'] ?? []) as string[]).filter((k) => !keys.includes(k))
      return { ...schema, properties, required }
    }
    const replacedByCommon = Object.keys((common['properties'] ?? {}) as Schema)
    const dossierRoot = without(this.dossier.root, [...replacedByCommon, ...replaced])
    const fragments: Fragment[] = [
      { schema: { ...dossierRoot, title: undefined, description: undefined }, doc: this.dossier, when: [] },
      { schema: without(common, replaced), doc: this.view, when: [] },
      ...(kind ? [{ schema: def, doc: this.view, when: [] }] : []),
    ]
    const root = this.node(fragments, '', true, undefined)
    root.description = String(def['description'] ?? common['description'] ?? '')
    const index = new Map<string, FieldNode>()
    const visit = (node: FieldNode) => {
      index.set(node.path, node)
      for (const child of Object.values(node.properties ?? {})) visit(child)
      if (node.items) visit(node.items)
    }
    visit(root)
    settleConditions(index)
    return {
      kind,
      label,
      title: String(def['title'] ?? common['title'] ?? ''),
      description: String(def['description'] ?? common['description'] ?? ''),
      root,
      index,
      replaced: replaced.filter((k) => k in ((this.dossier.root['properties'] ?? {}) as Schema)),
    }
  }

  /**
   * Merges every fragment that describes the value at `path` into one node. The same fragments at
   * the same path give the same node, shared between the kinds: most of a view is the dossier.
   */
  private node(input: Fragment[], path: string, alwaysPresent: boolean, presentWhen: Condition[][] | undefined): FieldNode {
    const key = [path, alwaysPresent, JSON.stringify(presentWhen ?? null), ...input.map((f) => `${this.id(f.schema)}${JSON.stringify(f.when)}`)].join('\0')
    let node = this.built.get(key)
    if (!node) this.built.set(key, node = this.merge(input, path, alwaysPresent, presentWhen))
    return node
  }

  private readonly built = new Map<string, FieldNode>()
  private readonly ids = new WeakMap<object, number>()
  private nextId = 0
  private id(schema: object): number {
    let id = this.ids.get(schema)
    if (id === undefined) this.ids.set(schema, id = this.nextId++)
    return id
  }

  private merge(input: Fragment[], path: string, alwaysPresent: boolean, presentWhen: Condition[][] | undefined): FieldNode {
    const fragments = input.flatMap((f) => this.expand(f, path))
    // Unconditional fragments first: their titles and types win over those of a `then`.
    fragments.sort((a, b) => Number(a.when.length > 0) - Number(b.when.length > 0))
    const plain = fragments.filter((f) => f.when.length === 0)
    const first = <T>(key: string, from: Fragment[] = fragments): T | undefined => from.map((f) => f.schema[key] as T | undefined).find((v) => v !== undefined)

    let enumValues: FieldValue[] | undefined
    for (const { schema } of plain) {
      const allowed = 'const' in schema ? [schema['const'] as FieldValue] : (schema['enum'] as FieldValue[] | undefined)
      if (allowed) enumValues = enumValues ? enumValues.filter((v) => allowed.includes(v)) : [...allowed]
    }
    const properties = new Map<string, Fragment[]>()
    const items: Fragment[] = []
    // Fields in the order of the fragments that describe the object (with a type), not of one that only narrows a field.
    for (const f of fragments.filter((f) => f.schema['type'] !== undefined)) {
      for (const name of Object.keys((f.schema['properties'] ?? {}) as Schema)) if (!properties.has(name)) properties.set(name, [])
    }
    for (const f of fragments) {
      for (const [name, schema] of Object.entries((f.schema['properties'] ?? {}) as Record<string, Schema>)) {
        properties.set(name, [...(properties.get(name) ?? []), { schema, doc: f.doc, when: f.when }])
      }
      if (f.schema['items'] && typeof f.schema['items'] === 'object') items.push({ schema: f.schema['items'] as Schema, doc: f.doc, when: f.when })
    }
    const declared = first<string | string[]>('type', plain) ?? first<string | string[]>('type')
    const type: FieldType = typeof declared === 'string' ? declared as FieldType
      : Array.isArray(declared) ? (declared.find((t) => t !== 'null') ?? 'null') as FieldType
      : properties.size > 0 ? 'object' : items.length > 0 ? 'array'
      : enumValues?.length ? (typeof enumValues[0] === 'boolean' ? 'boolean' : typeof enumValues[0] === 'number' ? 'number' : 'string')
      : 'any'

    const node: FieldNode = {
      path,
      type,
      description: String(first<string>('description') ?? ''),
      alwaysPresent,
    }
    const title = first<string>('title')
    if (title !== undefined) node.title = title
    const format = first<string>('format')
    if (format !== undefined) node.format = format
    if (presentWhen && !alwaysPresent) node.presentWhen = presentWhen
    if (enumValues) node.enum = enumValues
    const minItems = Math.max(0, ...plain.map((f) => Number(f.schema['minItems'] ?? 0)))
    if (type === 'array' && minItems > 0) node.minItems = minItems

    if (type === 'object' && properties.size > 0) {
      node.properties = {}
      for (const [name, childFragments] of properties) {
        const requiredBy = fragments.filter((f) => ((f.schema['required'] ?? []) as string[]).includes(name))
        const always = requiredBy.some((f) => f.when.length === 0)
        const when = always ? undefined : requiredBy.length > 0 ? requiredBy.map((f) => f.when) : undefined
        node.properties[name] = this.node(childFragments, join(path, name), always, when)
      }
    }
    if (type === 'array' && items.length > 0) node.items = this.node(items, `${path}[]`, true, undefined)
    return node
  }

  /** A fragment with its `$ref` targets, `allOf` parts and `then` parts (the latter with their condition). */
  private expand(fragment: Fragment, path: string): Fragment[] {
    const { schema, doc, when } = fragment
    const out: Fragment[] = [fragment]
    const ref = schema['$ref']
    if (typeof ref === 'string') {
      const target = this.resolve(ref, doc)
      out.push(...this.expand({ schema: target.schema, doc: target.doc, when }, path))
    }
    for (const part of (schema['allOf'] ?? []) as Schema[]) out.push(...this.expand({ schema: part, doc, when }, path))
    if (schema['then'] && typeof schema['then'] === 'object') {
      const condition = readCondition(schema['if'], path)
      // An `if` we cannot read never makes a field present: the field stays facultative.
      if (condition) out.push(...this.expand({ schema: schema['then'] as Schema, doc, when: [...when, condition] }, path))
    }
    return out
  }

  private resolve(ref: string, from: Doc): { schema: Schema; doc: Doc } {
    const url = new URL(ref, from.id)
    const pointer = decodeURIComponent(url.hash.replace(/^#/, ''))
    url.hash = ''
    const doc = this.docs.get(url.href)
    if (!doc) throw new Error(`Schema-verwijzing naar onbekend schema: ${ref}`)
    let target: unknown = doc.root
    for (const token of pointer.split('/').slice(1)) {
      target = (target as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    if (!target || typeof target !== 'object') throw new Error(`Schema-verwijzing wijst nergens heen: ${ref}`)
    return { schema: target as Schema, doc }
  }
}

/** `if: { properties: { soort: { const: 'swv' } } }` or `if: { required: ['verzoek_datum'] }`. */
function readCondition(schema: unknown, path: string): Condition | undefined {
  if (!schema || typeof schema !== 'object') return undefined
  const s = schema as Schema
  const properties = Object.entries((s['properties'] ?? {}) as Record<string, Schema>)
  const required = (s['required'] ?? []) as string[]
  const other = Object.keys(s).filter((k) => !['properties', 'required', 'title', 'description'].includes(k))
  if (other.length > 0) return undefined
  if (properties.length === 1) {
    const [name, test] = properties[0]!
    const values = 'const' in test ? [test['const'] as FieldValue] : (test['enum'] as FieldValue[] | undefined)
    if (!values || required.some((r) => r !== name)) return undefined
    return { path: join(path, name), values }
  }
  if (properties.length === 0 && required.length === 1) return { path: join(path, required[0]!) }
  return undefined
}

/**
 * A condition that always holds makes its field always present: `swv_po[].code` is required when
 * `soort` is `swv`, and in `swv_po` the soort can only be `swv`.
 */
function settleConditions(index: ReadonlyMap<string, FieldNode>): void {
  for (let changed = true; changed;) {
    changed = false
    for (const node of index.values()) {
      if (!node.presentWhen || !presenceHolds(node.presentWhen, index, undefined)) continue
      node.alwaysPresent = true
      delete node.presentWhen
      changed = true
    }
  }
}

/** What the facts of a place in a template say, for conditionHolds. */
export interface KnownFacts {
  /** Paths known to be there (inside their `{{#if}}`). */
  present: ReadonlySet<string>
  /** Paths whose value is known to be one of these (`{{#if (gelijk soort "gemeente")}}`). */
  values: ReadonlyMap<string, ReadonlySet<FieldValue>>
}

/** Does the condition hold, given the schema alone or also what a template's guards tell? */
export function conditionHolds(condition: Condition, index: ReadonlyMap<string, FieldNode>, facts: KnownFacts | undefined): boolean {
  const tested = index.get(condition.path)
  if (condition.values) {
    const possible: readonly FieldValue[] | undefined = facts?.values.has(condition.path) ? [...facts.values.get(condition.path)!]
      : tested?.enum ?? (tested?.type === 'boolean' ? [true, false] : undefined)
    return possible !== undefined && possible.every((v) => condition.values!.includes(v))
  }
  return tested?.alwaysPresent === true || (facts !== undefined && isKnownPresent(condition.path, facts))
}

/**
 * Does one of the groups of conditions hold? Groups that each test one field for values count
 * together: `adres` is required for soort `gemeente` and for soort `swv`, so in a list of
 * gemeenten and samenwerkingsverbanden it is always there.
 */
export function presenceHolds(presentWhen: readonly (readonly Condition[])[], index: ReadonlyMap<string, FieldNode>, facts: KnownFacts | undefined): boolean {
  if (presentWhen.some((group) => group.every((c) => conditionHolds(c, index, facts)))) return true
  const valuesByPath = new Map<string, FieldValue[]>()
  for (const group of presentWhen) {
    const only = group.length === 1 ? group[0]! : undefined
    if (only?.values) valuesByPath.set(only.path, [...(valuesByPath.get(only.path) ?? []), ...only.values])
  }
  return [...valuesByPath].some(([path, values]) => conditionHolds({ path, values }, index, facts))
}

/** Is `path` there because a guard names it or something below it (`{{#if a.b}}` tells `a` is there)? */
export function isKnownPresent(path: string, facts: KnownFacts): boolean {
  if (facts.present.has(path)) return true
  for (const p of facts.present) if (p.startsWith(`${path}.`) || p.startsWith(`${path}[]`)) return true
  return false
}

/** "als `soort` `gemeente` of `swv` is", "als `verzoek_datum` er is". */
export function describePresence(presentWhen: readonly (readonly Condition[])[]): string {
  const name = (path: string) => path.split(/\.|\[\]/).filter(Boolean).at(-1) ?? path
  const merged = new Map<string, Condition>()
  const groups: (readonly Condition[])[] = []
  for (const group of presentWhen) {
    const only = group.length === 1 && group[0]!.values ? group[0]! : undefined
    if (!only) groups.push(group)
    else merged.set(only.path, { path: only.path, values: [...(merged.get(only.path)?.values ?? []), ...only.values!] })
  }
  const describe = (c: Condition) => c.values
    ? `als \`${name(c.path)}\` ${c.values.map((v) => `\`${String(v)}\``).join(' of ')} is`
    : `als \`${name(c.path)}\` er is`
  return [...[...merged.values()].map(describe), ...groups.map((g) => g.map(describe).join(' en '))].join(' of ')
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name
}
