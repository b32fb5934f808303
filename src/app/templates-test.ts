/**
 * `oogo sjablonen test [--bijwerken] [--sjablonen <map>]`: the template editors' golden test.
 *
 * Every document kind (the checklist too) of every test dossier of the project is filled in, and
 * the first document of each kind — the same choice as test/assemble/golden.test.ts — is compared with the
 * text stored in `test/sjablonen/<dossier>/<soort>.md`. A difference is shown as a unified diff
 * (coloured, with the changed words marked, only on a terminal); `--bijwerken` stores the new
 * texts. Test dossiers with faults in the dossier itself (the `fout-…` fixtures) test the check,
 * not the templates, and are left out; a template fault is a failure.
 */
import { isAbsolute, join, relative, resolve } from 'node:path'
import { diffWordsWithSpace, structuredPatch } from 'diff'
import { assemble, type AssembledDocument } from '../assemble.ts'
import { documentKinds } from '../plan/index.ts'
import { ErrorCode, ExitCode, exitCodeFor, oogoError, type OogoError } from '../errors.ts'
import { loadProject, loadTemplateSet, packageRoot } from '../load/load-project.ts'
import { findTestDossiers, readStoredTexts, testPaths, type StoredText } from '../load/load-snapshots.ts'
import { defaultOptions } from '../options.ts'
import { removeFiles, writeTextFiles } from '../write/write-snapshots.ts'
import type { Terminal } from './terminal.ts'
import { withoutRefOrigins } from '../model/anchors.ts'

export interface TemplatesTestFlags {
  bijwerken?: boolean
  sjablonen?: string
}

/** Where the test dossiers and stored texts are; tests point `snapshots` at a temporary folder. */
export interface TemplatesTestPaths {
  root?: string
  snapshots?: string
}

type Status = 'gelijk' | 'anders' | 'nieuw' | 'verdwenen'

interface Comparison {
  dossier: string
  kind: string
  status: Status
  /** Absolute path of the stored text. */
  file: string
  stored?: string
  current?: string
  /** Why a stored text has nothing to compare with any more. */
  reason?: string
}

/**
 * @example
 *   const code = await runTemplatesTest({ sjablonen: 'mijn-sjablonen' }, terminal)
 */
