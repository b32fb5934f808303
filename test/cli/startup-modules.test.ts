/**
 * What a command loads decides how fast it starts (issue 16: `oogo --help` ≤ 150 ms, `oogo controleer` ≤ 300 ms).
 * `--help` and `controleer` run as real processes (from src/, through tsx) with a loader hook that lists every module
 * resolved; neither may load what it does not use: the Word libraries (docx, the .docx reader's @xmldom/xmldom and
 * fflate), Handlebars, markdown-it, ajv's schema compiler (the schemas are compiled at build time) or csv-parse
 * (the reference data is too).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/helpers.ts'

const hooks = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  process.stderr.write('module ' + result.url + '\\n')
  return result
}`
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`

/** The npm packages (by name) and our own modules (by path under src/) a run of `oogo <args>` loads. */
function modulesOf(args: string[]): { packages: string[]; own: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, join(root, 'src', 'cli.ts'), ...args],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (run.status !== 0) throw new Error(`oogo ${args.join(' ')} failed: ${run.stderr}`)
  return parse(run.stderr)
}

function parse(stderr: string): { packages: string[]; own: string[] } {
  const urls = stderr.split('\n').filter((line) => line.startsWith('module file://')).map((line) => decodeURIComponent(line.slice('module file://'.length)))
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

describe('what a command loads', () => {
  it('--help: the command table and commander, nothing of the pipeline', () => {
    const { packages, own } = modulesOf(['--help'])
    expect(packages).toEqual(['commander'])
    expect(own.every((file) => file.startsWith('cli') || ['errors.ts', 'version.ts'].includes(file)), own.join(', ')).toBe(true)
  })

  it('controleer: the checks, without the Word libraries, templates, ajv\'s compiler or a CSV parser', () => {
    const { packages, own } = modulesOf(['controleer', 'samples/voorbeeld-dossier.yaml'])
    expect(packages.filter((p) => heavy.includes(p))).toEqual([])
    expect(packages).toEqual(['ajv (runtime)', 'ajv-formats', 'commander', 'fastest-levenshtein', 'yaml'])
    // Of the Word side only the table of characters XML cannot hold (validate/check-characters.ts).
    expect(own.filter((file) => /^(docx|pack|render|parse|transform|template-check|ooxml|html|write|pdf|template-word)\//.test(file))).toEqual(['ooxml/xml-characters.ts'])
  })
})
