/**
 * Every example in a shell block of README.md and docs/*.md works as pasted by a new user. Per document, one folder
 * that looks like a fresh clone after `npm ci` (the tracked files a user can name: samples/, templates/, schemas/,
 * data/, package.json, …; node_modules/, dist/, src/ and test/ linked) and nothing else: no dossier, no folder of
 * dossiers, no templates of one's own. Then ALL shell blocks of that document run IN ORDER in that one folder, line
 * by line: `npx oogo …` in process through `main` (`> file` honoured, `dossiers/*.yaml` expanded, `--watch` and
 * `--browser` stopped after the first preview), a few file commands (`mkdir`, `cp`, …) as real processes, and every
 * other line is either already done in such a folder (`npm ci`), a developer command that cannot run inside this
 * test (`npm test`), or a failure. A line passes with exit code 0, or with the code its comment promises
 * (`# afsluitcode 1: …`), which the reader sees too. What the reader does by hand is done as the comment says it:
 * `# bewerk <bestand>: vervang "…" door "…"` in a text file, or in the text of a Word document (`.docx`, as Word
 * saves one paragraph's text), exactly once. Output a document shows right under a shell block must be what that
 * block prints (lines shortened with `…` aside), so a shown report cannot go stale.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { commands } from '../../src/cli/commands.ts'
import { root } from '../support/helpers.ts'
import { captureTerminal, waitFor } from '../support/terminal.ts'

/** What a fresh clone has that a user may name in a command: copied, so an example may change it. */
const copied = ['samples', 'templates', 'schemas', 'data', 'docs', '.vscode', 'package.json', 'package-lock.json', 'README.md', 'GLOSSARY.md']
/** What a fresh clone has after `npm ci` that no example changes: linked, to keep this fast. */
const linked = ['node_modules', 'dist', 'src', 'test', 'bench', 'scripts', '.ci', 'tsconfig.json', 'tsconfig.build.json', 'vitest.config.ts']
/** Shell commands an example may use besides `npx oogo`; they run as real processes, without a shell. */
const fileCommands = new Set(['mkdir', 'cp', 'mv', 'rm', 'ls', 'cat'])
/** Lines a reader runs that this test does not, and why. */
const notRun: Record<string, string> = {
  'npm ci': 'the folder is the state after npm ci',
  'npm test': 'runs this test itself',
  'npm run bench': 'a benchmark, not an example',
  'npm run fuzz': 'runs for minutes',
  'npx vitest -u': 'runs this test itself',
}

interface Line {
  /** As written, without the comment. */
  text: string
  /** The exit code the comment promises (`# afsluitcode 1`), else 0. */
  expected: number
  /** A change the reader makes by hand: `# bewerk <file>: vervang "<from>" door "<to>"`. */
  edit?: { file: string; from: string; to: string }
}

const handEdit = /^#\s*bewerk (\S+?)(?: in Word)?: vervang "([^"]+)" door "([^"]+)"/

/** The shell blocks of a Markdown file, as their command lines (split at `&&`). */
function blocksOf(file: string): Line[][] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.split('\n').flatMap((line): Line[] => {
    const edit = handEdit.exec(line)
    if (edit) return [{ text: '', expected: 0, edit: { file: edit[1]!, from: edit[2]!, to: edit[3]! } }]
    const comment = /\s#\s.*$|^#.*$/.exec(line)?.[0] ?? ''
    const expected = Number(/afsluitcode (\d)/.exec(comment)?.[1] ?? 0)
    return line.slice(0, line.length - comment.length).split('&&').map((part) => ({ text: part.trim(), expected }))
  }).filter((line) => line.text !== '' || line.edit))
}

/** A fresh clone of the repository after `npm ci`, as far as the examples can see. */
const clones: string[] = []
afterAll(() => { for (const dir of clones) rmSync(dir, { recursive: true, force: true }) })

function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oogo-docs-'))
  clones.push(dir)
  for (const name of copied) if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true })
  for (const name of linked) if (existsSync(join(root, name))) symlinkSync(join(root, name), join(dir, name))
  return dir
}

