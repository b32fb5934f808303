/**
 * `oogo voorbeeld --browser`: the document as a web page on this computer, made again after every change of the
 * dossier, a template or the configuration. The page shows the faults of the last run in place, above the last
 * version that could be made, and follows each change without being reloaded (server.ts). The terminal shows the
 * address, each run's faults and a line per run; Ctrl-C (the `signal`) stops the server and the watch.
 */
import { ExitCode, hasErrors, sortErrors, type OogoError } from '../../errors.ts'
import { documentHtml } from '../../html/to-html.ts'
import { faultsHtml } from '../../html/faults.ts'
import { pageState } from '../../html/page.ts'
import type { PageLook } from '../../html/page-look.ts'
import type { Terminal } from '../terminal.ts'
import { buildPreview, type PreviewBuild, type PreviewFlags } from './build.ts'
import { pageLookOf } from './page-look.ts'
import { startPreviewServer, type PreviewServer } from './server.ts'
import { watchChanges, watchedText } from './watch-changes.ts'
import { bold, clock, dim, paint } from '../text-diff.ts'

/** `--poort`: a whole number from 0 to 65535 (0 and absent: a free port), or undefined when it is none. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return 0
  return /^\d{1,5}$/.test(value.trim()) && Number(value) <= 65535 ? Number(value) : undefined
}

export async function servePreview(dossier: string, flags: PreviewFlags, terminal: Terminal, signal: AbortSignal): Promise<ExitCode> {
  const port = parsePort(flags.poort) ?? 0
  const kind = flags.document!
  // A page left open from an earlier run on the same port follows this run from its first state.
  const session = `${process.pid}-${Date.now()}`
  let server: PreviewServer
  try {
    server = await startPreviewServer(port, pageState({ version: 0, session, title: 'oogo voorbeeld', caption: `${kind} wordt gemaakt…`, faults: '', document: '', look: pageLookOf(undefined) }))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') return terminal.usageError(`Poort ${port} is al in gebruik. Kies een andere met --poort, of laat --poort weg: dan kiest oogo een vrije poort.`)
    if (code === 'EACCES') return terminal.usageError(`Poort ${port} mag dit programma niet gebruiken. Kies een poort vanaf 1024 met --poort, of laat --poort weg.`)
    throw error
  }
  terminal.writeError(`Voorbeeld op ${paint(terminal.isTTY, server.url, bold)}  (open dit adres in uw browser; de pagina werkt vanzelf bij)\n`)

  let version = 0
  let lastGood: { document: string; title: string; caption: string; look: PageLook } | undefined
  const run = async () => {
    const started = performance.now()
    let build: PreviewBuild | undefined
    let internal: string | undefined
    try {
      const made = await buildPreview(dossier, flags)
      const written = made.ok ? await made.write() : undefined
      build = written ? { ...made, problems: [...made.problems, ...written.problems] } : made
    } catch (error) {
      terminal.internalError(error)
      internal = error instanceof Error ? error.message : String(error)
    }
    const problems: OogoError[] = sortErrors(build?.problems ?? [])
    if (build?.ok) {
      const { document, template, count } = build
      lastGood = {
        document: documentHtml(document.model),
        title: `${document.fileName} — oogo voorbeeld`,
        caption: `${document.fileName} · sjabloon ${template}${count > 1 ? ` · de eerste van ${count} documenten van de soort ${kind}` : ''}`,
        look: pageLookOf(build.houseStyle),
      }
    }
    const notice = build && !build.ok && build.nothing !== undefined ? `Geen ${kind} om te tonen: ${build.nothing}.` : undefined
    const stale = !build?.ok
    server.publish(pageState({
      version: ++version,
      session,
      title: `${stale && (hasErrors(problems) || internal !== undefined) ? '✗ ' : ''}${lastGood?.title ?? 'oogo voorbeeld'}`,
      caption: lastGood?.caption ?? kind,
      faults: faultsHtml({ problems, stale, shown: lastGood !== undefined, ...(internal === undefined ? {} : { internal }), ...(notice === undefined ? {} : { notice }) }),
      document: lastGood?.document ?? '',
      look: lastGood?.look ?? pageLookOf(undefined),
    }))
    const shows = !stale ? '.' : lastGood ? '; de pagina toont de laatste versie die wel lukte.' : '; er is nog geen versie om te tonen.'
    terminal.problems(problems, hasErrors(problems) ? shows : '.')
    if (notice) terminal.writeError(`${notice}\n`)
    const outcome = build?.ok ? 'bijgewerkt' : notice ? 'niets te tonen' : 'fouten getoond'
    terminal.writeError(paint(terminal.isTTY, `${clock()} · ${Math.round(performance.now() - started)} ms · ${outcome} · wacht op wijzigingen in ${watchedText({ dossier, ...flags })} (Ctrl-C stopt)\n`, dim))
  }
  try {
    await watchChanges({ dossier, ...flags }, terminal, signal, run)
  } finally {
    await server.close()
  }
  terminal.writeError('\nVoorbeeld gestopt.\n')
  return ExitCode.ok
}
