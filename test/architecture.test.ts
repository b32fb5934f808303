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
  { units: ['docx', 'html'] },
  { units: ['pack'] },
  { units: ['write'] },
  { units: ['pdf'] },
  { units: ['template-word'] },
  { units: ['options.ts'] },
  { units: ['assemble.ts'] },
  { units: ['app'] },
  { units: ['cli'] },
  { units: ['cli.ts', 'index.ts'] },
]

/**
 * Imports the order alone would allow, but the layout does not: the stages after `load` get their data in the
 * Project and never read files themselves (template-check reads the schemas through load's reader for its field
 * model), and nothing but the program's entry imports the command line.
 */
const afterLoad = ['rules', 'validate', 'derive', 'plan', 'render', 'parse', 'transform', 'docx', 'pack', 'write']
const forbidden: Record<string, readonly string[]> = Object.fromEntries(afterLoad.map((unit) => [unit, ['load']]))

/** npm packages (and node: modules) per unit; everything else imports none. */
const packages: Record<string, readonly string[]> = {
  model: [],
  text: ['fastest-levenshtein'],
  ooxml: ['fflate', 'pako', '@xmldom/xmldom', 'node:zlib'],
  load: ['yaml', 'csv-parse', 'node:fs', 'node:path', 'node:url', 'node:crypto'],
  validate: ['ajv', 'ajv-formats', 'ajv-i18n', 'yaml', 'node:module'],
  render: ['handlebars'],
  'template-check': ['markdown-it'],
  parse: ['markdown-it'],
  docx: ['docx'],
  html: [],
  'template-word': ['docx'],
  pack: ['docx', 'node:crypto'],
  write: ['node:fs', 'node:path'],
  pdf: ['node:child_process', 'node:crypto', 'node:fs', 'node:path', 'node:os', 'node:zlib'],
  app: ['node:fs', 'node:path', 'node:os', 'node:url', 'tinypool', 'chokidar', 'diff', 'cli-progress', 'csv-parse', 'yaml', 'node:http', 'node:v8', 'node:worker_threads'],
  cli: ['commander'],
  // The program sets its V8 flags (a later optimisation) before anything runs; the library leaves its host's alone.
  'cli.ts': ['node:v8'],
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

/** What is wrong with the imports of `file` (a path under src/) whose text is `source`; empty when nothing is. */
function violationsOf(file: string, source: string): string[] {
  const unit = unitOf(file)
  const own = rank.get(unit)
  if (own === undefined) return [`${unit}: not in the layer table`]
  const imports = importsOf(source)
  const upward = imports.filter((i) => i.specifier.startsWith('.')).flatMap(({ specifier }) => {
    const target = unitOf(resolve(dirname(file), specifier))
    if (target === unit) return []
    const theirs = rank.get(target)
    const peers = theirs === own && layers[own]!.peers
    return theirs === undefined || (theirs >= own && !peers) || forbidden[unit]?.includes(target) ? [`${specifier} (${target})`] : []
  })
  const npm = imports.filter((i) => !i.specifier.startsWith('.') && !(i.typeOnly && typeOnly[unit]?.includes(packageOf(i.specifier))))
    .map((i) => packageOf(i.specifier)).filter((p) => !(packages[unit] ?? []).includes(p)).map((p) => `package ${p}`)
  return [...upward, ...npm]
}

describe('the layout of src/', () => {
  it('knows every unit', () => {
    const units = [...new Set(files.map(unitOf))].sort()
    expect(units.filter((u) => !rank.has(u)), 'add the new folder or file to `layers`').toEqual([])
  })

  for (const file of files) {
    const unit = unitOf(file)
    it(`${relative(src, file)} imports only units below it and the packages of its edge`, () => {
      const own = rank.get(unit)!
      expect(violationsOf(file, readFileSync(file, 'utf8')),
        `${unit} may import ${layers.slice(0, own).flatMap((l) => l.units).filter((u) => !forbidden[unit]?.includes(u)).join(', ') || 'nothing'}` +
        ` and the packages ${(packages[unit] ?? []).join(', ') || 'none'}`).toEqual([])
    })
  }
})

describe('the check itself', () => {
  const at = (path: string) => join(src, path)
  it('finds an import that runs back up, a stage reading files, and a package outside its edge', () => {
    expect(violationsOf(at('rules/x.ts'), "import { x } from '../derive/index.ts'\nimport type { Y } from '../model/dossier.ts'")).toEqual(['../derive/index.ts (derive)'])
    expect(violationsOf(at('docx/x.ts'), "import { DOMParser } from '@xmldom/xmldom'\nimport { Document } from 'docx'")).toEqual(['package @xmldom/xmldom'])
    expect(violationsOf(at('render/x.ts'), "import { loadProject } from '../load/load-project.ts'")).toEqual(['../load/load-project.ts (load)'])
    expect(violationsOf(at('app/x.ts'), "const { main } = await import('../cli/main.ts')")).toEqual(['../cli/main.ts (cli)'])
    expect(violationsOf(at('app/x.ts'), "import { Command } from 'commander'")).toEqual(['package commander'])
  })

  it('lets a contract name a package type, and a unit import what is below it', () => {
    expect(violationsOf(at('model/x.ts'), "import type { Document } from 'yaml'")).toEqual([])
    expect(violationsOf(at('model/x.ts'), "import { parse } from 'yaml'")).toEqual(['package yaml'])
    expect(violationsOf(at('cli/x.ts'), "import { runGenerate } from '../app/generate.ts'\nimport { Command } from 'commander'")).toEqual([])
  })
})

describe('version', () => {
  it('src/version.ts matches package.json', async () => {
    const { engineVersion } = await import('../src/version.ts')
    expect(engineVersion).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })
})