export async function runTemplatesTest(flags: TemplatesTestFlags, terminal: Terminal, paths: TemplatesTestPaths = {}): Promise<ExitCode> {
  const root = paths.root ?? packageRoot
  const snapshots = paths.snapshots ?? testPaths(root).snapshots
  const override = flags.sjablonen === undefined ? {} : { templatesDir: flags.sjablonen }

  // The user's folder first: a misspelt file is reported once, not once per test dossier.
  const templates = loadTemplateSet(flags.sjablonen)
  if (!templates.templates) return printProblems(terminal, templates.problems)
  const dossiers = findTestDossiers(root)
  if (dossiers.length === 0) {
    return printProblems(terminal, [oogoError(ErrorCode.fileNotFound, 'load', 'Hier zijn geen testdossiers.', { file: shown(testPaths(root).fixtures) },
      '`oogo sjablonen test` werkt in een kopie van het project oogo (git clone), met samples/ en test/fixtures/.')])
  }

  const current = new Map<string, AssembledDocument[]>()
  const withDossierFaults: string[] = []
  const failed = new Map<string, OogoError[]>()
  for (const dossier of dossiers) {
    const loaded = loadProject({ dossier: shown(dossier.file), ...override })
    if (!loaded.project) {
      withDossierFaults.push(dossier.name)
      continue
    }
    const result = await assemble(loaded.project, { ...defaultOptions, documents: [...documentKinds], emit: 'text' })
    const errors = result.problems.filter((p) => p.severity === 'error')
    // A fault in the dossier makes it no test dossier; a fault in the templates (found by the
    // template check or while rendering) is what this command reports.
    const inTemplates = (p: OogoError) => p.code.startsWith('sjabloon/') || p.stage === 'render' || p.stage === 'parse' || p.stage === 'transform'
    if (errors.some((p) => !inTemplates(p))) withDossierFaults.push(dossier.name)
    else if (errors.length > 0) failed.set(dossier.name, errors)
    else current.set(dossier.name, result.documents.filter((d, i) => result.documents.findIndex((e) => e.kind === d.kind) === i))
  }

  const comparisons = compare(current, readStoredTexts(snapshots), snapshots, new Set(failed.keys()), new Set(dossiers.map((d) => d.name)))
  const count = (status: Status) => comparisons.filter((c) => c.status === status).length
  const out: string[] = []
  for (const c of comparisons) {
    const where = `${c.dossier}/${c.kind}`
    if (c.status === 'anders') out.push(`${paint(terminal, 'anders', yellow)}  ${where}  ${shown(c.file)}`, formatDiff(terminal, c), '')
    if (c.status === 'nieuw') out.push(`${paint(terminal, 'nieuw', yellow)}  ${where}  (nog geen opgeslagen tekst: ${shown(c.file)})`)
    if (c.status === 'verdwenen') out.push(`${paint(terminal, 'verdwenen', yellow)}  ${where}  ${shown(c.file)}: ${c.reason}`)
  }
  if (count('nieuw') + count('verdwenen') > 0) out.push('')
  terminal.write(out.join('\n'))

  for (const [dossier, errors] of failed) {
    terminal.writeError(`${paint(terminal, 'fout', red)} in de sjablonen bij testdossier ${dossier}:\n`)
    printProblems(terminal, errors, false)
    terminal.writeError('\n')
  }
  const total = comparisons.length
  const summary = `${current.size} ${current.size === 1 ? 'testdossier' : 'testdossiers'}, ${total - count('verdwenen')} documenten: ` +
    `${count('gelijk')} gelijk, ${count('anders')} anders, ${count('nieuw')} nieuw, ${count('verdwenen')} verdwenen` +
    (failed.size > 0 ? `; ${failed.size} ${failed.size === 1 ? 'testdossier' : 'testdossiers'} met een fout in de sjablonen` : '') + '.\n' +
    (withDossierFaults.length > 0 ? dim(terminal, `Niet gebruikt: ${withDossierFaults.length} testdossiers met fouten in het dossier zelf (zij testen de controle, niet de sjablonen).\n`) : '')
  terminal.write(summary)

  const differences = comparisons.filter((c) => c.status !== 'gelijk')
  const command = `oogo sjablonen test${flags.sjablonen === undefined ? '' : ` --sjablonen ${flags.sjablonen}`} --bijwerken`
  if (!flags.bijwerken) {
    if (differences.length > 0) terminal.write(`\nControleer de verschillen; accepteer de nieuwe tekst met \`${command}\`.\n`)
    else if (failed.size === 0) terminal.write(paint(terminal, 'Alle documenten zijn gelijk aan de opgeslagen tekst.\n', green))
    return differences.length > 0 || failed.size > 0 ? ExitCode.invalid : ExitCode.ok
  }
  if (failed.size > 0) {
    terminal.writeError('Er is niets bijgewerkt: herstel eerst de fouten in de sjablonen.\n')
    return ExitCode.invalid
  }
  return update(terminal, differences)
}

/** Every current document against its stored text, then the stored texts nothing matched. */
function compare(current: Map<string, AssembledDocument[]>, stored: StoredText[], dir: string, failed: Set<string>, known: Set<string>): Comparison[] {
  const byKey = new Map(stored.map((s) => [`${s.dossier}/${s.kind}`, s]))
  const comparisons: Comparison[] = []
  for (const [dossier, documents] of current) {
    for (const document of documents) {
      const key = `${dossier}/${document.kind}`
      const text = snapshotText(document)
      const previous = byKey.get(key)
      byKey.delete(key)
      const file = previous?.file ?? join(dir, dossier, `${document.kind}.md`)
      comparisons.push({ dossier, kind: document.kind, file, current: text, ...(previous ? { stored: previous.text, status: previous.text === text ? 'gelijk' : 'anders' } : { status: 'nieuw' }) })
    }
  }
  for (const s of byKey.values()) {
    if (failed.has(s.dossier)) continue // not compared: its template fault is reported instead
    const reason = !known.has(s.dossier) ? 'dit testdossier bestaat niet meer'
      : current.has(s.dossier) ? (documentKinds.includes(s.kind) ? 'het testdossier levert deze soort niet meer' : `\`${s.kind}\` is geen documentsoort`)
        : 'het testdossier heeft nu fouten in het dossier zelf'
    comparisons.push({ dossier: s.dossier, kind: s.kind, file: s.file, stored: s.text, status: 'verdwenen', reason })
  }
  return comparisons
}

