/**
 * `oogo batch --pdf` / `--alleen-pdf` with a stand-in `soffice` on PATH (a shell script that answers `--version`, logs
 * each start and writes a small complete PDF per input), so the test is about what batch does with PDFs: one
 * LibreOffice for the dossiers of a worker, the manifest with every PDF and the .docx it came from, a dossier whose
 * PDF fails left out whole (and made on the next run), the others unaffected. The real LibreOffice is the business
 * of generate-pdf.test.ts and pdf-structure.test.ts.
 */
import { createHash } from 'node:crypto'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runBatch } from '../../src/app/batch/batch.ts'
import { keepWorkersWarm, stopWarmWorkers } from '../../src/app/batch/pool.ts'
import { root, samplePath } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-batch-pdf-'))
const bin = join(tmp, 'bin')
const input = join(tmp, 'dossiers')
const path = process.env.PATH
keepWorkersWarm()
beforeAll(() => {
  mkdirSync(bin)
  writeFileSync(join(bin, 'soffice'), [
    '#!/bin/sh',
    '[ "$1" = "--version" ] && { echo "LibreOffice 7.4.7.2-stand-in 40(Build:2)"; exit 0; }',
    `echo start >> ${join(bin, 'starts')}`,
    'while [ "$1" != "--outdir" ]; do shift; done',
    'out="$2"; shift 2',
    'for f in "$@"; do',
    '  n=$(basename "$f" .docx)',
    '  echo "convert $f -> $out/$n.pdf using filter : writer_pdf_Export"',
    '  [ "$n" = "$OOGO_TEST_SKIP" ] || printf "%%PDF-stand-in %s\\n%%%%EOF\\n" "$(cksum < "$f" | cut -d" " -f1)" > "$out/$n.pdf"',
    'done',
    '',
  ].join('\n'))
  chmodSync(join(bin, 'soffice'), 0o755)
  mkdirSync(input)
  cpSync(samplePath, join(input, 'voorbeeld.yaml'))
  cpSync(join(root, 'test/fixtures/haarlemmermeer-gemeente/dossier.yaml'), join(input, 'haarlemmermeer.yaml'))
})
afterEach(() => {
  process.env.PATH = path
  delete process.env.OOGO_TEST_SKIP
  rmSync(join(bin, 'starts'), { force: true })
})
afterAll(async () => {
  keepWorkersWarm(false)
  await stopWarmWorkers()
  rmSync(tmp, { recursive: true, force: true })
})

async function batch(out: string, flags: { pdf?: boolean; alleenPdf?: boolean }) {
  process.env.PATH = `${bin}:/usr/bin:/bin`
  const terminal = captureTerminal()
  const code = await runBatch([input], { uit: out, parallel: 1, document: ['overeenkomst'], ...flags }, terminal)
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr() }
}
const starts = () => (existsSync(join(bin, 'starts')) ? readFileSync(join(bin, 'starts'), 'utf8').split('\n').filter(Boolean).length : 0)
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
const files = (out: string) => readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name).slice(out.length + 1)).sort()

const sample = 'voorbeeld/overeenkomst-oogo-jz03-2026'
const haarlemmermeer = 'haarlemmermeer/overeenkomst-oogo-hlm-2026-01'

