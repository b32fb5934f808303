/**
 * `oogo sjablonen naar-word` and `oogo sjablonen van-word` through the command line, in process: the files written,
 * the diff shown, the check run with the new text in place, what is (not) written and the exit codes. One test lets
 * LibreOffice open and save the document (the real-reader proof); it is skipped, with a message, without soffice.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { templateToDocx } from '../../src/template-word/template-to-docx.ts'
import { main } from '../../src/cli/main.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'
import { editDocumentXml, once } from '../template-word/word-edit.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'oogo-word-'))
const builtIn = (name: string) => readFileSync(join(builtInTemplatesDir, `${name}.md.hbs`), 'utf8')
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const soffice = has('soffice')
if (!soffice) console.warn('templates-word.test.ts: de LibreOffice-test is overgeslagen: soffice is niet geïnstalleerd; installeer libreoffice-writer-nogui.')

describe('oogo sjablonen naar-word', () => {
  it('writes the template and every partial it uses, each as a .docx, and says how to read it back', async () => {
    const dir = temp()
    const word = join(dir, 'word')
    const run = await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', word])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      `Geschreven: ${word}/overeenkomst.docx (templates/overeenkomst.md.hbs)\n` +
      `Geschreven: ${word}/partials/partijblok-gemeente.docx (templates/partials/partijblok-gemeente.md.hbs)\n` +
      `Geschreven: ${word}/partials/partijblok-swv.docx (templates/partials/partijblok-swv.md.hbs)\n` +
      `Geschreven: ${word}/partials/ondertekening.docx (templates/partials/ondertekening.md.hbs)\n\n` +
      'Het sjabloon gebruikt 3 gedeelde stukken; elk staat in een eigen Word-document.\n' +
      'Bewerk het in Word (of LibreOffice) en zet het terug in uw map met eigen sjablonen:\n' +
      `  npx oogo sjablonen van-word ${word}/overeenkomst.docx --sjablonen <uw map met sjablonen> --proef\n` +
      `  npx oogo sjablonen van-word ${word}/overeenkomst.docx --sjablonen <uw map met sjablonen>\n`)
  })

  it('keeps existing documents unless --overschrijven is given, and writes none of them then', async () => {
    const word = join(temp(), 'word')
    await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', word])
    writeFileSync(join(word, 'partials', 'ondertekening.docx'), 'bewerkt')
    const again = await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', word])
    expect(again.code).toBe(3)
    expect(again.stderr).toContain(`${word}/overeenkomst.docx  Dit bestand bestaat al; er is niets overschreven.  [schrijven/mislukt]`)
    expect(again.stderr).toContain('4 fouten; er is niets geschreven.')
    expect(readFileSync(join(word, 'partials', 'ondertekening.docx'), 'utf8')).toBe('bewerkt')
    expect((await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', word, '--overschrijven'])).code).toBe(0)
    expect(readFileSync(join(word, 'partials', 'ondertekening.docx')).subarray(0, 2).toString()).toBe('PK')
  })

  it('takes the organisation\'s own versions from --sjablonen, and the partials its partials call', async () => {
    const dir = temp()
    const mijn = join(dir, 'mijn')
    mkdirSync(join(mijn, 'partials'), { recursive: true })
    const own = builtIn('partials/partijblok-gemeente').replace(/\n$/, ' ({{> partij-omschrijving}})\n')
    writeFileSync(join(mijn, 'partials', 'partijblok-gemeente.md.hbs'), own)
    const run = await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', join(dir, 'word'), '--sjablonen', mijn])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Geschreven: ${dir}/word/partials/partijblok-gemeente.docx (${mijn}/partials/partijblok-gemeente.md.hbs)\n` +
      `Geschreven: ${dir}/word/partials/partij-omschrijving.docx (templates/partials/partij-omschrijving.md.hbs)\n`)
    const back = await runCli(['sjablonen', 'van-word', join(dir, 'word', 'partials', 'partijblok-gemeente.docx'), '--sjablonen', mijn, '--proef'])
    expect(back.stdout).toContain(`Geen wijzigingen: de tekst is gelijk aan ${mijn}/partials/partijblok-gemeente.md.hbs.`)
    expect(readFileSync(join(mijn, 'partials', 'partijblok-gemeente.md.hbs'), 'utf8')).toBe(own)
  })

  it('refuses a template with a character a Word document cannot hold, at its line and column', async () => {
    const dir = temp()
    mkdirSync(join(dir, 'mijn', 'partials'), { recursive: true })
    writeFileSync(join(dir, 'mijn', 'partials', 'adresblok.md.hbs'), 'Aan\n  het \u0007college\n')
    const run = await runCli(['sjablonen', 'naar-word', 'partials/adresblok', '--naar', join(dir, 'word'), '--sjablonen', join(dir, 'mijn')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${dir}/mijn/partials/adresblok.md.hbs:2:7  Het sjabloon bevat het teken U+0007, dat een Word-document niet kan bevatten.  [sjabloon/ongeldig-teken]`)
    expect(existsSync(join(dir, 'word'))).toBe(false)
  })

  it('exits 2 for an unknown template, with a suggestion', async () => {
    const run = await runCli(['sjablonen', 'naar-word', 'overeenkomts', '--naar', join(temp(), 'word')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("Onbekend sjabloon 'overeenkomts'. Bedoelde u `overeenkomst`?")
  })

  it('writes the Word documents beside the templates they stand for; the folder still loads', async () => {
    const mijn = join(temp(), 'mijn')
    mkdirSync(join(mijn, 'partials'), { recursive: true })
    writeFileSync(join(mijn, 'partials', 'adresblok.md.hbs'), builtIn('partials/adresblok'))
    const run = await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', mijn, '--sjablonen', mijn])
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(join(mijn, 'overeenkomst.docx'))).toBe(true)
    writeFileSync(join(mijn, '~$ereenkomst.docx'), 'Word lock file')
    const check = await runCli(['sjablonen', 'controleer', '--sjablonen', mijn])
    expect(check.code, check.stderr).toBe(0)
  })
})

describe('oogo sjablonen van-word', () => {
  // naar-word's document, written once for all tests of van-word.
  let original: Uint8Array | undefined
  async function edited(edit: (xml: string) => string) {
    const dir = temp()
    original ??= await templateToDocx({ name: 'overeenkomst', text: builtIn('overeenkomst') })
    mkdirSync(join(dir, 'word'))
    const file = join(dir, 'word', 'overeenkomst.docx')
    writeFileSync(file, editDocumentXml(original, edit))
    return { dir, file, mijn: join(dir, 'mijn') }
  }
  const sixMonths = (xml: string) => once(xml, 'van drie maanden.</w:t>', 'van </w:t></w:r><w:r><w:t>zes</w:t></w:r><w:r><w:t xml:space="preserve"> maanden.</w:t>')

  it('shows the change as a diff of the template text, checks it and writes it into the folder', async () => {
    const { file, mijn } = await edited(sixMonths)
    const proef = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn, '--proef'])
    expect(proef.code).toBe(0)
    expect(existsSync(mijn)).toBe(false)
    const run = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn])
    expect(run.code).toBe(0)
    const line = builtIn('overeenkomst').split('\n').findIndex((l) => l.includes('opzegtermijn van drie maanden')) + 1
    const old = builtIn('overeenkomst').split('\n')[line - 1]!
    expect(run.stdout).toBe(
      `--- templates/overeenkomst.md.hbs\n+++ ${mijn}/overeenkomst.md.hbs (uit ${file})\n` +
      `@@ -${line - 3},7 +${line - 3},7 @@\n` +
      builtIn('overeenkomst').split('\n').slice(line - 4, line - 1).map((l) => ` ${l}\n`).join('') +
      `-${old}\n+${old.replace('drie maanden', 'zes maanden')}\n` +
      builtIn('overeenkomst').split('\n').slice(line, line + 3).map((l) => ` ${l}\n`).join('') +
      `\nGeschreven: ${mijn}/overeenkomst.md.hbs\n\nBekijk het resultaat en leg de nieuwe tekst vast:\n` +
      `  npx oogo voorbeeld <dossier> --document overeenkomst --sjablonen ${mijn}\n  npx oogo sjablonen test --sjablonen ${mijn}\n`)
    expect(proef.stdout).toContain(`Proef (--proef): er is niets geschreven. Zonder --proef komt het sjabloon in ${mijn}/overeenkomst.md.hbs.`)
    expect(readFileSync(join(mijn, 'overeenkomst.md.hbs'), 'utf8')).toBe(builtIn('overeenkomst').replace('van drie maanden', 'van zes maanden'))
    // Read back again: no change against the folder's own file now.
    const again = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn])
    expect(again.stdout).toBe(`Geen wijzigingen: de tekst is gelijk aan ${mijn}/overeenkomst.md.hbs.\nEr is niets geschreven.\n`)
    // A document made before the folder's file changed: the diff would undo that change, and van-word says so.
    writeFileSync(join(mijn, 'overeenkomst.md.hbs'), builtIn('overeenkomst').replace('van drie maanden', 'van vier maanden'))
    const stale = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn, '--proef'])
    expect(stale.stdout).toContain(`Let op: ${mijn}/overeenkomst.md.hbs is gewijzigd sinds dit Word-document werd gemaakt.`)
    expect(stale.stdout).toContain('+1. {#looptijd-opzegging} Een partij')
  })

  it('writes a partial into partials/ and names the documents that use it; on a terminal the changed words are marked', async () => {
    const dir = temp()
    const file = join(dir, 'ondertekening.docx')
    const text = builtIn('partials/ondertekening')
    writeFileSync(file, editDocumentXml(await templateToDocx({ name: 'partials/ondertekening', text }), (xml) => once(xml, '>| Partij | Namens deze |', '>| Partij | Namens haar |')))
    const mijn = join(dir, 'mijn')
    const run = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('-| Partij | Namens deze | Plaats en datum | Handtekening |\n+| Partij | Namens haar | Plaats en datum | Handtekening |\n')
    expect(run.stdout).toContain(`Geschreven: ${mijn}/partials/ondertekening.md.hbs\n\nDit gedeelde stuk staat in: overeenkomst.\n`)
    expect(readFileSync(join(mijn, 'partials', 'ondertekening.md.hbs'), 'utf8')).toBe(text.replace('Namens deze', 'Namens haar'))
    const terminal = captureTerminal(true)
    expect(await main(['sjablonen', 'van-word', file, '--sjablonen', join(dir, 'ander'), '--proef'], terminal)).toBe(0)
    expect(terminal.stdout()).toContain('\x1b[32m+| Partij | Namens \x1b[7mhaar\x1b[27m | Plaats en datum | Handtekening |\x1b[39m')
  })

  it('runs the full template check with the new text in place, and writes nothing when it fails', async () => {
    const { file, mijn } = await edited((xml) => once(xml, '{{ref &apos;geschillen-bijzondere-vergadering&apos;}}', '{{ref \u2018geschillen-bijzonder\u2019}}'))
    const run = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("+   - *bijzondere vergadering*: een vergadering van de overlegcommissie als bedoeld in artikel {{ref 'geschillen-bijzonder'}};")
    expect(run.stderr).toMatch(new RegExp(`${mijn}/overeenkomst\\.md\\.hbs:54:\\d+ .*geschillen-bijzonder.*\\[sjabloon/onbekend-anker\\]`))
    expect(run.stderr).toContain('; er is niets geschreven.')
    expect(existsSync(mijn)).toBe(false)
  })

  it('refuses tracked changes and a file that is no template, with the exit code of the table', async () => {
    const { file, mijn } = await edited((xml) => once(xml, '<w:r><w:t xml:space="preserve"> Deze overeenkomst treedt in werking',
      '<w:ins w:id="1" w:author="Jurist"><w:r><w:t>Nieuw. </w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> Deze overeenkomst treedt in werking'))
    const run = await runCli(['sjablonen', 'van-word', file, '--sjablonen', mijn])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/overeenkomst\.docx {2}alinea \d+, regel 206 van het sjabloon {2}Deze alinea \(“\{#looptijd-inwerkingtreding\}Nieuw\. {2}Deze overeenkomst tre…”\) bevat een ingevoegde tekst die nog niet is aanvaard of geweigerd/)
    const missing = await runCli(['sjablonen', 'van-word', join(mijn, 'weg.docx'), '--sjablonen', mijn])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('Het Word-document bestaat niet.')
    const notWord = await runCli(['sjablonen', 'van-word', 'README.md', '--sjablonen', mijn])
    expect(notWord.code).toBe(3)
    expect(notWord.stderr).toContain('README.md  Dit bestand is geen Word-document (.docx), of het is beschadigd.  [bestand/onleesbaar]')
    expect(existsSync(mijn)).toBe(false)
  })

  it.skipIf(!soffice)('reads back what LibreOffice saved: the template unchanged', async () => {
    const dir = temp()
    await runCli(['sjablonen', 'naar-word', 'overeenkomst', '--naar', join(dir, 'word')])
    // A private profile: a LibreOffice already running for the user must not swallow the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profiel`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'),
      join(dir, 'word', 'overeenkomst.docx')], { stdio: 'pipe', timeout: 60_000 })
    const saved = readFileSync(join(dir, 'lo', 'overeenkomst.docx'))
    expect(Buffer.from(saved).equals(readFileSync(join(dir, 'word', 'overeenkomst.docx'))), 'LibreOffice wrote its own file').toBe(false)
    const run = await runCli(['sjablonen', 'van-word', join(dir, 'lo', 'overeenkomst.docx'), '--sjablonen', join(dir, 'mijn')])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('Geen wijzigingen: de tekst is gelijk aan templates/overeenkomst.md.hbs.')
    expect(run.code).toBe(0)
  }, 90_000)
})
