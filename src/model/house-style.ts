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

/** A picture (`<w:drawing>`) in a header or footer, in the order of the part. */
export interface HouseDrawing {
  /** The relationship id of its image (`<a:blip r:embed>`), when it has one. */
  embed?: string
  /** Its size in EMU (`<wp:extent>`), when given as whole numbers. */
  extent?: { cx: number; cy: number }
  /** Where it stands as Word wrote it: an anchor's `<wp:align>`, else its paragraph's `w:jc` (`right`, `center`, …). */
  alignment?: string
}

/** A header or footer of the house style. */
export interface HousePart {
  /** Its part name, e.g. `word/header2.xml`. */
  name: string
  xml: string
  relationships: HouseRelationship[]
  /** The parts its relationships point to (images), by part name. */
  media: Map<string, HouseMedia>
  /** Its pictures, in order. */
  drawings: HouseDrawing[]
}

/** A `<w:style>` of the house's styles.xml, in the order of the file. */
export interface HouseStyleDefinition {
  /** `w:type`: `paragraph` (also when absent), `character`, `table`, `numbering`. */
  type: string
  /** `w:styleId`, `''` when absent. */
  id: string
  /** `<w:name w:val>`, the name Word knows it by; `''` when absent. */
  name: string
  /** `w:default="1"`: the style Word gives what names no style of its type (Normal, whatever it is called). */
  isDefault?: boolean
  /** `<w:basedOn w:val>`: the id of the style it inherits from. */
  basedOn?: string
  /** What its own `<w:rPr>` says of size, bold, capitals and font. */
  run?: HouseRun
}

/** The run properties that decide how wide a text is, each only when a style or the document defaults give it. */
export interface HouseRun {
  /** `<w:sz w:val>`: half-points. */
  size?: number
  bold?: boolean
  /** `<w:caps>`: shown in capitals. */
  caps?: boolean
  /** `<w:rFonts w:ascii>` (else `w:hAnsi`). */
  font?: string
}

/** The theme colours by their name in docx's `theme` option (`dk1` is `dark1`, `hlink` is `hyperlink`). */
export type HouseThemeColor = 'dark1' | 'light1' | 'dark2' | 'light2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hyperlink' | 'followedHyperlink'

/** A theme font for each kind of script (`<a:latin>`, `<a:ea>`, `<a:cs>`, `<a:font script>`). */
export interface HouseThemeFont {
  latin?: string
  eastAsia?: string
  complexScript?: string
  scripts?: Record<string, string>
}

/** The colours (six hex digits, upper case) and fonts of the house's theme, as docx's `readTheme` gives them. */
export interface HouseTheme {
  name?: string
  colors?: Partial<Record<HouseThemeColor, string>>
  fonts?: { headings: HouseThemeFont; body: HouseThemeFont }
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
  /** The text of the package's `word/styles.xml`: docx takes it as `externalStyles` (its style ids mapped to ours). */
  stylesXml: string
  /** Its styles, read from `stylesXml`. */
  styles: HouseStyleDefinition[]
  /** Whether `stylesXml` has document defaults (`<w:docDefaults>`): then the house's default font and spacing win. */
  docDefaults: boolean
  /** The run properties of the document defaults (`<w:rPrDefault>`), when they give any. */
  defaultRun?: HouseRun
  /** The text of its theme part (`word/theme/theme1.xml`), when it has one. */
  themeXml?: string
  /** Its theme, when it has one that could be read. */
  theme?: HouseTheme
  /** Page size and margins; absent when the document has no usable `w:sectPr`. */
  page?: HousePage
  /** The default header (else the first-page one) and the default footer. */
  header?: HousePart
  footer?: HousePart
}
