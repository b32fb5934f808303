/**
 * A house style as data: what `load/` reads from a Word document (`--huisstijl`, or a gemeente's own in the project
 * configuration) and `docx/` uses. Contracts only.
 */

/** A relationship of a part (`word/_rels/header1.xml.rels`), its target resolved to a part name. */
export interface HouseRelationship {
  id: string
  /** The relationship type's last segment: `image`, `hyperlink`, … */
  type: string
  /** The part name (`word/media/image1.png`), or the URL for an external target. */
  target: string
  external: boolean
}

/** An image format docx can write (`ImageRun`'s `type`). */
export type ImageType = 'png' | 'jpg' | 'gif' | 'bmp'

/** A part a header or footer points to: an image, with its format when docx can write it. */
export interface HouseMedia {
  data: Uint8Array
  /** From the first bytes; absent for a format docx cannot write (EMF, WMF, SVG, TIFF, …). */
  imageType?: ImageType
}

/** A header or footer of the house style. */
export interface HousePart {
  /** Its part name, e.g. `word/header2.xml`. */
  name: string
  xml: string
  relationships: HouseRelationship[]
  /** The parts its relationships point to (images), by part name. */
  media: Map<string, HouseMedia>
}

/** Page size and margins in twips (1/20 pt), from `<w:pgSz>` and `<w:pgMar>`. */
export interface HousePage {
  width: number
  height: number
  orientation: 'portrait' | 'landscape'
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number; gutter: number }
}

export interface HouseStyle {
  /** The path as the user gave it: that is what messages show. */
  file: string
  /** The text of the package's `word/styles.xml`. */
  stylesXml: string
  /** The text of its theme part (`word/theme/theme1.xml`), when it has one. */
  themeXml?: string
  /** Page size and margins; absent when the document has no usable `w:sectPr`. */
  page?: HousePage
  /** The default header (else the first-page one) and the default footer. */
  header?: HousePart
  footer?: HousePart
}
