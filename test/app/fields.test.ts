/**
 * `oogo velden`: the field reference from the schemas and the helper registry, and docs/velden.md,
 * which is its Markdown form and must stay in step with it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fieldsJson, fieldsMarkdown, type FieldEntry } from '../../src/app/fields.ts'
import { documentKinds } from '../../src/plan/index.ts'
import { helpers } from '../../src/render/helpers/index.ts'
import { root } from '../support/helpers.ts'

interface Reference {
  kinds: { kind: string; label: string; replaces: string[]; fields: FieldEntry[] }[]
  dataVariables: { name: string }[]
  helpers: { name: string; params: { name: string; optional: boolean }[]; example: string }[]
}

describe('oogo velden', () => {
  const reference = fieldsJson() as Reference
  const fields = (kind: string) => new Map(reference.kinds.find((k) => k.kind === kind)!.fields.map((f) => [f.path, f]))

  it('lists every document kind with every path, its type, presence and description', () => {
    expect(reference.kinds.map((k) => k.kind)).toEqual(documentKinds)
    const overeenkomst = fields('overeenkomst')
    expect(overeenkomst.get('dossier.titel')).toMatchObject({ type: 'string', alwaysPresent: true, description: expect.stringContaining('Naam van dit OOGO jeugd') })
    expect(overeenkomst.get('partijlijst[].naam')).toMatchObject({ type: 'string', alwaysPresent: true })
    expect(overeenkomst.get('partijlijst[].code')).toMatchObject({ alwaysPresent: false, presentWhen: [[{ path: 'partijlijst[].soort', values: ['swv'] }]] })
    expect(overeenkomst.get('jeugdplan.concept_datum')).toMatchObject({ type: 'string', format: 'date' })
    expect(fields('uitnodiging').get('ontvanger.vertegenwoordiger.naam')).toMatchObject({ type: 'string', alwaysPresent: true })
    expect(fields('uitnodiging').has('verzoek')).toBe(false)
    expect(reference.kinds.find((k) => k.kind === 'verzoek')!.replaces).toEqual(['geschil'])
    for (const kind of reference.kinds) for (const field of kind.fields) expect(field.description || field.title, `${kind.kind}: ${field.path}`).toBeTruthy()
  })

  it('lists the variables and every helper with its arguments and an example', () => {
    expect(reference.dataVariables.map((v) => v.name)).toEqual(['@index', '@first', '@last', '@key', '@root', '@concept'])
    expect(reference.helpers.map((h) => h.name)).toEqual(helpers.map((h) => h.name))
    expect(reference.helpers.find((h) => h.name === 'opsomming')!.params).toEqual([
      { name: 'lijst', description: expect.any(String), optional: false },
      { name: 'veld', description: expect.any(String), optional: true },
    ])
  })

  it('as Markdown: an introduction, the common fields, what each kind adds, the helpers', () => {
    const markdown = fieldsMarkdown()
    expect(markdown).toMatch(/^# Velden voor de sjablonen\n/)
    expect(markdown).toContain('| `dossier.titel` | tekst | ja |')
    expect(markdown).toContain('| `partijlijst[].code` | tekst | nee; als `soort` `swv` is |')
    expect(markdown).toContain('## Uitnodiging (`uitnodiging`)')
    expect(markdown).toContain('| `ontvanger.adres` | groep | nee; als `soort` `gemeente` of `swv` is |')
    for (const helper of helpers) expect(markdown).toContain(`### \`${helper.name}\`\n`)
  })

  it('docs/velden.md is up to date', () => {
    const file = join(root, 'docs', 'velden.md')
    expect(readFileSync(file, 'utf8') === fieldsMarkdown(),
      'docs/velden.md is niet actueel. Maak het opnieuw met: npm run build && node dist/cli.js velden --formaat markdown > docs/velden.md').toBe(true)
  })
})
