/**
 * Writes a styles part with some styles under other ids: an edit of the text, not a re-serialisation, so every byte
 * that is not a renamed id stays as the house wrote it. Reading the styles is styles.ts's job; this only edits.
 */

export interface StyleEdits {
  /** Old id → new id, for the style's own `w:styleId` and for `w:basedOn`, `w:next` and `w:link` that name it. */
  renames: ReadonlyMap<string, string>
  /** Styles left out, by their position among the file's `<w:style>` elements (as `readStyleSheet` lists them). */
  dropped: ReadonlySet<number>
}

// A whole `<w:style>` element; a self-closing one counts too, so positions match the styles readStyleSheet lists.
const STYLE = /<w:style\b[^>]*\/>|<w:style\b[^>]*>[\s\S]*?<\/w:style>/g
const OWN_ID = /(<w:style\b[^>]*?\sw:styleId=")([^"]*)(")/
const REFERENCE = /(<w:(?:basedOn|next|link)\b[^>]*?\sw:val=")([^"]*)(")/g
// Numbering does not come across (the house's numbering.xml is not copied): a `w:numPr` would point at a list of
// ours, or at none.
const NUMBERING = /<w:numPr\b[^>]*\/>|<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/g

/** `stylesXml` with `edits` applied and every style's `w:numPr` dropped. */
export function renameStyles(stylesXml: string, edits: StyleEdits): string {
  let index = 0
  const renamed = (_m: string, a: string, raw: string, z: string) => {
    const id = unescapeAttribute(raw)
    return a + (edits.renames.get(id) ?? raw) + z // new ids are plain ASCII letters and digits
  }
  return stylesXml.replace(STYLE, (element) => {
    if (edits.dropped.has(index++)) return ''
    return element.replace(OWN_ID, renamed).replace(REFERENCE, renamed).replace(NUMBERING, '')
  })
}

const unescapeAttribute = (value: string) => value.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
