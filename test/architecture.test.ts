/**
 * The layout of src/ (README, "Waar staat wat"): contracts at the bottom, the stages in pipeline order, the use
 * cases on top and the command line as a skin. Each folder may import only the folders below it in `layers`, and
 * only the npm packages of its edge (`packages`); type-only imports count too, except where `typeOnly` says so.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './support/helpers.ts'

/**
 * Lowest first. A unit is a folder of src/, or a file at its top. A unit may import the units of the earlier rows,
 * and the units of its own row when the row says so (`peers`). A bottom-up reading is the pipeline:
 * load → rules → validate → derive → plan → render → template-check → parse → transform → docx → pack → write.
 */
const layers: { units: string[]; peers?: boolean }[] = [
  { units: ['version.ts'] },
  { units: ['model'] },
  { units: ['errors.ts', 'text'] },
  { units: ['ooxml'] },
  { units: ['load'] },
  { units: ['rules'] },
  { units: ['validate'] },
  { units: ['derive'] },
  { units: ['plan'] },
  { units: ['render'] },
  { units: ['template-check'] },
  { units: ['parse'] },
  { units: ['transform'] },
  { units: ['docx'] },
  { units: ['pack'] },
  { units: ['write'] },
  { units: ['options.ts'] },
  { units: ['assemble.ts'] },
  { units: ['app'] },
  { units: ['cli'] },
  { units: ['cli.ts', 'index.ts'] },
]

/** Units that stand lower in the table but may not be imported from everywhere above: none may import `cli`. */
const forbidden: Record<string, readonly string[]> = {}

/** npm packages (and node: modules) per unit; everything else imports none. */
const packages: Record<string, readonly string[]> = {
  model: [],
  text: ['fastest-levenshtein'],
  ooxml: ['fflate', '@xmldom/xmldom'],
  load: ['yaml', 'csv-parse', 'node:fs', 'node:path', 'node:url', 'node:crypto'],
  validate: ['ajv', 'ajv-formats', 'ajv-i18n', 'yaml'],
  render: ['handlebars'],
  'template-check': [],
  parse: ['markdown-it'],
  docx: ['docx'],
  pack: ['docx'],
  write: ['node:fs', 'node:path'],
  app: ['node:fs', 'node:path', 'node:os', 'node:url', 'tinypool', 'chokidar', 'diff', 'cli-progress', 'csv-parse', 'yaml'],
  cli: ['commander'],
}

/** `import type` from a package, allowed where the contract names that package's type (the YAML document). */
const typeOnly: Record<string, readonly string[]> = { model: ['yaml'] }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

const src = join(root, 'src')
const unitOf = (file: string) => relative(src, file).split('/')[0]!
const rank = new Map(layers.flatMap(({ units }, i) => units.map((u) => [u, i] as const)))
const packageOf = (specifier: string) => specifier.startsWith('node:') ? specifier : specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

interface Import { specifier: string; typeOnly: boolean }

function importsOf(source: string): Import[] {
  const statements = source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+\.(?:ts|js))['"]/gm)
  return [...statements].map((m) => ({ specifier: (m[3] ?? m[4] ?? m[5] ?? m[6])!, typeOnly: m[2] !== undefined }))
}

const files = sourceFiles(src)

describe('the layout of src/', () => {
  it('knows every unit', () => {
    const units = [...new Set(files.map(unitOf))].sort()
    expect(units.filter((u) => !rank.has(u)), 'add the new folder or file to `layers`').toEqual([])
  })

  for (const file of files) {
    const name = relative(src, file)
    const unit = unitOf(file)
    it(`${name} imports only units below it and the packages of its edge`, () => {
      const imports = importsOf(readFileSync(file, 'utf8'))
      const own = rank.get(unit)!
      const upward = imports.filter((i) => i.specifier.startsWith('.')).flatMap(({ specifier }) => {
        const target = unitOf(resolve(dirname(file), specifier))
        if (target === unit) return []
        const theirs = rank.get(target)
        const peers = theirs === own && layers[own]!.peers
        return theirs === undefined || (theirs >= own && !peers) || forbidden[unit]?.includes(target) ? [`${specifier} (${target})`] : []
      })
      expect(upward, `${unit} may import only ${layers.slice(0, own).flatMap((l) => l.units).join(', ') || 'nothing'}`).toEqual([])
      const npm = imports.filter((i) => !i.specifier.startsWith('.') && !(i.typeOnly && typeOnly[unit]?.includes(packageOf(i.specifier))))
        .map((i) => packageOf(i.specifier)).filter((p) => !(packages[unit] ?? []).includes(p))
      expect(npm, `packages allowed in ${unit}: ${(packages[unit] ?? []).join(', ') || 'none'}`).toEqual([])
    })
  }
})

describe('the table itself', () => {
  it('catches an import that runs back up, and a package outside its edge', () => {
    // The check above, applied to made-up files: a rule importing derive/, docx/ importing the XML parser.
    const rules = importsOf(`import { x } from '../derive/index.ts'\nimport type { Y } from '../model/dossier.ts'`)
    expect(rules.map((i) => unitOf(resolve(join(src, 'rules'), i.specifier)))).toEqual(['derive', 'model'])
    expect(rank.get('derive')! > rank.get('rules')!).toBe(true)
    expect(importsOf(`import { DOMParser } from '@xmldom/xmldom'`)).toEqual([{ specifier: '@xmldom/xmldom', typeOnly: false }])
    expect(packages['docx']).not.toContain('@xmldom/xmldom')
    expect(importsOf(`import type { Document } from 'yaml'`)).toEqual([{ specifier: 'yaml', typeOnly: true }])
  })
})

describe('version', () => {
  it('src/version.ts matches package.json', async () => {
    const { engineVersion } = await import('../src/version.ts')
    expect(engineVersion).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })
})
