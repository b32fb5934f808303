/**
 * The local web server of `voorbeeld --browser`: on 127.0.0.1 only, the page at `/`, and at `/gebeurtenissen` a
 * stream of server-sent events that carries every new state of the page. A new state goes to every open page at once.
 *
 * The page is self-contained, and the server says so to the browser (Content-Security-Policy: nothing from elsewhere,
 * no frames). Requests naming another host than 127.0.0.1 or localhost are refused, so another web site cannot read
 * the document through its own name for this address (DNS rebinding).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { previewPage, type PageState } from '../../html/page.ts'

export const eventsPath = '/gebeurtenissen'

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  port: number
  /** Shows `state` on every open page, and to every page opened from now on. */
  publish(state: PageState): void
  /** Ends the event streams and stops listening. */
  close(): Promise<void>
}

const securityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Listens on 127.0.0.1:`port` (0: a free port). Rejects with the listen error (EADDRINUSE, EACCES) when it cannot. */
export async function startPreviewServer(port: number, initial: PageState): Promise<PreviewServer> {
  let state = initial
  const streams = new Set<ServerResponse>()
  const event = (s: PageState) => `event: stand\ndata: ${JSON.stringify(s)}\n\n`

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '')
    if (host !== '127.0.0.1' && host !== 'localhost') return plain(response, 403, 'Alleen te openen op deze computer (127.0.0.1).')
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Alleen lezen.')
    const path = (request.url ?? '/').split('?')[0]
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': securityPolicy, 'x-content-type-options': 'nosniff' })
      response.end(request.method === 'HEAD' ? undefined : previewPage(state, eventsPath))
      return
    }
    if (path === eventsPath) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' })
      response.write(`retry: 1000\n\n${event(state)}`)
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    plain(response, 404, 'Niet gevonden. Het voorbeeld staat op /.')
  })

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail)
      done()
    })
  })
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    publish(next) {
      state = next
      for (const stream of streams) stream.write(event(next))
    },
    async close() {
      for (const stream of streams) stream.end()
      streams.clear()
      await new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
    },
  }
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  response.end(`${text}\n`)
}
