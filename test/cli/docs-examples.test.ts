/**
 * Every `oogo` command in a shell block of README.md and docs/*.md works as pasted: each block runs line by line in a
 * fresh folder that holds what a user of the README has (the sample, a dossier of their own named as in the
 * examples, a folder of dossiers), in process through `main`. `> file` is honoured, `dossiers/*.yaml` expanded, and
 * `--watch` stops after the first preview.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { root, samplePath } from '../support/helpers.ts'
import { captureTerminal, waitFor } from '../support/terminal.ts'


/** The shell blocks of a Markdown file, as their `oogo` command lines (after `npx`, and after `&&`). */
function blocksOf(file: string): string[][] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.split('\n')
    .flatMap((line) => line.split('&&').map((part) => part.replace(/#.*$/, '').trim()))
    .filter((line) => line.startsWith('npx oogo '))
    .map((line) => line.slice('npx oogo '.length)))
    .filter((block) => block.length > 0)
}

/** A folder as a README reader has it; `init`'s own target is left out (init never overwrites). */
function folderFor(block: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'oogo-docs-'))
  mkdirSync(join(dir, 'samples'))
  cpSync(samplePath, join(dir, 'samples', 'voorbeeld-dossier.yaml'))
  const initTargets = block.filter((line) => line.startsWith('init ')).map((line) => line.split(/\s+/)[1])
  for (const name of ['mijn-dossier.yaml', 'dossier.yaml']) if (!initTargets.includes(name)) cpSync(samplePath, join(dir, name))
  // The folder of one's own templates that the template section of the README makes first.
  const copies = block.findIndex((line) => line.startsWith('sjablonen kopieer'))
  const uses = block.findIndex((line) => line.includes('--sjablonen mijn-sjablonen'))
  if (uses >= 0 && (copies < 0 || copies > uses)) {
    mkdirSync(join(dir, 'mijn-sjablonen'))
    cpSync(join(root, 'templates', 'overeenkomst.md.hbs'), join(dir, 'mijn-sjablonen', 'overeenkomst.md.hbs'))
  }
  mkdirSync(join(dir, 'dossiers'))
  cpSync(samplePath, join(dir, 'dossiers', 'kop-van-noord-holland.yaml'))
  return dir
}

/** The words of a command line, with `> file` split off and `*.yaml` expanded in `cwd`. */
function argumentsOf(line: string, cwd: string): { args: string[]; output?: string } {
  const [command, output] = line.split('>').map((part) => part.trim())
  const args = command!.split(/\s+/).flatMap((word) => {
    if (!word.includes('*')) return [word]
    const [folder, pattern] = [word.slice(0, word.lastIndexOf('/')), word.slice(word.lastIndexOf('/') + 1)]
    const suffix = pattern.replace('*', '')
    return readdirSync(join(cwd, folder)).filter((f) => f.endsWith(suffix)).sort().map((f) => `${folder}/${f}`)
  })
  return { args, ...(output ? { output } : {}) }
}

async function run(line: string, cwd: string): Promise<{ code: number; stderr: string }> {
  const { args, output } = argumentsOf(line, cwd)
  const terminal = captureTerminal()
  const before = process.cwd()
  process.chdir(cwd)
  try {
    const running = main(args, terminal)
    if (args.includes('--watch')) {
      await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first preview')
      terminal.interrupt()
    }
    const code = await running
    if (output) writeFileSync(join(cwd, output), terminal.stdout())
    return { code, stderr: terminal.stderr() }
  } finally {
    process.chdir(before)
  }
}

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
  .filter((file) => blocksOf(file).length > 0)

describe.each(documents)('%s', (file) => {
  const blocks = blocksOf(file)
  it.each(blocks.map((block) => ({ block, name: block.join(' ; ') })))('$name', async ({ block }) => {
    const cwd = folderFor(block)
    for (const line of block) {
      const { code, stderr } = await run(line, cwd)
      expect(code, `oogo ${line}\n${stderr}`).toBe(0)
      expect(stderr, `oogo ${line}`).not.toMatch(/\d+ fouten?\b|Interne fout|Onbekende|bestaat niet/)
      const { output } = argumentsOf(line, cwd)
      if (output) expect(readFileSync(join(cwd, output), 'utf8').length, `${output} is empty`).toBeGreaterThan(100)
    }
  })
})

it('finds the examples of the README and the template guide', () => {
  expect(blocksOf('README.md').flat()).toContain('genereer samples/voorbeeld-dossier.yaml --uit uit')
  expect(blocksOf('docs/sjablonen.md')).toEqual([[
    'sjablonen kopieer overeenkomst --naar mijn-sjablonen',
    'genereer dossier.yaml --sjablonen mijn-sjablonen',
  ]])
  expect(existsSync(join(root, 'docs', 'sjablonen.md'))).toBe(true)
})
