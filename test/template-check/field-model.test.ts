/**
 * The field model (src/template-check/field-model.ts) against the views oogo really renders: every key of
 * every view is a field of the model for its kind, with the right type, and every field the model
 * calls always present — or present under a condition that holds — is there. This checks the
 * merging of the two schemas ($ref, allOf, if/then, a kind replacing a dossier key), where
 * view-schema.test.ts checks the schema itself.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { documentDefinitions, documentKinds } from '../../src/plan/index.ts'
import { loadProject } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { dataVariables, type FieldNode } from '../../src/template-check/field-model.ts'
import { defaultFieldModel } from '../../src/template-check/check-templates.ts'
import { root, samplePath } from '../support/helpers.ts'

const model = defaultFieldModel()

const dossiers = [
  samplePath,
  ...['holland-rijnland-regio', 'haarlemmermeer-geschil', 'gecombineerd-ondersteuningsplan'].map((name) => join(root, 'test', 'fixtures', name, 'dossier.yaml')),
]

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** Differences between a view and the model, as readable lines. */
function compare(view: unknown, rootNode: FieldNode, index: ReadonlyMap<string, FieldNode>): string[] {
  const problems: string[] = []
  const current = new Map<string, unknown>()
  const holds = (node: FieldNode) => node.presentWhen?.some((group) => group.every((c) => {
    const value = current.get(c.path)
    return c.values ? c.values.includes(value as never) : value !== undefined
  })) ?? false
  const visit = (value: unknown, node: FieldNode) => {
    current.set(node.path, value)
    if (node.type === 'any') return
    const actual = typeOf(value)
    if (actual !== node.type && !(node.type === 'number' && actual === 'integer')) problems.push(`${node.path || '(root)'}: ${actual}, model says ${node.type}`)
    if (node.enum && !node.enum.includes(value as never)) problems.push(`${node.path}: ${JSON.stringify(value)} not in ${node.enum.join('|')}`)
    if (actual === 'object') {
      const record = value as Record<string, unknown>
      // Siblings first, so a condition on `soort` can be evaluated for the other fields.
      for (const [key, item] of Object.entries(record)) if (node.properties?.[key]) current.set(node.properties[key]!.path, item)
      for (const [key, item] of Object.entries(record)) {
        const child = node.properties?.[key]
        if (!child) problems.push(`${node.path ? `${node.path}.` : ''}${key}: in the view, not in the model`)
        else visit(item, child)
      }
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (record[key] !== undefined) continue
        current.delete(child.path)
        if (child.alwaysPresent) problems.push(`${child.path}: always present according to the model, missing in the view`)
        else if (holds(child)) problems.push(`${child.path}: present when ${JSON.stringify(child.presentWhen)} according to the model, missing in the view`)
      }
    }
    if (actual === 'array' && node.items) for (const item of value as unknown[]) visit(item, node.items)
  }
  visit(view, rootNode)
  expect(index.get('')).toBe(rootNode)
  return problems
}

describe('the field model', () => {
  it('has every document kind, in the order of the registry, and the data variables', () => {
    expect([...model.kinds.keys()]).toEqual(documentKinds)
    expect(dataVariables.map((v) => v.name)).toEqual(['index', 'first', 'last', 'key', 'root', 'concept'])
  })

  it('describes every field in Dutch', () => {
    const missing = [model.common, ...model.kinds.values()].flatMap((k) => [...k.index.values()].filter((n) => n.path !== '' && !n.description && !n.title).map((n) => `${k.kind}: ${n.path}`))
    expect(missing).toEqual([])
  })

  it('knows which dossier keys a kind replaces', () => {
    expect(model.kinds.get('verzoek')!.replaced).toEqual(['geschil'])
    expect(model.kinds.get('verzoek')!.index.get('geschil.ontstaan_in.karakter')?.type).toBe('string')
    expect(model.kinds.get('motivering')!.index.get('geschil.ontstaan_in')?.type).toBe('string')
  })

  it('reads if/then as "present when", and settles conditions the schema alone decides', () => {
    const verzoek = model.kinds.get('verzoek')!.index
    expect(verzoek.get('partijlijst[].code')).toMatchObject({ alwaysPresent: false, presentWhen: [[{ path: 'partijlijst[].soort', values: ['swv'] }]] })
    expect(verzoek.get('swv_po[].code')).toMatchObject({ alwaysPresent: true })
    expect(verzoek.get('partijlijst[].adres')).toMatchObject({ alwaysPresent: true })
    expect(verzoek.get('dossier.regio')).toMatchObject({ alwaysPresent: false, presentWhen: [[{ path: 'dossier.schaal', values: ['jeugdhulpregio'] }]] })
    expect(model.kinds.get('motivering')!.index.get('geschil.verzoek')).toMatchObject({ alwaysPresent: false, presentWhen: [[{ path: 'verzoek_datum' }]] })
    expect(model.kinds.get('overeenkomst')!.index.get('dossier.ondertekening')).toMatchObject({ alwaysPresent: true })
    expect(model.kinds.get('uitnodiging')!.index.get('dossier.ondertekening')).toMatchObject({ alwaysPresent: false })
  })

  for (const file of dossiers) {
    it(`matches every view of ${file.slice(root.length + 1)}`, () => {
      const project = loadProject({ dossier: file }).project!
      const dossier = project.dossier.data as Dossier
      const facts = deriveFacts(dossier, project.reference)
      const problems: string[] = []
      for (const definition of documentDefinitions) {
        if (definition.skipReason(dossier)) continue
        if (definition.requires.some((r) => r.path.reduce<any>((v, k) => v?.[k], dossier) === undefined)) continue
        const kind = model.kinds.get(definition.kind)!
        for (const plan of definition.plan(dossier, facts, { meetings: [], parties: [] })) {
          problems.push(...compare(plan.view, kind.root, kind.index).map((p) => `${plan.fileName}: ${p}`))
        }
      }
      expect(problems).toEqual([])
    })
  }
})
