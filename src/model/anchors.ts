/**
 * The anchor syntax of the templates, in one place: how an article or lid gets an id, and how a cross-reference to
 * it travels from the template through the rendered text to the model.
 *
 * - `## Titel {#id}` starts a numbered article with an id; `## Titel {-}` (or `{.unnumbered}`) an unnumbered heading.
 * - A list item that starts with `{#id}` is a referable lid.
 * - `{{ref 'id'}}` renders as an internal link whose title records the template place:
 *   `[](#geschillen "templates/overeenkomst.md.hbs:60:95")`; `transform/resolve-refs` replaces it by the number.
 *
 * Ids are lower-case letters and digits in words joined by single dashes.
 *
 * @example
 *   encodeRef('geschillen', 'templates/overeenkomst.md.hbs:60:95') // '[](#geschillen "templates/overeenkomst.md.hbs:60:95")'
 *   decodeRefOrigin('templates/overeenkomst.md.hbs:60:95')       // { file: 'templates/overeenkomst.md.hbs', line: 60, column: 95 }
 */

const id = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** An anchor id as a whole string. */
export const anchorIdPattern = new RegExp(`^${id}$`)

/** The attribute at the end of a heading's text: `{#id}`, `{-}` or `{.unnumbered}` (not when escaped). Group 1: `#id`, `-` or `.unnumbered`. */
export const headingAttribute = new RegExp(`\\s*(?<!\\\\)\\{(#${id}|-|\\.unnumbered)\\}\\s*$`)

/** A whole heading line of a template that defines an id. Group 1: the id. */
export const headingAnchorLine = new RegExp(`^#{1,6}\\s.*?(?<!\\\\)\\{#(${id})\\}\\s*$`)

/** A list item line that starts with `{#id}`. Group 1: the id. */
export const itemAnchor = new RegExp(`^\\s*(?:[-+*]|\\d+[.)])\\s+\\{#(${id})\\}`)

export const isAnchorId = (value: string): boolean => anchorIdPattern.test(value)

/** The ids that the lines of a template define (`## Titel {#id}`, `1. {#id} …`). */
export function anchorsDefined(text: string): Set<string> {
  const anchors = new Set<string>()
  for (const line of text.split('\n')) {
    const match = headingAnchorLine.exec(line) ?? itemAnchor.exec(line)
    if (match) anchors.add(match[1]!)
  }
  return anchors
}

/** The rendered form of `{{ref 'id'}}`: an internal link without text, its title the template place. */
export const encodeRef = (target: string, origin: string): string => `[](#${target} "${origin}")`

/** A place recorded by `encodeRef` (`file:line:column`), or undefined when the text is no such place. */
export function decodeRefOrigin(origin: string | undefined): { file: string; line: number; column: number } | undefined {
  const match = origin ? /^(.*):(\d+):(\d+)$/.exec(origin) : null
  return match ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) } : undefined
}

/**
 * The rendered text without the template places that `encodeRef` records: those are for error messages, and they
 * change with every line added above them or a template's folder. What remains, `[](#geschillen)`, still shows which
 * article is meant.
 */
export function withoutRefOrigins(text: string): string {
  return text.replace(new RegExp(`\\[\\]\\(#(${id}) "[^"\\n]*"\\)`, 'g'), '[](#$1)')
}
