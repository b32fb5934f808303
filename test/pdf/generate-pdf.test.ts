/**
 * `oogo genereer --pdf` / `--alleen-pdf`: one real LibreOffice run for three documents of the sample (a verzoek and
 * two motiveringen), whose PDFs are checked byte by byte: PDF header, PDF/A-2b identification in the XMP metadata,
 * tagged (/MarkInfo marked, a structure tree), language nl-NL, the document's title in the metadata, bookmarks.
 * The rest uses a stand-in `soffice` on PATH (a shell script), to simulate what a real LibreOffice cannot be made to
 * do on demand: no soffice at all, a PDF that does not come out, a conversion that hangs.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { unzipParts } from '../../src/ooxml/zip.ts'
import { convertToPdf, pdfExportFilter } from '../../src/pdf/convert-to-pdf.ts'
import { runCli, type CliRun } from '../support/terminal.ts'
import { samplePath } from '../support/helpers.ts'

const work = mkdtempSync(join(tmpdir(), 'oogo-pdf-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const names = ['motivering-den-helder', 'motivering-texel', 'verzoek-oogo-jz03-2026']
const latin1 = (path: string) => readFileSync(path).toString('latin1')

describe('genereer --pdf with LibreOffice', () => {
  const out = join(work, 'echt')
  let run: CliRun
  beforeAll(async () => {
    run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', 'motivering', '--pdf'])
  }, 60_000)

  it('writes a PDF beside every .docx and says so', () => {
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(names.flatMap((n) => [`${n}.docx`, `${n}.pdf`]))
    expect(run.stdout).toContain('3 documenten geschreven (1 verzoek, 2 motivering), elk als Word-document en als PDF.\n')
    expect(run.stdout).toContain(`${join(out, 'verzoek-oogo-jz03-2026.pdf')}`)
  })

  it.each(names)('%s.pdf is PDF/A-2b, tagged, in Dutch, titled and bookmarked', (name) => {
    const pdf = latin1(join(out, `${name}.pdf`))
    expect(pdf.slice(0, 8)).toMatch(/^%PDF-1\.[4-7]$/)
    expect(pdf).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(pdf).toContain('<pdfaid:conformance>B</pdfaid:conformance>')
    expect(pdf).toMatch(/\/MarkInfo\s*<<\s*\/Marked true\s*>>/)
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(pdf).toMatch(/\/Lang\s*\(nl-NL\)/)
    expect(pdf).toMatch(/\/Outlines \d+ 0 R/)
    expect(pdf).toMatch(/\/FontFile2? /)
    const title = /<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">([^<]+)<\/rdf:li>/.exec(pdf)?.[1]
    const core = new TextDecoder().decode(unzipParts(readFileSync(join(out, `${name}.docx`))).get('docProps/core.xml'))
    expect(title).toBe(/<dc:title>([^<]+)<\/dc:title>/.exec(core)?.[1]) // the .docx's title, e.g. 'Verzoek aan de Geschillencommissie oogo-jeugdplan'
    expect(title).toMatch(/^(Verzoek aan de Geschillencommissie|Raadsvoorstel)/)
  })
})

describe('genereer --pdf without a real LibreOffice', () => {
  const path = process.env.PATH
  const bin = join(work, 'bin')
  afterEach(() => {
    process.env.PATH = path
    delete process.env.OOGO_TEST_SKIP
  })
  /** A stand-in soffice: writes `%PDF-stand-in` for every input after --outdir, except the one named in OOGO_TEST_SKIP. */
  const standIn = () => {
    rmSync(bin, { recursive: true, force: true })
    mkdirSync(bin, { recursive: true })
    writeFileSync(join(bin, 'soffice'), [
      '#!/bin/sh',
      'while [ "$1" != "--outdir" ]; do shift; done',
      'out="$2"; shift 2',
      'for f in "$@"; do n=$(basename "$f" .docx); [ "$n" = "$OOGO_TEST_SKIP" ] || printf "%%PDF-stand-in" > "$out/$n.pdf"; done',
      '',
    ].join('\n'))
    chmodSync(join(bin, 'soffice'), 0o755)
    process.env.PATH = `${bin}:/usr/bin:/bin`
  }

  it('--alleen-pdf writes the PDFs and no .docx', async () => {
    standIn()
    const out = join(work, 'alleen')
    const run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', 'motivering', '--alleen-pdf'])
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(names.map((n) => `${n}.pdf`))
    expect(readFileSync(join(out, 'motivering-texel.pdf'), 'latin1')).toBe('%PDF-stand-in')
    expect(run.stdout).toContain('3 documenten geschreven (1 verzoek, 2 motivering) als PDF.\n')
  })

  it('a PDF LibreOffice did not make: a located message, exit 3, nothing written', async () => {
    standIn()
    process.env.OOGO_TEST_SKIP = 'motivering-texel'
    const out = join(work, 'half')
    const run = await runCli(['genereer', samplePath, '--uit', out, '--document', 'verzoek', 'motivering', '--pdf'])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(`${join(out, 'motivering-texel.pdf')}  LibreOffice heeft van motivering-texel.docx geen PDF gemaakt; er is niets geschreven.  [pdf/niet-gemaakt]`)
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

  it('a conversion over its time limit is stopped and reported, with no PDF', async () => {
    const hang = join(work, 'hangt')
    writeFileSync(hang, '#!/bin/sh\nsleep 30\n')
    chmodSync(hang, 0o755)
    const result = await convertToPdf([{ fileName: 'a.docx', bytes: new Uint8Array([1]) }], 'uit', { command: hang, timeLimit: 300 })
    expect(result).toEqual({
      pdfs: [],
      problems: [{
        code: 'pdf/te-lang', severity: 'error', stage: 'write', place: { file: 'uit' },
        message: 'LibreOffice was na 1 seconde nog niet klaar met 1 document en is gestopt; er is niets geschreven.',
        suggestion: 'Probeer het opnieuw, of maak minder documenten tegelijk (--document).',
      }],
    })
  })

  it('asks LibreOffice for PDF/A-2b, tagged, with bookmarks (the JSON filter options of LibreOffice 7.4+)', () => {
    expect(JSON.parse(pdfExportFilter.slice('pdf:writer_pdf_Export:'.length))).toEqual({
      SelectPdfVersion: { type: 'long', value: '2' },
      UseTaggedPDF: { type: 'boolean', value: 'true' },
      ExportBookmarks: { type: 'boolean', value: 'true' },
    })
  })
})

