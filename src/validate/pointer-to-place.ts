/**
 * A path into the dossier data → the place in the YAML file (line, column, JSON pointer).
 *
 * ajv reports `instancePath` (`/partijen/gemeenten/0/naam`); the user needs `dossier.yaml:27:13`.
 * We walk the YAML document node by node; where a node is missing (a `required` error) the
 * nearest existing ancestor is shown, and for an unknown key we point at the key, not its value.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml'
import type { Place } from '../errors.ts'
import type { ParsedYaml } from '../model/project.ts'

export type DataPath = ReadonlyArray<string | number>

/** `/partijen/gemeenten/0` → `['partijen', 'gemeenten', 0]` (RFC 6901 unescaping). */
export function parsePointer(pointer: string): DataPath {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map((segment) => {
    const unescaped = segment.replace(/~1/g, '/').replace(/~0/g, '~')
    return /^(0|[1-9][0-9]*)$/.test(unescaped) ? Number(unescaped) : unescaped
  })
}

export function toPointer(path: DataPath): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/**
 * Where `path` is in the file. With `at: 'key'` the place of the key of the last segment
 * (for "unknown property" messages).
 */
export function pointerToPlace(yaml: ParsedYaml, path: DataPath, at: 'value' | 'key' = 'value'): Place {
  let node: unknown = yaml.document.contents
  let lastPair: Pair | undefined
  let found = 0
  for (const segment of path) {
    const next = child(node, segment)
    if (!next) break
    node = next.node
    lastPair = next.pair
    found++
  }
  const complete = found === path.length
  let range: readonly number[] | undefined
  if (complete && at === 'key' && lastPair && isScalar(lastPair.key)) range = lastPair.key.range ?? undefined
  else if (complete) range = (node as Node | null)?.range ?? undefined
  else if (lastPair && isScalar(lastPair.key)) range = lastPair.key.range ?? undefined // climb: the parent's key
  else range = (node as Node | null)?.range ?? undefined
  const place: Place = { file: yaml.file }
  if (range) {
    const { line, col } = yaml.lineCounter.linePos(range[0]!)
    place.line = line
    place.column = col
  }
  place.path = toPointer(path)
  return place
}

function child(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))
    // A key with an empty value (`naam:`) has no value node: stay on the key.
    return pair ? { node: pair.value ?? pair.key, pair } : undefined
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment]
    return item === undefined ? undefined : { node: item }
  }
  return undefined
}
