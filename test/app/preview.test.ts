/**
 * `oogo voorbeeld`: one document's text on screen and its .docx on disk, once or after every change.
 * The watch loop runs in process on a real temporary folder and is stopped with an AbortSignal.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { runPreview, watchPreview } from '../../src/app/preview.ts'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { assembleFile, root, samplePath } from '../support/helpers.ts'
import { captureTerminal, waitFor } from '../support/terminal.ts'
import { withoutRefOrigins } from '../../src/model/anchors.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'oogo-voorbeeld-'))

describe('oogo voorbeeld', () => {
  it('prints the text of the first document of the kind and writes its .docx', async () => {
    const uit = join(temp(), 'uit')
    const terminal = captureTerminal()
    expect(await runPreview(samplePath, { document: 'uitnodiging', uit }, terminal)).toBe(0)
    // The kenmerk of the page header, then the letterhead: the overlegcommissie, whose secretaris writes the letter.
    expect(terminal.stdout()).toMatch(/^Kenmerk: OOGO-JZ03-2026\n\nOverlegcommissie OOGO Kop van Noord-Holland\n═+\n/)
    expect(terminal.stderr()).toContain('uitnodiging-2026-02-verkenning-den-helder.docx  sjabloon templates/uitnodiging.md.hbs')
    expect(terminal.stderr()).toContain('de eerste van 18 documenten van de soort uitnodiging')
    expect(terminal.stderr()).toContain(`geschreven: ${join(uit, 'uitnodiging-2026-02-verkenning-den-helder.docx')}`)
    expect(readdirSync(uit)).toEqual(['uitnodiging-2026-02-verkenning-den-helder.docx'])
    expect(Object.keys(unzipSync(readFileSync(join(uit, 'uitnodiging-2026-02-verkenning-den-helder.docx'))))).toContain('word/document.xml')
    // Made after the text is shown, for the first document alone, and byte for byte the file genereer makes.
    const made = await assembleFile(samplePath, { documents: ['uitnodiging'] })
    expect(made.documents[0]!.fileName).toBe('uitnodiging-2026-02-verkenning-den-helder.docx')
    expect(Buffer.from(readFileSync(join(uit, 'uitnodiging-2026-02-verkenning-den-helder.docx'))).equals(Buffer.from(made.documents[0]!.bytes!))).toBe(true)
  })

  it('shows the text as it will read: numbers, references resolved, no Markdown', async () => {
    const terminal = captureTerminal()
    expect(await runPreview(samplePath, { document: 'overeenkomst', uit: join(temp(), 'uit') }, terminal)).toBe(0)
    const text = terminal.stdout()
    expect(text).toContain('\nArtikel 1  Begripsbepalingen\n────────────────────────────\n\n1.1  In deze overeenkomst wordt verstaan onder:\n     (a)  algemeen overleg: een vergadering')
    // "artikel {{ref 'geschillen-bijzondere-vergadering'}}": the number of the lid, wherever it ends up.
    expect(text).toContain('(c)  bijzondere vergadering: een vergadering van de overlegcommissie als bedoeld in artikel 6.1 van deze overeenkomst;')
    expect(text).toMatch(/\nArtikel 6  Geschillen\n[─]+\n\n6\.1  /)
    expect(text).toContain('2.3  De overlegcommissie kan de ontwikkelagenda aanvullen of wijzigen als alle partijen daarmee instemmen. Artikel 11 van deze overeenkomst is daarop niet van toepassing.')
    expect(text).toContain('│ Partij                    │ Namens deze               │ Plaats en datum           │ Handtekening │')
    for (const markup of ['](#', '.md.hbs:', '**', '{#', '## ']) expect(text).not.toContain(markup)
    expect(text).not.toContain('CONCEPT')
    // The Markdown keeps a reference's target without the template place (what `sjablonen test` stores).
    expect(withoutRefOrigins('zie [](#a-b "x/y.md.hbs:3:4") en [tekst](#c "z")')).toBe('zie [](#a-b) en [tekst](#c "z")')
  })

  it('marks a draft CONCEPT', async () => {
    const terminal = captureTerminal()
    expect(await runPreview(samplePath, { document: 'overeenkomst', concept: true, uit: join(temp(), 'uit') }, terminal)).toBe(0)
    expect(terminal.stdout()).toMatch(/^CONCEPT\n\nKenmerk: OOGO-JZ03-2026\n/)
  })

  it('exits 2 for an unknown or missing kind', async () => {
    const terminal = captureTerminal()
    expect(await runPreview(samplePath, { document: 'overenkomst' }, terminal)).toBe(2)
    expect(terminal.stderr()).toContain("Onbekende documentsoort 'overenkomst'. Bedoelde u `overeenkomst`?")
    expect(await runPreview(samplePath, {}, captureTerminal())).toBe(2)
  })

  it('says why a kind has nothing to show', async () => {
    const terminal = captureTerminal()
    const dossier = join(root, 'test', 'fixtures', 'haarlemmermeer-gemeente', 'dossier.yaml')
    expect(await runPreview(dossier, { document: 'verzoek', uit: join(temp(), 'uit') }, terminal)).toBe(1)
    expect(terminal.stderr()).toContain('Geen verzoek om te tonen: het dossier bevat geen verzoek (geschil.verzoek).')
  })

  it('prints faults in the template and the dossier instead of throwing', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'overeenkomst.md.hbs'), '# Titel\n\n{{dossier.titell}}\n')
    const fault = captureTerminal()
    expect(await runPreview(samplePath, { document: 'overeenkomst', sjablonen: dir, uit: join(dir, 'uit') }, fault)).toBe(1)
    expect(fault.stderr()).toContain(`${join(dir, 'overeenkomst.md.hbs')}:3:3  `)
    expect(fault.stderr()).toContain('[sjabloon/onbekend-veld]')
    expect(fault.stdout()).toBe('')
    const missing = captureTerminal()
    expect(await runPreview(join(dir, 'geen.yaml'), { document: 'overeenkomst' }, missing)).toBe(3)
    expect(missing.stderr()).toContain('[bestand/niet-gevonden]')
  })
})

describe('oogo voorbeeld --watch', () => {
  it('renders again after a template or the dossier changes, shows faults and goes on, and stops on abort', async () => {
    const dir = temp()
    const dossier = join(dir, 'dossier.yaml')
    const templates = join(dir, 'mijn-sjablonen')
    mkdirSync(templates)
    copyFileSync(samplePath, dossier)
    const template = join(templates, 'overeenkomst.md.hbs')
    const original = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
    writeFileSync(template, original)
    const terminal = captureTerminal()
    const controller = new AbortController()
    const flags = { document: 'overeenkomst', sjablonen: templates, uit: join(dir, 'uit') }
    const runs = () => terminal.err.filter((t) => t.includes('wacht op wijzigingen')).length
    const watching = watchPreview(dossier, flags, terminal, controller.signal)

    await waitFor(() => runs() === 1, 'the first run')
    expect(terminal.stdout()).toContain('een opzegtermijn van drie maanden')
    expect(terminal.stdout()).toContain('\nArtikel 1  Begripsbepalingen\n')

    // A changed template: a second run shows only what changed, under the article it is in — not the whole document
    // again. (Waits are on what is shown, not on a count of runs: an editor's save may well give two runs.)
    terminal.out.length = 0
    terminal.err.length = 0
    writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden'))
    await waitFor(() => terminal.stdout().includes('een opzegtermijn van zes maanden'), 'a run after the template changed')
    const lid = 'Een partij kan deze overeenkomst alleen schriftelijk en met opgave van redenen opzeggen, nadat zij haar voornemen daartoe in de overlegcommissie aan de orde heeft gesteld en daarover met de andere partijen overleg heeft gevoerd. De opzegging wordt aan alle andere partijen gericht, met inachtneming van een opzegtermijn van'
    expect(terminal.stdout()).toBe([
      '@@ Artikel 10  Looptijd en opzegging',
      '  10.2  Deze overeenkomst wordt aangegaan met het oog op het jeugdplan voor de pe…',
      `- 10.3  ${lid} drie maanden.`,
      `+ 10.3  ${lid} zes maanden.`,
      '  10.4  De opzegging wordt niet eerder van kracht dan op de dag waarop tussen de…',
      '',
    ].join('\n'))
    expect(terminal.stderr()).toContain('1 wijziging in de tekst: Artikel 10  Looptijd en opzegging\n')

    // A save that changes nothing in the text (a comment) says so.
    terminal.out.length = 0
    writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden') + '\n{{!-- alleen een opmerking --}}\n')
    await waitFor(() => terminal.stderr().includes('Geen wijziging in de tekst sinds de vorige versie.'), 'a run after a save without change')
    expect(terminal.stdout()).toBe('')

    // A fault is shown, and the watch goes on.
    writeFileSync(template, `${original}\n{{#if dossier.titel}}\n`)
    await waitFor(() => terminal.stderr().includes('[sjabloon/syntax]'), 'a run after the fault')
    expect(terminal.stderr()).toContain(`${template}:`)

    // Fixed again; then the dossier, saved the way many editors do: a new file renamed over the old one.
    // Fixed: the change is shown against the last text that was shown, from before the fault.
    terminal.out.length = 0
    writeFileSync(template, original)
    await waitFor(() => terminal.stdout().includes('een opzegtermijn van drie maanden'), 'a run after the fault was fixed')
    expect(terminal.stdout()).toContain('zes maanden.\n+ 10.3  ')
    writeFileSync(join(dir, 'dossier.yaml.nieuw'), readFileSync(dossier, 'utf8').replace(/Kop van Noord-Holland/g, 'Kop van Noord-Holland-Noord'))
    renameSync(join(dir, 'dossier.yaml.nieuw'), dossier)
    await waitFor(() => terminal.stdout().includes('Kop van Noord-Holland-Noord'), 'a run after the dossier changed')

    // And a second rename: the watch follows the new file, not the replaced one.
    terminal.out.length = 0
    writeFileSync(join(dir, 'dossier.yaml.nieuw'), readFileSync(dossier, 'utf8').replace(/Kop van Noord-Holland-Noord/g, 'Kop van Texel'))
    renameSync(join(dir, 'dossier.yaml.nieuw'), dossier)
    await waitFor(() => terminal.stdout().includes('Kop van Texel'), 'a run after the dossier changed again')

    // Five saves in quick succession: one run after the last (100 ms of quiet), not five.
    await waitFor(() => terminal.stderr().endsWith('(Ctrl-C stopt)\n'), 'the run to finish')
    const before = runs()
    for (let i = 0; i < 5; i++) {
      writeFileSync(template, `${original}\n{{!-- ${i} --}}\n`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await waitFor(() => runs() > before, 'a run after the saves')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(runs() - before).toBeLessThan(5)

    controller.abort()
    expect(await watching).toBe(0)
    expect(terminal.stderr()).toContain('Meekijken gestopt.')
    expect(readdirSync(join(dir, 'uit'))).toEqual(['overeenkomst-oogo-jz03-2026.docx'])
  })

  it('waits for an editor that writes in two steps, and never stays on a step chokidar did not report', async () => {
    const dir = temp()
    const templates = join(dir, 'mijn-sjablonen')
    mkdirSync(templates)
    const template = join(templates, 'overeenkomst.md.hbs')
    const original = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
    writeFileSync(template, original)
    const terminal = captureTerminal()
    const controller = new AbortController()
    const runs = () => terminal.err.filter((t) => t.includes('wacht op wijzigingen')).length
    const watching = watchPreview(samplePath, { document: 'overeenkomst', sjablonen: templates, uit: join(dir, 'uit') }, terminal, controller.signal)
    await waitFor(() => runs() === 1, 'the first run')
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

    // Emptied first, written 100 ms later (longer than the quiet time): the empty template is never shown.
    terminal.out.length = 0
    terminal.err.length = 0
    writeFileSync(template, '')
    await pause(100)
    writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van vier maanden'))
    await waitFor(() => terminal.stdout().includes('een opzegtermijn van vier maanden'), 'the run after the second step')
    await waitFor(() => terminal.stderr().endsWith('(Ctrl-C stopt)\n'), 'the run to finish')
    // One run, from the last text shown to the new one: no run of the empty template in between.
    expect(runs()).toBe(1)
    expect(terminal.stderr()).toContain('1 wijziging in de tekst: Artikel 10  Looptijd en opzegging\n')
    expect(terminal.stdout()).toContain(' drie maanden.\n+ 10.3  ')

    // Two saves 30 ms apart: chokidar reports only the first (a second change within 50 ms is not passed on), and the
    // run may have read it already; the look after the run finds the second, and the preview shows it.
    writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van vijf maanden'))
    await pause(30)
    writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zeven maanden'))
    await waitFor(() => terminal.stdout().includes('een opzegtermijn van zeven maanden'), 'a run after the second save')

    controller.abort()
    expect(await watching).toBe(0)
  })

  it('clears the screen only on a terminal', async () => {
    for (const isTTY of [true, false]) {
      const terminal = captureTerminal(isTTY)
      const controller = new AbortController()
      const watching = watchPreview(samplePath, { document: 'verzoek', uit: join(temp(), 'uit') }, terminal, controller.signal)
      await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first run')
      controller.abort()
      expect(await watching).toBe(0)
      expect(terminal.stdout().includes('\x1b[2J')).toBe(isTTY)
    }
  })
})
