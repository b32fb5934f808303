/**
 * A house style (`--huisstijl <bestand.docx>`, or per gemeente in the project configuration): a Word document used as
 * a reference document, as pandoc's `--reference-doc`. Read here, as data: the package's `word/styles.xml`, its
 * theme, the page size and margins of the body's last `w:sectPr`, and its default header and footer with their
 * relationships and the images they point to (a logo). What of this reaches a document is build's business
 * (build/style-map.ts, build/page-frame.ts).
 *
 * The parts are found as Word finds them: `_rels/.rels` names the main document, its relationships name the styles,
 * theme, header and footer parts. A .dotx (Word template) has the same structure and works too.
 */
import { posix } from 'node:path'
import type { HouseMedia, HousePage, HousePart, HouseRelationship, HouseStyle, ImageType } from '../model/house-style.ts'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { unzipParts } from '../pack/normalize-docx.ts'
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

  const main = target(relationshipsOf('', text), 'officeDocument') ?? 'word/document.xml'
  const documentXml = text(main)
  if (documentXml === undefined) return invalid('De huisstijl is een zip-pakket, maar geen Word-document: het hoofddocument ontbreekt.', saveAsDocx)
  const documentRels = relationshipsOf(main, text)
  const stylesName = target(documentRels, 'styles') ?? 'word/styles.xml'
  const stylesXml = text(stylesName)
  if (stylesXml === undefined || !/<w:styles\b/.test(stylesXml)) {
    return invalid('De huisstijl heeft geen opmaakprofielen (word/styles.xml).', `${saveAsDocx} Word schrijft de opmaakprofielen altijd mee.`)
  }
  if (stylesXml.includes('http://purl.oclc.org/ooxml/wordprocessingml/main')) {
    return invalid('De huisstijl is opgeslagen als "Strikt Open XML-document"; dat kan oogo niet lezen.', 'Sla het op als gewoon Word-document (.docx).')
  }

  const houseStyle: HouseStyle = { file, stylesXml }
  const themeName = target(documentRels, 'theme')
  const themeXml = themeName === undefined ? undefined : text(themeName)
  if (themeXml !== undefined) houseStyle.themeXml = themeXml

  const sectPr = lastSectionProperties(documentXml)
  if (sectPr !== undefined) {
    const page = pageOf(sectPr)
    if (page) houseStyle.page = page
    const references = [...sectPr.matchAll(/<w:(header|footer)Reference\b[^>]*>/g)].map(([tag, kind]) => ({ kind: kind!, type: attribute(tag, 'w:type') ?? 'default', id: attribute(tag, 'r:id') }))
    const pick = (kind: string) => {
      const of = references.filter((r) => r.kind === kind)
      return (of.find((r) => r.type === 'default') ?? of.find((r) => r.type === 'first'))?.id
    }
    const partOf = (id: string | undefined): HousePart | undefined => {
      const name = documentRels.find((r) => r.id === id && !r.external)?.target
      const xml = name === undefined ? undefined : text(name)
      if (name === undefined || xml === undefined) return undefined
      const relationships = relationshipsOf(name, text)
      const media = new Map<string, HouseMedia>()
      for (const r of relationships) {
        const data = r.external ? undefined : parts.get(r.target)
        const type = data && imageType(data)
        if (data) media.set(r.target, type ? { data, imageType: type } : { data })
      }
      return { name, xml, relationships, media }
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

/** The relationships of a part (`''` for the package's own `_rels/.rels`), targets resolved to part names. */
function relationshipsOf(part: string, text: (name: string) => string | undefined): HouseRelationship[] {
  const folder = part === '' ? '' : posix.dirname(part)
  const rels = text(part === '' ? '_rels/.rels' : posix.join(folder, '_rels', `${posix.basename(part)}.rels`))
  if (rels === undefined) return []
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].flatMap(([tag]) => {
    const id = attribute(tag, 'Id')
    const type = attribute(tag, 'Type')
    const to = attribute(tag, 'Target')
    if (id === undefined || type === undefined || to === undefined) return []
    const external = attribute(tag, 'TargetMode') === 'External'
    const resolved = external ? to : to.startsWith('/') ? to.slice(1) : posix.normalize(posix.join(folder, to))
    return [{ id, type: type.slice(type.lastIndexOf('/') + 1), target: resolved, external }]
  })
}

const target = (relationships: readonly HouseRelationship[], type: string) => relationships.find((r) => r.type === type && !r.external)?.target

/**
 * The section properties of the body: the last outermost `w:sectPr` (one inside a `w:pPr` ends an earlier section; a
 * tracked change nests the old properties in `w:sectPrChange/w:sectPr`, so nesting is counted).
 */
function lastSectionProperties(documentXml: string): string | undefined {
  let depth = 0
  let start = -1
  let last: string | undefined
  for (const match of documentXml.matchAll(/<w:sectPr(?=[\s/>])[^>]*?(\/?)>|<\/w:sectPr>/g)) {
    const at = match.index
    if (match[0].startsWith('</')) {
      depth--
      if (depth === 0 && start >= 0) last = documentXml.slice(start, at + match[0].length)
    } else if (match[1] === '/') {
      if (depth === 0) last = match[0]
    } else if (depth++ === 0) {
      start = at
    }
  }
  return last
}

function pageOf(sectPr: string): HousePage | undefined {
  const size = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0]
  const margins = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0]
  if (!size || !margins) return undefined
  const twips = (tag: string, name: string) => {
    const value = attribute(tag, name)
    // Word writes twips; a universal measure ("2cm") is allowed by the standard but not written by Word.
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined
  }
  const width = twips(size, 'w:w')
  const height = twips(size, 'w:h')
  const [top, right, bottom, left] = ['w:top', 'w:right', 'w:bottom', 'w:left'].map((n) => twips(margins, n))
  if (!width || !height || top === undefined || right === undefined || bottom === undefined || left === undefined) return undefined
  if (width - Math.max(left, 0) - Math.max(right, 0) < 1440) return undefined // less than an inch of text: not a page to write on
  return {
    width,
    height,
    orientation: attribute(size, 'w:orient') === 'landscape' ? 'landscape' : 'portrait',
    margin: { top, right, bottom, left, header: twips(margins, 'w:header') ?? 709, footer: twips(margins, 'w:footer') ?? 709, gutter: twips(margins, 'w:gutter') ?? 0 },
  }
}

/** The value of an attribute in a start tag, XML entities decoded. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)
  const raw = match?.[2] ?? match?.[3]
  return raw?.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
}
