/**
 * The one place that maps model elements to Word styles, and the default house style: a neutral,
 * professional A4 layout (Calibri 11, Dutch proofing language). Built-in style ids (`Title`,
 * `Heading1`) are what Dutch Word shows as "Titel" and "Kop 1"; our own styles carry Dutch names.
 * `scripts/maak-huisstijl.ts` writes this default as a reference document, `templates/huisstijl.docx`.
 *
 * docx validates nothing (a misspelt style id is written as is), so build code refers to styles
 * only through `Style` below.
 *
 * A house style (`--huisstijl`, a .docx read by load/load-house-style.ts) replaces this default style by style:
 * `houseStyles()` matches the house's styles to ours by the name Word knows them by (`w:name`: "heading 1" or
 * "Kop 1" for `Heading1`), gives each matched house style the id our documents use, and keeps ours only for the
 * styles the house lacks. The ids go that way round because docx 9.15.2 always writes its own default styles
 * (Normal, Title, Heading1–6, …) and only an external style with the *same id* replaces one: a house "Kop1" next to
 * docx's "Heading1" would leave two styles named "heading 1" (and two "Normal"s) in the document. Word itself
 * identifies built-in styles by name, not id, so Dutch Word still shows the house's "Kop 1".
 */
import { AlignmentType, PageOrientation, readTheme, type IParagraphStyleOptions, type IStylesOptions, type IThemeOptions } from 'docx'
import type { HousePage, HouseStyle } from '../model/house-style.ts'


export const Style = {
  title: 'Title',
  subtitle: 'Subtitle',
  article: 'Heading1',
  heading: 'Heading1',
  subheading: 'Heading2',
  normal: 'Normal',
  subsection: 'Lid',
  letter: 'Letter',
  bullet: 'Opsomming',
  number: 'Nummering',
  table: 'Tabeltekst',
  header: 'Header',
  footer: 'Footer',
} as const

export type StyleId = (typeof Style)[keyof typeof Style]

/**
 * The names a house style may give each of our styles (`w:name`), in order of preference: the built-in name Word
 * writes (English, whatever the language of Word), then the name Dutch Word shows, which other programs write.
 */
export const styleNames: Readonly<Record<StyleId, readonly string[]>> = {
  Title: ['Title', 'Titel'],
  Subtitle: ['Subtitle', 'Ondertitel'],
  Heading1: ['heading 1', 'Kop 1'],
  Heading2: ['heading 2', 'Kop 2'],
  Normal: ['Normal', 'Standaard'],
  Lid: ['Lid'],
  Letter: ['Letter'],
  Opsomming: ['Opsomming'],
  Nummering: ['Nummering'],
  Tabeltekst: ['Tabeltekst'],
  Header: ['header', 'Koptekst'],
  Footer: ['footer', 'Voettekst'],
}

/**
 * docx's other default styles (`createDefaultStyles` in docx 9.15.2) by id, with their names. A house style that
 * has one of them under another id gets docx's id, so the document has each of these styles once.
 */
export const docxDefaultStyleNames: Readonly<Record<string, readonly string[]>> = {
  TableNormal: ['Normal Table', 'Standaardtabel'],
  ...Object.fromEntries([3, 4, 5, 6].map((n) => [`Heading${n}`, [`heading ${n}`, `Kop ${n}`]])),
  Strong: ['Strong', 'Zwaar'],
  ListParagraph: ['List Paragraph', 'Lijstalinea'],
  Caption: ['caption', 'Bijschrift'],
  Bibliography: ['Bibliography', 'Bibliografie'],
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`TOC${n}`, [`toc ${n}`, `Inhopg ${n}`]])),
  Hyperlink: ['Hyperlink'],
  FootnoteReference: ['footnote reference', 'Voetnootverwijzing'],
  FootnoteText: ['footnote text', 'Voetnoottekst'],
  FootnoteTextChar: ['Footnote Text Char', 'Voetnoottekst Char'],
  EndnoteReference: ['endnote reference', 'Eindnootverwijzing'],
  EndnoteText: ['endnote text', 'Eindnoottekst'],
  EndnoteTextChar: ['Endnote Text Char', 'Eindnoottekst Char'],
  LineNumber: ['line number', 'Regelnummer'],
}

/** Twips (1/20 pt): 1 cm = 567. */
export const cm = (n: number) => Math.round(n * 567)

/** Page size and margins in twips, as in `<w:pgSz>` and `<w:pgMar>` (width and height as the page is turned). */
export type PageLayout = HousePage

/** The default page: A4 portrait, 2.5 cm margins all round. */
export const defaultPageLayout: PageLayout = {
  width: 11906,
  height: 16838,
  orientation: 'portrait',
  margin: { top: cm(2.5), right: cm(2.5), bottom: cm(2.5), left: cm(2.5), header: 709, footer: 709, gutter: 0 },
}

let layout = defaultPageLayout

