/**
 * What changed between two versions of a document's reading text (html/plain-text.ts), for `voorbeeld --watch`: the
 * changed lines with the nearest line of text around them (cut short), each group under the article or heading it is in, removed lines with `-`
 * and added lines with `+` (red and green, the changed words marked, only on a terminal).
 *
 * @example
 *   describeChanges(before, after, false)
 *   // { count: 1, text: 'Artikel 9  Opzegging\n  …\n- 9.2  … drie maanden …\n+ 9.2  … zes maanden …\n' }
 */
import { structuredPatch } from 'diff'
import type { ReadingText } from '../../html/plain-text.ts'
import { changedLines, cyan, dim, paint } from '../text-diff.ts'

export interface Changes {
  /** The number of places that changed (each under its own heading); 0 when the text is the same. */
  count: number
  /** The articles or headings where they are, in order, without repeats. */
  where: string[]
  text: string
}

export function describeChanges(before: ReadingText, after: ReadingText, colour: boolean): Changes {
  const patch = structuredPatch('voor', 'na', before.text, after.text, undefined, undefined, { context: contextLines })
  const lines: string[] = []
  const where: string[] = []
  let places = 0
  /** The heading (article) the line `line` of the new text is under. */
  const headingLines = new Set(after.headings.map((h) => h.line))
  const headingAt = (line: number) => [...after.headings].reverse().find((h) => h.line <= line)?.title ?? 'Begin van het document'
  for (const hunk of patch.hunks) {
    const body = hunk.lines.filter((l) => !l.startsWith('\\'))
    let newLine = hunk.newStart
    let current: string | undefined
    /** Context before the next change, and how many lines of context the last change has had after it. */
    let pending: string[] = []
    let trailing = contextLines
    for (let i = 0; i < body.length;) {
      if (body[i]!.startsWith(' ')) {
        // Context, to see where: a blank line or a heading's rule says nothing, and a long paragraph is cut short.
        const context = body[i++]!.slice(1)
        if (headingLines.has(newLine++)) {
          // A heading ends the context of the change above it, and the header of the next change names it.
          trailing = contextLines
          pending = []
          continue
        }
        if (/^[\s─═]*$/.test(context)) continue
        const shown = paint(colour, `  ${shortened(context)}`, dim)
        if (trailing < contextLines) {
          lines.push(shown)
          trailing++
        } else {
          pending = [...pending, shown].slice(-contextLines)
        }
        continue
      }
      // A run of removed lines and the added lines after it: paired up, the changed words are marked.
      const removed: string[] = []
      const added: string[] = []
      const heading = headingAt(newLine)
      while (i < body.length && body[i]!.startsWith('-')) removed.push(body[i++]!.slice(1))
      while (i < body.length && body[i]!.startsWith('+')) added.push(body[i++]!.slice(1))
      newLine += added.length
      // The blank lines between paragraphs come and go with them: not worth a line of their own.
      if ([...removed, ...added].some((line) => line.trim() !== '')) {
        for (const side of [removed, added]) side.splice(0, side.length, ...side.filter((line) => line.trim() !== ''))
      }
      if (heading !== current) {
        // Every place under the article it is in.
        if (lines.length > 0) lines.push('')
        lines.push(paint(colour, `@@ ${heading}`, cyan))
        if (!where.includes(heading)) where.push(heading)
        current = heading
        places++
      }
      lines.push(...pending)
      pending = []
      trailing = 0
      lines.push(...changedLines(colour, removed, added, ' '))
    }
  }
  return { count: places, where, text: lines.length > 0 ? lines.join('\n') + '\n' : '' }
}

/** Lines of text around a change. */
const contextLines = 2

/** A line of context as its first words: it only shows where the change is. */
function shortened(line: string): string {
  const characters = [...line]
  return characters.length <= contextWidth ? line : `${characters.slice(0, contextWidth - 1).join('').trimEnd()}…`
}

const contextWidth = 80
