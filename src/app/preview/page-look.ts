/**
 * The look of the preview page (html/page-look.ts) from the house style a document is built with: the fonts, sizes,
 * colours, alignment and spacing of the styles the document uses (docDefaults, then each style's `basedOn` chain,
 * then the style itself, as Word resolves them), the page's width and margins, and the logo of its header. Without a
 * house style, oogo's own (docx/style-map.ts). An approximation: the page is for reading, Word is the real thing.
 */
import type { HouseStyle, HouseTheme } from '../../model/house-style.ts'
import type { PageLook, TextLook } from '../../html/page-look.ts'
import { houseStyle as ownStyles, Style, styleNames } from '../../docx/style-map.ts'
import { defaultPageLayout, textWidth } from '../../docx/page-layout.ts'
import { logoOf } from '../../docx/page-frame.ts'
import { childElement, childElements, ns, parseXml, wAttribute, type Element } from '../../ooxml/xml.ts'

type Slot = 'body' | 'title' | 'subtitle' | 'heading' | 'subheading' | 'minorHeading' | 'table'

/** Our style id behind each part of the page. */
const slots: Record<Slot, keyof typeof styleNames> = {
  body: Style.normal, title: Style.title, subtitle: Style.subtitle, heading: Style.heading, subheading: Style.subheading, minorHeading: Style.minorHeading, table: Style.table,
}

const cmOfTwips = (twips: number) => twips / 567

export function pageLookOf(house: HouseStyle | undefined): PageLook {
  const layout = house?.page ?? defaultPageLayout
  const own = ownLook()
  const looks = house ? houseLook(house, own) : own
  const logo = house ? logoOf(house.header, textWidth(layout)) : undefined
  return {
    ...looks,
    page: { width: cmOfTwips(layout.width), left: cmOfTwips(layout.margin.left + layout.margin.gutter), right: cmOfTwips(layout.margin.right), top: cmOfTwips(layout.margin.top) },
    ...(logo ? { logo: { mime: mimeTypes[logo.type], base64: Buffer.from(logo.data).toString('base64'), width: logo.width, height: logo.height, align: logo.alignment === 'center' ? 'center' : logo.alignment === 'right' ? 'right' : 'left' } } : {}),
    source: house ? `de huisstijl ${house.file}` : 'de standaardhuisstijl van oogo',
  }
}

const mimeTypes = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' } as const

interface RunLike { font?: unknown; size?: unknown; color?: unknown; bold?: unknown; italics?: unknown }
interface ParagraphLike { alignment?: unknown; spacing?: { before?: unknown; after?: unknown } }

/** oogo's own styles (docx options: sizes in half-points, spacing in twips) as looks. */
function ownLook(): Record<Slot, TextLook> {
  const defaults = ownStyles.default ?? {}
  const paragraphStyle = (id: string) => ownStyles.paragraphStyles?.find((s) => s.id === id)
  const body = fromOptions(defaults.document?.run, defaults.document?.paragraph)
  const of = (run?: RunLike, paragraph?: ParagraphLike): TextLook => ({ ...body, ...fromOptions(run, paragraph) })
  return {
    body,
    title: of(defaults.title?.run, defaults.title?.paragraph),
    subtitle: of(paragraphStyle(Style.subtitle)?.run, paragraphStyle(Style.subtitle)?.paragraph),
    heading: of(defaults.heading1?.run, defaults.heading1?.paragraph),
    subheading: of(defaults.heading2?.run, defaults.heading2?.paragraph),
    minorHeading: of(defaults.heading3?.run, defaults.heading3?.paragraph),
    table: of(paragraphStyle(Style.table)?.run, paragraphStyle(Style.table)?.paragraph),
  }
}

function fromOptions(run?: RunLike, paragraph?: ParagraphLike): TextLook {
  const font = typeof run?.font === 'string' ? run.font : undefined
  const numberOf = (value: unknown, divisor: number) => (typeof value === 'number' ? value / divisor : undefined)
  const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined)
  return clean({
    font,
    size: numberOf(run?.size, 2),
    color: typeof run?.color === 'string' ? run.color : undefined,
    bold: flag(run?.bold),
    italic: flag(run?.italics),
    align: alignOf(typeof paragraph?.alignment === 'string' ? paragraph.alignment : undefined),
    before: numberOf(paragraph?.spacing?.before, 20),
    after: numberOf(paragraph?.spacing?.after, 20),
  })
}

/**
 * The house's styles, found by the names Word knows them by (as docx/house-styles.ts matches them). A style the house
 * lacks keeps ours, in the house's body font (docx/ drops our font for it too).
 */
