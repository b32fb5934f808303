/**
 * How the page approximates the Word document: fonts, sizes, colours and alignment of the styles the document uses,
 * the page's width and margins, and the house's logo. app/ fills it from the house style (or oogo's own style);
 * `lookCss` turns it into the page's style sheet. Everything here comes from a document a user gave, so every value
 * is checked before it enters CSS: a font name keeps only letters, digits, spaces and dashes, a colour is six hex
 * digits, a number is a finite number.
 */

export interface TextLook {
  /** The font family as Word names it ("Calibri", "Arial"). */
  font?: string
  /** In points. */
  size?: number
  /** Six hex digits, without `#`. */
  color?: string
  bold?: boolean
  italic?: boolean
  align?: 'left' | 'center' | 'right' | 'justify'
  /** Space above and below, in points. */
  before?: number
  after?: number
}

export interface PageLook {
  /** "Standaard" / Normal: the body text. */
  body: TextLook
  title: TextLook
  subtitle: TextLook
  /** "Kop 1": article headings and unnumbered `##` headings. */
  heading: TextLook
  /** "Kop 2": `###` headings. */
  subheading: TextLook
  /** "Kop 3": `####` headings. */
  minorHeading: TextLook
  table: TextLook
  /** Page width and margins in centimetres. */
  page: { width: number; left: number; right: number; top: number }
  /** A picture from the house's header, as a data URL's parts. */
  logo?: { mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/bmp'; base64: string; width: number; height: number; align: 'left' | 'center' | 'right' }
  /** Where the look comes from, for the page's foot: "de huisstijl huisstijl.docx" or "de standaardhuisstijl van oogo". */
  source: string
}

const fontName = (font: string | undefined) => font?.replace(/[^\p{L}\p{N} -]/gu, '').trim() || undefined
const number = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined)

/** The declarations of one text style. Fonts fall back to the metric-compatible free ones and then to sans-serif. */
export function textCss(look: TextLook): string {
  const font = fontName(look.font)
  const declarations = [
    font ? `font-family:"${font}",${fallbacks[font.toLowerCase()] ?? ''}${generic(font)}` : '',
    number(look.size) !== undefined ? `font-size:${number(look.size)}pt` : '',
    look.color && /^[0-9A-Fa-f]{6}$/.test(look.color) ? `color:#${look.color}` : '',
    look.bold === undefined ? '' : `font-weight:${look.bold ? 'bold' : 'normal'}`,
    look.italic === undefined ? '' : `font-style:${look.italic ? 'italic' : 'normal'}`,
    look.align ? `text-align:${look.align}` : '',
    number(look.before) !== undefined ? `margin-top:${number(look.before)}pt` : '',
    number(look.after) !== undefined ? `margin-bottom:${number(look.after)}pt` : '',
  ]
  return declarations.filter(Boolean).join(';')
}

/** Free fonts with the metrics of the usual Word fonts (as LibreOffice substitutes them). */
const fallbacks: Record<string, string> = {
  calibri: '"Carlito",',
  cambria: '"Caladea",',
  arial: '"Liberation Sans","Arimo",',
  'times new roman': '"Liberation Serif","Tinos",',
  'courier new': '"Liberation Mono","Cousine",',
}

/** The browser's own kind of font when the named one is missing: serif for the book faces, else sans-serif. */
function generic(font: string): string {
  if (/mono|courier|consol/i.test(font)) return 'monospace'
  return /sans/i.test(font) || !/serif|times|georgia|cambria|garamond|book|palatino|caladea|tinos/i.test(font) ? 'sans-serif' : 'serif'
}

/** The style sheet of the document part of the page. */
export function lookCss(look: PageLook): string {
  const page = look.page
  const cm = (value: number, fallback: number) => `${number(value) ?? fallback}cm`
  return [
    `.papier{width:${cm(page.width, 21)};padding:${cm(page.top, 2.5)} ${cm(page.right, 2.5)} ${cm(page.top, 2.5)} ${cm(page.left, 2.5)};${textCss({ ...look.body, align: undefined, before: undefined, after: undefined })}}`,
    `.papier p{${textCss({ align: look.body.align, before: look.body.before ?? 0, after: look.body.after })}}`,
    `.papier h1.titel{${textCss(look.title)}}`,
    `.papier p.ondertitel{${textCss(look.subtitle)}}`,
    `.papier h2.kop{${textCss(look.heading)}}`,
    `.papier h3.subkop{${textCss(look.subheading)}}`,
    `.papier h4.tussenkop{${textCss(look.minorHeading)}}`,
    `.papier table{${textCss({ ...look.table, align: undefined, before: undefined, after: undefined })}}`,
  ].join('\n')
}
