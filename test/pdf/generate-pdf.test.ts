/**
 * `oogo genereer --pdf` / `--alleen-pdf` and the conversion's failures, with a stand-in `soffice` on PATH (a shell
 * script), to simulate what a real LibreOffice cannot be made to do on demand: no soffice at all, a PDF that does not
 * come out, a document that hangs, a crash. The real LibreOffice and its PDFs are checked in pdf-structure.test.ts.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { convertToPdf, pdfExportFilter } from '../../src/pdf/convert-to-pdf.ts'
import { runCli } from '../support/terminal.ts'
import { samplePath } from '../support/helpers.ts'

const work = mkdtempSync(join(tmpdir(), 'oogo-pdf-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const names = ['motivering-den-helder', 'motivering-texel', 'verzoek-oogo-jz03-2026']

describe('genereer --pdf without a real LibreOffice', () => {
  const path = process.env.PATH
  const bin = join(work, 'bin')
  afterEach(() => {
    process.env.PATH = path
    for (const key of ['OOGO_TEST_SKIP', 'OOGO_TEST_HANG', 'OOGO_TEST_CRASH']) delete process.env[key]
  })
  /**
   * A stand-in soffice. It takes the inputs after --outdir in order, prints LibreOffice's `convert` line for each and
   * writes a small complete PDF, except: the input named in OOGO_TEST_SKIP (by its number: oogo numbers the inputs)
   * gets no PDF, at OOGO_TEST_HANG it hangs after writing half a PDF, at OOGO_TEST_CRASH it dies as on SIGABRT. Each
   * start is logged to `starts`, so a restart shows.
   */
  const standIn = () => {
    rmSync(bin, { recursive: true, force: true })
    mkdirSync(bin, { recursive: true })
    writeFileSync(join(bin, 'soffice'), [
      '#!/bin/sh',
      `echo start >> ${join(bin, 'starts')}`,
      'while [ "$1" != "--outdir" ]; do shift; done',
      'out="$2"; shift 2',
      'for f in "$@"; do',
      '  n=$(basename "$f" .docx)',
      '  echo "convert $f -> $out/$n.pdf using filter : writer_pdf_Export"',
      '  [ "$n" = "$OOGO_TEST_HANG" ] && { printf "%%PDF-half" > "$out/$n.pdf"; sleep 30; }',
      '  [ "$n" = "$OOGO_TEST_CRASH" ] && exit 134',
      '  [ "$n" = "$OOGO_TEST_SKIP" ] || printf "%%PDF-stand-in\n%%%%EOF\n" > "$out/$n.pdf"',
      'done',
      '',
    ].join('\n'))
    chmodSync(join(bin, 'soffice'), 0o755)
    process.env.PATH = `${bin}:/usr/bin:/bin`
  }
  const starts = () => readFileSync(join(bin, 'starts'), 'utf8').split('\n').filter(Boolean).length
  const three = ['a', 'b', 'c'].map((n) => ({ source: new Uint8Array([1]), shownPdf: `uit/${n}.pdf` }))
  const standInPdf = new Uint8Array(Buffer.from('%PDF-stand-in\n%%EOF\n'))

  it('--alleen-pdf writes the PDFs and no .docx', async () => {
    standIn()
    const out = join(work, 'alleen')
    const run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', 'motivering', '--alleen-pdf'])
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(names.map((n) => `${n}.pdf`))
    expect(readFileSync(join(out, 'motivering-texel.pdf'), 'latin1')).toBe('%PDF-stand-in\n%%EOF\n')
    expect(run.stdout).toContain('3 documenten geschreven (1 verzoek, 2 motivering) als PDF.\n')
    expect(starts()).toBe(1) // one LibreOffice for the three documents
  })

  it('a PDF LibreOffice did not make: a located message, exit 3, nothing written', async () => {
    standIn()
    process.env.OOGO_TEST_SKIP = '2' // the third document: motivering-texel
    const out = join(work, 'half')
    const run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', 'motivering', '--pdf'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(`${join(out, 'motivering-texel.pdf')}  LibreOffice heeft van motivering-texel.docx geen PDF gemaakt.  [pdf/niet-gemaakt]\n` +
      '    Open het Word-document in LibreOffice om te zien of het te lezen is, of maak het opnieuw zonder --pdf.\n')
    expect(run.stderr).toContain('1 fout; er is niets geschreven.\n')
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
  })

  it('no soffice on PATH: exit 3, the Debian package named, nothing written', async () => {
    process.env.PATH = join(work, 'leeg')
    const out = join(work, 'zonder')
    const run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', '--pdf'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('soffice  Voor --pdf is LibreOffice nodig, maar het programma soffice is niet gevonden; er is niets geschreven.  [pdf/geen-libreoffice]\n' +
      '    Installeer LibreOffice (Debian en Ubuntu: sudo apt-get install libreoffice-writer-nogui) en zorg dat soffice in het zoekpad (PATH) staat.')
    expect(existsSync(out)).toBe(false)
  })

  it('a document that hangs is stopped within the limit per document; LibreOffice starts again for the rest', async () => {
    standIn()
    process.env.OOGO_TEST_HANG = '1'
    const result = await convertToPdf(three, { startLimit: 2_000, documentLimit: 400 })
    expect(result).toEqual({
      pdfs: [standInPdf, undefined, standInPdf],
      problems: [{
        code: 'pdf/te-lang', severity: 'error', stage: 'write', place: { file: 'uit/b.pdf' },
        message: 'LibreOffice was na 1 seconde nog niet klaar met b.docx en is gestopt; daarvan is geen PDF gemaakt. LibreOffice is opnieuw gestart voor de documenten daarna.',
        suggestion: 'Open het Word-document in LibreOffice om te zien waar het vastloopt, of maak het opnieuw zonder --pdf.',
      }],
    })
    expect(starts()).toBe(2)
  })

  it('LibreOffice crashing on a document: that one reported, the others converted after a restart', async () => {
    standIn()
    process.env.OOGO_TEST_CRASH = '0'
    const result = await convertToPdf(three)
    expect(result).toEqual({
      pdfs: [undefined, standInPdf, standInPdf],
      problems: [{
        code: 'pdf/niet-gemaakt', severity: 'error', stage: 'write', place: { file: 'uit/a.pdf' },
        message: 'LibreOffice stopte onverwacht (afsluitcode 134) bij a.docx; daarvan is geen PDF gemaakt. LibreOffice is opnieuw gestart voor de documenten daarna.',
        suggestion: 'Open het Word-document in LibreOffice om te zien of het te lezen is, of maak het opnieuw zonder --pdf.',
      }],
    })
    expect(starts()).toBe(2)
  })

  it('a LibreOffice that dies at once, twice, is not started once per document', async () => {
    const broken = join(work, 'kapot')
    writeFileSync(broken, '#!/bin/sh\nexit 1\n')
    chmodSync(broken, 0o755)
    const result = await convertToPdf(three, { command: broken })
    expect(result.pdfs).toEqual([undefined, undefined, undefined])
    expect(result.problems.map((p) => [p.code, p.place?.file, p.message])).toEqual([
      ['pdf/niet-gemaakt', 'uit/a.pdf', 'LibreOffice stopte onverwacht (afsluitcode 1) bij a.docx; daarvan is geen PDF gemaakt. LibreOffice is opnieuw gestart voor de documenten daarna.'],
      ['pdf/niet-gemaakt', 'uit/b.pdf', 'LibreOffice stopte twee keer achter elkaar zonder een PDF te maken (afsluitcode 1); van b.docx is geen PDF gemaakt.'],
      ['pdf/niet-gemaakt', 'uit/c.pdf', 'LibreOffice stopte twee keer achter elkaar zonder een PDF te maken (afsluitcode 1); van c.docx is geen PDF gemaakt.'],
    ])
  })

  it('asks LibreOffice for PDF/A-2b, tagged, with bookmarks (the JSON filter options of LibreOffice 7.4+)', () => {
    expect(JSON.parse(pdfExportFilter.slice('pdf:writer_pdf_Export:'.length))).toEqual({
      SelectPdfVersion: { type: 'long', value: '2' },
      UseTaggedPDF: { type: 'boolean', value: 'true' },
      ExportBookmarks: { type: 'boolean', value: 'true' },
      DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
    })
  })
})
