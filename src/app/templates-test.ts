/**
 * `oogo sjablonen test [--sjablonen <map>] [--basislijn <map>] [--bijwerken]`: the template editors' golden test.
 *
 * Every document kind (the checklist too) of every test dossier shipped with oogo (data/testdossiers/) is filled in,
 * and the first document of each kind — the same choice as test/assemble/golden.test.ts — is compared with the text
 * stored in a baseline: `<basislijn>/<dossier>/<soort>.md`. The baseline of the built-in templates is the project's
 * `test/sjablonen/`; an organisation's templates (`--sjablonen <map>`) have their own, in `<map>/basislijn/` or the
 * folder `--basislijn` names, so each organisation keeps its own and the project's is never touched.
 *
 * A change is shown once per template: the diffs of the dossiers are grouped, and a diff that is the same for several
 * dossiers is shown once, with the dossiers it affects (coloured, with the changed words marked, only on a terminal).
 * `--bijwerken` stores the new texts. A template fault is a failure, reported once with the dossiers it shows in.
 * Nothing needs git or the project's tests: the command works in an installed oogo.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { structuredPatch } from 'diff'
import { assemble, type AssembledDocument } from '../assemble.ts'
import { documentKinds } from '../plan/index.ts'
import { ErrorCode, ExitCode, exitCodeFor, formatError, oogoError, type OogoError } from '../errors.ts'
import { loadProject, loadTemplateSet, packageRoot } from '../load/load-project.ts'
import { baselineFolderName, findTestDossiers, readStoredTexts, testPaths, type StoredText } from '../load/load-snapshots.ts'
import { defaultOptions } from '../options.ts'
import { removeFiles, writeTextFiles } from '../write/write-snapshots.ts'
import type { Terminal } from './terminal.ts'
import { dim, green, paint, red, unifiedDiff, yellow } from './text-diff.ts'
import { withoutRefOrigins } from '../model/anchors.ts'

export interface TemplatesTestFlags {
  bijwerken?: boolean
  sjablonen?: string
  /** The baseline folder; default `test/sjablonen/` of the package, or `<sjablonen>/basislijn/`. */
  basislijn?: string
}

/** Where the test dossiers are (`root`: a package root) and, for the built-in templates, the baseline. */
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

/** The same change to one template, seen in one or more test dossiers. */
interface ChangeGroup {
  kind: string
  status: 'anders' | 'nieuw'
  comparisons: Comparison[]
}

/**
 * @example
 *   const code = await runTemplatesTest({ sjablonen: 'mijn-sjablonen' }, terminal)
 */
