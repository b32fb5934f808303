/**
 * Issue 14's "done when", as docs/sjablonen.md tells it ("Een bepaling wijzigen, van begin tot eind"): an editor who
 * knows only Word makes the organisation's baseline, changes a clause in Word, reads it back, sees exactly that change
 * in the diff and in the browser preview with resolved numbers, and accepts it into the organisation's own baseline.
 * Everything in process through `main`, in a folder of its own; the page is read over HTTP (test/browser/ drives it in
 * Chromium).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { servePreview } from '../../src/app/preview/browser.ts'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { samplePath } from '../support/helpers.ts'
import { captureTerminal, runCli, waitFor } from '../support/terminal.ts'
import { editDocumentXml, once } from '../template-word/word-edit.ts'

it('a clause changed in Word: diff, preview, check and baseline show exactly that change', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'oogo-redacteur-'))
  const oogo = (...args: string[]) => runCli(args, { cwd })
  mkdirSync(join(cwd, 'mijn-sjablonen'))

  // 1. The baseline of the organisation's own folder, from the templates as they are.
  const baseline = await oogo('sjablonen', 'test', '--sjablonen', 'mijn-sjablonen', '--bijwerken')
  expect(baseline.code, baseline.stderr).toBe(0)

  // 2. To Word; the editor changes "drie" into "zes", and Word splits the runs around the change.
  expect((await oogo('sjablonen', 'naar-word', 'overeenkomst', '--naar', 'word')).code).toBe(0)
  const docx = join(cwd, 'word', 'overeenkomst.docx')
  writeFileSync(docx, editDocumentXml(readFileSync(docx), (xml) => once(xml, 'een opzegtermijn van drie maanden.',
    'een opzegtermijn van </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>zes</w:t></w:r><w:bookmarkStart w:id="9" w:name="_GoBack"/>' +
    '<w:bookmarkEnd w:id="9"/><w:r><w:t xml:space="preserve"> maanden.')))

  const trial = await oogo('sjablonen', 'van-word', 'word/overeenkomst.docx', '--sjablonen', 'mijn-sjablonen', '--proef')
  expect(trial.code, trial.stderr).toBe(0)
  const changed = (trial.stdout + trial.stderr).split('\n').filter((l) => /^[-+](?![-+])/.test(l))
  expect(changed).toEqual([
    expect.stringMatching(/^-1\. \{#looptijd-opzegging\} .*een opzegtermijn van drie maanden\.$/),
    expect.stringMatching(/^\+1\. \{#looptijd-opzegging\} .*een opzegtermijn van zes maanden\.$/),
  ])
  expect((await oogo('sjablonen', 'van-word', 'word/overeenkomst.docx', '--sjablonen', 'mijn-sjablonen')).code).toBe(0)
  const builtIn = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
  expect(readFileSync(join(cwd, 'mijn-sjablonen', 'overeenkomst.md.hbs'), 'utf8')).toBe(builtIn.replace('opzegtermijn van drie maanden', 'opzegtermijn van zes maanden'))

  // 3. The browser preview: the changed clause under its resolved article and lid number.
  const terminal = captureTerminal()
  const controller = new AbortController()
  const serving = servePreview(samplePath, { document: 'overeenkomst', browser: true, sjablonen: join(cwd, 'mijn-sjablonen'), uit: join(cwd, 'uit') }, terminal, controller.signal)
  try {
    await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first preview', 30_000)
    const url = /Voorbeeld op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(terminal.stderr())![1]!
    const page = (await (await fetch(url)).text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(page).toMatch(/Artikel \d+ Looptijd en opzegging/)
    expect(page).toMatch(/\d+\.\d+ Een partij kan deze overeenkomst alleen schriftelijk .* een opzegtermijn van zes maanden\./)
    expect(page).not.toContain('drie maanden')
  } finally {
    controller.abort()
    expect(await serving).toBe(0)
  }

  // 4. The check passes; the baseline shows the change once, with the test dossiers it affects; accepted, it is quiet.
  expect((await oogo('sjablonen', 'controleer', '--sjablonen', 'mijn-sjablonen')).code).toBe(0)
  const test = await oogo('sjablonen', 'test', '--sjablonen', 'mijn-sjablonen')
  expect(test.code).toBe(1)
  expect(test.stdout.match(/^\+.*een opzegtermijn van zes maanden/gm)).toHaveLength(1)
  expect(test.stdout).toMatch(/anders {2}overeenkomst {2}bij \d+ testdossiers/)
  expect(test.stdout).not.toMatch(/anders {2}(uitnodiging|verslag|verzoek|motivering|bijlage-jeugdplan)/)
  expect((await oogo('sjablonen', 'test', '--sjablonen', 'mijn-sjablonen', '--bijwerken')).code).toBe(0)
  const again = await oogo('sjablonen', 'test', '--sjablonen', 'mijn-sjablonen')
  expect(again.code, again.stdout).toBe(0)
})
