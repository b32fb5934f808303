/**
 * `oogo batch --pdf` / `--alleen-pdf`: after the .docx of the built dossiers are on disk, their PDFs.
 *
 * As many LibreOffice processes as `--parallel` run side by side; each takes whole dossiers from one queue, enough
 * for about a hundred documents (or an even share, when there are fewer), and converts them in one start
 * (pdf/convert-to-pdf.ts: a hanging or crashing document is reported and LibreOffice restarted for the rest). A
 * dossier's PDFs are written as one set (write/write-documents.ts), only when every one of them was made: a dossier
 * is then either complete, with every PDF, or reported and left out of the manifest, so the next run makes it
 * again. The other dossiers are not affected. With `--alleen-pdf` the dossier's .docx are removed once its PDFs are
 * written; the manifest still records the hash of the .docx each PDF was made from.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { OogoError } from '../../errors.ts'
import { sha256 } from '../../load/find-dossiers.ts'
import { convertToPdf, pdfNameFor } from '../../pdf/convert-to-pdf.ts'
import { writeProblem } from '../../write/atomic-write.ts'
import { writeDocuments } from '../../write/write-documents.ts'
import type { BuiltDocument } from './worker.ts'

export interface DossierForPdf {
  /** The dossier's sub-folder of the output folder. */
  folder: string
  /** Its .docx as the worker wrote them (paths relative to the output folder). */
  documents: BuiltDocument[]
}

export interface PdfPhaseOptions {
  /** The output folder: absolute, and as the user named it (for messages). */
  outDir: string
  shownOut: string
  parallel: number
  only: boolean
  /** Checked before each LibreOffice start: no new start once it is true. */
  stopped: () => boolean
  /** A dossier done: the documents to record (the .docx and the PDFs, or the PDFs only), or the problems. */
  onDossier: (dossier: DossierForPdf, documents: BuiltDocument[], problems: OogoError[]) => void
}

/** The most documents one LibreOffice start takes on. */
const documentsPerStart = 100

export async function makePdfs(dossiers: readonly DossierForPdf[], options: PdfPhaseOptions): Promise<void> {
  const total = dossiers.reduce((n, d) => n + d.documents.length, 0)
  const share = Math.max(1, Math.min(documentsPerStart, Math.ceil(total / options.parallel)))
  let next = 0
  const slot = async () => {
    while (next < dossiers.length && !options.stopped()) {
      const group: DossierForPdf[] = []
      let count = 0
      while (next < dossiers.length && (count === 0 || count + dossiers[next]!.documents.length <= share)) {
        group.push(dossiers[next]!)
        count += dossiers[next++]!.documents.length
      }
      await convertGroup(group, options)
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.parallel, dossiers.length) }, slot))
}

async function convertGroup(group: readonly DossierForPdf[], options: PdfPhaseOptions): Promise<void> {
  const documents = group.flatMap((d) => d.documents)
  const shown = (path: string) => join(options.shownOut, path)
  let converted: Awaited<ReturnType<typeof convertToPdf>>
  try {
    converted = await convertToPdf(documents.map((d) => ({ source: join(options.outDir, d.path), shownPdf: shown(pdfNameFor(d.path)) })))
  } catch (error) {
    // The .docx could not be read, or the temporary folder not written (a full disk): a write fault of each dossier.
    for (const dossier of group) options.onDossier(dossier, [], [writeProblem(shown(dossier.folder), error, 'De PDF\'s kunnen niet worden gemaakt')])
    return
  }
  let at = 0
  for (const dossier of group) {
    const pdfs = dossier.documents.map((_, i) => converted.pdfs[at + i])
    at += dossier.documents.length
    const own = new Set(dossier.documents.map((d) => shown(pdfNameFor(d.path))))
    const problems = converted.problems.filter((p) => own.has(p.place?.file ?? '') || (dossier === group[0] && p.place?.file === 'soffice'))
    if (problems.length > 0 || pdfs.some((p) => p === undefined)) {
      options.onDossier(dossier, [], problems)
      continue
    }
    const folder = join(options.outDir, dossier.folder)
    const files = dossier.documents.map((d, i) => ({ fileName: pdfNameFor(d.path.slice(dossier.folder.length + 1)), bytes: pdfs[i]! }))
    const written = writeDocuments(folder, files)
    if (written.problems.length > 0) {
      options.onDossier(dossier, [], written.problems)
      continue
    }
    const made: BuiltDocument[] = dossier.documents.map((d, i) => ({
      path: pdfNameFor(d.path), kind: d.kind, sha256: sha256(pdfs[i]!), size: written.written[i]!.bytes, docxSha256: d.sha256,
    }))
    if (options.only) for (const d of dossier.documents) rmSync(join(options.outDir, d.path), { force: true })
    options.onDossier(dossier, options.only ? made : dossier.documents.flatMap((d, i) => [d, made[i]!]), [])
  }
}
