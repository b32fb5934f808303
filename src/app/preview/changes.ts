/**
 * What changed between two versions of a document's reading text (html/plain-text.ts), for `voorbeeld --watch`: the
 * changed lines with the nearest line of text around them (cut short), each group under the article or heading it is in, removed lines with `-`
 * and added lines with `+` (red and green, the changed words marked, only on a terminal).
 *
 * @example
 *   describeChanges(before, after, false)
 *   // { count: 1, text: 'Artikel 9  Opzegging\n  …\n- 9.2  … drie maanden …\n+ 9.2  … zes maanden …\n' }
 */
import { diffWordsWithSpace, structuredPatch } from 'diff'
import type { ReadingText } from '../../html/plain-text.ts'

export interface Changes {
  /** The number of places that changed (hunks); 0 when the text is the same. */
  count: number
  /** The articles or headings where they are, in order, without repeats. */
  where: string[]
  text: string
}

export function describeChanges(before: ReadingText, after: ReadingText, colour: boolean): Changes {
  const patch = structuredPatch('voor', 'na', before.text, after.text, undefined, undefined, { context: 2 })
  const lines: string[] = []
  const where: string[] = []
  for (const hunk of patch.hunks) {
    const body = hunk.lines.filter((l) => !l.startsWith('\\'))
    const leading = body.findIndex((l) => !l.startsWith(' '))
    const firstChanged = hunk.newStart + Math.max(0, leading)
    const heading = [...after.headings].reverse().find((h) => h.line <= firstChanged)?.title ?? 'Begin van het document'
    if (!where.includes(heading)) where.push(heading)
    if (lines.length > 0) lines.push('')
    lines.push(paint(colour, `@@ ${heading}`, cyan))
    for (let i = 0; i < body.length;) {
      if (body[i]!.startsWith(' ')) {
        // Context, to see where: a blank line says nothing, and a long paragraph is cut short.
        const context = body[i++]!.slice(1)
        if (context.trim() !== '') lines.push(paint(colour, `  ${shortened(context)}`, dim))
        continue
      }
      // A run of removed lines and the added lines after it: paired up, the changed words are marked.
      const removed: string[] = []
      const added: string[] = []
      while (i < body.length && body[i]!.startsWith('-')) removed.push(body[i++]!.slice(1))
      while (i < body.length && body[i]!.startsWith('+')) added.push(body[i++]!.slice(1))
      const paired = colour && removed.length === added.length
      removed.forEach((line, n) => lines.push(paint(colour, `- ${paired ? marked(line, added[n]!, 'removed') : line}`, red)))
      added.forEach((line, n) => lines.push(paint(colour, `+ ${paired ? marked(removed[n]!, line, 'added') : line}`, green)))
    }
  }
  return { count: patch.hunks.length, where, text: lines.length > 0 ? lines.join('\n') + '\n' : '' }
}

/** A line of context as its first words: it only shows where the change is. */
function shortened(line: string): string {
  const characters = [...line]
  return characters.length <= contextWidth ? line : `${characters.slice(0, contextWidth - 1).join('').trimEnd()}…`
}

const contextWidth = 80

/** One side of a changed line with the words that differ in reverse video. */
function marked(before: string, after: string, side: 'removed' | 'added'): string {
  return diffWordsWithSpace(before, after)
    .filter((part) => (side === 'removed' ? !part.added : !part.removed))
    .map((part) => (part.added || part.removed ? `\x1b[7m${part.value}\x1b[27m` : part.value))
    .join('')
}

const paint = (colour: boolean, text: string, style: (text: string) => string) => (colour ? style(text) : text)
const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
const red = sgr(31, 39)
const green = sgr(32, 39)
const cyan = sgr(36, 39)
const dim = sgr(2, 22)
