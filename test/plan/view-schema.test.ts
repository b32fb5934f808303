/**
 * `schemas/weergave.schema.json` describes what every template really receives: for each document
 * of the sample and of three fixtures, the view its plan() makes is validated against
 * "dossier schema ∧ common derived fields ∧ that kind's additions", with unevaluatedProperties
 * false at the top, so an undocumented key, a wrong type or a field that is not always there
 * although the schema says so fails here. The field model, the static template check and
 * docs/velden.md all build on this schema.
 */
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsImport from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { documentDefinitions, documentKinds } from '../../src/plan/index.ts'
import { loadProject, loadSchema, packageRoot, schemaFile } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { validate as checkDossier } from '../../src/validate/index.ts'
import { hasErrors } from '../../src/errors.ts'
import { root, samplePath } from '../support/helpers.ts'
import { registerEditorKeywords } from '../../src/validate/schema-keywords.ts'

const addFormats = ((addFormatsImport as any).default ?? addFormatsImport) as typeof import('ajv-formats').default

type Schema = Record<string, any>
const dossierSchema = loadSchema(schemaFile) as Schema
const viewSchema = loadSchema(join(packageRoot, 'schemas', 'weergave.schema.json')) as Schema

const dossiers = [
  samplePath,
  ...['holland-rijnland-regio', 'haarlemmermeer-geschil', 'gecombineerd-ondersteuningsplan'].map((name) => join(root, 'test', 'fixtures', name, 'dossier.yaml')),
]

/** The dossier schema's root, open for the derived keys, without the keys this kind replaces. */
function composite(kind: string): Schema {
  const kindDef = viewSchema['$defs'][`document-${kind}`] as Schema
  const replaced = new Set([...Object.keys(kindDef['properties'] ?? {}), ...Object.keys(viewSchema['$defs']['gemeenschappelijk']['properties'])])
  const { $defs, $id: _id, $schema: _schema, additionalProperties: _closed, title: _title, description: _description, ...dossierRoot } = structuredClone(dossierSchema)
  dossierRoot['properties'] = Object.fromEntries(Object.entries(dossierRoot['properties'] as Schema).filter(([key]) => !replaced.has(key)))
  dossierRoot['required'] = (dossierRoot['required'] as string[]).filter((key) => !replaced.has(key))
  return {
    $id: `urn:oogo:test:weergave:${kind}`,
    $defs,
    allOf: [
      dossierRoot,
      { $ref: 'https://oogo.nl/schemas/weergave.schema.json#/$defs/gemeenschappelijk' },
      { $ref: `https://oogo.nl/schemas/weergave.schema.json#/$defs/document-${kind}` },
    ],
    unevaluatedProperties: false,
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false })
registerEditorKeywords(ajv)
addFormats(ajv, ['date'])
ajv.addSchema(dossierSchema)
ajv.addSchema(viewSchema)

const validators = new Map<string, ReturnType<typeof ajv.compile>>()
function validatorFor(kind: string) {
  let validate = validators.get(kind)
  if (!validate) validators.set(kind, validate = ajv.compile(composite(kind)))
  return validate
}

/** Paths to `undefined` values: "no `undefined` reaches a template" (derive/index.ts). */
function undefinedPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [`${path}/${key}`] : undefinedPaths(item, `${path}/${key}`)))
}

describe('weergave.schema.json', () => {
  it('describes every document kind', () => {
    for (const kind of documentKinds) expect(viewSchema['$defs'][`document-${kind}`], kind).toBeDefined()
  })

  it('has a Dutch title or description on every property', () => {
    const missing: string[] = []
    const walk = (schema: unknown, path: string) => {
      if (!schema || typeof schema !== 'object') return
      const s = schema as Schema
      for (const [key, property] of Object.entries((s['properties'] ?? {}) as Schema)) {
        const p = property as Schema
        const onlyNarrows = Object.keys(p).every((k) => k === 'enum' || k === 'const' || k === 'required')
        if (!onlyNarrows && (!p['title'] || !p['description']) && !p['$ref']?.startsWith('#/$defs/')) missing.push(`${path}/properties/${key}`)
        walk(p, `${path}/properties/${key}`)
      }
      for (const key of ['items', 'if', 'then']) walk(s[key], `${path}/${key}`)
      for (const [i, part] of ((s['allOf'] ?? []) as unknown[]).entries()) walk(part, `${path}/allOf/${i}`)
    }
    for (const [name, def] of Object.entries(viewSchema['$defs'] as Schema)) walk(def, `#/$defs/${name}`)
    expect(missing).toEqual([])
  })

  it('has teeth: an undocumented key, a missing key or a wrong type fails', () => {
    const project = loadProject({ dossier: samplePath }).project!
    const dossier = project.dossier.data as Dossier
    const facts = deriveFacts(dossier, project.reference)
    const invitation = documentDefinitions.find((d) => d.kind === 'uitnodiging')!.plan(dossier, facts, { meetings: [], parties: [] })[0]!.view as Record<string, any>
    const validate = validatorFor('uitnodiging')
    expect(validate(invitation)).toBe(true)
    const { partijlijst: _dropped, ...withoutParties } = invitation
    for (const broken of [
      { ...invitation, extra: 1 },
      withoutParties,
      { ...invitation, ontvanger: { ...invitation['ontvanger'], bijnaam: 'x' } },
      { ...invitation, vergadering: { ...invitation['vergadering'], is_oogo: 'ja' } },
      { ...invitation, partijlijst: [{ ...invitation['partijlijst'][0], gm_code: undefined }, ...invitation['partijlijst'].slice(1)] },
    ]) expect(validate(broken)).toBe(false)
  })

  for (const file of dossiers) {
    describe(file.slice(root.length + 1), () => {
      const loaded = loadProject({ dossier: file })
      const project = loaded.project!
      const dossier = project.dossier.data as Dossier
      const facts = deriveFacts(dossier, project.reference)

      it('is a valid dossier', () => expect(hasErrors(checkDossier(project))).toBe(false))

      for (const definition of documentDefinitions) {
        it(`${definition.kind}: every view matches the schema`, () => {
          if (definition.skipReason(dossier)) return
          if (definition.requires.some((r) => r.path.reduce<any>((v, k) => v?.[k], dossier) === undefined)) return
          const validate = validatorFor(definition.kind)
          const plans = definition.plan(dossier, facts, { meetings: [], parties: [] })
          expect(plans.length).toBeGreaterThan(0)
          for (const plan of plans) {
            const valid = validate(plan.view)
            expect(valid ? [] : validate.errors!.map((e) => `${plan.fileName}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([])
            expect(undefinedPaths(plan.view), plan.fileName).toEqual([])
          }
        })
      }
    })
  }
})
