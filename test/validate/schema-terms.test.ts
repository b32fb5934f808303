/**
 * The hover texts of `procedure` and its terms (issue 14, item 10) say what the code does: there is no statutory
 * default and oogo has none of its own; a missing term makes the overeenkomst say what its template says in the
 * `{{else}}` of that term, and only the checks fall back to the configuration's `termijnen`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSchema } from '../../src/load/load-project.ts'
import { defaultRuleSettings } from '../../src/model/rule-settings.ts'
import { root } from '../support/helpers.ts'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const schema = loadSchema(join(root, 'schemas', 'dossier.schema.json')) as Json
const config = loadSchema(join(root, 'schemas', 'config.schema.json')) as Json
const procedure = schema.properties.procedure
const terms = procedure.properties.termijnen.properties as Record<string, { description: string }>
const agreement = readFileSync(join(root, 'templates', 'overeenkomst.md.hbs'), 'utf8')

/** `{{#if termijnen.X}}…{{else}}words{{/if}}` in the overeenkomst: what it says without term X. */
const fallbacks = new Map([...agreement.matchAll(/\{\{#if termijnen\.(\w+)\}\}(?:(?!\{\{\/if\}\})[\s\S])*?\{\{else\}\}([^{]+)\{\{\/if\}\}/g)]
  .map((m) => [m[1]!, m[2]!.trim()]))

describe('the schema on default terms', () => {
  it('oogo has no default terms of its own', () => {
    expect(defaultRuleSettings.terms).toEqual({})
  })

  it('the overeenkomst has a wording without each term of the schema', () => {
    expect([...fallbacks.keys()].sort()).toEqual(Object.keys(terms).sort())
  })

  it('each term\'s hover text gives that wording', () => {
    for (const [term, words] of fallbacks) expect(terms[term]!.description, term).toContain(`Ontbreekt de termijn, dan zegt de overeenkomst '${words}'.`)
  })

  it('procedure says there is no default, names both wordings and the configuration, and no "standaard uit zijn documentatie"', () => {
    const text = procedure.description as string
    expect(text).not.toMatch(/standaard uit zijn documentatie/)
    expect(text).toContain('geen wettelijke standaard en oogo vult geen eigen getallen in')
    for (const words of new Set(fallbacks.values())) expect(text).toContain(`'${words}'`)
    expect(text).toContain('oogo.config.yaml, termijnen')
  })

  it('the configuration\'s terms say they are for the check only, as check-rules uses them', () => {
    expect(config.properties.termijnen.description).toContain('alleen voor de controle (oogo controleer)')
    expect(config.properties.termijnen.description).toContain('De documenten noemen alleen de termijnen uit het dossier.')
  })
})
