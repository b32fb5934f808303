/**
 * One fuzz case, run in process, and the invariant it must keep: no input reaches an internal error.
 *
 * - nothing is thrown, and every problem has a code of the table in src/errors.ts (or a rule's);
 * - every error is located (a file with a line or a path) and reads as Dutch: no English runtime text, no
 *   `undefined`, `NaN` or `[object Object]` outside the quoted values;
 * - a run with an error produces nothing; a run without one produces text free of `undefined`, `NaN`,
 *   `[object Object]` and of Markdown residue (`**`, a backslash escape) that the dossier did not contain itself;
 * - warnings about one cause are aggregated (never more than `maxWarnings`), and a case ends within `maxMs`.
 */
import { assemble } from '../../src/assemble.ts'
import { ErrorCode, hasErrors, type OogoError } from '../../src/errors.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { defaultOptions, type AssembleOptions } from '../../src/options.ts'
import { checkTemplates } from '../../src/template-check/check-templates.ts'

/** A case's budget of processor time: 2 s, plus a little per document made (a thousand meetings make seven thousand). */
export const maxMs = 2_000
export const msPerDocument = 3
const cpuMs = (since: NodeJS.CpuUsage) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000 }
export const maxWarnings = 100

export interface Outcome {
  /** Invariants broken, each a short English line for the developer. */
  violations: string[]
  ms: number
  errors: number
  warnings: number
  documents: number
  /** The first thrown error, with its stack, when there was one. */
  thrown?: unknown
}

const codes: ReadonlySet<string> = new Set(Object.values(ErrorCode))
/** Words of runtime or library messages that must never reach a Dutch reader. */
const english = /\b(undefined|NaN|null is|is not|cannot|must|should|expected|property|properties|is not a function|object Object|Error|invalid)\b|\[object /i
const withoutQuotes = (text: string) => text.replace(/`[^`]*`/g, '`…`').replace(/"[^"]*"/g, '"…"').replace(/!!\S+/g, '!!…')

export function checkProblems(problems: readonly OogoError[], violations: string[]): void {
  for (const p of problems) {
    const where = `${p.place.file}:${p.place.line ?? '?'} ${p.code}`
    if (!codes.has(p.code) && !p.code.startsWith('regel/')) violations.push(`unknown code ${p.code}: ${p.message}`)
    if (!p.place.file) violations.push(`problem without a file: ${p.code} ${p.message}`)
    if (p.severity === 'error' && p.place.line === undefined && !p.place.path && p.code !== ErrorCode.unknownSelection) violations.push(`error without line or path: ${where} ${p.message}`)
    for (const text of [p.message, p.suggestion ?? '']) {
      if (english.test(withoutQuotes(text))) violations.push(`not Dutch: ${where}: ${text.slice(0, 300)}`)
      // The mutated dossiers never contain these words, so not even a quoted value may show them.
      // (The template check may say what a document would show: `het document zou "[object Object]" tonen`.)
      if (/\bundefined\b|\bNaN\b|\[object /.test(text.replaceAll('"[object Object]"', '"…"'))) violations.push(`undefined, NaN or [object …] in a message: ${where}: ${text.slice(0, 300)}`)
    }
    if (typeof p.message !== 'string' || p.message.trim() === '') violations.push(`empty message: ${where}`)
  }
}

/** Every text a reader sees in a document model. */
export function modelTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) modelTexts(item, out)
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>
    if (record.type === 'text' && typeof record.value === 'string') out.push(record.value)
    if (record.type === 'ref' && typeof record.text === 'string') out.push(record.text)
    if (record.type === 'document') {
      const meta = record.meta as Record<string, unknown>
      for (const key of ['title', 'subject', 'reference']) if (typeof meta[key] === 'string') out.push(meta[key] as string)
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'meta' && key !== 'position' && value && typeof value === 'object') modelTexts(value, out)
  }
  return out
}

/** A dossier through `assemble`, as `oogo genereer` runs it. */
export async function runDossier(file: string, text: string, options: Partial<AssembleOptions> = {}, templates?: TemplateSet): Promise<Outcome> {
  const violations: string[] = []
  const started = process.cpuUsage()
  let problems: OogoError[] = []
  let documents: { text: string; model: unknown }[] = []
  let thrown: unknown
  try {
    const read = sourceFromString(file, text)
    if (!read.source) problems = read.problems
    else {
      const loaded = projectFromText(read.source, templates)
      if (!loaded.project) problems = loaded.problems
      else {
        const result = await assemble(loaded.project, { ...defaultOptions, ...options })
        problems = result.problems
        documents = result.documents
      }
    }
  } catch (error) {
    thrown = error
    violations.push(`thrown: ${describeThrown(error)}`)
  }
  const ms = cpuMs(started)
  checkProblems(problems, violations)
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  if (hasErrors(problems) && documents.length > 0) violations.push(`${documents.length} documents made despite ${errors} errors`)
  if (warnings > maxWarnings) violations.push(`${warnings} warnings (at most ${maxWarnings})`)
  const budget = maxMs + msPerDocument * documents.length
  if (ms > budget) violations.push(`took ${Math.round(ms)} ms of processor time (at most ${budget})`)
  const has = (needle: string) => text.includes(needle)
  for (const document of documents) {
    const texts = modelTexts(document.model).join('\n')
    for (const token of ['undefined', 'NaN', '[object Object]']) {
      if (!has(token) && (texts.includes(token) || document.text.includes(token))) violations.push(`document text contains ${token}: …${around(texts.includes(token) ? texts : document.text, token)}…`)
    }
    if (!has('*') && texts.includes('**')) violations.push(`document text contains **: …${around(texts, '**')}…`)
    if (!has('\\') && texts.includes('\\')) violations.push(`document text contains a backslash: …${around(texts, '\\')}…`)
  }
  return { violations, ms, errors, warnings, documents: documents.length, ...(thrown !== undefined ? { thrown } : {}) }
}

/** A template set through the static check (`oogo sjablonen controleer`). */
export function runTemplates(templates: TemplateSet): Outcome {
  const violations: string[] = []
  const started = process.cpuUsage()
  let problems: OogoError[] = []
  let thrown: unknown
  try {
    problems = checkTemplates(templates)
  } catch (error) {
    thrown = error
    violations.push(`thrown: ${describeThrown(error)}`)
  }
  const ms = cpuMs(started)
  checkProblems(problems, violations)
  if (ms > maxMs) violations.push(`took ${Math.round(ms)} ms (at most ${maxMs})`)
  const errors = problems.filter((p) => p.severity === 'error').length
  return { violations, ms, errors, warnings: problems.length - errors, documents: 0, ...(thrown !== undefined ? { thrown } : {}) }
}

/** The message and the first frame in src/, where the fix belongs. */
function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const frame = error.stack?.split('\n').find((line) => line.includes('/src/'))?.replace(/^.*\/src\//, 'src/').replace(/\)$/, '')
  return `${error.message}${frame ? ` (${frame})` : ''}`
}

function around(text: string, token: string): string {
  const i = text.indexOf(token)
  return text.slice(Math.max(0, i - 40), i + token.length + 40).replace(/\n/g, ' ')
}