export const page = {
  /** Usable width between the margins of the page being built, for table column widths. */
  get textWidth() { return layout.width - layout.margin.left - layout.margin.right - layout.margin.gutter },
}

/**
 * Builds with `current` as the page: blocks read `page.textWidth` while they are built (a table spans the text
 * width of the house style's page). Building is synchronous, so nothing else builds meanwhile.
 */
export function withPageLayout<T>(current: PageLayout, build: () => T): T {
  const previous = layout
  layout = current
  try {
    return build()
  } finally {
    layout = previous
  }
}

/** Left indent (cm) of each kind of list item; the label hangs in the first `hang` cm. */
export const listIndent = {
  subsections: { left: 1, hang: 1 },
  letters: { left: 2, hang: 1 },
  numbers: { left: 0.75, hang: 0.75 },
  bullets: { left: 0.75, hang: 0.75 },
} as const

const font = 'Calibri'
const language = { value: 'nl-NL' }
const hanging = ({ left, hang }: { left: number; hang: number }) => ({ indent: { left: cm(left), hanging: cm(hang) } })

export const houseStyle: IStylesOptions = {
  default: {
    document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 }, alignment: AlignmentType.CENTER } },
    heading1: { run: { font, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: Style.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font, size: 24, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    { id: Style.subsection, name: 'Lid', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: hanging(listIndent.subsections) },
    { id: Style.letter, name: 'Letter', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.letters), spacing: { after: 60 } } },
    { id: Style.bullet, name: 'Opsomming', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.bullets), spacing: { after: 60 } } },
    { id: Style.number, name: 'Nummering', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.numbers), spacing: { after: 60 } } },
    { id: Style.table, name: 'Tabeltekst', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { before: 40, after: 40, line: 240 } } },
    { id: Style.header, name: 'header', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
    { id: Style.footer, name: 'footer', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
  ],
}

/** What `Document` gets for its styles, theme and page. */
export interface DocumentStyles {
  /** The house's `word/styles.xml`, its styles renamed to the ids our documents use. */
  externalStyles?: string
  styles: IStylesOptions
  theme?: IThemeOptions
  layout: PageLayout
}

/** The default house style, or `house` on top of it. */
export function documentStyles(house?: HouseStyle): DocumentStyles {
  if (!house) return { styles: houseStyle, layout: defaultPageLayout }
  const merged = houseStyles(house.stylesXml)
  const theme = themeOf(house)
  return { ...merged, ...(theme ? { theme } : {}), layout: house.page ?? defaultPageLayout }
}

/** A `<w:style>` of the house's styles.xml. */
interface HouseStyleEntry { index: number; type: string; id: string; name: string }

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g
const comparable = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The house's styles.xml with its styles under our ids (and docx's), and our styles for the ids it lacks. Of two
 * house styles with a name of the same style, the first is kept. Numbering does not come across (the house's
 * numbering.xml is not copied), so a style's `w:numPr` is dropped: it would point at a list of ours, or at none.
 */
