/**
 * Reads the section properties of a document's body (`word/document.xml`): its page size and margins and the ids of
 * its header and footer references.
 */
import type { HousePage } from '../model/house-style.ts'
import { attribute, childElement, childElements, descendants, ns, parseXml, wAttribute, type Element } from './xml.ts'

/** A `<w:headerReference>` or `<w:footerReference>`. */
export interface PartReference {
  kind: 'header' | 'footer'
  /** `default`, `first` or `even`. */
  type: string
  /** Its relationship id (`r:id`). */
  id?: string
}

export interface BodySection {
  /** Absent when the section has no usable `<w:pgSz>` and `<w:pgMar>`. */
  page?: HousePage
  references: PartReference[]
}

/**
 * The body's section: its last outermost `w:sectPr` (one inside a `w:pPr` ends an earlier section; a tracked change
 * nests the old properties in `w:sectPrChange/w:sectPr`, which does not count). Undefined when it has none.
 */
export function readBodySection(documentXml: string): BodySection | undefined {
  const root = parseXml(documentXml)
  if (!root) return undefined
  const outermost = descendants(root, ns.w, 'sectPr').filter((s) => !insideSection(s))
  const sectPr = outermost[outermost.length - 1]
  if (!sectPr) return undefined
  const references = childElements(sectPr).flatMap((e): PartReference[] => {
    const kind = e.namespaceURI === ns.w && e.localName === 'headerReference' ? 'header' : e.namespaceURI === ns.w && e.localName === 'footerReference' ? 'footer' : undefined
    if (!kind) return []
    const id = attribute(e, ns.r, 'id')
    return [{ kind, type: wAttribute(e, 'type') ?? 'default', ...(id === undefined ? {} : { id }) }]
  })
  const page = pageOf(sectPr)
  return page ? { page, references } : { references }
}

function insideSection(element: Element): boolean {
  for (let up = element.parentNode; up; up = up.parentNode) {
    if ((up as Element).namespaceURI === ns.w && (up as Element).localName === 'sectPr') return true
  }
  return false
}

function pageOf(sectPr: Element): HousePage | undefined {
  const size = childElement(sectPr, ns.w, 'pgSz')
  const margins = childElement(sectPr, ns.w, 'pgMar')
  if (!size || !margins) return undefined
  const twips = (element: Element, name: string) => {
    const value = wAttribute(element, name)
    // Word writes twips; a universal measure ("2cm") is allowed by the standard but not written by Word.
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined
  }
  const width = twips(size, 'w')
  const height = twips(size, 'h')
  const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map((n) => twips(margins, n))
  if (!width || !height || top === undefined || right === undefined || bottom === undefined || left === undefined) return undefined
  if (width - Math.max(left, 0) - Math.max(right, 0) < 1440) return undefined // less than an inch of text: not a page to write on
  return {
    width,
    height,
    orientation: wAttribute(size, 'orient') === 'landscape' ? 'landscape' : 'portrait',
    margin: { top, right, bottom, left, header: twips(margins, 'header') ?? 709, footer: twips(margins, 'footer') ?? 709, gutter: twips(margins, 'gutter') ?? 0 },
  }
}
