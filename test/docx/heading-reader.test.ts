/**
 * Article headings in a real reader, whatever the heading size: the sample's overeenkomst with the LibreOffice-made
 * house style (test/fixtures/huisstijl-libreoffice: "Kop 1" in Liberation Sans 20 pt bold) and the same house style
 * with "Kop 1" at 28 pt, converted to PDF by LibreOffice in one run. With the fixed 2.25 cm tab stop LibreOffice showed
 * "Artikel 1Begripsbepalingen" at 20 pt, and at 28 pt put the title on a line of its own; every heading must read
 * "Artikel N", air, then its title's first word, on one line.
 *
 * Only the fonts CI installs are seen (as in test/assemble/reader.test.ts). Skipped (with a message) only when
 * LibreOffice is not installed; `.ci/run` installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readHouseStyle } from '../../src/load/load-house-style.ts'
import type { Section } from '../../src/model/types.ts'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { assembleFile, root, samplePath } from '../support/helpers.ts'

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const soffice = has('soffice')
if (!soffice) console.warn('heading-reader.test.ts overgeslagen: LibreOffice (soffice) is niet geïnstalleerd; installeer libreoffice-writer-nogui.')

const fixture = 'test/fixtures/huisstijl-libreoffice/huisstijl.docx'
const ciFontDirs = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/crosextra', '/usr/share/fonts/truetype/dejavu']

/** The fixture with "Kop 1" (Heading1) at `size` half-points. */
function withHeadingSize(bytes: Uint8Array, size: number): Uint8Array {
  const parts = unzipParts(bytes)
  const xml = new TextDecoder().decode(parts.get('word/styles.xml')!)
  const edited = xml.replace(/(w:styleId="Heading1">[\s\S]*?)<w:sz w:val="40"\/><w:szCs w:val="40"\/>/, `$1<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`)
  expect(edited).not.toBe(xml)
  return zipParts(new Map<string, string | Uint8Array>([...parts, ['word/styles.xml', edited]]))
}

const pdfText: Record<string, string> = {}
const titles: Record<string, { number: string; firstWord: string }[]> = {}

describe.skipIf(!soffice)('article headings in LibreOffice', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-kop-'))
    const house20 = new Uint8Array(readFileSync(join(root, fixture)))
    const files = new Map<string, Uint8Array>()
    for (const [name, house] of [['kop-20pt', house20], ['kop-28pt', withHeadingSize(house20, 56)]] as const) {
      const { houseStyle, problems } = readHouseStyle(`${name}.docx`, house)
      expect(problems).toEqual([])
      const built = await assembleFile(samplePath, { houseStyle: houseStyle!, documents: ['overeenkomst'] })
      const document = built.documents[0]!
      files.set(name, document.bytes!)
      titles[name] = document.model.children.filter((b): b is Section => b.type === 'section').map((s) => ({
        number: s.number!,
        firstWord: /^\S+/.exec(s.title.map((i) => (i.type === 'text' ? i.value : '')).join(''))![0],
      }))
    }
    for (const [name, bytes] of files) writeFileSync(join(dir, `${name}.docx`), bytes)
    const fontConfig = join(dir, 'fonts.conf')
    writeFileSync(fontConfig, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${ciFontDirs.map((d) => `  <dir>${d}</dir>\n`).join('')}`
      + `  <cachedir>${dir}/fontcache</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`)
    // One LibreOffice run for both, with a private profile: a LibreOffice already running must not swallow the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profiel`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
      ...[...files.keys()].map((name) => join(dir, `${name}.docx`))], { stdio: 'pipe', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: fontConfig } })
    for (const name of files.keys()) pdfText[name] = execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' })
  }, 150_000)

  it.each(['kop-20pt', 'kop-28pt'])('%s: every "Artikel N" is followed, on its line, by air and its title', (name) => {
    const lines = pdfText[name]!.split('\n')
    expect(titles[name]!.length).toBeGreaterThan(5)
    for (const { number, firstWord } of titles[name]!) {
      const line = lines.find((l) => new RegExp(`^\\s*Artikel ${number}(?!\\d)`).test(l))
      expect(line, `Artikel ${number}`).toBeDefined()
      expect(line!.trim(), `Artikel ${number}`).toMatch(new RegExp(`^Artikel ${number} {2,}${firstWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    }
  })
})
