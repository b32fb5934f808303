/**
 * A real reader: LibreOffice converts generated documents to PDF, and the PDF's text must show what the document
 * says: every party, the numbered articles, the resolved cross-references, the closing formula, the page footer, and
 * every signatory of the 20-party Holland Rijnland agreement (LibreOffice once printed 1 of its 20 signature rows).
 *
 * One LibreOffice run converts every file, with only the fonts CI installs (fonts-liberation, fonts-crosextra-carlito,
 * fonts-dejavu-core: Calibri is drawn as Carlito), whatever else this machine has. The 20-party agreement is converted
 * twice: as written, and with its fonts set to DejaVu Sans, which LibreOffice falls back to on a machine without a
 * Calibri-compatible font (the wider letters move every page break; that is where the rows vanished).
 *
 * Skipped (with a message) only when LibreOffice is not installed; `.ci/run` installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { assembleFile } from '../support/helpers.ts'

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const soffice = has('soffice')
if (!soffice) console.warn('reader.test.ts overgeslagen: LibreOffice (soffice) is niet geïnstalleerd; installeer libreoffice-writer-nogui.')

const ciFontDirs = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/crosextra', '/usr/share/fonts/truetype/dejavu']
const regionDossier = 'test/fixtures/holland-rijnland-regio/dossier.yaml'

/** A fontconfig file that sees only the CI fonts, with the system's aliases (Calibri → Carlito). */
function ciFontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${ciFontDirs.map((d) => `  <dir>${d}</dir>\n`).join('')}`
    + `  <cachedir>${dir}/fontcache</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`)
  return file
}

/** The same .docx with every font set to DejaVu Sans. */
function inDejaVuSans(bytes: Uint8Array): Uint8Array {
  const decoder = new TextDecoder()
  const parts = new Map<string, string | Uint8Array>([...unzipParts(bytes)].map(([name, part]) =>
    [name, name.endsWith('.xml') ? decoder.decode(part).replaceAll('Calibri Light', 'DejaVu Sans').replaceAll('Calibri', 'DejaVu Sans') : part]))
  return zipParts(parts)
}

const pdfText: Record<string, string> = {}
const read = (file: string) => pdfText[file] ?? ''

describe.skipIf(!soffice)('LibreOffice reads the documents', () => {
  const region = 'overeenkomst-holland-rijnland.docx'
  const regionDejaVu = 'overeenkomst-holland-rijnland-dejavu.docx'
  let sample: Awaited<ReturnType<typeof assembleFile>>

  beforeAll(async () => {
    expect(has('pdftotext'), 'pdftotext (Debian: poppler-utils) is nodig om de PDF te lezen').toBe(true)
    for (const dir of ciFontDirs) expect(existsSync(dir), `${dir} ontbreekt: installeer fonts-liberation, fonts-crosextra-carlito en fonts-dejavu-core`).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'oogo-reader-'))
    sample = await assembleFile('samples/voorbeeld-dossier.yaml')
    const regional = await assembleFile(regionDossier, { documents: ['overeenkomst'] })
    const agreement = regional.documents.find((d) => d.kind === 'overeenkomst')!
    const firstOfKind = sample.documents.filter((d, i) => sample.documents.findIndex((e) => e.kind === d.kind) === i)
    const files = new Map<string, Uint8Array>([
      ...firstOfKind.map((d) => [d.fileName, d.bytes!] as const),
      [region, agreement.bytes!], [regionDejaVu, inDejaVuSans(agreement.bytes!)],
    ])
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes)
    const env = { ...process.env, FONTCONFIG_FILE: ciFontConfig(dir) }
    expect(execFileSync('fc-match', ['Calibri'], { env, encoding: 'utf8' }), 'Calibri moet als Carlito worden getekend').toContain('Carlito')
    // A private profile: a LibreOffice already running for the user must not swallow the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profiel`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
      ...[...files.keys()].map((name) => join(dir, name))], { stdio: 'pipe', timeout: 230_000, env })
    for (const name of files.keys()) {
      pdfText[name] = execFileSync('pdftotext', ['-layout', join(dir, name.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' })
    }
  }, 240_000)

  it('shows the overeenkomst with every party, numbered articles and page numbers', () => {
    expect(sample.problems.filter((p) => p.severity === 'error')).toEqual([])
    const text = read(sample.documents[0]!.fileName)
    const flat = text.replace(/\s+/g, ' ')
    const pages = text.split('\f').filter((p) => p.trim() !== '').length

    for (const party of ['gemeente Den Helder', 'gemeente Hollands Kroon', 'gemeente Schagen', 'gemeente Texel',
      'Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland', 'Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland']) {
      expect(flat).toContain(party)
    }
    for (let article = 1; article <= 9; article++) expect(text).toMatch(new RegExp(`Artikel ${article}\\s+\\S`))
    expect(flat).toContain('als bedoeld in artikel 6.1') // {{ref 'geschillen-bijzondere-vergadering'}}
    expect(flat).not.toMatch(/\]\(#|\{#|undefined/)
    expect(flat).toContain('Aldus overeengekomen en in zesvoud ondertekend')
    expect(pages).toBeGreaterThan(3)
    expect(flat).toContain(`Pagina 1 van ${pages}`)
    expect(flat).toContain(`Pagina ${pages} van ${pages}`)
    expect(flat).toContain('Kenmerk: OOGO-JZ03-2026')
  })

  it('shows one document of every other kind', () => {
    const firstOfKind = sample.documents.filter((d, i) => d.kind !== 'overeenkomst' && sample.documents.findIndex((e) => e.kind === d.kind) === i)
    expect(firstOfKind.map((d) => d.fileName)).toEqual([
      'uitnodiging-2026-02-verkenning-den-helder.docx', 'verslag-2026-02-verkenning.docx', 'verzoek-oogo-jz03-2026.docx',
      'motivering-den-helder.docx', 'bijlage-jeugdplan-oogo-jz03-2026.docx',
    ])
    const expected: Record<string, string[]> = {
      uitnodiging: ['Uitnodiging', 'M. de Boer', 'algemeen overleg zonder OOGO-status', 'Rondvraag', 'S. Visser-Bakker'],
      verslag: ['Verslag', 'Aanwezig namens', 'A.M. de Boer', 'M. Zijp', 'Actielijst'],
      verzoek: ['Geschillencommissie oogo-jeugdplan', 'Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland', '7 mei 2026'],
      motivering: ['Raadsvoorstel', 'De raad van de gemeente Den Helder;', 'gelet op artikel 2.2 van de Jeugdwet;', 'doorzettingsmacht', 'overgenomen'],
      'bijlage-jeugdplan': ['Uitkomsten van het OOGO', 'Preventie en toegang', 'Onderwijszorgarrangementen voor thuiszitters'],
    }
    for (const d of firstOfKind) {
      const text = read(d.fileName).replace(/\s+/g, ' ')
      for (const phrase of expected[d.kind]!) expect(text, `${d.fileName}: ${phrase}`).toContain(phrase)
      expect(text, d.fileName).toMatch(/Pagina 1 van \d+/)
      expect(text, d.fileName).toContain('Kenmerk: OOGO-JZ03-2026')
      expect(text, d.fileName).not.toMatch(/undefined|\{\{|\]\(#/)
    }
  })

  it('shows every signatory of the 20-party agreement, in Carlito and in DejaVu Sans', () => {
    const dossier = parse(readFileSync(regionDossier, 'utf8')) as { partijen: Record<string, { vertegenwoordiger: { naam: string } }[]> }
    const signatories = Object.values(dossier.partijen).flat().map((p) => p.vertegenwoordiger.naam)
    expect(signatories).toHaveLength(20)
    // A name broken after a hyphen ("Verhoef-\nLammers") reads as one.
    const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-')
    for (const file of [region, regionDejaVu]) {
      const text = flat(read(file))
      const signatures = text.slice(text.lastIndexOf('Aldus overeengekomen'))
      expect(signatures.length, `${file}: geen slotformule`).toBeGreaterThan(20)
      const missing = signatories.filter((name) => !signatures.includes(flat(name)))
      expect(missing, `${file}: ondertekenaars ontbreken`).toEqual([])
    }
  })
})
