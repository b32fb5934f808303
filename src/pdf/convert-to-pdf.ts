/**
 * Converts a run's .docx documents to PDF/A-2b, tagged, with bookmarks from the headings, in ONE headless
 * LibreOffice process for all of them (`soffice --convert-to` takes many input files), never one per document.
 *
 * The documents are written to a private temporary folder, converted there with a profile folder of our own
 * (`-env:UserInstallation`), so a LibreOffice the user has open is neither joined nor disturbed and no user set-up
 * is needed; the temporary folder is removed afterwards. The PDFs come back as bytes: the caller writes them with
 * the .docx as one set (write/write-documents.ts), so a failed conversion leaves nothing half-written.
 *
 * Failure is a located Dutch problem, never a throw: `soffice` not installed (with the Debian package to install),
 * the whole conversion over its time limit (20 s + 5 s per document; the process group is killed), or a document
 * for which no PDF came out.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'

export interface DocxToConvert { fileName: string; bytes: Uint8Array }
export interface ConvertedPdf { fileName: string; bytes: Uint8Array }
export interface ConversionResult { pdfs: ConvertedPdf[]; problems: OogoError[] }

/** LibreOffice's PDF export: PDF/A-2b, tagged (structure tree, language, reading order), bookmarks from headings. */
export const pdfExportFilter = 'pdf:writer_pdf_Export:' + JSON.stringify({
  SelectPdfVersion: { type: 'long', value: '2' },
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
})

/** The Debian package that brings `soffice` without a desktop. */
export const libreOfficePackage = 'libreoffice-writer-nogui'

/** The time one conversion of `count` documents may take before LibreOffice is stopped, in milliseconds. */
export const timeLimitFor = (count: number): number => 20_000 + 5_000 * count

/** The PDF's file name for a .docx file name. */
export const pdfNameFor = (docxName: string): string => docxName.replace(/\.docx$/i, '') + '.pdf'

/**
 * Converts `documents` in one LibreOffice run. `shownFolder` is the output folder as the user named it, used to
 * locate problems (the PDF that is missing). `command` is the program to start (default `soffice`, from PATH).
 */
export async function convertToPdf(documents: readonly DocxToConvert[], shownFolder: string, options: { command?: string; timeLimit?: number } = {}): Promise<ConversionResult> {
  if (documents.length === 0) return { pdfs: [], problems: [] }
  const work = mkdtempSync(join(tmpdir(), 'oogo-pdf-'))
  try {
    const input = join(work, 'docx')
    const output = join(work, 'pdf')
    mkdirSync(input)
    mkdirSync(output)
    const inputs = documents.map((d) => {
      const path = join(input, d.fileName)
      writeFileSync(path, d.bytes)
      return path
    })
    const args = [`-env:UserInstallation=file://${join(work, 'profiel')}`, '--headless', '--invisible', '--norestore',
      '--nologo', '--nodefault', '--nolockcheck', '--convert-to', pdfExportFilter, '--outdir', output, ...inputs]
    const limit = options.timeLimit ?? timeLimitFor(documents.length)
    const run = await runLibreOffice(options.command ?? 'soffice', args, limit)
    if (run === 'missing') return { pdfs: [], problems: [missingProblem()] }
    if (run === 'timeout') return { pdfs: [], problems: [timeoutProblem(shownFolder, documents.length, limit)] }
    const pdfs: ConvertedPdf[] = []
    const problems: OogoError[] = []
    for (const d of documents) {
      const fileName = pdfNameFor(d.fileName)
      try {
        pdfs.push({ fileName, bytes: readFileSync(join(output, fileName)) })
      } catch {
        problems.push(oogoError(ErrorCode.pdfNotMade, 'write',
          `LibreOffice heeft van ${d.fileName} geen PDF gemaakt; er is niets geschreven.`, { file: join(shownFolder, fileName) },
          'Open het Word-document in LibreOffice om te zien of het te lezen is, of maak het opnieuw zonder --pdf.'))
      }
    }
    return problems.length > 0 ? { pdfs: [], problems } : { pdfs, problems: [] }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Starts LibreOffice in its own process group and waits; on time-out the whole group (soffice.bin too) is killed. */
function runLibreOffice(command: string, args: readonly string[], limit: number): Promise<'done' | 'missing' | 'timeout'> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, limit)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      resolve(error.code === 'ENOENT' ? 'missing' : 'done')
    })
    child.on('close', () => {
      clearTimeout(timer)
      resolve(timedOut ? 'timeout' : 'done')
    })
  })
}

function missingProblem(): OogoError {
  return oogoError(ErrorCode.pdfNoLibreOffice, 'write',
    'Voor --pdf is LibreOffice nodig, maar het programma soffice is niet gevonden; er is niets geschreven.', { file: 'soffice' },
    `Installeer LibreOffice (Debian en Ubuntu: sudo apt-get install ${libreOfficePackage}) en zorg dat soffice in het zoekpad (PATH) staat.`)
}

const seconds = (ms: number): string => {
  const s = Math.ceil(ms / 1000)
  return `${s} ${s === 1 ? 'seconde' : 'seconden'}`
}

function timeoutProblem(shownFolder: string, count: number, limit: number): OogoError {
  return oogoError(ErrorCode.pdfTimeout, 'write',
    `LibreOffice was na ${seconds(limit)} nog niet klaar met ${count === 1 ? '1 document' : `${count} documenten`} en is gestopt; er is niets geschreven.`,
    { file: shownFolder }, 'Probeer het opnieuw, of maak minder documenten tegelijk (--document).')
}
