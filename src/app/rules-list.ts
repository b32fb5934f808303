/**
 * `oogo regels`: every rule with its id, level, default severity and basis — as a terminal list,
 * or as the Markdown table that README.md carries (a test keeps the two in step).
 */
import { ExitCode } from '../errors.ts'
import { rules } from '../rules/index.ts'
import type { Terminal } from './terminal.ts'

const levels = { A: 'A (wet)', B: 'B (procedure)', C: 'C (praktijk)' } as const

export function rulesMarkdown(): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|')
  return [
    '| regel | niveau | standaard | wat | grondslag |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${levels[r.level]} | ${r.severity} | ${escape(r.title)} | ${escape(r.basis)} |`),
  ].join('\n') + '\n'
}

export function rulesText(): string {
  return rules.map((r) => `${r.id}  [${levels[r.level]}, ${r.severity}]\n    ${r.title}\n    grondslag: ${r.basis}`).join('\n') + '\n'
}

/** `oogo regels [--formaat tekst|markdown]`. */
export function runRules(flags: { formaat?: 'tekst' | 'markdown' }, terminal: Terminal): ExitCode {
  terminal.write(flags.formaat === 'markdown' ? rulesMarkdown() : rulesText())
  return ExitCode.ok
}
