/**
 * Where the template code is in a template's text, and how Word's typing habits are undone inside it.
 *
 * Code is a Handlebars tag (`{{…}}`, `{{{…}}}`), a comment (`{{!-- … --}}`, `{{! … }}`) or an anchor (`{#id}`,
 * `{-}`). This reads template text, never XML. A tag is found the way Handlebars' lexer finds it: from `{{` to the
 * first `}}`, a long comment to the first `--}}`; a `\{{` is an escaped, literal brace pair.
 */

export interface CodeSpan {
  /** Offsets in the text, end exclusive. */
  start: number
  end: number
  kind: 'tag' | 'comment' | 'anchor'
}

/** A long comment's opener and closer, also as Word's autocorrect leaves them (`--` typed, `–` or `—` kept). */
const longCommentOpen = /^\{\{~?!(?:--|[\u2013\u2014])/
const longCommentClose = /(?:--|[\u2013\u2014])~?\}\}/g
const anchor = /\{(?:#[A-Za-z0-9_][A-Za-z0-9_-]*|-)\}/y

/** Every code span of `text`, in order, not overlapping. */
export function codeSpans(text: string): CodeSpan[] {
  const spans: CodeSpan[] = []
  let at = 0
  while (at < text.length) {
    const brace = text.indexOf('{', at)
    if (brace < 0) break
    if (text.startsWith('{{', brace) && text[brace - 1] !== '\\') {
      const end = tagEnd(text, brace)
      if (end === undefined) break // an unclosed tag: the template check reports it; the rest is text
      spans.push({ start: brace, end, kind: text[text[brace + 2] === '~' ? brace + 3 : brace + 2] === '!' ? 'comment' : 'tag' })
      at = end
      continue
    }
    anchor.lastIndex = brace
    const match = text[brace + 1] !== '{' ? anchor.exec(text) : null
    if (match) {
      spans.push({ start: brace, end: brace + match[0].length, kind: 'anchor' })
      at = brace + match[0].length
    } else {
      at = text.startsWith('{{', brace) ? brace + 2 : brace + 1
    }
  }
  return spans
}

/** Where the tag that opens at `start` ends (exclusive), or undefined when it does not close. */
function tagEnd(text: string, start: number): number | undefined {
  if (longCommentOpen.test(text.slice(start, start + 5))) {
    longCommentClose.lastIndex = start + 4
    const close = longCommentClose.exec(text)
    return close ? close.index + close[0].length : undefined
  }
  const close = text.indexOf('}}', start + 2)
  if (close < 0) return undefined
  return text[close + 2] === '}' && text[start + 2] === '{' ? close + 3 : close + 2
}

const singleQuotes = new Set(['\u2018', '\u2019', '\u201A', '\u201B'])
const doubleQuotes = new Set(['\u201C', '\u201D', '\u201E', '\u201F'])

/**
 * The text with what Word typed into template code undone: curly quotes that delimit a string in a tag become
 * straight (`{{ref ‘x’}}` → `{{ref 'x'}}`); a long comment's `{{!–` and `–}}` become `{{!--` and `--}}` again; a
 * non-breaking or soft hyphen in a tag becomes a plain one or goes. A curly quote inside a string that straight
 * quotes delimit (`{{opsomming x "’s"}}`) is text, and stays; text outside code is never touched.
 */
export function straightenCode(text: string): string {
  let out = ''
  let at = 0
  for (const span of codeSpans(text)) {
    out += text.slice(at, span.start)
    const code = text.slice(span.start, span.end)
    out += span.kind === 'tag' ? straightenTag(code) : span.kind === 'comment' ? straightenComment(code) : code
    at = span.end
  }
  return out + text.slice(at)
}

function straightenTag(tag: string): string {
  let out = ''
  // The string being read: its opening quote, and whether a curly quote of its kind may close it (it opened curly,
  // or no straight quote follows to close it: `'x’` was typed with one quote Word left alone).
  let open: { quote: "'" | '"'; curlyCloses: boolean } | undefined
  const chars = [...tag]
  chars.forEach((raw, i) => {
    // A non-breaking hyphen (Ctrl+Shift+-) is a plain one in code, in an id too; a soft hyphen is nothing.
    if (raw === '\u00AD') return
    const char = raw === '\u2011' ? '-' : raw
    const single = char === "'" || singleQuotes.has(char)
    const double = char === '"' || doubleQuotes.has(char)
    if (open) {
      const closes = open.quote === "'" ? (char === "'" || (open.curlyCloses && single)) : (char === '"' || (open.curlyCloses && double))
      if (closes) {
        out += open.quote
        open = undefined
      } else {
        out += char
      }
      return
    }
    if (single || double) {
      const quote = single ? "'" : '"'
      open = { quote, curlyCloses: char !== quote || !chars.slice(i + 1).includes(quote) }
      out += quote
    } else {
      out += char
    }
  })
  return out
}

function straightenComment(comment: string): string {
  return comment.replace(/^(\{\{~?!)[\u2013\u2014]/, '$1--').replace(/[\u2013\u2014](~?\}\})$/, '--$1')
}

/**
 * The nesting depth of blocks (`{{#if}}`, `{{#each}}`, …) at each line: how many blocks the line is inside. A line
 * that opens a block is outside it; the line that closes it is outside it too.
 */
export function blockDepths(text: string, lineStarts: readonly number[]): number[] {
  const events: { at: number; delta: number }[] = []
  for (const span of codeSpans(text)) {
    if (span.kind !== 'tag') continue
    const body = text.slice(span.start + 2, span.end).replace(/^[{~]/, '').trimStart()
    // `{{#…}}` (with `{{#>` and `{{#*inline}}`) and an inverse block `{{^x}}` open; a bare `{{^}}` is an else.
    if (body.startsWith('#') || /^\^\s*[^\s~}]/.test(body)) events.push({ at: span.end, delta: 1 })
    else if (body.startsWith('/')) events.push({ at: span.start, delta: -1 })
  }
  const depths: number[] = []
  let depth = 0
  let next = 0
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!
    const end = lineStarts[line + 1] ?? Infinity
    while (next < events.length && events[next]!.at <= start) depth = Math.max(0, depth + events[next++]!.delta)
    // Closing tags at the start of this line count already: `{{/if}}` is outside the block it closes.
    let lineDepth = depth
    let probe = next
    let running = depth
    while (probe < events.length && events[probe]!.at < end) {
      running = Math.max(0, running + events[probe]!.delta)
      lineDepth = Math.min(lineDepth, running)
      probe++
    }
    depths.push(lineDepth)
  }
  return depths
}