export function houseStyles(stylesXml: string): { externalStyles: string; styles: IStylesOptions } {
  const entries: HouseStyleEntry[] = [...stylesXml.matchAll(STYLE)].map(([, attributes, body], index) => ({
    index,
    type: attributeOf(attributes!, 'w:type') ?? 'paragraph',
    id: attributeOf(attributes!, 'w:styleId') ?? '',
    name: attributeOf(/<w:name\b[^>]*>/.exec(body!)?.[0] ?? '', 'w:val') ?? '',
  }))

  const renames = new Map<string, string>()
  const dropped = new Set<number>()
  const claimed = new Set<number>()
  const taken = new Set(entries.map((e) => e.id))
  const canonical: [id: string, names: readonly string[], paragraphOnly: boolean][] = [
    ...Object.entries(styleNames).map(([id, names]): [string, readonly string[], boolean] => [id, names, true]),
    ...Object.entries(docxDefaultStyleNames).map(([id, names]): [string, readonly string[], boolean] => [id, names, false]),
  ]
  for (const [id, names, paragraphOnly] of canonical) {
    const candidates = entries.filter((e) => !claimed.has(e.index) && (!paragraphOnly || e.type === 'paragraph'))
    // By name, as Word does; by id only for a style without a name (w:name is optional). A style that merely has our
    // id under a name of its own is another style: it moves aside below, and ours takes the id.
    const match = names.map((n) => candidates.find((e) => e.name === n)).find(Boolean)
      ?? names.map((n) => candidates.find((e) => comparable(e.name) === comparable(n))).find(Boolean)
      ?? candidates.find((e) => e.id === id && e.name === '')
    if (!match) {
      for (const squatter of entries.filter((e) => e.id === id && !claimed.has(e.index))) {
        renames.set(squatter.id, freeId(id, taken))
        claimed.add(squatter.index)
      }
      continue
    }
    claimed.add(match.index)
    if (match.id === id) continue
    for (const squatter of entries.filter((e) => e.id === id && e !== match && !claimed.has(e.index))) {
      if (names.some((n) => comparable(n) === comparable(squatter.name))) {
        dropped.add(squatter.index) // a second style of the same name: the match stands for it
      } else {
        renames.set(squatter.id, freeId(id, taken))
      }
    }
    renames.set(match.id, id)
  }

  let index = 0
  const rename = (id: string) => renames.get(id) ?? id
  // Only renamed ids are rewritten: every other byte stays as the house wrote it.
  const renamed = (_m: string, a: string, raw: string, z: string) => {
    const id = unescapeAttribute(raw)
    return a + (renames.has(id) ? renames.get(id)! : raw) + z // our ids are plain ASCII letters and digits
  }
  const externalStyles = stylesXml.replace(STYLE, (element) => {
    if (dropped.has(index++)) return ''
    return element
      .replace(/(<w:style\b[^>]*?\sw:styleId=")([^"]*)(")/, renamed)
      .replace(/(<w:(?:basedOn|next|link)\b[^>]*?\sw:val=")([^"]*)(")/g, renamed)
      .replace(/<w:numPr\b[^>]*\/>|<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/g, '')
  })

  const present = new Set(entries.filter((e) => !dropped.has(e.index)).map((e) => rename(e.id)))
  const ours = houseStyle.default ?? {}
  const fallback = <T extends { run?: object }>(style: T): T => ({ ...style, ...(style.run ? { run: withoutFont(style.run) } : {}) })
  const defaults: NonNullable<IStylesOptions['default']> = {
    // Left out, the house's document defaults win; given, ours would (docx keeps the last).
    ...(/<w:docDefaults\b/.test(stylesXml) || !ours.document ? {} : { document: ours.document }),
    ...(present.has(Style.title) || !ours.title ? {} : { title: fallback(ours.title) }),
    ...(present.has(Style.heading) || !ours.heading1 ? {} : { heading1: fallback(ours.heading1) }),
    ...(present.has(Style.subheading) || !ours.heading2 ? {} : { heading2: fallback(ours.heading2) }),
  }
  const paragraphStyles: IParagraphStyleOptions[] = (houseStyle.paragraphStyles ?? []).filter((s) => !present.has(s.id)).map(fallback)
  return { externalStyles, styles: { default: defaults, paragraphStyles } }
}

/** `HeadingHuisstijl`, `HeadingHuisstijl2`, …: a new id for a house style that had one of ours. */
function freeId(id: string, taken: Set<string>): string {
  let free = `${id}Huisstijl`
  for (let n = 2; taken.has(free); n++) free = `${id}Huisstijl${n}`
  taken.add(free)
  return free
}

/** A style kept for a house style takes the house's fonts: it loses ours. */
function withoutFont<T extends object>(run: T): T {
  const { font: _font, ...rest } = run as T & { font?: unknown }
  return rest as T
}

/**
 * The fingerprint of the theme docx writes by default (Office 2013–2022: Calibri Light and Calibri, the Office
 * colours). A house theme that has it is left to docx, which writes the same theme; another is carried over.
 */
export const defaultThemeFingerprint = JSON.stringify({
  colors: { dark2: '44546A', light2: 'E7E6E6', accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47', hyperlink: '0563C1', followedHyperlink: '954F72' },
  headings: 'Calibri Light',
  body: 'Calibri',
})

/** The house's theme (its colours and fonts, which its styles may use as "theme fonts"), unless it is docx's own. */
export function themeOf(house: HouseStyle): IThemeOptions | undefined {
  if (house.themeXml === undefined) return undefined
  let theme: IThemeOptions
  try {
    theme = readTheme(house.themeXml)
  } catch {
    return undefined // a theme docx cannot read: the document keeps the Office theme
  }
  return themeFingerprint(theme) === defaultThemeFingerprint ? undefined : theme
}

export function themeFingerprint(theme: IThemeOptions): string {
  const latin = (f: string | { latin?: string } | undefined) => (typeof f === 'string' ? f : f?.latin)
  return JSON.stringify({ colors: theme.colors, headings: latin(theme.fonts?.headings), body: latin(theme.fonts?.body) })
}

/** docx's page options for a layout; docx swaps width and height itself for a landscape page. */
export function pageProperties(current: PageLayout) {
  const landscape = current.orientation === 'landscape'
  const { top, right, bottom, left, header, footer, gutter } = current.margin
  return {
    size: landscape ? { width: current.height, height: current.width, orientation: PageOrientation.LANDSCAPE } : { width: current.width, height: current.height },
    margin: { top, bottom, left, right, header, footer, ...(gutter ? { gutter } : {}) },
  }
}

function attributeOf(tag: string, name: string): string | undefined {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
  return raw === undefined ? undefined : unescapeAttribute(raw)
}

const unescapeAttribute = (value: string) => value.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
