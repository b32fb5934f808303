/**
 * A house style made without Word: test/fixtures/huisstijl-libreoffice/huisstijl.docx is templates/huisstijl.docx
 * opened in LibreOffice 7.4, "Standaard" set to Liberation Serif 11 pt and "Kop 1" to Liberation Sans 20 pt, saved as
 * .docx by LibreOffice (maak.sh beside it). LibreOffice writes its own vocabulary: "Heading 1" (Word: "heading 1"),
 * "Header", no `w:default` on Normal, two styles named "Caption"/"caption", its own "Heading", "Body Text", "Index".
 * Other LibreOffice versions call Normal "Standard" or "Default Paragraph Style"; those are the fixture with that one
 * difference. Every style of oogo must be taken over from each, and `--huisstijl` says so.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { articleHeadingRun, articleTabStop } from '../../src/docx/article-heading.ts'
import { houseStyles, matchHouseStyles } from '../../src/docx/house-styles.ts'
import { Style } from '../../src/docx/style-map.ts'
import { readHouseStyle } from '../../src/load/load-house-style.ts'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { houseStyleReport, reportHouseStyles } from '../../src/app/house-style-report.ts'
import { assembleFile, root, samplePath } from '../support/helpers.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'

const fixture = 'test/fixtures/huisstijl-libreoffice/huisstijl.docx'
const bytes = new Uint8Array(readFileSync(join(root, fixture)))
const decoder = new TextDecoder()

/** The fixture with its styles.xml edited: base + difference. */
function withStyles(edit: (xml: string) => string): Uint8Array {
  const parts = unzipParts(bytes)
  const xml = decoder.decode(parts.get('word/styles.xml')!)
  const edited = edit(xml)
  expect(edited, 'the edit must change the styles').not.toBe(xml)
  return zipParts(new Map<string, string | Uint8Array>([...parts, ['word/styles.xml', edited]]))
}
const load = (house: Uint8Array, file = fixture) => {
  const { houseStyle, problems } = readHouseStyle(file, house)
  expect(problems).toEqual([])
  return houseStyle!
}
const styleOf = (xml: string, id: string) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(xml)?.[1] ?? ''
const stylesOf = (docx: Uint8Array) => strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml']!)
const ours = [Style.normal, Style.title, Style.subtitle, Style.heading, Style.subheading, Style.subsection, Style.letter, Style.bullet,
  Style.number, Style.table, Style.header, Style.footer]

describe('a house style made in LibreOffice', () => {
  it('is one LibreOffice wrote, in its own vocabulary', () => {
    const parts = unzipParts(bytes)
    expect(decoder.decode(parts.get('docProps/app.xml')!)).toContain('<Application>LibreOffice/7.4')
    const xml = decoder.decode(parts.get('word/styles.xml')!)
    expect(xml).toContain('<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/>')
    expect(xml).toContain('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/>')
    expect(styleOf(xml, 'Normal')).toContain('<w:rFonts w:ascii="Liberation Serif"')
    expect(styleOf(xml, 'Heading1')).toContain('<w:sz w:val="40"/>')
  })

  it('gives every style of oogo, and the documents have its fonts and sizes', async () => {
    const house = load(bytes)
    const match = matchHouseStyles(house)
    for (const id of ours) expect(match.ours.get(id)?.kind, id).toBe('taken')
    expect(articleHeadingRun(house)).toEqual({ size: 40, bold: true, caps: false })

    const built = await assembleFile(samplePath, { houseStyle: house, documents: ['overeenkomst'] })
    const xml = stylesOf(built.documents[0]!.bytes!)
    expect(styleOf(xml, 'Normal')).toContain('<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"')
    expect(styleOf(xml, 'Normal')).toContain('<w:sz w:val="22"/>')
    expect(styleOf(xml, 'Heading1')).toContain('<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"')
    expect(styleOf(xml, 'Heading1')).toContain('<w:sz w:val="40"/>')
    expect(styleOf(xml, 'Lid')).toContain('<w:basedOn w:val="Normal"/>')
    // One style per name, and one default paragraph style.
    const names = [...xml.matchAll(/<w:name w:val="([^"]*)"/g)].map((m) => m[1]!.toLowerCase())
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
    expect(xml.match(/<w:style w:type="paragraph"[^>]*w:default="(1|true)"/g)).toHaveLength(1)
  })

  it.each([
    ['Standard', '<w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Standard"/>'],
    ['Default Paragraph Style', '<w:style w:type="paragraph" w:styleId="DefaultParagraphStyle"><w:name w:val="Default Paragraph Style"/>'],
    ['a name of its own, marked as the default', '<w:style w:type="paragraph" w:default="1" w:styleId="Basistekst"><w:name w:val="Basistekst"/>'],
  ])('takes over its Normal when LibreOffice calls it %s', (_, normal) => {
    const newId = /w:styleId="([^"]+)"/.exec(normal)![1]!
    const house = load(withStyles((xml) => xml
      .replace('<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/>', normal)
      .replaceAll('<w:basedOn w:val="Normal"/>', `<w:basedOn w:val="${newId}"/>`)
      .replaceAll('<w:next w:val="Normal"/>', `<w:next w:val="${newId}"/>`)))
    expect(matchHouseStyles(house).ours.get(Style.normal)?.kind).toBe('taken')
    const xml = houseStyles(house).externalStyles // what every document gets
    expect(styleOf(xml, 'Normal')).toContain('<w:rFonts w:ascii="Liberation Serif"')
    expect(styleOf(xml, 'Lid')).toContain('<w:basedOn w:val="Normal"/>')
    expect(xml).not.toContain(`w:styleId="${newId}"`)
  })

  it('puts the article titles past "Artikel 99" in its 20 pt heading, and past it again at 28 pt', () => {
    const at20 = articleTabStop(articleHeadingRun(load(bytes)))
    const at28 = articleTabStop(articleHeadingRun(load(withStyles((xml) => xml.replace(/(w:styleId="Heading1">[\s\S]*?)<w:sz w:val="40"\/>/, '$1<w:sz w:val="56"/>')))))
    // 2.25 cm was the fixed stop: "Artikel 2" in 20 pt bold is wider than that.
    expect([at20, at28]).toEqual([2414, 3408])
    expect(articleTabStop(articleHeadingRun())).toBe(1562)
  })
})

