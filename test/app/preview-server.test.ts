/**
 * `oogo voorbeeld --browser` without a browser: the command line's checks of --browser and --poort, the server on
 * 127.0.0.1 (the page, its event stream, what it refuses), a port in use, and Ctrl-C. The page in a real browser is
 * test/browser/preview-page.test.ts.
 */
import { createServer, get, request } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPreview } from '../../src/app/preview.ts'
import { root, samplePath } from '../support/helpers.ts'
import { captureTerminal, runCli, waitFor } from '../support/terminal.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'oogo-voorbeeld-server-'))

/** A GET with the headers given, the body read to its end (or, for an event stream, to its first event). */
function fetchRaw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
        if (String(response.headers['content-type']).startsWith('text/event-stream') && /\nevent: stand\ndata: .*\n\n/.test(body)) {
          response.destroy()
          resolve({ status: response.statusCode!, headers: response.headers, body })
        }
      })
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('oogo voorbeeld --browser', () => {
  it('refuses a --poort that is no port, and a --poort without --browser', async () => {
    const wrong = await runCli(['voorbeeld', 'samples/voorbeeld-dossier.yaml', '-d', 'overeenkomst', '-b', '--poort', 'acht'], { cwd: root })
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain("--poort moet een getal van 1 tot en met 65535 zijn, niet 'acht'.")
    const alone = await runCli(['voorbeeld', 'samples/voorbeeld-dossier.yaml', '-d', 'overeenkomst', '--poort', '8080'], { cwd: root })
    expect(alone.code).toBe(2)
    expect(alone.stderr).toContain('--poort hoort bij --browser: de poort van de webpagina.')
  })

  it('says so when the port is taken', async () => {
    const other = createServer()
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', () => done()))
    const port = (other.address() as { port: number }).port
    try {
      const terminal = captureTerminal()
      expect(await runPreview(samplePath, { document: 'overeenkomst', browser: true, poort: String(port), uit: join(temp(), 'uit') }, terminal)).toBe(2)
      expect(terminal.stderr()).toContain(`Poort ${port} is al in gebruik. Kies een andere met --poort, of laat --poort weg: dan kiest oogo een vrije poort.`)
    } finally {
      other.close()
    }
  })

  it('shows the faults on the page when no version could be made yet', async () => {
    const terminal = captureTerminal()
    const dir = temp()
    const serving = runPreview(join(dir, 'geen.yaml'), { document: 'overeenkomst', browser: true, uit: join(dir, 'uit') }, terminal)
    await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first run', 30_000)
    expect(terminal.stderr()).toContain('1 fout; er is nog geen versie om te tonen.\n')
    expect(terminal.stderr()).toMatch(/ · fouten getoond · wacht op wijzigingen in /)
    const url = /Voorbeeld op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(terminal.stderr())![1]!
    const page = await fetchRaw(url)
    expect(page.body).toContain('<div class="melding-kop">1 fout — het document kan niet worden gemaakt.</div>')
    expect(page.body).toContain(`<span class="plaats">${join(dir, 'geen.yaml')}</span>`)
    expect(page.body).toContain('[bestand/niet-gevonden]')
    expect(page.body).toContain('<main class="papier" id="document"><p class="leeg">Er is nog geen versie van het document die kon worden gemaakt.</p></main>')
    expect(page.body).toContain('<title>✗ oogo voorbeeld</title>')
    terminal.interrupt()
    expect(await serving).toBe(0)
  })

  it('serves the page and its events on 127.0.0.1 only, refuses what it does not serve, and stops on Ctrl-C', async () => {
    const terminal = captureTerminal()
    const uit = join(temp(), 'uit')
    const serving = runPreview(samplePath, { document: 'overeenkomst', browser: true, uit }, terminal)
    await waitFor(() => terminal.stderr().includes('wacht op wijzigingen'), 'the first run', 30_000)
    const url = /Voorbeeld op (http:\/\/127\.0\.0\.1:(\d+)\/)  \(open dit adres in uw browser; de pagina werkt vanzelf bij\)\n/.exec(terminal.stderr())?.[1]
    expect(url, terminal.stderr()).toBeDefined()
    expect(terminal.stderr()).toContain('\n6 waarschuwingen.\n')
    expect(terminal.stdout()).toBe('')

    const page = await fetchRaw(url!)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).toContain('<title>overeenkomst-oogo-jz03-2026.docx — oogo voorbeeld</title>')
    expect(page.body).toContain('<span class="nummer">Artikel 1</span> <span class="titel-tekst">Begripsbepalingen</span>')
    expect(page.body).toMatch(/bijzondere vergadering<\/em>: een vergadering van de overlegcommissie als bedoeld in artikel <a class="verwijzing" href="#id-geschillen-bijzondere-vergadering">6\.1<\/a> van deze overeenkomst;/)
    expect(page.body).toContain('<details><summary class="melding-kop">6 waarschuwingen</summary>')

    const events = await fetchRaw(`${url}gebeurtenissen`)
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    const state = JSON.parse(/\nevent: stand\ndata: (.*)\n\n/.exec(events.body)![1]!)
    expect(state).toMatchObject({ version: 1, title: 'overeenkomst-oogo-jz03-2026.docx — oogo voorbeeld' })
    expect(state.document).toContain('<span class="nummer">Artikel 12</span>')

    expect((await fetchRaw(url!, { host: 'aanvaller.example' })).status).toBe(403)
    expect((await fetchRaw(`${url}geheim`)).status).toBe(404)
    expect((await fetchRaw(url!, {}, 'POST')).status).toBe(405)

    terminal.interrupt()
    expect(await serving).toBe(0)
    expect(terminal.stderr()).toContain('\nVoorbeeld gestopt.\n')
    await expect(new Promise((resolve, reject) => get(url!, { agent: false }, resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/)
  })
})