function houseLook(house: HouseStyle, own: Record<Slot, TextLook>): Record<Slot, TextLook> {
  const root = parseXml(house.stylesXml)
  if (!root) return own
  const styles = childElements(root, ns.w, 'style')
  const byId = new Map(styles.map((s) => [wAttribute(s, 'styleId') ?? '', s]))
  const comparable = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase()
  const find = (slot: Slot) => {
    const names = styleNames[slots[slot]].map(comparable)
    return styles.find((s) => (wAttribute(s, 'type') ?? 'paragraph') === 'paragraph' && names.includes(comparable(wAttribute(childElement(s, ns.w, 'name'), 'val') ?? '')))
  }
  const docDefaults = childElement(root, ns.w, 'docDefaults')
  const base: TextLook = {
    ...own.body,
    ...readRun(childElement(childElement(docDefaults, ns.w, 'rPrDefault'), ns.w, 'rPr'), house.theme),
    ...readParagraph(childElement(childElement(docDefaults, ns.w, 'pPrDefault'), ns.w, 'pPr')),
  }
  const resolved = (style: Element): TextLook => {
    const chain: Element[] = []
    for (let s: Element | undefined = style; s && !chain.includes(s) && chain.length < 20; s = byId.get(wAttribute(childElement(s, ns.w, 'basedOn'), 'val') ?? '\0')) chain.unshift(s)
    return chain.reduce<TextLook>((look, s) => ({ ...look, ...readParagraph(childElement(s, ns.w, 'pPr')), ...readRun(childElement(s, ns.w, 'rPr'), house.theme) }), base)
  }
  // Normal by its name, else the house's default paragraph style (LibreOffice calls it "Standard" or "Default Paragraph Style").
  const normal = find('body') ?? styles.find((s) => (wAttribute(s, 'type') ?? 'paragraph') === 'paragraph' && ['1', 'true', 'on'].includes(wAttribute(s, 'default') ?? ''))
  const body = normal ? resolved(normal) : base
  const look = (slot: Slot): TextLook => {
    const style = slot === 'body' ? normal : find(slot)
    return style ? resolved(style) : { ...own[slot], ...(body.font ? { font: body.font } : {}) }
  }
  return { body, title: look('title'), subtitle: look('subtitle'), heading: look('heading'), subheading: look('subheading'), minorHeading: look('minorHeading'), table: look('table') }
}

/** `<w:rPr>`: font (named, or a theme font by its role), size (half-points), colour, bold, italics. */
function readRun(rPr: Element | undefined, theme: HouseTheme | undefined): TextLook {
  if (!rPr) return {}
  const fonts = childElement(rPr, ns.w, 'rFonts')
  const themed = wAttribute(fonts, 'asciiTheme') ?? wAttribute(fonts, 'hAnsiTheme')
  const font = wAttribute(fonts, 'ascii') ?? wAttribute(fonts, 'hAnsi')
    ?? (themed?.startsWith('major') ? theme?.fonts?.headings.latin : themed?.startsWith('minor') ? theme?.fonts?.body.latin : undefined)
  const size = Number(wAttribute(childElement(rPr, ns.w, 'sz'), 'val'))
  const color = wAttribute(childElement(rPr, ns.w, 'color'), 'val')
  return clean({
    font,
    size: Number.isFinite(size) && size > 0 ? size / 2 : undefined,
    color: color && /^[0-9A-Fa-f]{6}$/.test(color) ? color.toUpperCase() : undefined,
    bold: toggle(childElement(rPr, ns.w, 'b')),
    italic: toggle(childElement(rPr, ns.w, 'i')),
  })
}

/** `<w:pPr>`: alignment and space above and below (twips). */
function readParagraph(pPr: Element | undefined): TextLook {
  if (!pPr) return {}
  const spacing = childElement(pPr, ns.w, 'spacing')
  const twips = (name: string) => {
    const value = Number(wAttribute(spacing, name))
    return wAttribute(spacing, name) !== undefined && Number.isFinite(value) ? value / 20 : undefined
  }
  return clean({ align: alignOf(wAttribute(childElement(pPr, ns.w, 'jc'), 'val')), before: twips('before'), after: twips('after') })
}

/** `<w:b/>` is on; `w:val="0"`/`"false"` is off; absent is not set. */
function toggle(element: Element | undefined): boolean | undefined {
  if (!element) return undefined
  const value = wAttribute(element, 'val')
  return value === undefined || !['0', 'false', 'off'].includes(value)
}

function alignOf(value: string | undefined): TextLook['align'] {
  switch (value) {
    case 'center': return 'center'
    case 'right': case 'end': return 'right'
    case 'both': case 'justified': case 'distribute': return 'justify'
    case 'left': case 'start': return 'left'
    default: return undefined
  }
}

function clean(look: TextLook): TextLook {
  return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) as TextLook
}
