/**
 * The page a document is built on: size and margins in twips, the default A4 page, and what docx makes of one.
 */
import { PageOrientation } from 'docx'
import type { HousePage } from '../model/house-style.ts'
import { cm } from './style-map.ts'

/** Page size and margins in twips, as in `<w:pgSz>` and `<w:pgMar>` (width and height as the page is turned). */
export type PageLayout = HousePage

/** The default page: A4 portrait, 2.5 cm margins all round. */
export const defaultPageLayout: PageLayout = {
  width: 11906,
  height: 16838,
  orientation: 'portrait',
  margin: { top: cm(2.5), right: cm(2.5), bottom: cm(2.5), left: cm(2.5), header: 709, footer: 709, gutter: 0 },
}

/** Usable width between the margins (twips), for table column widths and the widest logo. */
export const textWidth = (layout: PageLayout): number => layout.width - layout.margin.left - layout.margin.right - layout.margin.gutter

/** docx's page options for a layout; docx swaps width and height itself for a landscape page. */
export function pageProperties(current: PageLayout) {
  const landscape = current.orientation === 'landscape'
  const { top, right, bottom, left, header, footer, gutter } = current.margin
  return {
    size: landscape ? { width: current.height, height: current.width, orientation: PageOrientation.LANDSCAPE } : { width: current.width, height: current.height },
    margin: { top, bottom, left, right, header, footer, ...(gutter ? { gutter } : {}) },
  }
}
