/**
 * `oogo controleer <dossier…>`: every dossier against the schema, its references and the legal
 * and procedural rules; a Dutch report grouped by severity, or one JSON object for tooling.
 *
 * It judges a dossier as `oogo genereer` does: the same project configuration and house styles (a house style the
 * configuration names but that is missing is the same error), the same requirements of every document kind genereer
 * makes by default (the overeenkomst needs `dossier.ondertekening`), and the open markers of `oogo init` — here as
 * warnings, where a definitive document makes them errors.
 */
import { validate } from '../validate/index.ts'
import { ExitCode, exitCodeFor, hasErrors, type OogoError } from '../errors.ts'
import { loadSchema, projectFromText } from '../load/load-project.ts'
import { readSource } from '../load/read-source.ts'
import type { TemplateSet } from '../model/project.ts'
import { selectedKinds } from '../plan/index.ts'
import { loadSettings } from './project-settings.ts'
import type { Terminal } from './terminal.ts'

export interface CheckFlags { formaat?: 'tekst' | 'json'; streng?: boolean; config?: string }

interface FileResult { file: string; problems: OogoError[] }

/** controleer judges the dossier alone: it reads no templates (genereer and `oogo sjablonen controleer` check those). */
const noTemplates: TemplateSet = { documents: new Map(), partials: new Map() }

export async function runCheck(dossiers: readonly string[], flags: CheckFlags, terminal: Terminal): Promise<ExitCode> {
  // The one path genereer takes (settings.ts's assembleOptions): configuration, then the house styles it names — their
  // Word files read, so a missing one is the same error; the reader is loaded only when the configuration names any.
  const { settings, houseStyles: references = [], problems: configProblems } = loadSettings(flags.config)
  if (!settings) {
    terminal.problems(configProblems)
    return exitCodeFor(configProblems)
  }
  const houseStyles = references.length > 0 ? (await import('./settings.ts')).loadHouseStyles(undefined, references) : undefined
  const setupProblems = houseStyles?.problems ?? []
  if (hasErrors(setupProblems)) {
    terminal.problems(setupProblems)
    return exitCodeFor(setupProblems)
  }
  const request = {
    rules: settings,
    documents: selectedKinds([]),
    openMarkers: 'warning' as const,
    ...(houseStyles && houseStyles.municipalHouseStyles.size > 0 ? { municipalHouseStyles: houseStyles.municipalHouseStyles } : {}),
  }
  const results: FileResult[] = dossiers.map((file) => {
    const read = readSource(file)
    const loaded = read.source ? projectFromText(read.source, noTemplates, loadSchema()) : { problems: read.problems }
    return { file, problems: loaded.project ? validate(loaded.project, request) : loaded.problems }
  })
  if (setupProblems.length > 0) terminal.problems(setupProblems, false) // warnings about a house style (a logo oogo cannot take over)
  const all = [...setupProblems, ...results.flatMap((r) => r.problems)]
  terminal.write(flags.formaat === 'json' ? JSON.stringify(toJson(results), null, 2) + '\n' : toText(results))
  const code = exitCodeFor(all)
  if (code === ExitCode.ok && flags.streng && all.some((p) => p.severity === 'warning')) return ExitCode.invalid
  return code
}

/** The JSON report (schemas/controle-rapport.schema.json): English keys, for tooling. */
export function toJson(results: readonly FileResult[]) {
  const count = (severity: string) => results.reduce((n, r) => n + r.problems.filter((p) => p.severity === severity).length, 0)
  return {
    files: results.map(({ file, problems }) => ({
      file,
      findings: problems.map((p) => ({
        rule: p.rule?.id ?? p.code,
        level: p.rule?.level ?? null,
        severity: p.severity,
        message: p.message,
        basis: p.rule?.basis ?? null,
        location: { file: p.place.file, line: p.place.line ?? null, column: p.place.column ?? null, path: p.place.path ?? null },
        ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      })),
    })),
    summary: { files: results.length, errors: count('error'), warnings: count('warning') },
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function toText(results: readonly FileResult[]): string {
  const lines: string[] = []
  for (const { file, problems } of results) {
    const errors = problems.filter((p) => p.severity === 'error')
    const warnings = problems.filter((p) => p.severity === 'warning')
    if (problems.length === 0) {
      lines.push(`${file}: in orde (geen fouten of waarschuwingen)`, '')
      continue
    }
    lines.push(file)
    for (const [title, group] of [['Fouten', errors], ['Waarschuwingen', warnings]] as const) {
      if (group.length === 0) continue
      lines.push(`  ${title} (${group.length})`)
      for (const p of group) {
        const { line, column, path } = p.place
        lines.push(`    ${p.rule?.id ?? p.code}  ${p.message}`)
        if (p.rule) lines.push(`        grondslag: ${p.rule.basis}`)
        lines.push(`        plaats:    ${p.place.file}${line ? `:${line}:${column ?? 1}` : ''}${path ? `  ${path}` : ''}`)
        if (p.suggestion) lines.push(`        suggestie: ${p.suggestion}`)
      }
    }
    lines.push('')
  }
  const errors = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0)
  const warnings = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0)
  lines.push(`Samenvatting: ${plural(results.length, 'dossier', 'dossiers')}, ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}.`)
  return lines.join('\n') + '\n'
}
