/**
 * What `oogo checklist <dossier>` prints: per question of the checklist OOGO jeugd (Wegwijzer
 * §4.2) its status and what the dossier shows, wrapped for a terminal, then a count per status.
 */
import type { checklistView } from '../derive/checklist.ts'

const width = 100
const indent = '   '

export function formatChecklist(view: ReturnType<typeof checklistView>, file: string): string {
  const lines = [
    `Checklist OOGO jeugd — ${file}`,
    'Naar de checklist in de Wegwijzer OOGO jeugd (§4.2), die geen voorgeschreven format biedt.',
    'Geen officieel instrument: de status zegt alleen wat het dossier laat zien; ja alleen als het',
    'dossier het bewijst, en wat het dossier niet kan tonen, is met de hand na te gaan.',
  ]
  for (const item of view.items) {
    lines.push('', `${item.nummer}. ${item.titel} — ${item.status_tekst}`)
    for (const text of item.toelichting) lines.push(...wrap(text, `${indent}- `, `${indent}  `))
  }
  const { ja, deels, nee, onbekend } = view.samenvatting
  lines.push('', `${view.items.length} punten: ${ja} ja, ${deels} deels, ${nee} nee, ${onbekend} onbekend (met de hand nagaan)`)
  return lines.join('\n') + '\n'
}

/** Words onto lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = []
  let line = first
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? first : rest
    if (line !== prefix && line.length + 1 + word.length > width) {
      lines.push(line)
      line = rest + word
    } else {
      line += line === prefix ? word : ` ${word}`
    }
  }
  lines.push(line)
  return lines
}