/** The words of a command line (quotes honoured), with `> file` split off and `*` expanded in `cwd`. */
function argumentsOf(line: string, cwd: string): { words: string[]; output?: string } {
  const [command, output] = line.split(/\s>\s/).map((part) => part.trim())
  const words = [...command!.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].flatMap((m) => {
    const word = m[1] ?? m[2] ?? m[3]!
    if (m[3] === undefined || !word.includes('*')) return [word]
    const slash = word.lastIndexOf('/')
    const [folder, pattern] = [word.slice(0, slash), word.slice(slash + 1)]
    const [before, after] = pattern.split('*') as [string, string]
    const found = readdirSync(join(cwd, folder)).filter((f) => f.startsWith(before) && f.endsWith(after)).sort()
    return found.length === 0 ? [word] : found.map((f) => `${folder}/${f}`)
  })
  return { words, ...(output ? { output } : {}) }
}

/**
 * The output a document shows right under a shell block (a plain or `text` block, at most a paragraph ending in `:`
 * in between), per shell
 * block: its lines, except those shortened with `…`, must all be in what that block printed.
 */
function shownOutputsOf(file: string): (string[] | undefined)[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/^```sh\n[\s\S]*?^```\n/gm)].map((m) => {
    // Right under it, or after one paragraph that announces it ("De controle meldt:").
    const next = /^\n*(?:(?:[^\n`][^\n]*\n)*[^\n]*:\n\n)?```(?:text)?\n([\s\S]*?)^```$/m.exec(text.slice(m.index + m[0].length))
    if (!next || next.index !== 0) return undefined
    return next[1]!.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '' && !line.includes('…'))
  })
}

type Ran = { code: number; stdout: string; stderr: string }

async function runOogo(args: string[], cwd: string, output?: string): Promise<Ran> {
  const terminal = captureTerminal()
  const before = process.cwd()
  process.chdir(cwd)
  try {
    const running = main(args, terminal)
    if (args.includes('--watch') || args.includes('--browser') || args.includes('-w') || args.includes('-b')) {
      await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first preview')
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(terminal.stderr())?.[0]
      if (args.includes('--browser') || args.includes('-b')) {
        // The page the reader opens: served, with the document in it.
        const page = await fetch(url!)
        expect(page.status, url).toBe(200)
        expect(await page.text(), url).toMatch(/<title>[a-z0-9-]+\.docx — oogo voorbeeld<\/title>/)
      }
      terminal.interrupt()
    }
    const code = await running
    if (output) writeFileSync(join(cwd, output), terminal.stdout())
    return { code, stdout: terminal.stdout(), stderr: terminal.stderr() }
  } finally {
    process.chdir(before)
  }
}

/** The reader's edit, in a text file or in the paragraphs of a Word document; the text must occur exactly once. */
function editByHand({ file, from, to }: { file: string; from: string; to: string }, cwd: string): void {
  const path = join(cwd, file)
  const once = (text: string, a: string, b: string) => {
    expect(text.split(a).length - 1, `"${from}" once in ${file}`).toBe(1)
    return text.replace(a, () => b)
  }
  if (!file.endsWith('.docx')) return writeFileSync(path, once(readFileSync(path, 'utf8'), from, to))
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const parts = unzipSync(readFileSync(path))
  parts['word/document.xml'] = strToU8(once(strFromU8(parts['word/document.xml']!), xml(from), xml(to)))
  writeFileSync(path, zipSync(parts))
}

/** Runs one line in `cwd` as a reader would; an exit code, or why the line is not run. */
async function run(line: string, cwd: string): Promise<Ran | { skipped: string }> {
  if (line in notRun) return { skipped: notRun[line]! }
  const { words, output } = argumentsOf(line, cwd)
  if (words[0] === 'npx' && words[1] === 'oogo') return runOogo(words.slice(2), cwd, output)
  if (fileCommands.has(words[0]!) && !output) {
    try {
      return { code: 0, stdout: String(execFileSync(words[0]!, words.slice(1), { cwd, stdio: 'pipe' })), stderr: '' }
    } catch (error) {
      const failed = error as { status?: number; stderr?: Buffer }
      return { code: failed.status ?? 127, stdout: '', stderr: String(failed.stderr ?? '') }
    }
  }
  throw new Error(`\`${line}\`: not an example this test can run; use \`npx oogo …\`, ${[...fileCommands].join(', ')}, or add it to notRun with a reason`)
}

/** The stored texts of the project's own template test: no example may change them (issue 14, item 4). */
function projectBaselines(): string {
  const folder = join(root, 'test', 'sjablonen')
  if (!existsSync(folder)) return ''
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => `${join(entry.parentPath, entry.name)} ${statSync(join(entry.parentPath, entry.name)).mtimeMs}`).sort().join('\n')
}

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)]
  .filter((file) => blocksOf(file).length > 0)

