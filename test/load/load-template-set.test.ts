/**
 * `--sjablonen <map>`: an organisation's folder laid over the built-in templates. What is not in
 * the folder comes from oogo; what is in it must replace something, or it is an error.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadProject, loadTemplates, loadTemplateSet } from '../../src/load/load-project.ts'
import { samplePath } from '../support/helpers.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'oogo-sjablonen-'))
const builtIn = loadTemplates(builtInTemplatesDir)

function folder(files: Record<string, string>): string {
  const dir = temp()
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

describe('loadTemplateSet', () => {
  it('is the built-in set without a folder', () => {
    expect(loadTemplateSet()).toEqual({ templates: builtIn, problems: [] })
  })

  it('takes only the changed files from the folder, and shows their path', () => {
    const dir = folder({ 'overeenkomst.md.hbs': '# Eigen overeenkomst\n', 'partials/adresblok.md.hbs': 'eigen adres\n' })
    const { templates, problems } = loadTemplateSet(dir)
    expect(problems).toEqual([])
    expect(templates!.documents.get('overeenkomst')).toEqual({ name: 'overeenkomst', file: join(dir, 'overeenkomst.md.hbs'), text: '# Eigen overeenkomst\n' })
    expect(templates!.partials.get('adresblok')!.file).toBe(join(dir, 'partials', 'adresblok.md.hbs'))
    expect(templates!.documents.get('verslag')).toBe(builtIn.documents.get('verslag'))
    expect(templates!.partials.get('ondertekening')).toBe(builtIn.partials.get('ondertekening'))
    expect([...templates!.documents.keys()]).toEqual([...builtIn.documents.keys()])
    expect([...templates!.partials.keys()]).toEqual([...builtIn.partials.keys()])
  })

  it('accepts a complete copy of the built-in folder (an override of everything)', () => {
    const dir = temp()
    cpSync(builtInTemplatesDir, dir, { recursive: true })
    const { templates, problems } = loadTemplateSet(dir)
    expect(problems).toEqual([])
    expect([...templates!.documents.values()].every((t) => t.file.startsWith(dir))).toBe(true)
  })

  it('reports a misspelt file name with a suggestion, instead of ignoring it', () => {
    const dir = folder({ 'overeenkomt.md.hbs': 'x', 'partials/handtekening.md.hbs': 'x' })
    const { templates, problems } = loadTemplateSet(dir)
    expect(templates).toBeUndefined()
    expect(problems.map((p) => ({ code: p.code, stage: p.stage, place: p.place }))).toEqual([
      { code: 'sjabloon/onbekend-bestand', stage: 'load', place: { file: join(dir, 'overeenkomt.md.hbs') } },
      { code: 'sjabloon/onbekend-bestand', stage: 'load', place: { file: join(dir, 'partials', 'handtekening.md.hbs') } },
    ])
    expect(problems[0]!.suggestion).toContain('Bedoelde u `overeenkomst`?')
    expect(problems[1]!.suggestion).toContain('Bedoelde u `handtekeningen`?')
  })

  it('says where a partial or a document belongs when it is in the wrong folder', () => {
    const dir = folder({ 'adresblok.md.hbs': 'x', 'partials/verslag.md.hbs': 'x' })
    const { problems } = loadTemplateSet(dir)
    expect(problems[0]!.suggestion).toBe(`\`adresblok\` is een gedeeld stuk (partial): zet het in ${join(dir, 'partials', 'adresblok.md.hbs')}.`)
    expect(problems[1]!.suggestion).toBe(`\`verslag\` is een documentsjabloon: zet het in ${join(dir, 'verslag.md.hbs')}, niet in partials/.`)
  })

  it('reports a template saved with the wrong extension, and ignores notes and hidden files', () => {
    const dir = folder({ 'verslag.md': 'x', 'overeenkomst.hbs.txt': 'x', 'LEESMIJ.txt': 'notities', '.DS_Store': '', 'verslag.md.hbs~': 'backup' })
    const { problems } = loadTemplateSet(dir)
    expect(problems.map((p) => [p.place.file, p.suggestion])).toEqual([
      [join(dir, 'overeenkomst.hbs.txt'), 'Bedoelde u `overeenkomst.md.hbs`?'],
      [join(dir, 'verslag.md'), 'Bedoelde u `verslag.md.hbs`?'],
    ])
  })

  it('reports a missing folder as bestand/niet-gevonden and a file as unreadable', () => {
    const dir = temp()
    expect(loadTemplateSet(join(dir, 'mijn-sjablonen')).problems).toEqual([expect.objectContaining({
      code: 'bestand/niet-gevonden', stage: 'load', place: { file: join(dir, 'mijn-sjablonen') } })])
    writeFileSync(join(dir, 'bestand'), 'x')
    expect(loadTemplateSet(join(dir, 'bestand')).problems[0]!.code).toBe('bestand/onleesbaar')
  })

  it('keeps the same set while nothing changed, and reads a changed file again', () => {
    const dir = folder({ 'overeenkomst.md.hbs': 'een\n' })
    const first = loadTemplateSet(dir).templates!
    expect(loadTemplateSet(dir).templates).toBe(first)
    expect(loadTemplates(builtInTemplatesDir)).toBe(builtIn)
    writeFileSync(join(dir, 'overeenkomst.md.hbs'), 'twee\n')
    const second = loadTemplateSet(dir).templates!
    expect(second).not.toBe(first)
    expect(second.documents.get('overeenkomst')!.text).toBe('twee\n')
    // Unchanged templates keep their object, so nothing else is compiled again.
    expect(second.documents.get('verslag')).toBe(first.documents.get('verslag'))
  })
})

describe('loadProject with templatesDir', () => {
  it('reports a missing dossier and a faulty template folder in one go', () => {
    const dir = folder({ 'overeenkomt.md.hbs': 'x' })
    const { project, problems } = loadProject({ dossier: join(dir, 'geen.yaml'), templatesDir: dir })
    expect(project).toBeUndefined()
    expect(problems.map((p) => p.code).sort()).toEqual(['bestand/niet-gevonden', 'sjabloon/onbekend-bestand'])
  })

  it('loads the sample with an override folder', () => {
    const dir = folder({ 'verslag.md.hbs': '# Eigen verslag\n' })
    const { project, problems } = loadProject({ dossier: samplePath, templatesDir: dir })
    expect(problems).toEqual([])
    expect(project!.templates.documents.get('verslag')!.file).toBe(join(dir, 'verslag.md.hbs'))
  })
})

describe('a fault in an overridden partial', () => {
  it('is reported in the override file, at its line and column', async () => {
    const { assembleFile } = await import('../support/helpers.ts')
    const dir = folder({ 'partials/adresblok.md.hbs': '{{naam}}\n{{naamm}}\n' })
    const result = await assembleFile(samplePath, { documents: ['uitnodiging'], emit: 'text' }, dir)
    const errors = result.problems.filter((p) => p.severity === 'error')
    expect(new Set(errors.map((p) => JSON.stringify({ code: p.code, place: p.place })))).toEqual(new Set([
      JSON.stringify({ code: 'sjabloon/onbekend-veld', place: { file: join(dir, 'partials', 'adresblok.md.hbs'), line: 2, column: 3 } }),
    ]))
  })
})
