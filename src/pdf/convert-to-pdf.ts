/**
 * Converts .docx documents to PDF/A-2b, tagged, with bookmarks from the headings, in ONE headless LibreOffice
 * process for many documents (`soffice --convert-to` takes many input files), never one process per document.
 *
 * The documents are put in a private temporary folder under numbered names (so documents of different dossiers
 * with the same file name do not meet), converted there with a profile folder of our own
 * (`-env:UserInstallation`), so a LibreOffice the user has open is neither joined nor disturbed and no user set-up
 * is needed; the temporary folder is removed afterwards. Each PDF comes back as bytes, made deterministic
 * (normalize-pdf.ts); the caller writes it (write/), so nothing is ever half-written in the user's folder.
 *
 * Failure is a located Dutch problem per document, never a throw, and never stops the other documents:
 * - `soffice` not installed: one problem naming the Debian package;
 * - a document that hangs (no progress within the limit per document, run-libreoffice.ts): LibreOffice is stopped,
 *   that document reported (`pdf/te-lang`), and LibreOffice started again for the documents after it;
 * - LibreOffice crashing on a document: that document reported (`pdf/niet-gemaakt`), LibreOffice started again for
 *   the rest;
 * - a document LibreOffice passes over without a PDF (it cannot read it): reported, the others go on.
 * Two starts in a row that make no PDF at all end the conversion: the documents left are reported, rather than
 * starting LibreOffice once for each of them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { normalizePdf } from './normalize-pdf.ts'
import { runLibreOffice, type RunLimits, type RunOutcome } from './run-libreoffice.ts'

export interface DocxToConvert {
  /** The .docx: its bytes, or the path of the file on disk. */
  source: Uint8Array | string
  /** Where its PDF will be, as the user names it: the place of a problem with it. */
  shownPdf: string
}

export interface ConversionResult {
  /** Per document, in order: its PDF, or undefined when a problem says why there is none. */
  pdfs: (Uint8Array | undefined)[]
  problems: OogoError[]
}

export interface ConversionOptions extends Partial<RunLimits> {
  /** The program to start; default `soffice`, from PATH. */
  command?: string
}

/**
 * LibreOffice's PDF export: PDF/A-2b, tagged (structure tree, language, reading order), bookmarks from headings, and
 * the title as the window title (7.4's default, said here so that another version's default does not decide).
 */
export const pdfExportFilter = 'pdf:writer_pdf_Export:' + JSON.stringify({
  SelectPdfVersion: { type: 'long', value: '2' },
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
})

/** The Debian package that brings `soffice` without a desktop. */
export const libreOfficePackage = 'libreoffice-writer-nogui'

/** How long LibreOffice may take to start (a first start makes its profile folder), and per document, in ms. */
export const defaultLimits: RunLimits = { startLimit: 30_000, documentLimit: 30_000 }

/** The PDF's file name for a .docx file name. */
export const pdfNameFor = (docxName: string): string => docxName.replace(/\.docx$/i, '') + '.pdf'