export async function runTemplatesTest(flags: TemplatesTestFlags, terminal: Terminal, paths: TemplatesTestPaths = {}): Promise<ExitCode> {
  const root = paths.root ?? packageRoot
  const projectBaseline = paths.snapshots ?? testPaths(root).snapshots
  const own = flags.sjablonen !== undefined
  const baseline = resolve(flags.basislijn ?? (own ? join(flags.sjablonen!, baselineFolderName) : projectBaseline))
  if (own && [projectBaseline, testPaths(root).snapshots, testPaths(packageRoot).snapshots].some((p) => within(baseline, resolve(p)))) {
    return terminal.usageError(`--basislijn ${flags.basislijn ?? shown(baseline)}: dat is de basislijn van de sjablonen van oogo zelf (test/sjablonen/); ` +
      'eigen sjablonen hebben hun eigen basislijn.\n' +
      `    Laat --basislijn weg (de basislijn komt dan in ${join(flags.sjablonen!, baselineFolderName)}) of kies een andere map.`)
  }
  const override = own ? { templatesDir: flags.sjablonen! } : {}

  // The user's folder first: a misspelt file is reported once, not once per test dossier.
  const templates = loadTemplateSet(flags.sjablonen)
  if (!templates.templates) return printProblems(terminal, templates.problems)
  const dossiers = findTestDossiers(root)
  if (dossiers.length === 0) {
    return printProblems(terminal, [oogoError(ErrorCode.fileNotFound, 'load', 'De testdossiers van oogo ontbreken.', { file: shown(testPaths(root).dossiers) },
      'Ze horen bij het pakket (data/testdossiers/); installeer oogo opnieuw.')])
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

  const command = `oogo sjablonen test${own ? ` --sjablonen ${flags.sjablonen}` : ''}${flags.basislijn === undefined ? '' : ` --basislijn ${flags.basislijn}`} --bijwerken`
  printFaults(terminal, failed, dossiers.length)
  const stored = readStoredTexts(baseline)
  if (!stored.some(isStoredText) && !flags.bijwerken) return noBaseline(terminal, baseline, command, current, failed)

  const comparisons = compare(current, stored, baseline, new Set(failed.keys()), new Set(dossiers.map((d) => d.name)))
  const count = (status: Status) => comparisons.filter((c) => c.status === status).length
  const out: string[] = []
  for (const group of groupChanges(comparisons)) {
    if (group.status === 'anders') out.push(`${paint(terminal.isTTY, 'anders', yellow)}  ${group.kind}  ${affected(group)}`, formatDiff(terminal, group), '')
    else out.push(`${paint(terminal.isTTY, 'nieuw', yellow)}  ${group.kind}  ${affected(group)}  (nog geen tekst in de basislijn)`)
  }
  for (const c of comparisons.filter((c) => c.status === 'verdwenen')) {
    out.push(`${paint(terminal.isTTY, 'verdwenen', yellow)}  ${c.dossier}/${c.kind}  ${shown(c.file)}: ${c.reason}`)
  }
  if (count('nieuw') + count('verdwenen') > 0) out.push('')
  terminal.write(out.join('\n'))

  const total = comparisons.length
  const summary = `${current.size} ${current.size === 1 ? 'testdossier' : 'testdossiers'}, ${total - count('verdwenen')} documenten: ` +
    `${count('gelijk')} gelijk, ${count('anders')} anders, ${count('nieuw')} nieuw, ${count('verdwenen')} verdwenen` +
    (failed.size > 0 ? `; ${failed.size} ${failed.size === 1 ? 'testdossier' : 'testdossiers'} met een fout in de sjablonen` : '') + '.\n' +
    `Basislijn: ${shown(baseline)}\n` +
    (withDossierFaults.length > 0 ? paint(terminal.isTTY, `Niet gebruikt: ${withDossierFaults.length} ${withDossierFaults.length === 1 ? 'testdossier' : 'testdossiers'} met fouten in het dossier zelf (${withDossierFaults.join(', ')}).\n`, dim) : '')
  terminal.write(summary)

  const differences = comparisons.filter((c) => c.status !== 'gelijk')
  if (!flags.bijwerken) {
    if (differences.length > 0) terminal.write(`\nControleer de verschillen; neem de nieuwe tekst op in de basislijn met \`${command}\`.\n`)
    else if (failed.size === 0) terminal.write(paint(terminal.isTTY, 'Alle documenten zijn gelijk aan de basislijn.\n', green))
    return differences.length > 0 || failed.size > 0 ? ExitCode.invalid : ExitCode.ok
  }
  if (failed.size > 0) {
    terminal.writeError('Er is niets bijgewerkt: herstel eerst de fouten in de sjablonen.\n')
    return ExitCode.invalid
  }
  return update(terminal, differences)
}

/** The first run for a template folder: say what a baseline is and how to make one, instead of listing every document as new. */
function noBaseline(terminal: Terminal, baseline: string, command: string, current: Map<string, AssembledDocument[]>, failed: Map<string, OogoError[]>): ExitCode {
  const documents = [...current.values()].reduce((n, d) => n + d.length, 0)
  terminal.write(`Er is nog geen basislijn: ${shown(baseline)} bevat geen opgeslagen teksten.\n` +
    'De basislijn is de tekst die de sjablonen nu maken voor de testdossiers van oogo; elke volgende\n' +
    '`oogo sjablonen test` toont wat een wijziging in een sjabloon aan die tekst verandert.\n' +
    (failed.size > 0 ? 'Herstel eerst de fouten in de sjablonen hierboven. Daarna:\n' : '') +
    `Maak de basislijn met \`${command}\`: die slaat ${documents} ${documents === 1 ? 'document' : 'documenten'} van ` +
    `${current.size} ${current.size === 1 ? 'testdossier' : 'testdossiers'} op in ${shown(baseline)}.\n` +
    'Lees die teksten na voordat u ze als basislijn aanneemt, en bewaar de map bij uw sjablonen.\n')
  return ExitCode.invalid
}

/** Each template fault once, with the test dossiers it shows in (the same fault in every dossier is one fault). */
function printFaults(terminal: Terminal, failed: Map<string, OogoError[]>, all: number): void {
  const groups = new Map<string, { problem: OogoError; dossiers: string[] }>()
  for (const [dossier, errors] of failed) {
    for (const problem of errors) {
      const key = formatError(problem)
      const group = groups.get(key) ?? { problem, dossiers: [] }
      group.dossiers.push(dossier)
      groups.set(key, group)
    }
  }
  if (groups.size === 0) return
  const byDossiers = new Map<string, OogoError[]>()
  for (const { problem, dossiers } of groups.values()) {
    const key = dossiers.join(', ')
    byDossiers.set(key, [...(byDossiers.get(key) ?? []), problem])
  }
  for (const [dossiers, problems] of byDossiers) {
    const count = dossiers.split(', ').length
    const where = count === all && all > 1 ? `bij alle ${all} testdossiers` : count > 1 ? `bij de testdossiers ${dossiers}` : `bij testdossier ${dossiers}`
    terminal.writeError(`${paint(terminal.isTTY, 'fout', red)} in de sjablonen, ${where}:\n`)
    printProblems(terminal, problems, false)
    terminal.writeError('\n')
  }
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
    if (!isStoredText(s)) continue // a note of the editor's own: never reported, never removed
    const reason = !known.has(s.dossier) ? 'dit testdossier bestaat niet meer'
      : current.has(s.dossier) ? (documentKinds.includes(s.kind) ? 'het testdossier levert deze soort niet meer' : `\`${s.kind}\` is geen documentsoort`)
        : 'het testdossier heeft nu fouten in het dossier zelf'
    comparisons.push({ dossier: s.dossier, kind: s.kind, file: s.file, stored: s.text, status: 'verdwenen', reason })
  }
  return comparisons
}

