/**
 * Reading XML: the one wrapper around @xmldom/xmldom, and the few namespace-aware helpers the readers of ooxml/ share.
 * Elements and attributes are matched by namespace URI and local name, never by prefix: `w:` is only a convention.
 */
import { DOMParser, type Element } from '@xmldom/xmldom'

export type { Element }

/** The namespaces ooxml/ reads. */
export const ns = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  /** The WordprocessingML namespace of a "Strict Open XML" document. */
  strictW: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
} as const

/**
 * Whether `xml` has a document type declaration. Word never writes one in a part; one in a part from a user is
 * refused before parsing, so no entity is ever expanded (a "billion laughs"). @xmldom/xmldom 0.9.12 itself keeps
 * the internal subset as text and expands no entity it declares (a reference to one is an error), but oogo does not
 * rely on that. Searched anywhere, not only in the prolog: the text `<!DOCTYPE` has no other place in a Word part.
 */
export const hasDoctype = (xml: string): boolean => xml.includes('<!DOCTYPE')

/**
 * The root element of `xml`, or undefined when it is not well-formed XML or has a document type declaration
 * (nothing is printed).
 */
export function parseXml(xml: string): Element | undefined {
  if (hasDoctype(xml)) return undefined
  const parser = new DOMParser({ onError: (level) => { if (level !== 'warning') throw new Error(level) } })
  try {
    return parser.parseFromString(xml, 'text/xml').documentElement ?? undefined
  } catch {
    return undefined
  }
}

/** Whether `node` is an element `local` of namespace `uri`. */
export const isElement = (node: unknown, uri: string, local: string): node is Element =>
  isAnyElement(node) && node.namespaceURI === uri && node.localName === local

const isAnyElement = (node: unknown): node is Element => (node as { nodeType?: number } | null)?.nodeType === 1

/** The child elements of `parent`, all of them or those named `local` in `uri`. */
export function childElements(parent: Element, uri?: string, local?: string): Element[] {
  const out: Element[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (isAnyElement(node) && (uri === undefined || (node.namespaceURI === uri && node.localName === local))) out.push(node)
  }
  return out
}

/** The first child element `local` of namespace `uri`. */
export const childElement = (parent: Element | undefined, uri: string, local: string): Element | undefined =>
  parent && childElements(parent, uri, local)[0]

/** The descendant elements `local` of namespace `uri`, in document order. */
export const descendants = (parent: Element, uri: string, local: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(uri, local))

/** The value of an attribute (namespaced, or unqualified without `uri`), entities decoded; undefined when absent. */
export function attribute(element: Element | undefined, uri: string | undefined, local: string): string | undefined {
  if (!element) return undefined
  const node = uri === undefined ? element.getAttributeNode(local) : element.getAttributeNodeNS(uri, local)
  return node ? node.value : undefined
}

/** A `w:` attribute, as most of WordprocessingML writes them (`w:val`, `w:styleId`). */
export const wAttribute = (element: Element | undefined, local: string): string | undefined => attribute(element, ns.w, local)
