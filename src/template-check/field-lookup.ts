/**
 * Lookups in the field model for the walk: a field's child, the lists that hold a field, the names of
 * a scope and a type in messages, literals and block params.
 */
import type { FieldNode } from './field-model.ts'

/** A value of unknown shape: anything below it is accepted. */
export const ANY: FieldNode = { path: '*', type: 'any', description: '', alwaysPresent: true }

export function literal(type: FieldNode['type']): FieldNode {
  return { path: '#literal', type, description: '', alwaysPresent: true }
}

export function childOf(node: FieldNode, part: string): FieldNode | undefined {
  if (node.type === 'array') {
    if (/^\d+$/.test(part) && node.items) return { ...node.items, alwaysPresent: (node.minItems ?? 0) > Number(part) }
    if (part === 'length') return { path: `${node.path}.length`, type: 'integer', description: 'Het aantal elementen.', alwaysPresent: true }
    return undefined
  }
  return node.properties && Object.hasOwn(node.properties, part) ? node.properties[part] : undefined
}

/** Lists below `node` whose elements have a field `part`, shallowest first, as paths relative to `node`. */
export function listsWith(node: FieldNode, part: string): string[] {
  const found: string[] = []
  const queue: { node: FieldNode; rel: string; depth: number }[] = [{ node, rel: '', depth: 0 }]
  while (queue.length > 0) {
    const { node: current, rel, depth } = queue.shift()!
    if (depth > 5) continue
    if (current.type === 'array' && current.items) {
      if (rel && current.items.properties && Object.hasOwn(current.items.properties, part)) found.push(rel)
      queue.push({ node: current.items, rel: `${rel}[]`, depth: depth + 1 })
    }
    for (const [name, child] of Object.entries(current.properties ?? {})) queue.push({ node: child, rel: rel ? `${rel}.${name}` : name, depth: depth + 1 })
  }
  return found
}

export function scopeLabel(node: FieldNode): string {
  if (node.path === '') return 'in het document'
  if (node.path.endsWith('[]')) return `in een element van \`${node.path.slice(0, -2)}\``
  return `in \`${node.path}\``
}

export function describeType(node: FieldNode): string {
  return { object: 'een groep', array: 'een lijst', string: 'tekst', integer: 'een getal', number: 'een getal', boolean: 'ja of nee', null: 'leeg', any: 'iets' }[node.type]
}

export function withBlockParams(current: ReadonlyMap<string, FieldNode>, names: readonly string[], nodes: readonly FieldNode[]): ReadonlyMap<string, FieldNode> {
  if (names.length === 0) return current
  const next = new Map(current)
  names.forEach((name, i) => next.set(name, nodes[i] ?? ANY))
  return next
}
