/**
 * The editor settings in the repository (issue 14, item 10): a clone opened in VS Code gets completion, hover texts
 * and Dutch diagnostics for the sample, for dossiers under `dossiers/` and for `oogo.config.yaml`, without copying
 * anything from the README. The YAML extension (redhat.vscode-yaml) hands `yaml.schemas` to yaml-language-server: a
 * schema path relative to the workspace, mapped to patterns that the server matches against the end of a file's URI
 * (its FilePatternAssociation: `*` is any text, also over folders, and there is no anchor at the start). The test
 * matches with that same class, so a pattern that looks right but misses fails here: the double-star pattern of
 * dossiers/ alone would miss a dossier directly in that folder, hence also `dossiers/*.yaml`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pathToFileURL } from 'node:url'
import { FilePatternAssociation } from 'yaml-language-server/out/src/languageservice/utils/filePatternAssociation.js'
import { configFileName } from '../../src/load/load-config.ts'
import { loadSchema } from '../../src/load/load-project.ts'
import { validateDossier } from '../../src/validate/validate-dossier.ts'
import { root } from '../support/helpers.ts'
import { parsed } from './sample.ts'

const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> }
const extensions = JSON.parse(readFileSync(join(root, '.vscode', 'extensions.json'), 'utf8')) as { recommendations: string[] }
const mapping = settings['yaml.schemas']

/** Every file of the repository (not node_modules, dist or .git), relative, with forward slashes. */
function repositoryFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', '.git', 'uit', 'coverage'].includes(entry.name)) return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? repositoryFiles(path) : [relative(root, path).split('\\').join('/')]
  })
}

/** Whether yaml-language-server applies a schema with these patterns to `file` (relative to the repository). */
const matches = (globs: readonly string[], file: string) => globs.some((glob) => new FilePatternAssociation(glob).matchesPattern(pathToFileURL(join(root, file)).href))

describe('.vscode/ in the repository', () => {
  it('recommends the YAML extension of Red Hat, which reads the schemas', () => {
    expect(extensions.recommendations).toContain('redhat.vscode-yaml')
  })

  it('maps the dossier schema to the sample and to dossiers/, the configuration schema to oogo.config.yaml', () => {
    expect(mapping).toEqual({
      './schemas/dossier.schema.json': ['samples/*.yaml', 'dossiers/*.yaml', 'dossiers/**/*.yaml'],
      './schemas/config.schema.json': [configFileName],
    })
  })

  it('names schema files that exist and that the editor can read (draft 2020-12, with an $id)', () => {
    for (const file of Object.keys(mapping)) {
      expect(existsSync(join(root, file)), file).toBe(true)
      const schema = loadSchema(join(root, file)) as { $schema?: string; $id?: string }
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toMatch(/^https:\/\/oogo\.nl\/schemas\//)
    }
  })

  it('its globs match what they should, and nothing else', () => {
    const dossierGlobs = mapping['./schemas/dossier.schema.json']!
    expect(['samples/voorbeeld-dossier.yaml', 'dossiers/haarlemmermeer.yaml', 'dossiers/2026/kop-van-noord-holland/dossier.yaml']
      .map((f) => matches(dossierGlobs, f))).toEqual([true, true, true])
    expect(['oogo.config.yaml', 'test/fixtures/voorbeeld/dossier.yaml', 'dossiers/notities.md', 'templates/huisstijl.yaml']
      .map((f) => matches(dossierGlobs, f))).toEqual([false, false, false, false])
    const configGlobs = mapping['./schemas/config.schema.json']!
    expect(['oogo.config.yaml', 'projecten/gemeente/oogo.config.yaml', 'samples/voorbeeld-dossier.yaml'].map((f) => matches(configGlobs, f))).toEqual([true, true, false])
  })

  it('every dossier in the repository that the editor maps passes the schema as oogo checks it', () => {
    const schema = loadSchema(join(root, 'schemas', 'dossier.schema.json'))
    const mapped = repositoryFiles().filter((f) => matches(mapping['./schemas/dossier.schema.json']!, f))
    expect(mapped).toContain('samples/voorbeeld-dossier.yaml')
    for (const file of mapped) {
      const { yaml, data } = parsed(readFileSync(join(root, file), 'utf8'), file)
      expect(validateDossier(yaml, data, schema), file).toEqual([])
    }
  })

  it('the configuration schema accepts its own example and a configuration as the README shows it', () => {
    const schema = loadSchema(join(root, 'schemas', 'config.schema.json'))
    const { yaml, data } = parsed([
      'regels:',
      '  GC-MOTIVERING-PER-GEMEENTE: uit',
      '  PR-UITNODIGING-TERMIJN: fout',
      'termijnen:',
      '  uitnodiging_dagen_vooraf: 14',
      '  stukken_dagen_vooraf: 7',
      '  bijzondere_vergadering_binnen_dagen: 28',
      '  oogo_dagen_voor_raad: 42',
      'huisstijlen:',
      '  den-helder: huisstijl/den-helder.docx',
      '',
    ].join('\n'), configFileName)
    expect(validateDossier(yaml, data, schema)).toEqual([])
  })
})
