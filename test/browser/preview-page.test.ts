/**
 * `oogo voorbeeld --browser` in a real browser: Debian's Chromium, driven by playwright-core. The preview server runs
 * in process on a free port with a copy of the sample and an override template folder; the page must show the
 * resolved numbers, follow a template change without a reload, and show a template fault in place above the last
 * good version.
 *
 * Chromium is required, not optional: `.ci/run` installs it when it is missing. Without it this test fails and says
 * how to install it, instead of skipping silently.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { servePreview } from '../../src/app/preview/browser.ts'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { samplePath } from '../support/helpers.ts'
import { captureTerminal, waitFor } from '../support/terminal.ts'

const executablePath = '/usr/bin/chromium'
/** Headless, and nothing that reaches out to the network (the CI machine has none: it would hang). */
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync']

/** What the test reads of the page's window. */
interface InPage {
  mark?: number
  document: { getElementById(id: string): { textContent: string } | null; querySelector(selector: string): unknown }
}

describe('oogo voorbeeld --browser in Chromium', () => {
  let context: BrowserContext | undefined
  afterAll(async () => { await context?.close() })

  it('shows the resolved numbers, follows a template change without a reload, and shows a fault in place', async () => {
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium ontbreekt (${executablePath}): deze test heeft een echte browser nodig. Installeer hem met 'apt-get install chromium' (.ci/run doet dat zelf).`)
    }
    const dir = mkdtempSync(join(tmpdir(), 'oogo-browser-'))
    const dossier = join(dir, 'dossier.yaml')
    const templates = join(dir, 'mijn-sjablonen')
    mkdirSync(templates)
    copyFileSync(samplePath, dossier)
    const template = join(templates, 'overeenkomst.md.hbs')
    const original = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
    expect(original).toContain('een opzegtermijn van drie maanden')
    writeFileSync(template, original)

    // Chromium starts (seconds) while the server makes the first version.
    const launching = chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'oogo-chromium-')), { executablePath, headless: true, args })
    launching.then((launched) => { context = launched }, () => {}) // closed by afterAll; a failure is thrown below
    const terminal = captureTerminal()
    const controller = new AbortController()
    const serving = servePreview(dossier, { document: 'overeenkomst', browser: true, sjablonen: templates, uit: join(dir, 'uit') }, terminal, controller.signal)
    try {
      await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first run', 30_000)
      const url = /Voorbeeld op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(terminal.stderr())?.[1]
      expect(url, terminal.stderr()).toBeDefined()

      await launching
      const page = context!.pages()[0] ?? await context!.newPage()
      await page.goto(url!)
      const documentText = () => page.locator('#document').innerText()

      // The numbers as the document will read: articles, leden, letters, and a resolved cross-reference.
      await page.locator('#document h2.artikelkop').first().waitFor()
      const first = await documentText()
      expect(first).toMatch(/Artikel 1\s+Begripsbepalingen/)
      expect(first).toMatch(/bijzondere vergadering: een vergadering van de overlegcommissie als bedoeld in artikel \d+\.\d+ van deze overeenkomst/)
      expect(first).toContain('een opzegtermijn van drie maanden')
      expect(first).not.toContain('](#')
      expect(await page.title()).toBe('overeenkomst-oogo-jz03-2026.docx — oogo voorbeeld')

      // A template change: the page follows by itself — the same page, not a reload (the mark survives).
      // (The page's CSP allows no eval: functions, not strings, typed by InPage as this project's TypeScript knows no DOM.)
      await page.evaluate(() => { (globalThis as unknown as InPage).mark = 14 })
      writeFileSync(template, original.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden'))
      await page.waitForFunction(() => (globalThis as unknown as InPage).document.getElementById('document')!.textContent.includes('een opzegtermijn van zes maanden'))
      expect(await page.evaluate(() => (globalThis as unknown as InPage).mark)).toBe(14)
      expect(await page.locator('#fouten li.fout').count()).toBe(0)
      // The changed lid is marked, and only it.
      expect(await page.locator('#document .gewijzigd').allInnerTexts()).toEqual([expect.stringMatching(/een opzegtermijn van zes maanden\.$/)])

      // A template fault: shown in place, at the template's line and column, above the last good version.
      const lines = original.split('\n')
      writeFileSync(template, [...lines.slice(0, 2), '{{dossier.titell}}', ...lines.slice(2)].join('\n').replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden'))
      await page.waitForFunction(() => (globalThis as unknown as InPage).document.querySelector('#fouten li.fout') !== null)
      const faults = await page.locator('#fouten').innerText()
      expect(faults).toContain('[sjabloon/onbekend-veld]')
      expect(faults).toContain(`${template}:3:3`)
      expect(faults).toContain('hieronder staat de laatste versie die wel lukte')
      expect(await documentText()).toContain('een opzegtermijn van zes maanden')
      expect(await page.title()).toMatch(/^✗ /)
      expect(await page.evaluate(() => (globalThis as unknown as InPage).mark)).toBe(14)
    } finally {
      controller.abort()
      expect(await serving).toBe(0)
    }
    expect(terminal.stderr()).toContain('Voorbeeld gestopt.')
  })
})
