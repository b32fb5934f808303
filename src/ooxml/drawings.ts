/**
 * Reads the pictures of a header or footer part: for each `<w:drawing>`, the image it shows (`<a:blip r:embed>`), its
 * size (`<wp:extent>`) and where it stands (an anchor's `<wp:positionH><wp:align>`, else its paragraph's `<w:jc>`).
 */
import type { HouseDrawing } from '../model/house-style.ts'
import { attribute, childElement, childElements, descendants, ns, parseXml, wAttribute, type Element } from './xml.ts'

/** The drawings of `xml`, in document order; none when it is not well-formed. */
export function readDrawings(xml: string): HouseDrawing[] {
  const root = parseXml(xml)
  if (!root) return []
  return descendants(root, ns.w, 'drawing').map((drawing) => {
    const embed = descendants(drawing, ns.a, 'blip').map((b) => attribute(b, ns.r, 'embed')).find((id) => id !== undefined)
    const extent = descendants(drawing, ns.wp, 'extent')[0]
    const [cx, cy] = ['cx', 'cy'].map((n) => attribute(extent, undefined, n))
    const alignment = anchorAlignment(drawing) ?? paragraphAlignment(drawing)
    return {
      ...(embed ? { embed } : {}),
      ...(cx !== undefined && cy !== undefined && /^\d+$/.test(cx) && /^\d+$/.test(cy) ? { extent: { cx: Number(cx), cy: Number(cy) } } : {}),
      ...(alignment ? { alignment } : {}),
    }
  })
}

function anchorAlignment(drawing: Element): string | undefined {
  const position = descendants(drawing, ns.wp, 'positionH')[0]
  const align = position && childElements(position)[0]
  return align?.namespaceURI === ns.wp && align.localName === 'align' ? align.textContent?.trim() || undefined : undefined
}

function paragraphAlignment(drawing: Element): string | undefined {
  let up = drawing.parentNode as Element | null
  while (up && !(up.namespaceURI === ns.w && up.localName === 'p')) up = up.parentNode as Element | null
  return up ? wAttribute(childElement(childElement(up, ns.w, 'pPr'), ns.w, 'jc'), 'val') : undefined
}

/**
 * The alternative text of each drawing of `xml` (`<wp:docPr descr>`, else its `title`), in document order: `''` for
 * a drawing without one. None when it is not well-formed.
 */
export function readDrawingDescriptions(xml: string): string[] {
  const root = parseXml(xml)
  if (!root) return []
  return descendants(root, ns.w, 'drawing').map((drawing) => {
    const docPr = descendants(drawing, ns.wp, 'docPr')[0]
    return (attribute(docPr, undefined, 'descr') ?? '').trim() || (attribute(docPr, undefined, 'title') ?? '').trim()
  })
}
