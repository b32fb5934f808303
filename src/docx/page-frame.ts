/**
 * Header and footer of every page: the kenmerk at the top right, "Pagina X van Y" at the bottom.
 * Page fields are `<w:fldSimple w:instr="PAGE">` with a cached "1": docx's own PageNumber fields
 * have no cached result, which makes Word offer to repair the file (TECH-NOTES §6).
 * In draft mode every page also carries a diagonal CONCEPT watermark and "CONCEPT" in the header.
 *
 * With a house style the header and footer stay ours (in the house's Header and Footer styles), but a logo in the
 * house's header comes first in ours: the first picture of its header (as load/ read its drawings), at its size and
 * the alignment of its paragraph (or of its anchor), at most as wide as the text.
 */
import { AlignmentType, Footer, Header, ImageRun, Paragraph, SimpleField, TextRun } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { DocMeta } from '../model/types.ts'
import { Style } from './style-map.ts'
import type { HousePart, ImageType } from '../model/house-style.ts'
import { readDrawingDescriptions } from '../ooxml/drawings.ts'

/** A logo taken from a house style's header. Width and height in pixels (96 per inch): docx's unit for images. */
export interface Logo {
  type: ImageType
  data: Uint8Array
  width: number
  height: number
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType]
  /** Its alternative text (for a screen reader, and Word's accessibility checker): the house's own, else ours. */
  description: string
}

/** The alternative text of a logo whose house style gave it none. */
export const DEFAULT_LOGO_DESCRIPTION = 'Logo van de afzender'

const EMU_PER_PIXEL = 9525 // 914400 EMU per inch, 96 pixels per inch
const TWIPS_PER_PIXEL = 15 // 1440 twips per inch

/**
 * The first picture in a house header that docx can write, or undefined. `textWidth` (twips) caps its width, so a
 * letterhead banner drawn across the page edge still fits between the margins (its proportions kept).
 */
export function logoOf(part: HousePart | undefined, textWidth: number): Logo | undefined {
  if (!part) return undefined
  let descriptions: string[] | undefined
  for (const [index, drawing] of part.drawings.entries()) {
    const target = part.relationships.find((r) => r.id === drawing.embed && r.type === 'image' && !r.external)?.target
    const media = target === undefined ? undefined : part.media.get(target)
    const type = media?.imageType // load/ warned about a format docx cannot write
    const extent = drawing.extent
    if (drawing.embed === undefined || !media || !type || !extent || extent.cx === 0 || extent.cy === 0) continue
    let width = extent.cx / EMU_PER_PIXEL
    let height = extent.cy / EMU_PER_PIXEL
    const widest = textWidth / TWIPS_PER_PIXEL
    if (width > widest) [width, height] = [widest, (height * widest) / width]
    descriptions ??= readDrawingDescriptions(part.xml)
    const description = descriptions.length === part.drawings.length ? descriptions[index] || DEFAULT_LOGO_DESCRIPTION : DEFAULT_LOGO_DESCRIPTION
    return { type, data: media.data, width, height, alignment: alignmentOf(drawing.alignment), description }
  }
  return undefined
}

/** Where the house put its logo (load/ read an anchor's alignment, else its paragraph's `w:jc`); left by default. */
function alignmentOf(alignment: string | undefined): Logo['alignment'] {
  switch (alignment) {
    case 'center': return AlignmentType.CENTER
    case 'right': case 'end': case 'outside': return AlignmentType.RIGHT
    default: return AlignmentType.LEFT
  }
}

export function buildHeader(meta: DocMeta, logo?: Logo): Header {
  const children: Paragraph[] = []
  if (logo) {
    children.push(new Paragraph({
      style: Style.header,
      alignment: logo.alignment,
      children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: logo.width, height: logo.height }, altText: { name: 'Logo', description: logo.description, title: logo.description } })],
    }))
  }
  if (meta.draft) {
    children.push(new Paragraph({
      style: Style.header,
      alignment: AlignmentType.LEFT,
      children: [new TextWatermark({ text: 'CONCEPT', color: 'C0C0C0', opacity: 0.4 }), new TextRun({ text: 'CONCEPT', bold: true, color: 'C00000' })],
    }))
  }
  children.push(new Paragraph({ style: Style.header, alignment: AlignmentType.RIGHT, children: [new TextRun(`Kenmerk: ${meta.reference}`)] }))
  return new Header({ children })
}

export function buildFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: Style.footer,
      alignment: AlignmentType.CENTER,
      children: [new TextRun('Pagina '), new SimpleField('PAGE', '1'), new TextRun(' van '), new SimpleField('NUMPAGES', '1')],
    })],
  })
}
