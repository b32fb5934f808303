/**
 * What a command loads decides how fast it starts (issue 16: `oogo --help` ≤ 150 ms, `oogo controleer` ≤ 300 ms).
 * `--help` and `controleer` run as real processes with a loader hook that lists every module resolved; neither may
 * load what it does not use: the Word libraries (docx, the .docx reader's @xmldom/xmldom and fflate), Handlebars,
 * markdown-it, ajv's schema compiler (the schemas are compiled at build time) or csv-parse (the reference data is too).
 * Both from src/ (through tsx) and as built (`node dist/cli.js`, bundled by scripts/bundle.ts): there the hook sees
 * the chunks of dist/bundle/, and dist/bundle/meta.json (esbuild's metafile) says which source files and packages
 * each chunk holds; what the bundle still requires at run time (the fallbacks of validate-dossier.ts) is listed
 * from the require cache when the process ends.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/helpers.ts'

const hooks = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  process.stderr.write('module ' + result.url + '\\n')
  return result
}`
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`

// The CommonJS modules in the process at its end (a bundle's createRequire shares Node's one cache).
const listRequired = `import { createRequire } from 'node:module'
const cache = createRequire(process.cwd() + '/').cache
process.on('exit', () => { for (const file of Object.keys(cache)) process.stderr.write('module file://' + encodeURI(file) + '\\n') })`

type Build = 'source' | 'bundle'

/** The npm packages (by name) and our own modules (by path under src/) a run of `oogo <args>` loads. */
function modulesOf(build: Build, args: string[]): { packages: string[]; own: string[] } {
  const hook = ['--import', `data:text/javascript,${encodeURIComponent(register)}`]
  const command = build === 'source'
    ? ['--import', 'tsx', ...hook, join(root, 'src', 'cli.ts')]
    : [...hook, '--import', `data:text/javascript,${encodeURIComponent(listRequired)}`, join(root, 'dist', 'cli.js')]
  const run = spawnSync(process.execPath, [...command, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (run.status !== 0) throw new Error(`oogo ${args.join(' ')} failed: ${run.stderr}`)
  return parse(run.stderr, build === 'bundle' ? chunkInputs() : undefined)
}

/** Per chunk of dist/bundle/ (absolute path), the absolute paths of the source files and package files it holds. */
function chunkInputs(): Map<string, string[]> {
  const metaFile = join(root, 'dist', 'bundle', 'meta.json')
  if (!existsSync(metaFile)) throw new Error('dist/bundle/meta.json ontbreekt: eerst npm run build')
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> }
  return new Map(Object.entries(meta.outputs).map(([chunk, { inputs }]) => [join(root, chunk), Object.keys(inputs).map((input) => join(root, input))]))
}

function parse(stderr: string, chunks?: Map<string, string[]>): { packages: string[]; own: string[] } {
  const loaded = stderr.split('\n').filter((line) => line.startsWith('module file://')).map((line) => decodeURIComponent(line.slice('module file://'.length)))
  const bundleDir = join(root, 'dist', 'bundle') + '/'
  const outside = loaded.filter((file) => !file.startsWith(bundleDir))
  // A chunk stands for the files it holds; dist/cli.js (one import) holds nothing.
  const urls = chunks ? [...outside.filter((file) => file !== join(root, 'dist', 'cli.js')), ...loaded.flatMap((file) => chunks.get(file) ?? [])] : loaded
  if (chunks && loaded.some((file) => file.startsWith(bundleDir) && !chunks.has(file))) throw new Error('dist/bundle/meta.json hoort niet bij de chunks in dist/bundle/: npm run build')
  const packages = new Set<string>()
  const own = new Set<string>()
  for (const url of urls) {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
    if (inPackage && !url.includes('node_modules/tsx/')) packages.add(inPackage[1] === 'ajv' && inPackage[2]!.startsWith('dist/runtime/') ? 'ajv (runtime)' : inPackage[1]!)
    else if (url.startsWith(join(root, 'src') + '/')) own.add(url.slice(join(root, 'src').length + 1))
  }
  return { packages: [...packages].sort(), own: [...own].sort() }
}

const heavy = ['docx', '@xmldom/xmldom', 'fflate', 'handlebars', 'markdown-it', 'csv-parse', 'ajv', 'chokidar', 'tinypool']

describe.each<Build>(['source', 'bundle'])('what a command loads (%s)', (build) => {
  it('--help: the command table and commander, nothing of the pipeline', () => {
    const { packages, own } = modulesOf(build, ['--help'])
    expect(packages).toEqual(['commander'])
    expect(own.every((file) => file.startsWith('cli') || ['errors.ts', 'version.ts'].includes(file)), own.join(', ')).toBe(true)
  })

  it('controleer: the checks, without the Word libraries, templates, ajv\'s compiler or a CSV parser', () => {
    const { packages, own } = modulesOf(build, ['controleer', 'samples/voorbeeld-dossier.yaml'])
    expect(packages.filter((p) => heavy.includes(p))).toEqual([])
    // The bundle also holds what ajv's runtime requires (fast-deep-equal), which the loader hook does not see from src/.
    expect(packages).toEqual(['ajv (runtime)', 'ajv-formats', 'commander', ...(build === 'bundle' ? ['fast-deep-equal'] : []), 'fastest-levenshtein', 'yaml'])
    // Of the Word side only the table of characters XML cannot hold (validate/check-characters.ts).
    expect(own.filter((file) => /^(docx|pack|render|parse|transform|template-check|ooxml|html|write|pdf|template-word)\//.test(file))).toEqual(['ooxml/xml-characters.ts'])
  })
})
