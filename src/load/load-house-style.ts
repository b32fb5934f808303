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
import { hasDoctype } from '../ooxml/xml.ts'
import { openZip, ZipError, type ZipPackage, type ZipProblem } from '../ooxml/zip.ts'
import { contrastWarnings } from './house-style-contrast.ts'
import { readBytes } from './read-source.ts'

// A file that is no usable Word document (an error, exit code 1), one that unpacks to more than a house style can
// be (an error, exit code 1), and a logo oogo cannot take over (a warning).
const houseStyleInvalid = ErrorCode.houseStyleInvalid
const houseStyleTooLarge = ErrorCode.houseStyleTooLarge
const houseStyleLogo = ErrorCode.houseStyleLogo

const MB = 1024 * 1024
/** A house style is a few hundred kB; anything near this is not one. */
const maxBytes = 50 * MB
/**
 * What the package may unpack to, checked in its central directory before anything is inflated: Word writes a few
 * dozen entries, and a house style unpacks to a few MB.
 */
const zipLimits = { maxEntries: 1000, maxTotalSize: 100 * MB }
/**
 * An XML part oogo reads (the main document, styles, theme, header, footer, relationships) is parsed whole, and the
 * parser takes some 60 times its size in memory: 5 MB of XML is about 300 MB. Word's styles.xml is well under 1 MB.
 */
const maxXmlPartBytes = 5 * MB
/** An image of the header or footer (a logo). */
const maxMediaBytes = 10 * MB

const saveAgain = 'Sla de huisstijl opnieuw op in Word als .docx.'
/** More styles than any real house style has (Word's Normal template: about 370, most of them latent). */
export const maxStyles = 2000

/** A refusal of the whole house style, thrown from deep inside reading a part and caught in readHouseStyle. */
class Refusal {
  constructor(readonly problem: OogoError) {}
}

/** Reads and unpacks a house style; every way that can fail is a problem placed at the file. */
export function loadHouseStyle(file: string): { houseStyle?: HouseStyle; problems: OogoError[] } {
  const read = readBytes(file, { subject: 'De huisstijl', noun: 'huisstijl', kind: 'huisstijl', maxBytes, directoryHint: 'Geef het pad van een Word-document (.docx).' })
  return read.bytes ? readHouseStyle(file, read.bytes) : { problems: read.problems }
}

/** The house style in `bytes` (a .docx or .dotx); `file` is only for messages. Also for tests, in memory. */
export function readHouseStyle(file: string, bytes: Uint8Array): { houseStyle?: HouseStyle; problems: OogoError[] } {
  try {
    return readPackage(file, bytes)
  } catch (error) {
    if (error instanceof Refusal) return { problems: [error.problem] }
    throw error
  }
}

function readPackage(file: string, bytes: Uint8Array): { houseStyle?: HouseStyle; problems: OogoError[] } {
  const invalid = (message: string, suggestion: string) => ({ problems: [oogoError(houseStyleInvalid, 'load', message, { file }, suggestion)] })
  const saveAsDocx = 'Open het in Word en sla het op als Word-document (.docx).'
  if (bytes.length === 0) return { problems: [oogoError(ErrorCode.fileEmpty, 'load', 'De huisstijl is een leeg bestand.', { file })] }
  let zip: ZipPackage
  try {
    zip = openZip(bytes, zipLimits)
  } catch (error) {
    if (!(error instanceof ZipError)) throw error
    if (error.problem.kind !== 'not-zip') throw new Refusal(refusalOf(file, error.problem))
    const legacy = bytes[0] === 0xd0 && bytes[1] === 0xcf // the OLE container of .doc and .dot
    return invalid(legacy ? 'De huisstijl is een oud Word-bestand (.doc of .dot), geen .docx.' : 'De huisstijl is geen Word-document (.docx): het is geen zip-pakket.', saveAsDocx)
  }

  // Only the parts asked for are inflated, each once.
  const inflated = new Map<string, Uint8Array | undefined>()
  const partBytes = (name: string, maxSize: number): Uint8Array | undefined => {
    if (!inflated.has(name)) {
      try {
        inflated.set(name, zip.read(name, maxSize))
      } catch (error) {
        if (error instanceof ZipError) throw new Refusal(refusalOf(file, error.problem))
        throw error
      }
    }
    const part = inflated.get(name)
    if (part && part.length > maxSize) throw new Refusal(refusalOf(file, { kind: 'part-too-large', name, size: part.length, limit: maxSize }))
    return part
  }
  const decoder = new TextDecoder()
  const text = (name: string) => {
    const part = partBytes(name, maxXmlPartBytes)
    if (part === undefined) return undefined
    const xml = decoder.decode(part)
    if (hasDoctype(xml)) {
      throw new Refusal(oogoError(houseStyleInvalid, 'load',
        `Het onderdeel ${name} van de huisstijl bevat een DOCTYPE-declaratie. Word schrijft die nooit; oogo leest zo'n onderdeel niet.`,
        { file }, saveAgain))
    }
    return xml
  }

  const main = targetOf(readRelationships('', text), 'officeDocument') ?? 'word/document.xml'
  const documentXml = text(main)
  if (documentXml === undefined) return invalid('De huisstijl is een zip-pakket, maar geen Word-document: het hoofddocument ontbreekt.', saveAsDocx)
  const documentRels = readRelationships(main, text)
  const stylesXml = text(targetOf(documentRels, 'styles') ?? 'word/styles.xml')
  const sheet = stylesXml === undefined ? undefined : readStyleSheet(stylesXml)
  if (stylesXml === undefined) {
    return invalid('De huisstijl heeft geen opmaakprofielen (word/styles.xml).', `${saveAsDocx} Word schrijft de opmaakprofielen altijd mee.`)
  }
  if (sheet === undefined) {
    return invalid('De opmaakprofielen van de huisstijl (word/styles.xml) zijn beschadigd: het is geen geldige XML.', `${saveAsDocx} Word schrijft ze dan opnieuw.`)
  }
  if (sheet === 'strict') {
    return invalid('De huisstijl is opgeslagen als "Strikt Open XML-document"; dat kan oogo niet lezen.', 'Sla het op als gewoon Word-document (.docx).')
  }
  // Word's own templates hold a few hundred styles; every document carries the house's styles, so thousands of them
  // make every document slow (20,000 styles: seconds per document, minutes for a dossier).
  if (sheet.styles.length > maxStyles) {
    return { problems: [oogoError(houseStyleTooLarge, 'load',
      `De huisstijl heeft ${sheet.styles.length} opmaakprofielen; oogo neemt een huisstijl van hooguit ${maxStyles} opmaakprofielen over.`, { file },
      `Verwijder de opmaakprofielen die u niet gebruikt (in Word: Opmaakprofielen beheren), of begin bij een kopie van templates/huisstijl.docx. ${saveAgain}`)] }
  }

  const houseStyle: HouseStyle = { file, stylesXml, styles: sheet.styles, docDefaults: sheet.docDefaults, ...(sheet.defaultRun ? { defaultRun: sheet.defaultRun } : {}) }
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
        const data = r.external ? undefined : partBytes(r.target, maxMediaBytes)
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
  problems.push(...contrastWarnings(file, stylesXml))
  return { houseStyle, problems }
}

