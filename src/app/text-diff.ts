/**
 * A change between two texts as the commands show it (van-word, sjablonen test, voorbeeld --watch): a unified diff
 * whose changed lines, paired up, have the words that differ in reverse video, and the terminal colours (SGR) and
 * status-line clock the commands share.
 * Colour only on a terminal; piped output stays plain.
 */
import { diffWordsWithSpace, structuredPatch } from 'diff'

export const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
export const bold = sgr(1, 22)
export const dim = sgr(2, 22)
export const red = sgr(31, 39)
export const green = sgr(32, 39)
export const yellow = sgr(33, 39)
export const cyan = sgr(36, 39)

export const paint = (colour: boolean, text: string, style: (text: string) => string) => (colour ? style(text) : text)

/** The time of day (local, HH:MM:SS) for the status line of a watch. */
export const clock = () => new Date().toTimeString().slice(0, 8)

/** One side of a changed line with the words that differ in reverse video. */
export function markedWords(before: string, after: string, side: 'removed' | 'added'): string {
  return diffWordsWithSpace(before, after)
    .filter((part) => (side === 'removed' ? !part.added : !part.removed))
    .map((part) => (part.added || part.removed ? `\x1b[7m${part.value}\x1b[27m` : part.value))
    .join('')
}

/**
 * `before` → `after` as a unified diff (3 lines of context) under the two header lines `old` and `now` (without the
 * `--- `/`+++ ` they get here).
 *
 * @example
 *   unifiedDiff(false, 'templates/overeenkomst.md.hbs', 'mijn-sjablonen/overeenkomst.md.hbs', before, after)
 */
export function unifiedDiff(colour: boolean, old: string, now: string, before: string, after: string): string {
  const lines = [paint(colour, `--- ${old}`, bold), paint(colour, `+++ ${now}`, bold)]
  for (const hunk of structuredPatch(old, now, before, after, undefined, undefined, { context: 3 }).hunks) {
    lines.push(paint(colour, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, cyan))
    const body = hunk.lines.filter((l) => !l.startsWith('\\'))
    for (let i = 0; i < body.length;) {
      if (body[i]!.startsWith(' ')) {
        lines.push(body[i++]!)
        continue
      }
      // A run of removed lines and the added lines after it: paired up, the changed words are marked.
      const removed: string[] = []
      const added: string[] = []
      while (i < body.length && body[i]!.startsWith('-')) removed.push(body[i++]!.slice(1))
      while (i < body.length && body[i]!.startsWith('+')) added.push(body[i++]!.slice(1))
      lines.push(...changedLines(colour, removed, added))
    }
  }
  return lines.join('\n')
}

/**
 * A run of removed lines and the added lines after it, as `-`/`+` lines (`gap` after the sign); paired up one to one,
 * the words that differ are marked on a terminal.
 */
export function changedLines(colour: boolean, removed: readonly string[], added: readonly string[], gap = ''): string[] {
  const paired = colour && removed.length === added.length
  return [
    ...removed.map((line, n) => paint(colour, `-${gap}${paired ? markedWords(line, added[n]!, 'removed') : line}`, red)),
    ...added.map((line, n) => paint(colour, `+${gap}${paired ? markedWords(removed[n]!, line, 'added') : line}`, green)),
  ]
}