/**
 * What is stored: the document's file name (which one of its kind it is), then its text, without
 * the template places of cross-references (otherwise one line added at the top of a template, or
 * the same text in an organisation's own folder, would change every reference below it).
 */
const snapshotText = (document: AssembledDocument) => `<!-- ${document.fileName} -->\n${withoutRefOrigins(document.text)}`

function update(terminal: Terminal, differences: readonly Comparison[]): ExitCode {
  if (differences.length === 0) {
    terminal.write('Niets bij te werken.\n')
    return ExitCode.ok
  }
  const written = writeTextFiles(differences.filter((c) => c.current !== undefined).map((c) => ({ path: c.file, text: c.current! })), { overwrite: true })
  const removed = written.problems.length > 0 ? { removed: [], problems: [] } : removeFiles(differences.filter((c) => c.status === 'verdwenen').map((c) => c.file))
  for (const c of differences) {
    const done = c.status === 'verdwenen' ? removed.removed.includes(c.file) : written.written.includes(c.file)
    if (done) terminal.write(`${c.status === 'nieuw' ? 'opgeslagen' : c.status === 'verdwenen' ? 'verwijderd' : 'bijgewerkt'}: ${shown(c.file)}\n`)
  }
  const problems = [...written.problems, ...removed.problems]
  if (problems.length > 0) return printProblems(terminal, problems)
  terminal.write(`${written.written.length + removed.removed.length} opgeslagen ${written.written.length + removed.removed.length === 1 ? 'tekst' : 'teksten'} bijgewerkt.\n`)
  return ExitCode.ok
}

/** A unified diff of the stored and the current text, with the changed words marked on a terminal. */
function formatDiff(terminal: Terminal, c: Comparison): string {
  const patch = structuredPatch(shown(c.file), 'nu', c.stored ?? '', c.current ?? '', undefined, undefined, { context: 3 })
  const lines = [paint(terminal, `--- opgeslagen  ${shown(c.file)}`, bold), paint(terminal, `+++ nu          ${c.dossier}/${c.kind} met de sjablonen van nu`, bold)]
  for (const hunk of patch.hunks) {
    lines.push(paint(terminal, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, cyan))
    const body = hunk.lines.filter((l) => !l.startsWith('\\'))
    for (let i = 0; i < body.length;) {
      if (body[i]!.startsWith(' ')) {
        lines.push(body[i++]!)
        continue
      }
      // A run of removed lines and the added lines after it: pair them up to mark the changed words.
      const removed: string[] = []
      const added: string[] = []
      while (i < body.length && body[i]!.startsWith('-')) removed.push(body[i++]!.slice(1))
      while (i < body.length && body[i]!.startsWith('+')) added.push(body[i++]!.slice(1))
      const paired = terminal.isTTY && removed.length === added.length
      removed.forEach((line, n) => lines.push(paint(terminal, '-' + (paired ? marked(line, added[n]!, 'removed') : line), red)))
      added.forEach((line, n) => lines.push(paint(terminal, '+' + (paired ? marked(removed[n]!, line, 'added') : line), green)))
    }
  }
  return lines.join('\n')
}

/** One side of a changed line with the words that differ in reverse video. */
function marked(before: string, after: string, side: 'removed' | 'added'): string {
  return diffWordsWithSpace(before, after)
    .filter((part) => (side === 'removed' ? !part.added : !part.removed))
    .map((part) => (part.added || part.removed ? `\x1b[7m${part.value}\x1b[27m` : part.value))
    .join('')
}

function printProblems(terminal: Terminal, problems: readonly OogoError[], summary = true): ExitCode {
  terminal.problems(problems, summary ? '.' : false)
  return exitCodeFor(problems)
}

/** A path as the user can open it from here: relative to the current folder when inside it. */
function shown(path: string): string {
  const fromHere = relative(resolve('.'), path)
  return fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere
}

const paint = (terminal: Terminal, text: string, colour: (text: string) => string) => (terminal.isTTY ? colour(text) : text)
const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
const bold = sgr(1, 22)
const red = sgr(31, 39)
const green = sgr(32, 39)
const yellow = sgr(33, 39)
const cyan = sgr(36, 39)
const dim = (terminal: Terminal, text: string) => paint(terminal, text, sgr(2, 22))
