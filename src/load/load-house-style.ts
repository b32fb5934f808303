/**
 * A house style (`--huisstijl <bestand.docx>`, or per gemeente in the project configuration): a Word document used as
 * a reference document, as pandoc's `--reference-doc`. Read here, as data: the package's `word/styles.xml`, its
 * theme, the page size and margins of the body's last `w:sectPr`, and its default header and footer with their
 * relationships and the images they point to (a logo). Everything is read here, once, with the XML readers of
 * ooxml/, into the data of model/house-style.ts; what of it reaches a document is docx/'s business
 * (docx/house-styles.ts, docx/page-frame.ts), which reads no XML.
 *
 * The parts are found as Word finds them: `_rels/.rels` names the main document, its relationships name the styles,
 * theme, header and footer parts. A .dotx (Word template) has the same structure and works too.
 */
import { posix } from 'node:path'
import type { HouseMedia, HousePart, HouseStyle, ImageType } from '../model/house-style.ts'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { readDrawings } from '../ooxml/drawings.ts'
import { readRelationships, targetOf } from '../ooxml/relationships.ts'
import { readBodySection, type PartReference } from '../ooxml/section.ts'
import { readStyleSheet } from '../ooxml/styles.ts'
import { readThemePart } from '../ooxml/theme.ts'
import { unzipParts } from '../ooxml/zip.ts'
import { readBytes } from './read-source.ts'

// A file that is no usable Word document (an error, exit code 1), and a logo oogo cannot take over (a warning).
const houseStyleInvalid = ErrorCode.houseStyleInvalid
const houseStyleLogo = ErrorCode.houseStyleLogo

/** A house style is a few hundred kB; anything near this is not one. */
const maxBytes = 50 * 1024 * 1024
/** No part of one unpacks to more (a logo, styles.xml); larger parts are left out. */
const maxPartBytes = 50 * 1024 * 1024

/** Reads and unpacks a house style; every way that can fail is a problem placed at the file. */
export function loadHouseStyle(file: string): { houseStyle?: HouseStyle; problems: OogoError[] } {
  const read = readBytes(file, { subject: 'De huisstijl', noun: 'huisstijl', kind: 'huisstijl', maxBytes, directoryHint: 'Geef het pad van een Word-document (.docx).' })
  return read.bytes ? readHouseStyle(file, read.bytes) : { problems: read.problems }
}

/** The house style in `bytes` (a .docx or .dotx); `file` is only for messages. Also for tests, in memory. */
export function readHouseStyle(file: string, bytes: Uint8Array): { houseStyle?: HouseStyle; problems: OogoError[] } {
  const invalid = (message: string, suggestion: string) => ({ problems: [oogoError(houseStyleInvalid, 'load', message, { file }, suggestion)] })
  const saveAsDocx = 'Open het in Word en sla het op als Word-document (.docx).'
  if (bytes.length === 0) return { problems: [oogoError(ErrorCode.fileEmpty, 'load', 'De huisstijl is een leeg bestand.', { file })] }
  let parts: Map<string, Uint8Array>
  try {
    parts = unzipParts(bytes, maxPartBytes)
  } catch {
    const legacy = bytes[0] === 0xd0 && bytes[1] === 0xcf // the OLE container of .doc and .dot
    return invalid(legacy ? 'De huisstijl is een oud Word-bestand (.doc of .dot), geen .docx.' : 'De huisstijl is geen Word-document (.docx): het is geen zip-pakket.', saveAsDocx)
  }
  const decoder = new TextDecoder()
  const text = (name: string) => {
    const part = parts.get(name)
    return part === undefined ? undefined : decoder.decode(part)
  }

  const main = targetOf(readRelationships('', text), 'officeDocument') ?? 'word/document.xml'
  const documentXml = text(main)
  if (documentXml === undefined) return invalid('De huisstijl is een zip-pakket, maar geen Word-document: het hoofddocument ontbreekt.', saveAsDocx)
  const documentRels = readRelationships(main, text)
  const stylesXml = text(targetOf(documentRels, 'styles') ?? 'word/styles.xml')
  const sheet = stylesXml === undefined ? undefined : readStyleSheet(stylesXml)
  if (stylesXml === undefined || sheet === undefined) {
    return invalid('De huisstijl heeft geen opmaakprofielen (word/styles.xml).', `${saveAsDocx} Word schrijft de opmaakprofielen altijd mee.`)
  }
  if (sheet === 'strict') {
    return invalid('De huisstijl is opgeslagen als "Strikt Open XML-document"; dat kan oogo niet lezen.', 'Sla het op als gewoon Word-document (.docx).')
  }

  const houseStyle: HouseStyle = { file, stylesXml, styles: sheet.styles, docDefaults: sheet.docDefaults }
  const themeName = targetOf(documentRels, 'theme')
  const themeXml = themeName === undefined ? undefined : text(themeName)
  if (themeXml !== undefined) {
    houseStyle.themeXml = themeXml
    const theme = readThemePart(themeXml)
    if (theme) houseStyle.theme = theme
  }

  const section = readBodySection(documentXml)
  if (section !== undefined) {
    if (section.page) houseStyle.page = section.page
    const pick = (kind: PartReference['kind']) => {
      const of = section.references.filter((r) => r.kind === kind)
      return (of.find((r) => r.type === 'default') ?? of.find((r) => r.type === 'first'))?.id
    }
    const partOf = (id: string | undefined): HousePart | undefined => {
      const name = documentRels.find((r) => r.id === id && !r.external)?.target
      const xml = name === undefined ? undefined : text(name)
      if (name === undefined || xml === undefined) return undefined
      const relationships = readRelationships(name, text)
      const media = new Map<string, HouseMedia>()
      for (const r of relationships) {
        const data = r.external ? undefined : parts.get(r.target)
        const type = data && imageType(data)
        if (data) media.set(r.target, type ? { data, imageType: type } : { data })
      }
      return { name, xml, relationships, media, drawings: readDrawings(xml) }
    }
    const header = partOf(pick('header'))
    const footer = partOf(pick('footer'))
    if (header) houseStyle.header = header
    if (footer) houseStyle.footer = footer
  }

  const problems: OogoError[] = []
  for (const r of houseStyle.header?.relationships ?? []) {
    const media = houseStyle.header!.media.get(r.target)
    if (r.type !== 'image' || !media || media.imageType) continue
    problems.push(oogoError(houseStyleLogo, 'load',
      `De afbeelding ${posix.basename(r.target)} in de koptekst van de huisstijl is geen PNG, JPEG, GIF of BMP; oogo neemt die niet over.`,
      { file }, 'Vervang het logo in de koptekst door een PNG- of JPEG-afbeelding.', 'warning'))
  }
  return { houseStyle, problems }
}

/** The image formats docx's ImageRun takes, from the first bytes (extensions lie). */
function imageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (starts(0xff, 0xd8, 0xff)) return 'jpg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif'
  if (starts(0x42, 0x4d)) return 'bmp'
  return undefined
}
