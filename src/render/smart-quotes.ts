/**
 * Word types curly quotes (‘ ’ “ ” ‚ „) where the editor typed straight ones, also inside `{{…}}`:
 * `{{ref ‘wijziging’}}`. Handlebars reads a curly quote as part of a field name, so that call looked up
 * a field `‘wijziging’`. Inside a mustache, outside a string literal, a curly quote can only have been
 * meant as a straight one, so it is straightened here — in one place, used by both the static check
 * (template-errors.ts `parseTemplate`) and the renderer (environment.ts), so the two always agree.
 *
 * Safe by construction: text outside `{{…}}` keeps its typography, as does a curly quote inside a
 * string literal (`{{aanvullen "de ‘datum’"}}`); a literal opened with a curly quote is closed by the
 * next closing quote of its kind, and left as it is when it contains the straight quote it would get
 * (`‘it's’`: straightening would end the literal early). Every replacement is one character for one,
 * so every line and column stays where it was.
 */

const opening: Record<string, { straight: string; closers: string }> = {
  '‘': { straight: "'", closers: '’‘' },
  '‚': { straight: "'", closers: '’‘' },
  '’': { straight: "'", closers: '’' },
  '“': { straight: '"', closers: '”“' },
  '„': { straight: '"', closers: '”“' },
  '”': { straight: '"', closers: '”' },
}

/** Is there a curly quote in the text at all (the common case is not, and costs one scan)? */
const anyCurly = /[‘’‚“”„]/

/** The template text with the curly quotes inside its mustaches straightened; the same text when there are none. */
export function straightenQuotes(text: string): string {
  if (!anyCurly.test(text)) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const start = text.indexOf('{{', i)
    if (start < 0) break
    const escaped = start > 0 && text[start - 1] === '\\' && !(start > 1 && text[start - 2] === '\\')
    if (escaped || text.startsWith('{{!', start) || text.startsWith('{{~!', start)) {
      // An escaped mustache is text; a comment is left alone up to its end.
      const long = !escaped && text.startsWith('--', start + (text[start + 2] === '~' ? 4 : 3))
      const close = long ? text.indexOf('--', start + 5) : start
      const after = close < 0 ? -1 : text.indexOf('}}', close)
      const next = after < 0 ? text.length : after + 2
      out += text.slice(i, next)
      i = next
      continue
    }
    const close = text.indexOf('}}', start + 2)
    const end = close < 0 ? text.length : close
    out += text.slice(i, start) + straightenInside(text.slice(start, end))
    i = end
  }
  return out + text.slice(i)
}

/** One mustache's text from `{{` up to (not including) its `}}`. */
function straightenInside(mustache: string): string {
  if (!anyCurly.test(mustache)) return mustache
  let out = ''
  let i = 0
  while (i < mustache.length) {
    const char = mustache[i]!
    if (char === '"' || char === "'") {
      // A straight literal: copied as it is, curly quotes inside included.
      const end = mustache.indexOf(char, i + 1)
      const next = end < 0 ? mustache.length : end + 1
      out += mustache.slice(i, next)
      i = next
      continue
    }
    const open = opening[char]
    if (!open) {
      out += char
      i += 1
      continue
    }
    let end = -1
    for (let j = i + 1; j < mustache.length; j++) {
      if (open.closers.includes(mustache[j]!)) { end = j; break }
    }
    const content = end < 0 ? '' : mustache.slice(i + 1, end)
    if (end < 0 || content.includes(open.straight)) {
      // Unpaired, or not straightenable: left for the check to report.
      out += char
      i += 1
      continue
    }
    out += open.straight + content + open.straight
    i = end + 1
  }
  return out
}

/** Does the text of one `{{…}}` (or a name in it) still hold a curly quote after straightening? */
export const hasCurlyQuote = (text: string): boolean => anyCurly.test(text)