describe('what --huisstijl says it took', () => {
  it('lists what it took over and what it left aside, and why, once per file', async () => {
    const config = join(root, 'test/fixtures/huisstijl-libreoffice/oogo.config.yaml')
    const run = await runCli(['genereer', 'samples/voorbeeld-dossier.yaml', '--emit', 'tekst', '--document', 'motivering',
      '--huisstijl', fixture, '--config', config], { cwd: root })
    expect(run.code, run.stderr).toBe(0)
    const report = 'Huisstijl test/fixtures/huisstijl-libreoffice/huisstijl.docx (--huisstijl, en voor den-helder en schagen):\n'
      + '  overgenomen: Standaard, Titel, Ondertitel, Kop 1, Kop 2, Kop 3, Lid, Letter, Opsomming, Nummering, Tabeltekst, Koptekst, Voettekst, documentstandaard (lettertype, grootte, afstand)\n'
      + '  genegeerd: Kop 4, Kop 5, Kop 6, Heading, Body Text, List, Index, Zwaar, 16 andere alineaopmaakprofielen en 8 teken-, tabel- of lijstopmaakprofielen (niet gebruikt door oogo); '
      + 'Bijschrift (dubbel: het eerste opmaakprofiel met die naam geldt)\n'
    expect(run.stderr.startsWith(report), run.stderr).toBe(true)
    expect(run.stderr.split('Huisstijl ')).toHaveLength(2)
  })

  it('is what voorbeeld says first, before the document', async () => {
    const uit = mkdtempSync(join(tmpdir(), 'oogo-voorbeeld-huisstijl-'))
    const run = await runCli(['voorbeeld', 'samples/voorbeeld-dossier.yaml', '--document', 'motivering', '--huisstijl', fixture, '--uit', uit], { cwd: root })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr.startsWith('Huisstijl test/fixtures/huisstijl-libreoffice/huisstijl.docx:\n  overgenomen: Standaard, Titel,'), run.stderr).toBe(true)
    expect(run.stdout).not.toContain('Huisstijl')
  })

  it('is said once per file in a run that goes again on every change (voorbeeld --watch), and not without a house style', () => {
    const terminal = captureTerminal()
    const shown = new Set<string>()
    const house = load(bytes)
    reportHouseStyles(terminal, { houseStyle: house }, shown)
    reportHouseStyles(terminal, { houseStyle: house, municipalHouseStyles: new Map([['texel', { houseStyle: house }]]) }, shown)
    reportHouseStyles(terminal, {}, shown)
    reportHouseStyles(terminal, undefined, shown)
    expect(terminal.stderr()).toBe(houseStyleReport(house))
    expect(terminal.stdout()).toBe('')
  })

  it('says which of oogo\u2019s styles a house lacks, which it has only as another kind, and what it calls Normal', () => {
    const house = load(withStyles((xml) => xml
      .replace('<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/>', '<w:style w:type="paragraph" w:default="1" w:styleId="Basistekst"><w:name w:val="Basistekst"/>')
      .replace('<w:style w:type="paragraph" w:styleId="Lid"><w:name w:val="Lid"/>', '<w:style w:type="character" w:styleId="Lid"><w:name w:val="Lid"/>')
      .replace(/<w:style w:type="paragraph" w:styleId="(Letter|Opsomming|Header)">[\s\S]*?<\/w:style>/g, '')), 'eigen.docx')
    expect(houseStyleReport(house)).toBe('Huisstijl eigen.docx:\n'
      + '  overgenomen: Standaard (‘Basistekst’, het standaardopmaakprofiel van de huisstijl), Titel, Ondertitel, Kop 1, Kop 2, Kop 3, Nummering, Tabeltekst, Voettekst, documentstandaard (lettertype, grootte, afstand)\n'
      + '  ontbreekt, standaard van oogo gebruikt: Lid (de huisstijl heeft alleen een tekenopmaakprofiel met die naam), Letter, Opsomming, Koptekst\n'
      + '  genegeerd: Kop 4, Kop 5, Kop 6, Heading, Body Text, List, Index, Zwaar, 16 andere alineaopmaakprofielen en 9 teken-, tabel- of lijstopmaakprofielen (niet gebruikt door oogo); '
      + 'Bijschrift (dubbel: het eerste opmaakprofiel met die naam geldt)\n')
  })
})