describe('batch --pdf', () => {
  const out = join(tmp, 'naast')
  let run: Awaited<ReturnType<typeof batch>>
  beforeAll(async () => {
    run = await batch(out, { pdf: true })
  }, 60_000)

  it('writes a PDF beside every .docx, with one LibreOffice for the dossiers of the worker', () => {
    expect(run.code).toBe(0)
    expect(files(out)).toEqual([`${haarlemmermeer}.docx`, `${haarlemmermeer}.pdf`, 'manifest.json', `${sample}.docx`, `${sample}.pdf`])
    expect(readFileSync(join(out, `${sample}.pdf`), 'latin1')).toMatch(/^%PDF-stand-in \d+\n%%EOF\n$/)
    expect(starts()).toBe(1)
    expect(run.stdout).toMatch(/^2 dossiers gemaakt; 2 documenten \(elk ook als PDF\), \d+ waarschuwingen?, /m)
  })

  it('lists every PDF in the manifest with its hash and the hash of the .docx it was made from, and the LibreOffice', () => {
    const manifest = manifestOf(out)
    expect(manifest.pdf).toEqual({ libreOffice: '7.4.7.2-stand-in', only: false })
    expect(manifest.dossiers.map((d: { documents: unknown }) => d.documents)).toEqual([sample, haarlemmermeer].sort().map((name) => [
      { path: `${name}.docx`, kind: 'overeenkomst', sha256: sha(join(out, `${name}.docx`)), size: readFileSync(join(out, `${name}.docx`)).length },
      { path: `${name}.pdf`, kind: 'overeenkomst', sha256: sha(join(out, `${name}.pdf`)), size: readFileSync(join(out, `${name}.pdf`)).length, docxSha256: sha(join(out, `${name}.docx`)) },
    ]))
  })

  it('a second run finds everything unchanged and starts no LibreOffice', async () => {
    const again = await batch(out, { pdf: true })
    expect([again.code, again.stdout]).toEqual([0, 'niets te doen: 2 dossiers ongewijzigd\n'])
    expect(starts()).toBe(0)
  })
})

describe('batch --alleen-pdf', () => {
  it('keeps the PDFs only; the manifest still has the hash of each .docx', async () => {
    const out = join(tmp, 'alleen')
    const run = await batch(out, { alleenPdf: true })
    expect(run.code).toBe(0)
    expect(files(out)).toEqual([`${haarlemmermeer}.pdf`, 'manifest.json', `${sample}.pdf`])
    const manifest = manifestOf(out)
    expect(manifest.pdf).toEqual({ libreOffice: '7.4.7.2-stand-in', only: true })
    expect(manifest.dossiers.flatMap((d: { documents: { path: string; docxSha256: string }[] }) => d.documents.map((x) => [x.path, x.docxSha256])))
      .toEqual([[`${haarlemmermeer}.pdf`, hex], [`${sample}.pdf`, hex]])
    expect(run.stdout).toMatch(/^2 dossiers gemaakt; 2 documenten als PDF, /m)
  })
})

const hex = expect.stringMatching(/^[0-9a-f]{64}$/)

describe('batch --pdf when a PDF fails', () => {
  it('reports the document, leaves that dossier out of the manifest, and makes it on the next run; the other dossier is complete', async () => {
    const out = join(tmp, 'mislukt')
    process.env.OOGO_TEST_SKIP = '0' // the first document of the LibreOffice run: the haarlemmermeer dossier's
    const run = await batch(out, { pdf: true })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(`${join(out, `${haarlemmermeer}.pdf`)}  LibreOffice heeft van overeenkomst-oogo-hlm-2026-01.docx geen PDF gemaakt.  [pdf/niet-gemaakt]\n`)
    expect(files(out)).toEqual([`${haarlemmermeer}.docx`, 'manifest.json', `${sample}.docx`, `${sample}.pdf`])
    expect(manifestOf(out).dossiers.map((d: { file: string }) => d.file)).toEqual(['voorbeeld.yaml'])

    delete process.env.OOGO_TEST_SKIP
    const again = await batch(out, { pdf: true })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/^1 dossier gemaakt, 1 ongewijzigd; 1 document \(elk ook als PDF\), /m)
    expect(files(out)).toEqual([`${haarlemmermeer}.docx`, `${haarlemmermeer}.pdf`, 'manifest.json', `${sample}.docx`, `${sample}.pdf`])
  })

  it('without soffice: exit 3 before anything is built, the package named', async () => {
    const out = join(tmp, 'zonder')
    const terminal = captureTerminal()
    process.env.PATH = join(tmp, 'leeg')
    const code = await runBatch([input], { uit: out, parallel: 1, document: ['overeenkomst'], pdf: true }, terminal)
    expect(code).toBe(3)
    expect(terminal.stderr()).toContain('soffice  Voor --pdf is LibreOffice nodig, maar het programma soffice is niet gevonden; er is niets geschreven.  [pdf/geen-libreoffice]\n' +
      '    Installeer LibreOffice (Debian en Ubuntu: sudo apt-get install libreoffice-writer-nogui)')
    expect(existsSync(out)).toBe(false)
  })
})