/**
 * The changes per template, in the order of the document kinds: the new texts of a kind together, and the changed
 * ones grouped by their diff — the lines removed and added, not where in the document they are nor the dossier's own
 * text around them — so a change that reads the same in six dossiers is shown once.
 */
function groupChanges(comparisons: readonly Comparison[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>()
  for (const c of comparisons) {
    if (c.status !== 'anders' && c.status !== 'nieuw') continue
    const key = c.status === 'nieuw' ? `nieuw\0${c.kind}` : `anders\0${c.kind}\0${changedLines(c)}`
    const group = groups.get(key) ?? { kind: c.kind, status: c.status, comparisons: [] }
    group.comparisons.push(c)
    groups.set(key, group)
  }
  const rank = (kind: string) => (documentKinds.indexOf(kind) + documentKinds.length + 1) % (documentKinds.length + 1)
  return [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || (a.status === b.status ? 0 : a.status === 'anders' ? -1 : 1))
}

/** `bij voorbeeld`, or `bij 6 testdossiers: voorbeeld, escaping, …`. */
function affected(group: ChangeGroup): string {
  const names = group.comparisons.map((c) => c.dossier)
  return names.length === 1 ? `bij testdossier ${names[0]}` : `bij ${names.length} testdossiers: ${names.join(', ')}`
}

/**
 * What is stored: the document's file name (which one of its kind it is), then its text, without
 * the template places of cross-references (otherwise one line added at the top of a template, or
 * the same text in an organisation's own folder, would change every reference below it).
 */
const snapshotText = (document: AssembledDocument) => `<!-- ${document.fileName} -->\n${withoutRefOrigins(document.text)}`

/** Whether a file in the baseline folder is a stored text: it starts with the file name line `snapshotText` writes. */
const isStoredText = (s: StoredText) => s.text.startsWith('<!-- ')

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
  const n = written.written.length + removed.removed.length
  terminal.write(`${n} ${n === 1 ? 'tekst' : 'teksten'} in de basislijn bijgewerkt.\n`)
  return ExitCode.ok
}

/** The removed and added lines of a comparison's diff, hunk by hunk: what makes two dossiers' changes the same. */
const changedLines = (c: Comparison) => patchOf(c).hunks.map((h) => h.lines.filter((l) => l.startsWith('-') || l.startsWith('+')).join('\n')).join('\0')

const patchOf = (c: Comparison) => structuredPatch(c.file, 'nu', c.stored ?? '', c.current ?? '', undefined, undefined, { context: 3 })

/** A unified diff of the stored and the current text of a group's first dossier, with the changed words marked on a terminal. */
function formatDiff(terminal: Terminal, group: ChangeGroup): string {
  const first = group.comparisons[0]!
  const others = group.comparisons.length - 1
  return unifiedDiff(terminal.isTTY,
    `basislijn  ${shown(first.file)}${others > 0 ? ` (en ${others} ${others === 1 ? 'ander testdossier' : 'andere testdossiers'}: dezelfde wijziging)` : ''}`,
    `nu         ${group.kind} met de sjablonen van nu`, first.stored ?? '', first.current ?? '')
}

function printProblems(terminal: Terminal, problems: readonly OogoError[], summary = true): ExitCode {
  terminal.problems(problems, summary ? '.' : false)
  return exitCodeFor(problems)
}

/** Whether `path` is `folder` or inside it. */
const within = (path: string, folder: string) => path === folder || path.startsWith(folder + sep)

/** A path as the user can open it from here: relative to the current folder when inside it. */
function shown(path: string): string {
  const fromHere = relative(resolve('.'), path)
  return fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere
}
