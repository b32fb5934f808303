/**
 * The one table both directions of the Word round trip share: each kind of template line, the Word paragraph style
 * that stands for it and the literal prefix the style replaces. A template line is always `prefix + text`, and the
 * paragraph holds only `text`; reading back puts the style's prefix in front again. So the mapping is lossless by
 * construction: whatever a style cannot express exactly stays literal text in a style whose prefix is empty.
 *
 * Styles are found back by their name (`w:name`), never by their id: LibreOffice rewrites style ids when it saves.
 */

export type LineKind = 'titel' | 'artikel' | 'kop' | 'tussenkop' | 'lid' | 'onderdeel' | 'opsomming' | 'vervolg' | 'tabel' | 'code' | 'tekst'

export interface LineStyle {
  kind: LineKind
  /** The w:styleId written (LibreOffice may change it; it is not read back). */
  id: string
  /** The style name Word shows, and what reading back matches on. */
  name: string
  /** What the style stands for at the start of the template line. */
  prefix: string
}

/** In the order lines are classified: the first whose prefix fits wins (`   - ` before `   `). */
export const lineStyles: readonly LineStyle[] = [
  { kind: 'titel', id: 'OogoTitel', name: 'Oogo Titel', prefix: '# ' },
  { kind: 'artikel', id: 'OogoArtikel', name: 'Oogo Artikel', prefix: '## ' },
  { kind: 'kop', id: 'OogoKop', name: 'Oogo Kop', prefix: '### ' },
  { kind: 'tussenkop', id: 'OogoTussenkop', name: 'Oogo Tussenkop', prefix: '#### ' },
  { kind: 'lid', id: 'OogoLid', name: 'Oogo Lid', prefix: '1. ' },
  { kind: 'onderdeel', id: 'OogoOnderdeel', name: 'Oogo Onderdeel', prefix: '   - ' },
  { kind: 'opsomming', id: 'OogoOpsomming', name: 'Oogo Opsomming', prefix: '- ' },
  { kind: 'vervolg', id: 'OogoVervolg', name: 'Oogo Vervolg', prefix: '   ' },
  { kind: 'tabel', id: 'OogoTabelregel', name: 'Oogo Tabelregel', prefix: '' },
  { kind: 'code', id: 'OogoSjabloonregel', name: 'Oogo Sjabloonregel', prefix: '' },
  { kind: 'tekst', id: 'OogoTekst', name: 'Oogo Tekst', prefix: '' },
]

/** The paragraphs of the legend at the top: shown to the editor, skipped when reading back. */
export const legendStyle = { id: 'OogoToelichting', name: 'Oogo Toelichting' } as const

/** The character style of template code: `{{…}}` tags, comments and `{#id}` anchors. */
export const codeStyle = { id: 'OogoSjablooncode', name: 'Oogo Sjablooncode' } as const

export const styleOfKind = (kind: LineKind): LineStyle => lineStyles.find((s) => s.kind === kind)!

/**
 * The style of a paragraph: oogo's own by name (by id only when the document has no style names at all), or one of
 * Word's built-in styles an editor may reach for (`Heading 2` for a new article, `List Bullet`); undefined for any
 * other style (Word's "Normal", …), whose text is literal. Word's "Kop 3" (`heading 3`) stays `###`, as before `####`
 * existed; "Kop 4" (`heading 4`) is `####`.
 */
export function paragraphStyle(name: string | undefined, id: string | undefined): LineStyle | undefined {
  if (name === undefined) return lineStyles.find((s) => s.id === id)
  const own = lineStyles.find((s) => s.name === name)
  if (own) return own
  const builtIn = wordStyles[name.toLowerCase()]
  return builtIn === undefined ? undefined : styleOfKind(builtIn)
}

/** Word's and LibreOffice's built-in styles (as named in styles.xml, in any case) that have a line kind. */
const wordStyles: Record<string, LineKind> = {
  'title': 'titel', 'heading 1': 'artikel', 'heading 2': 'artikel', 'heading 3': 'kop', 'heading 4': 'tussenkop',
  'list number': 'lid', 'list bullet': 'opsomming', 'list bullet 2': 'onderdeel', 'list number 2': 'onderdeel',
}

/**
 * Custom document properties (docProps/custom.xml): they survive saving in Word and in LibreOffice, so the document
 * knows which template it is, and how the template's lines ended.
 */
export const property = {
  /** `overeenkomst` or `partials/ondertekening`. */
  template: 'oogo-sjabloon',
  /** `LF` or `CRLF`. */
  lineEnd: 'oogo-regeleinde',
  /** `ja` when the template text ends with a line end, else `nee`. */
  finalLineEnd: 'oogo-slotregeleinde',
  /** The SHA-256 of the template text that was written, to tell whether the file changed since. */
  sha256: 'oogo-sjabloon-sha256',
} as const
