/**
 * The validators compiled at build time (src/validate/compiled-schemas.ts, by scripts/compile-schemas.ts): the
 * committed module is what the schemas give now, and a validator compiled from it reports exactly what ajv compiling
 * the schema at run time reports — the same errors, so the same Dutch messages, places and suggestions. A schema
 * that differs in anything from the one a validator was made from is compiled at run time.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compiledSchemasFile, compiledSchemasModule } from '../../scripts/compile-schemas.ts'
import { compiledSchemas } from '../../src/validate/compiled-schemas.ts'
import { validateDossier } from '../../src/validate/validate-dossier.ts'
import { configSchemaFile, loadSchema, schemaFile } from '../../src/load/load-project.ts'
import { parsed, sampleWith } from './sample.ts'

describe('the compiled schemas', () => {
  it('are current: regenerated from schemas/ they are byte for byte the committed module', () => {
    expect(compiledSchemasModule() === readFileSync(compiledSchemasFile, 'utf8'),
      'src/validate/compiled-schemas.ts is stale: run `npx tsx scripts/compile-schemas.ts`').toBe(true)
  })

  it('carry the text of the dossier and configuration schemas they were made from', () => {
    expect(compiledSchemas.map((c) => [c.name, c.schemaText])).toEqual([
      ['dossier', JSON.stringify(loadSchema(schemaFile))],
      ['config', JSON.stringify(loadSchema(configSchemaFile))],
    ])
  })

  it('give the same problems as the schema compiled at run time, for a dossier with many kinds of fault', () => {
    const { yaml, data } = sampleWith(
      ['versie: 1', 'versie: "1"'],
      ['kenmerk: OOGO-JZ03-2026', 'kenmerk: [OOGO]\n  kenmerkk: x'],
      ['soort: jeugd ', 'soort: jeugt '],
      ['code: JZ03', 'code: JZ3'],
      ['datum: 2026-01-15', 'datum: 2026-02-30'],
      ['concept_datum: 2026-03-02', 'concept_datum: 0000-03-02'],
      ['- id: den-helder', '- id: Den Helder'],
      ['naam: Hollands Kroon', 'naam: "  "'],
      ['gm_code: GM0441', 'gm_code: 441'],
    )
    const compiled = validateDossier(yaml, data, loadSchema(schemaFile))
    // A copy with one annotation more: no build-time validator fits it, so ajv compiles it now.
    const changed = { ...structuredClone(loadSchema(schemaFile)), $comment: 'compiled at run time' }
    const atRunTime = validateDossier(yaml, data, changed)
    expect(compiled.length).toBeGreaterThan(8)
    expect(compiled).toEqual(atRunTime)
  })

  it('give the same problems for the configuration, compiled now or at build time', () => {
    const { yaml, data } = parsed('regels:\n  Onbekend_Id: fout\n  gc-niet-bindend: streng\ntermijnen: 3\nhuisstijlen: { den-helder: 7 }\nextra: 1\n', 'oogo.config.yaml')
    const compiled = validateDossier(yaml, data, loadSchema(configSchemaFile))
    const atRunTime = validateDossier(yaml, data, { ...structuredClone(loadSchema(configSchemaFile)), $comment: 'compiled at run time' })
    expect(compiled.length).toBeGreaterThan(2)
    expect(compiled).toEqual(atRunTime)
  })
})
