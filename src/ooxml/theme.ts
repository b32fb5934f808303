/**
 * Reads a theme part (`word/theme/theme1.xml`): its name, colours and fonts, as docx's `readTheme` (docx 9.15.2)
 * reads them, so a document written with them has the theme docx would have written from the XML itself.
 */
import type { HouseTheme, HouseThemeColor, HouseThemeFont } from '../model/house-style.ts'
import { attribute, childElements, parseXml, type Element } from './xml.ts'

const COLOR_NAMES = new Map<string, HouseThemeColor>([
  ['dk1', 'dark1'], ['lt1', 'light1'], ['dk2', 'dark2'], ['lt2', 'light2'],
  ['accent1', 'accent1'], ['accent2', 'accent2'], ['accent3', 'accent3'], ['accent4', 'accent4'], ['accent5', 'accent5'], ['accent6', 'accent6'],
  ['hlink', 'hyperlink'], ['folHlink', 'followedHyperlink'],
])
/** The system colours docx writes for the first dark and light colour when none is given. */
const DEFAULT_SYSTEM_COLORS = new Map<HouseThemeColor, string>([['dark1', 'windowText'], ['light1', 'window']])

// As docx does, elements by local name: DrawingML has one namespace for all of these.
const child = (element: Element | undefined, local: string) => element && childElements(element).find((e) => e.localName === local)
const plain = (element: Element | undefined, name: string) => attribute(element, undefined, name)
const defined = <T extends object>(object: T): T => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T

/** The theme in `xml`, or undefined when it is no theme (not well-formed, or another root element). */
export function readThemePart(xml: string): HouseTheme | undefined {
  const root = parseXml(xml)
  if (root?.localName !== 'theme') return undefined
  const elements = child(root, 'themeElements')
  const colorScheme = child(elements, 'clrScheme')
  const fontScheme = child(elements, 'fontScheme')
  return defined({
    name: plain(root, 'name') || undefined,
    colors: colorScheme && readColors(colorScheme),
    fonts: fontScheme && { headings: readFont(child(fontScheme, 'majorFont')), body: readFont(child(fontScheme, 'minorFont')) },
  })
}

/** Each colour as six hex digits: an RGB colour's value, or a system colour's last value unless it is docx's default. */
function readColors(scheme: Element): Partial<Record<HouseThemeColor, string>> {
  return Object.fromEntries(childElements(scheme).flatMap((color) => {
    const name = COLOR_NAMES.get(color.localName ?? '')
    if (!name) return []
    const [value] = childElements(color)
    const hex = value?.localName === 'srgbClr' ? plain(value, 'val')
      : value?.localName === 'sysClr' && plain(value, 'val') !== DEFAULT_SYSTEM_COLORS.get(name) ? plain(value, 'lastClr')
      : undefined
    return hex !== undefined && /^[0-9A-Fa-f]{6}$/.test(hex) ? [[name, hex.toUpperCase()]] : []
  }))
}

function readFont(collection: Element | undefined): HouseThemeFont {
  const typeface = (font: Element | undefined) => plain(font, 'typeface') || undefined
  const scripts = (collection ? childElements(collection) : []).filter((font) => font.localName === 'font').flatMap((font) => {
    const script = plain(font, 'script')
    const face = plain(font, 'typeface')
    return script && face !== undefined ? [[script, face] as const] : []
  })
  return defined({
    latin: typeface(child(collection, 'latin')),
    eastAsia: typeface(child(collection, 'ea')),
    complexScript: typeface(child(collection, 'cs')),
    scripts: scripts.length > 0 ? Object.fromEntries(scripts) : undefined,
  })
}
