/**
 * Reads a styles part (`word/styles.xml`): which styles it defines, by type, id and name, which is the default
 * paragraph style, what each is based on, the few run properties that decide how wide a heading's text is (size, bold,
 * capitals, font), and the document defaults. What oogo makes of them is docx/'s business.
 */
import type { HouseRun, HouseStyleDefinition } from '../model/house-style.ts'
import { childElement, descendants, isElement, ns, parseXml, wAttribute, type Element } from './xml.ts'

export interface StyleSheet {
  styles: HouseStyleDefinition[]
  /** Whether it has `<w:docDefaults>`. */
  docDefaults: boolean
  /** The run properties of `<w:docDefaults><w:rPrDefault>`, when it gives any of them. */
  defaultRun?: HouseRun
}

/**
 * The styles of `xml`; `'strict'` for the styles part of a "Strict Open XML" document (another namespace), undefined
 * when it is no styles part (no `<w:styles>` root, or no well-formed XML).
 */
export function readStyleSheet(xml: string): StyleSheet | 'strict' | undefined {
  const root = parseXml(xml)
  if (isElement(root, ns.strictW, 'styles')) return 'strict'
  if (!isElement(root, ns.w, 'styles')) return undefined
  const styles = descendants(root, ns.w, 'style').map((style): HouseStyleDefinition => {
    const definition: HouseStyleDefinition = {
      type: wAttribute(style, 'type') ?? 'paragraph',
      id: wAttribute(style, 'styleId') ?? '',
      name: wAttribute(childElement(style, ns.w, 'name'), 'val') ?? '',
    }
    if (onOff(wAttribute(style, 'default'))) definition.isDefault = true
    const basedOn = wAttribute(childElement(style, ns.w, 'basedOn'), 'val')
    if (basedOn !== undefined) definition.basedOn = basedOn
    const run = readRun(childElement(style, ns.w, 'rPr'))
    if (run) definition.run = run
    return definition
  })
  const docDefaults = descendants(root, ns.w, 'docDefaults')[0]
  const defaultRun = readRun(childElement(childElement(docDefaults, ns.w, 'rPrDefault'), ns.w, 'rPr'))
  return { styles, docDefaults: docDefaults !== undefined, ...(defaultRun ? { defaultRun } : {}) }
}

/** Size, bold, capitals and font of a `<w:rPr>`, each only when it says so; undefined when it says none of them. */
function readRun(rPr: Element | undefined): HouseRun | undefined {
  if (!rPr) return undefined
  const run: HouseRun = {}
  const size = Number(wAttribute(childElement(rPr, ns.w, 'sz'), 'val'))
  if (Number.isInteger(size) && size > 0) run.size = size
  const bold = childElement(rPr, ns.w, 'b')
  if (bold) run.bold = onOff(wAttribute(bold, 'val') ?? 'true')
  const caps = childElement(rPr, ns.w, 'caps')
  if (caps) run.caps = onOff(wAttribute(caps, 'val') ?? 'true')
  const fonts = childElement(rPr, ns.w, 'rFonts')
  const font = wAttribute(fonts, 'ascii') ?? wAttribute(fonts, 'hAnsi')
  if (font) run.font = font
  return Object.keys(run).length > 0 ? run : undefined
}

/** An ST_OnOff value: `true`, `1` and `on` are on. */
const onOff = (value: string | undefined) => value === 'true' || value === '1' || value === 'on'