export async function convertToPdf(documents: readonly DocxToConvert[], options: ConversionOptions = {}): Promise<ConversionResult> {
  const pdfs: (Uint8Array | undefined)[] = documents.map(() => undefined)
  if (documents.length === 0) return { pdfs, problems: [] }
  const limits: RunLimits = { startLimit: options.startLimit ?? defaultLimits.startLimit, documentLimit: options.documentLimit ?? defaultLimits.documentLimit }
  const work = mkdtempSync(join(tmpdir(), 'oogo-pdf-'))
  const problems: OogoError[] = []
  try {
    const input = join(work, 'docx')
    const output = join(work, 'pdf')
    mkdirSync(input)
    mkdirSync(output)
    const docx = documents.map((d, i) => {
      const bytes = typeof d.source === 'string' ? new Uint8Array(readFileSync(d.source)) : d.source
      writeFileSync(join(input, `${i}.docx`), bytes)
      return bytes
    })
    const profile = `-env:UserInstallation=file://${join(work, 'profiel')}`
    let left = documents.map((_, i) => i)
    let fruitless = 0
    while (left.length > 0) {
      const outcome = await runLibreOffice(options.command ?? 'soffice', [profile, '--headless', '--invisible', '--norestore',
        '--nologo', '--nodefault', '--nolockcheck', '--convert-to', pdfExportFilter, '--outdir', output,
        ...left.map((i) => join(input, `${i}.docx`))], limits)
      if (outcome.kind === 'missing') return { pdfs: documents.map(() => undefined), problems: [missingProblem()] }
      const made = left.filter((i) => {
        const pdf = completePdf(join(output, `${i}.pdf`))
        if (pdf) pdfs[i] = normalizePdf(pdf, docx[i]!).bytes
        return pdf !== undefined
      })
      const last = left.indexOf(made.at(-1) ?? -1) // -1: none made
      // Passed over without a PDF, with documents after it converted: LibreOffice could not read it.
      for (const i of left.slice(0, last + 1)) if (!pdfs[i]) problems.push(notMadeProblem(documents[i]!.shownPdf))
      const rest = left.slice(last + 1)
      if (rest.length === 0) break
      if (outcome.kind === 'ended') {
        for (const i of rest) problems.push(notMadeProblem(documents[i]!.shownPdf))
        break
      }
      fruitless = made.length === 0 ? fruitless + 1 : 0
      if (fruitless >= 2) {
        for (const i of rest) problems.push(gaveUpProblem(documents[i]!.shownPdf, outcome))
        break
      }
      // The first document without a PDF is the one LibreOffice hung or crashed on; start again after it.
      problems.push(outcome.kind === 'stalled' ? stalledProblem(documents[rest[0]!]!.shownPdf, limits.documentLimit) : crashedProblem(documents[rest[0]!]!.shownPdf, outcome))
      left = rest.slice(1)
      rmSync(output, { recursive: true, force: true }) // a half-written PDF of the stopped run goes with it
      mkdirSync(output)
    }
    return { pdfs, problems }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The PDF at `path` if LibreOffice finished it (it ends with `%%EOF`), else undefined. */
function completePdf(path: string): Uint8Array | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }
  return /%%EOF\s*$/.test(bytes.subarray(-32).toString('latin1')) ? new Uint8Array(bytes) : undefined
}

/** `soffice` is not there: what to install. */
export function missingProblem(): OogoError {
  return oogoError(ErrorCode.pdfNoLibreOffice, 'write',
    'Voor --pdf is LibreOffice nodig, maar het programma soffice is niet gevonden; er is niets geschreven.', { file: 'soffice' },
    `Installeer LibreOffice (Debian en Ubuntu: sudo apt-get install ${libreOfficePackage}) en zorg dat soffice in het zoekpad (PATH) staat.`)
}

const docxOf = (shownPdf: string): string => shownPdf.replace(/\.pdf$/, '.docx').replace(/^.*[\\/]/, '')

function notMadeProblem(shownPdf: string): OogoError {
  return oogoError(ErrorCode.pdfNotMade, 'write', `LibreOffice heeft van ${docxOf(shownPdf)} geen PDF gemaakt.`, { file: shownPdf },
    'Open het Word-document in LibreOffice om te zien of het te lezen is, of maak het opnieuw zonder --pdf.')
}

function crashedProblem(shownPdf: string, outcome: RunOutcome): OogoError {
  const how = outcome.kind === 'crashed' ? ` (${outcome.how})` : ''
  return oogoError(ErrorCode.pdfNotMade, 'write',
    `LibreOffice stopte onverwacht${how} bij ${docxOf(shownPdf)}; daarvan is geen PDF gemaakt. LibreOffice is opnieuw gestart voor de documenten daarna.`,
    { file: shownPdf }, 'Open het Word-document in LibreOffice om te zien of het te lezen is, of maak het opnieuw zonder --pdf.')
}

function gaveUpProblem(shownPdf: string, outcome: RunOutcome): OogoError {
  const how = outcome.kind === 'crashed' ? ` (${outcome.how})` : ''
  return oogoError(ErrorCode.pdfNotMade, 'write',
    `LibreOffice stopte twee keer achter elkaar zonder een PDF te maken${how}; van ${docxOf(shownPdf)} is geen PDF gemaakt.`, { file: shownPdf },
    'Controleer of LibreOffice werkt: soffice --headless --convert-to pdf <document>.docx.')
}

const seconds = (ms: number): string => {
  const s = Math.ceil(ms / 1000)
  return `${s} ${s === 1 ? 'seconde' : 'seconden'}`
}

function stalledProblem(shownPdf: string, limit: number): OogoError {
  return oogoError(ErrorCode.pdfTimeout, 'write',
    `LibreOffice was na ${seconds(limit)} nog niet klaar met ${docxOf(shownPdf)} en is gestopt; daarvan is geen PDF gemaakt. ` +
    'LibreOffice is opnieuw gestart voor de documenten daarna.', { file: shownPdf },
    'Open het Word-document in LibreOffice om te zien waar het vastloopt, of maak het opnieuw zonder --pdf.')
}
