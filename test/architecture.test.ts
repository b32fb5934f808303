/**
 * Dependencies stay at the edges (ARCHITECTURE §9): each stage folder imports only the libraries
 * of its stage, and the core (derive, transform, model, documents, assemble, errors) none at all.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './helpers.ts'

const allowed: Record<string, readonly string[]> = {
  load: ['yaml', 'csv-parse', 'node:fs', 'node:path', 'node:url', 'node:crypto'],
  validate: ['ajv', 'ajv-formats', 'ajv-i18n', 'yaml'],
  util: ['fastest-levenshtein'],
  derive: [],
  rules: [],
  render: ['handlebars'],
  parse: ['markdown-it'],
  model: [],
  transform: [],
  documents: [],
  build: ['docx'],
  pack: ['docx', 'fflate'],
  write: ['node:fs', 'node:path'],
  cli: ['commander', 'node:fs', 'node:path', 'node:os', 'node:worker_threads', 'chokidar', 'diff', 'cli-progress'],
  '.': ['commander'], // src/*.ts: only cli.ts may use it, checked below
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

const packageOf = (specifier: string) => specifier.startsWith('node:') ? specifier : specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

describe('imports', () => {
  const files = sourceFiles(join(root, 'src'))

  it('finds the source files', () => expect(files.length).toBeGreaterThan(30))

  for (const file of files) {
    const name = relative(join(root, 'src'), file)
    const folder = name.includes('/') ? name.split('/')[0]! : '.'
    it(`${name} imports only what its stage may`, () => {
      const source = readFileSync(file, 'utf8')
      const imported = [...source.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/gm)]
        .map((m) => m[1] ?? m[2]!)
        .filter((s) => !s.startsWith('.'))
        .map(packageOf)
      const permitted = folder === '.' && name !== 'cli.ts' ? [] : (allowed[folder] ?? [])
      expect(imported.filter((p) => !permitted.includes(p)), `allowed in ${folder}/: ${permitted.join(', ') || 'nothing'}`).toEqual([])
    })
  }
})

describe('version', () => {
  it('src/version.ts matches package.json', async () => {
    const { engineVersion } = await import('../src/version.ts')
    expect(engineVersion).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })
})
