/**
 * The faults of the last run as a banner at the top of the page: one line per problem, errors first as the terminal
 * sorts them, each with its Dutch message, its place (template or dossier, line and column), its code and the
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
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const counts = [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''].filter(Boolean).join(', ')
  const state = errors === 0 ? '' : !shown ? ' — het document kan niet worden gemaakt.' : stale ? ' — het document kan nu niet worden gemaakt; hieronder staat de laatste versie die wel lukte.' : ''
  const items = problems.map((p) => {
    const { file, line, column, path } = p.place
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`
    return `<li class="${p.severity === 'error' ? 'fout' : 'waarschuwing'}">` +
      `<span class="plaats">${escapeHtml(where)}${path ? ` <span class="pad">${escapeHtml(path)}</span>` : ''}</span> ` +
      `<span class="melding">${p.severity === 'warning' ? 'waarschuwing: ' : ''}${escapeHtml(p.message)}</span> ` +
      `<span class="code">[${escapeHtml(p.rule?.id ?? p.code)}]</span>` +
      (p.suggestion ? `<div class="advies">${escapeHtml(p.suggestion)}</div>` : '') + '</li>'
  })
  // Warnings alone do not stop the document: they stay folded, one click away.
  if (errors === 0) return `<details><summary class="melding-kop">${escapeHtml(counts)}</summary><ul>${items.join('')}</ul></details>`
  return `<div class="melding-kop">${escapeHtml(counts)}${escapeHtml(state)}</div><ul>${items.join('')}</ul>`
}
