/**
 * The built-in templates are checked when the bundle is built (scripts/bundle.ts), and a run with exactly those
 * templates and schemas uses that answer (check-templates.ts: OOGO_CLEAN_TEMPLATES). What this rests on: the key
 * changes with anything the check reads, the bundle holds the key of the templates as they are now, and a set that
 * differs is still checked in full by the built program.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import type { TemplateSet, TemplateSource } from '../../src/model/project.ts'
import { templateCheckKey } from '../../src/template-check/check-templates.ts'
import { root } from '../support/helpers.ts'

const builtIn = loadTemplates(builtInTemplatesDir)
const withText = (source: TemplateSource, text: string): TemplateSource => ({ ...source, text })

describe('templateCheckKey', () => {
  it('is the same for the same templates read twice', () => {
    expect(templateCheckKey(loadTemplates(builtInTemplatesDir))).toBe(templateCheckKey(builtIn))
  })

  it('changes with a template text, a partial, or a name', () => {
    const [name, source] = [...builtIn.documents][0]!
    const [partialName, partial] = [...builtIn.partials][0]!
    const variants: TemplateSet[] = [
      { ...builtIn, documents: new Map([...builtIn.documents, [name, withText(source, source.text + ' ')]]) },
      { ...builtIn, partials: new Map([...builtIn.partials, ['nieuw', withText(partial, 'x\n')]]) },
      { ...builtIn, partials: new Map([...builtIn.partials].map(([n, s]) => [n === partialName ? `${n}-2` : n, s])) },
    ]
    const keys = new Set([builtIn, ...variants].map(templateCheckKey))
    expect(keys.size).toBe(4)
  })
})

describe('the built program', () => {
  it('holds the key of the built-in templates as they are now', () => {
    const bundle = join(root, 'dist', 'bundle')
    const key = JSON.stringify(templateCheckKey(builtIn))
    expect(readdirSync(bundle).filter((file) => file.endsWith('.js') && readFileSync(join(bundle, file), 'utf8').includes(key))).toHaveLength(1)
  })

  it('still checks a set that differs from the built-in one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-schoon-'))
    writeFileSync(join(dir, 'uitnodiging.md.hbs'), 'Hallo {{dossier.onbekendveld}}\n')
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'sjablonen', 'controleer', '--sjablonen', dir], { cwd: root, encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${join(dir, 'uitnodiging.md.hbs')}:1:9  Onbekend veld \`dossier.onbekendveld\`: \`dossier\` heeft geen veld \`onbekendveld\`.  [sjabloon/onbekend-veld]`)
  })
})
