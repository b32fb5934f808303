/**
 * The text colours a styles part (`word/styles.xml`) gives: each style's own `<w:rPr><w:color w:val>` (six hex
 * digits; `auto` is no colour) and the document defaults'. Word writes the resolved value in `w:val` also when the
 * colour comes from the theme (`w:themeColor`), so `w:val` is what is shown. What is acceptable is load/'s business.
 */
import { childElement, descendants, isElement, ns, parseXml, wAttribute } from './xml.ts'

export interface StyleColor {
  /** `w:styleId`; `''` for the document defaults. */
  id: string
  /** `<w:name w:val>`, else the id; `''` for the document defaults. */
  name: string
  /** `w:type`: `paragraph`, `character`, … */
  type: string
  /** Six hex digits, upper case. */
  color: string
  /** Hidden from the user's style list (`w:hidden`, `w:semiHidden`): Word applies it itself, if at all. */
  hidden: boolean
}

const HEX = /^[0-9A-Fa-f]{6}$/

/** The explicit text colours of `xml`, in the order of the file (document defaults first); none when unreadable. */
export function readStyleColors(xml: string): StyleColor[] {
  const root = parseXml(xml)
  if (!isElement(root, ns.w, 'styles')) return []
  const colorOf = (rPr: ReturnType<typeof childElement>) => {
    const value = wAttribute(childElement(rPr, ns.w, 'color'), 'val')
    return value !== undefined && HEX.test(value) ? value.toUpperCase() : undefined
  }
  const out: StyleColor[] = []
  const defaults = colorOf(childElement(childElement(descendants(root, ns.w, 'docDefaults')[0], ns.w, 'rPrDefault'), ns.w, 'rPr'))
  if (defaults) out.push({ id: '', name: '', type: 'paragraph', color: defaults, hidden: false })
  for (const style of descendants(root, ns.w, 'style')) {
    const color = colorOf(childElement(style, ns.w, 'rPr'))
    if (!color) continue
    const id = wAttribute(style, 'styleId') ?? ''
    const hidden = ['hidden', 'semiHidden'].some((flag) => {
      const element = childElement(style, ns.w, flag)
      const value = element && (wAttribute(element, 'val') ?? 'true')
      return value === 'true' || value === '1' || value === 'on'
    })
    out.push({ id, name: wAttribute(childElement(style, ns.w, 'name'), 'val') || id, type: wAttribute(style, 'type') ?? 'paragraph', color, hidden })
  }
  return out
}
