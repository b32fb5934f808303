/**
 * A real reader: LibreOffice converts the generated overeenkomst to PDF, and the PDF's text must
 * show every party, the numbered articles, the resolved cross-references, the closing formula and
 * the page footer. Skipped (with a message) only when LibreOffice is not installed; `.ci/run`
 * installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleFile, sampleWarnings } from '../support/helpers.ts'

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const soffice = has('soffice')
if (!soffice) console.warn('reader.test.ts overgeslagen: LibreOffice (soffice) is niet geïnstalleerd; installeer libreoffice-writer-nogui.')

describe.skipIf(!soffice)('LibreOffice reads the overeenkomst', () => {
  it('converts it to a PDF with every party, numbered articles and page numbers', { timeout: 120_000 }, async () => {
    expect(has('pdftotext'), 'pdftotext (Debian: poppler-utils) is nodig om de PDF te lezen').toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'oogo-reader-'))
    const { documents, problems } = await assembleFile('samples/voorbeeld-dossier.yaml')
    expect(problems.map((p) => p.code)).toEqual(sampleWarnings)
    const docx = join(dir, documents[0]!.fileName)
    writeFileSync(docx, documents[0]!.bytes!)
    // A private profile: a LibreOffice already running for the user must not swallow the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profiel`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 110_000 })
    const text = execFileSync('pdftotext', ['-layout', docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, ' ')
    const pages = text.split('\f').filter((p) => p.trim() !== '').length

    for (const party of ['gemeente Den Helder', 'gemeente Hollands Kroon', 'gemeente Schagen', 'gemeente Texel',
      'Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland', 'Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland']) {
      expect(flat).toContain(party)
    }
    for (let article = 1; article <= 9; article++) expect(text).toMatch(new RegExp(`Artikel ${article}\\s+\\S`))
    expect(flat).toContain('als bedoeld in artikel 6.1') // {{ref 'geschillen-bijzondere-vergadering'}}
    expect(flat).not.toMatch(/\]\(#|\{#|undefined/)
    expect(flat).toContain('Aldus overeengekomen en in zesvoud ondertekend te Schagen op 15 januari 2026.')
    expect(pages).toBeGreaterThan(3)
    expect(flat).toContain(`Pagina 1 van ${pages}`)
    expect(flat).toContain(`Pagina ${pages} van ${pages}`)
    expect(flat).toContain('Kenmerk: OOGO-JZ03-2026')
  })

  it('converts one document of every other kind, in one LibreOffice run', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-reader-'))
    const { documents, problems } = await assembleFile('samples/voorbeeld-dossier.yaml')
    expect(problems.map((p) => p.code)).toEqual(sampleWarnings)
    const firstOfKind = documents.filter((d, i) => d.kind !== 'overeenkomst' && documents.findIndex((e) => e.kind === d.kind) === i)
    expect(firstOfKind.map((d) => d.fileName)).toEqual([
      'uitnodiging-2026-02-verkenning-den-helder.docx', 'verslag-2026-02-verkenning.docx', 'verzoek-oogo-jz03-2026.docx',
      'motivering-den-helder.docx', 'bijlage-jeugdplan-oogo-jz03-2026.docx',
    ])
    const paths = firstOfKind.map((d) => {
      writeFileSync(join(dir, d.fileName), d.bytes!)
      return join(dir, d.fileName)
    })
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profiel`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { stdio: 'pipe', timeout: 170_000 })
    const read = (file: string) => execFileSync('pdftotext', ['-layout', join(dir, file.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const expected: Record<string, string[]> = {
      uitnodiging: ['Uitnodiging', 'M. de Boer', 'algemeen overleg zonder OOGO-status', 'Rondvraag', 'S. Visser-Bakker'],
      verslag: ['Verslag', 'Aanwezig namens gemeente Den Helder:', 'Afwezig met kennisgeving: M. Zijp (gemeente Texel)', 'Actielijst'],
      verzoek: ['Geschillencommissie oogo-jeugdplan', 'Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland', '7 mei 2026'],
      motivering: ['Raadsvoorstel', 'De raad van de gemeente Den Helder;', 'gelet op artikel 2.2 van de Jeugdwet;', 'doorzettingsmacht', 'overnemen'],
      'bijlage-jeugdplan': ['Uitkomsten van het OOGO', 'Preventie en toegang', 'Onderwijszorgarrangementen voor thuiszitters'],
    }
    for (const d of firstOfKind) {
      const text = read(d.fileName)
      for (const phrase of expected[d.kind]!) expect(text, `${d.fileName}: ${phrase}`).toContain(phrase)
      expect(text, d.fileName).toMatch(/Pagina 1 van \d+/)
      expect(text, d.fileName).toContain('Kenmerk: OOGO-JZ03-2026')
      expect(text, d.fileName).not.toMatch(/undefined|\{\{|\]\(#/)
    }
  })
})