describe.each(documents)('%s', (file) => {
  it('runs every shell block in order, in one fresh clone', async () => {
    const cwd = freshClone()
    const baselines = projectBaselines()
    const shown = shownOutputsOf(file)
    for (const [index, block] of blocksOf(file).entries()) {
      let printed = ''
      for (const line of block) {
        if (line.edit) {
          editByHand(line.edit, cwd)
          continue
        }
        const cpu = process.cpuUsage()
        const result = await run(line.text, cwd)
        // DOCS_TIMES=1 shows what each line costs, to keep this file fast.
        if (process.env.DOCS_TIMES) console.log(`CPU ${Math.round(process.cpuUsage(cpu).user / 1000)} ${line.text}`)
        if ('skipped' in result) continue
        const { code, stdout, stderr } = result
        printed += stdout + stderr
        expect(code, `${line.text}\n${stderr}`).toBe(line.expected)
        expect(stderr, line.text).not.toMatch(/Interne fout|undefined|\[object Object\]/)
        if (line.expected === 0) expect(stderr, line.text).not.toMatch(/\d+ fouten?\b|Onbekende|bestaat niet/)
        const { output } = argumentsOf(line.text, cwd)
        if (output) expect(readFileSync(join(cwd, output), 'utf8').length, `${output} is empty`).toBeGreaterThan(100)
      }
      for (const line of shown[index] ?? []) expect(printed, `the output shown under shell block ${index + 1} of ${file}`).toContain(line)
    }
    expect(projectBaselines(), 'an example changed test/sjablonen/ of the project').toBe(baselines)
  })
})

describe('the examples', () => {
  it('are found in the README and the template guide', () => {
    const readme = blocksOf('README.md').flat().map((line) => line.text)
    expect(readme).toContain('npx oogo genereer samples/voorbeeld-dossier.yaml --uit uit')
    expect(readme).toContain('npx oogo init mijn-dossier.yaml --regio JZ03')
    expect(blocksOf('docs/sjablonen.md').flat().map((line) => line.text)).toContain('npx oogo sjablonen naar-word overeenkomst --naar word')
  })

  it('only name shell commands this test runs or knows why not', () => {
    const lines = documents.flatMap((file) => blocksOf(file).flat().map((line) => line.text))
    const unknown = lines.filter((line) => line !== '' && !(line in notRun) && !line.startsWith('npx oogo ') && !fileCommands.has(line.split(/\s+/)[0]!))
    expect(unknown).toEqual([])
  })

  it('name no file or folder that no earlier line of the same document makes (nothing prepared behind the reader)', () => {
    // Guards the runner itself: the fresh clone has no dossier and no folder of one's own.
    const clone = freshClone()
    for (const name of ['mijn-dossier.yaml', 'dossier.yaml', 'dossiers', 'mijn-sjablonen', 'uit']) expect(existsSync(join(clone, name)), name).toBe(false)
  })
})

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')

  it('names every command and subcommand of the command table', () => {
    const names = commands.flatMap((command) => [command.name, ...(command.subcommands ?? []).map((sub) => `${command.name} ${sub.name}`)])
    expect(names.filter((name) => !readme.includes(`\`oogo ${name}`))).toEqual([])
  })
})
