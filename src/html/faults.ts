/**
 * The faults of the last run as a banner at the top of the page: one line per problem, the errors first and the
 * warnings folded below them, each in the order the terminal sorts them, each with its Dutch message, its place (template or dossier, line and column), its code and the
 * suggestion. When the document could not be made, the banner says that what is shown is the last version that could.
 */
import type { OogoError } from '../errors.ts'
import { escapeHtml } from './escape.ts'

export interface FaultsView {
  problems: readonly OogoError[]
  /** Whether the document below is an older version, because this run made none. */
  stale: boolean
  /** Whether there is any document below at all. */
  shown: boolean
  /** A fault in oogo itself (a bug, not the user's), its message. */
  internal?: string
  /** Why there is nothing to show while nothing is wrong ("Geen verzoek om te tonen: …"). */
  notice?: string
}

export function faultsHtml({ problems, stale, shown, internal, notice }: FaultsView): string {
  if (notice !== undefined && problems.length === 0) return `<div class="melding-kop">${escapeHtml(notice)}</div>`
  if (internal !== undefined) {
    return `<div class="melding-kop">Interne fout in oogo: ${escapeHtml(internal)}</div>` +
      '<ul><li class="fout">Dit is een fout in oogo, niet in uw dossier of sjabloon. Meld het alstublieft, met het dossier en deze melding.' +
      `${shown ? ' Hieronder staat de laatste versie die wel lukte.' : ''}</li></ul>`
  }
  if (problems.length === 0) return ''
  const errors = problems.filter((p) => p.severity === 'error')
  const warnings = problems.filter((p) => p.severity !== 'error')
  const counted = (n: number, one: string, more: string) => (n === 0 ? '' : `${n} ${n === 1 ? one : more}`)
  const counts = [counted(errors.length, 'fout', 'fouten'), counted(warnings.length, 'waarschuwing', 'waarschuwingen')].filter(Boolean).join(', ')
  // Warnings do not stop the document: they stay folded, one click away, below the errors.
  const folded = warnings.length === 0 ? ''
    : `<details><summary class="melding-kop">${escapeHtml(counted(warnings.length, 'waarschuwing', 'waarschuwingen'))}</summary><ul>${warnings.map(item).join('')}</ul></details>`
  if (errors.length === 0) return folded
  const state = !shown ? ' — het document kan niet worden gemaakt.' : stale ? ' — het document kan nu niet worden gemaakt; hieronder staat de laatste versie die wel lukte.' : ''
  return `<div class="melding-kop">${escapeHtml(counts)}${escapeHtml(state)}</div><ul>${errors.map(item).join('')}</ul>${folded}`
}

/** One problem: its place (file:line:column and the path in the dossier), its message, its code, the suggestion. */
function item(p: OogoError): string {
  const { file, line, column, path } = p.place
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`
  return `<li class="${p.severity === 'error' ? 'fout' : 'waarschuwing'}">` +
    `<span class="plaats">${escapeHtml(where)}${path ? ` <span class="pad">${escapeHtml(path)}</span>` : ''}</span> ` +
    `<span class="melding">${p.severity === 'warning' ? 'waarschuwing: ' : ''}${escapeHtml(p.message)}</span> ` +
    `<span class="code">[${escapeHtml(p.rule?.id ?? p.code)}]</span>` +
    (p.suggestion ? `<div class="advies">${escapeHtml(p.suggestion)}</div>` : '') + '</li>'
}
