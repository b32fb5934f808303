/**
 * Reads a styles part (`word/styles.xml`): which styles it defines, by type, id and name, and whether it has document
 * defaults. What oogo makes of them is docx/'s business.
 */
import type { HouseStyleDefinition } from '../model/house-style.ts'
import { childElement, descendants, isElement, ns, parseXml, wAttribute } from './xml.ts'

export interface StyleSheet {
  styles: HouseStyleDefinition[]
  /** Whether it has `<w:docDefaults>`. */
  docDefaults: boolean
}

/**
 * The styles of `xml`; `'strict'` for the styles part of a "Strict Open XML" document (another namespace), undefined
 * when it is no styles part (no `<w:styles>` root, or no well-formed XML).
 */
export function readStyleSheet(xml: string): StyleSheet | 'strict' | undefined {
  const root = parseXml(xml)
  if (isElement(root, ns.strictW, 'styles')) return 'strict'
  if (!isElement(root, ns.w, 'styles')) return undefined
  const styles = descendants(root, ns.w, 'style').map((style) => ({
    type: wAttribute(style, 'type') ?? 'paragraph',
    id: wAttribute(style, 'styleId') ?? '',
    name: wAttribute(childElement(style, ns.w, 'name'), 'val') ?? '',
  }))
  return { styles, docDefaults: descendants(root, ns.w, 'docDefaults').length > 0 }
}