/** The located error for a package or part that oogo will not unpack. */
function refusalOf(file: string, problem: ZipProblem): OogoError {
  const error = (code: ErrorCode, message: string, suggestion: string) => oogoError(code, 'load', message, { file }, suggestion)
  switch (problem.kind) {
    case 'not-zip': // never from reading a part; opening the package says more (see readPackage)
      return error(houseStyleInvalid, 'De huisstijl is geen Word-document (.docx): het is geen zip-pakket.', saveAgain)
    case 'too-many-entries':
      return error(houseStyleTooLarge,
        `Het zip-pakket van de huisstijl bevat ${problem.count} bestanden; oogo opent een huisstijl van hooguit ${problem.limit} bestanden.`,
        `${saveAgain} Een huisstijl heeft alleen de opmaakprofielen, de kop- en voettekst en het logo nodig.`)
    case 'duplicate-name':
      return error(houseStyleInvalid,
        `Het zip-pakket van de huisstijl bevat het onderdeel ${problem.name} meer dan eens; het pakket is beschadigd.`, saveAgain)
    case 'total-too-large':
      return error(houseStyleTooLarge,
        `De huisstijl pakt uit tot meer dan ${megabytes(problem.limit)}; dat is geen huisstijl. oogo pakt het bestand daarom niet uit.`,
        `${saveAgain} Een huisstijl heeft alleen de opmaakprofielen, de kop- en voettekst en het logo nodig.`)
    case 'part-too-large': {
      const image = problem.limit === maxMediaBytes
      return error(houseStyleTooLarge,
        `Het onderdeel ${problem.name} van de huisstijl pakt uit tot ${megabytes(problem.size)}; oogo leest ${image ? 'een afbeelding' : 'een onderdeel'} van hooguit ${megabytes(problem.limit)}.`,
        image ? `Verklein het logo (een PNG- of JPEG-afbeelding van enkele honderden kB is genoeg). ${saveAgain}`
          : `Gebruik als huisstijl een document met alleen de opmaak: verwijder de tekst, bewaar de opmaakprofielen en de kop- en voettekst. ${saveAgain}`)
    }
    case 'part-unreadable':
      return error(houseStyleInvalid,
        `Het onderdeel ${problem.name} van de huisstijl kan niet worden uitgepakt; het zip-pakket is beschadigd.`, saveAgain)
  }
}

/** Bytes as Dutch megabytes: "49 MB", "2,5 MB". */
const megabytes = (bytes: number) => `${String(Math.round((bytes / MB) * 10) / 10).replace('.', ',')} MB`

/** The image formats docx's ImageRun takes, from the first bytes (extensions lie). */
function imageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (starts(0xff, 0xd8, 0xff)) return 'jpg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif'
  if (starts(0x42, 0x4d)) return 'bmp'
  return undefined
}
