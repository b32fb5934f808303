/**
 * The preview page: one self-contained HTML document (no fonts, scripts or styles from elsewhere) with a bar that says
 * what is shown, the faults of the last run in place, and the document on a sheet of paper in the house style's look.
 *
 * A small script listens to the server's events (`eventsPath`, server-sent events) and replaces the faults, the
 * document and its style sheet with each new state, without reloading the page (the reader keeps their place). When
 * the server stops, the bar says so.
 */
import { escapeHtml } from './escape.ts'
import { lookCss, type PageLook } from './page-look.ts'

/** One state of the page, as the server sends it with every change. Every field is HTML or text made safe here. */
export interface PageState {
  /** Counts up with every run; the page ignores an older state of the same session. */
  version: number
  /** One run of `oogo voorbeeld`: a page still open from an earlier one takes the new one's states, whatever their version. */
  session: string
  /** The browser tab's title (text). */
  title: string
  /** What is shown (HTML): the file name and the template. */
  caption: string
  /** The faults banner (HTML, faults.ts); empty when there are none. */
  faults: string
  /** The document (HTML, to-html.ts); empty when no version could be made yet. */
  document: string
  /** The look's style sheet (page-look.ts). */
  css: string
}

export function pageState(fields: Omit<PageState, 'css' | 'caption'> & { caption: string; look: PageLook }): PageState {
  const { look, caption, ...rest } = fields
  return { ...rest, caption: `${escapeHtml(caption)} · <span class="bron">opmaak naar ${escapeHtml(look.source)}</span>`, css: lookCss(look) + logoCss(look) }
}

export function previewPage(state: PageState, eventsPath: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(state.title)}</title>
<style>${shellCss}</style>
<style id="huisstijl">${state.css}</style>
</head>
<body data-versie="${state.version}" data-sessie="${escapeHtml(state.session)}">
<div id="boven">
<div id="balk"><span id="onderschrift">${state.caption}</span><span id="status">verbinden…</span></div>
<div id="fouten" class="${state.faults ? 'zichtbaar' : ''}" role="alert">${state.faults}</div>
</div>
<main class="papier" id="document">${state.document || nothingYet}</main>
<script>
${clientScript(eventsPath)}
</script>
</body>
</html>
`
}

const nothingYet = '<p class="leeg">Er is nog geen versie van het document die kon worden gemaakt.</p>'

/** The logo of the house's header, as a background of the page's top: a data URL, so nothing is fetched. */
function logoCss(look: PageLook): string {
  const logo = look.logo
  if (!logo || !/^[A-Za-z0-9+/=]*$/.test(logo.base64) || !Number.isFinite(logo.width) || !Number.isFinite(logo.height)) return ''
  return `\n.papier::before{content:"";display:block;height:${Math.round(logo.height)}px;margin-bottom:8pt;` +
    `background:url("data:${logo.mime};base64,${logo.base64}") no-repeat ${logo.align} top/${Math.round(logo.width)}px ${Math.round(logo.height)}px}`
}

/**
 * The script of the page: apply each state the server sends, marking the blocks of text that changed (and scrolling
 * to the first when it is out of sight); say when the connection is lost or back.
 */
function clientScript(eventsPath: string): string {
  return `(() => {
  const status = document.getElementById('status')
  const apply = (state) => {
    if (state.session === document.body.dataset.sessie && state.version <= Number(document.body.dataset.versie)) return
    document.body.dataset.sessie = state.session
    document.body.dataset.versie = String(state.version)
    document.title = state.title
    document.getElementById('huisstijl').textContent = state.css
    document.getElementById('onderschrift').innerHTML = state.caption
    const faults = document.getElementById('fouten')
    faults.innerHTML = state.faults
    faults.className = state.faults ? 'zichtbaar' : ''
    const main = document.getElementById('document')
    if (state.document && state.document !== main.innerHTML) {
      // What changed is marked, and brought into view when it is not: the same text before and after is not.
      const before = new Map()
      for (const element of main.querySelectorAll(blocks)) before.set(element.textContent, (before.get(element.textContent) || 0) + 1)
      main.innerHTML = state.document
      const changed = [...main.querySelectorAll(blocks)].filter((element) => {
        const left = before.get(element.textContent) || 0
        before.set(element.textContent, left - 1)
        return left <= 0
      })
      // The first version after an empty page is no change.
      if (!firstLoad) for (const element of changed) element.classList.add('gewijzigd')
      const first = changed[0]
      if (first && !firstLoad) {
        const box = first.getBoundingClientRect()
        if (box.bottom < 0 || box.top > window.innerHeight) first.scrollIntoView({ block: 'center' })
      }
    }
    firstLoad = false
    status.textContent = 'bijgewerkt om ' + new Date().toLocaleTimeString('nl-NL')
  }
  /** The smallest blocks of text: a change is marked on these. */
  const blocks = 'p, h1, h2, tr, .label'
  let firstLoad = document.getElementById('document').querySelector('.leeg') !== null
  const events = new EventSource(${JSON.stringify(eventsPath)})
  events.addEventListener('stand', (event) => apply(JSON.parse(event.data)))
  events.addEventListener('open', () => { status.textContent = 'verbonden; de pagina werkt vanzelf bij' })
  events.addEventListener('error', () => { status.textContent = 'geen verbinding met oogo voorbeeld (gestopt?)' })
})()`
}

const shellCss = `
*{box-sizing:border-box}
html{background:#e8e8e8}
body{margin:0;font-family:system-ui,"DejaVu Sans",sans-serif;font-size:14px;color:#222}
#boven{position:sticky;top:0;z-index:2}
#balk{display:flex;justify-content:space-between;gap:1em;padding:.4em 1em;background:#1f3864;color:#fff}
#balk .bron{opacity:.75}
#status{opacity:.85;white-space:nowrap}
#fouten{display:none;max-height:40vh;overflow:auto;margin:0;padding:.6em 1em;background:#fdecea;border-bottom:2px solid #c00000}
#fouten.zichtbaar{display:block}
#fouten .melding-kop{font-weight:bold;color:#900}
#fouten summary.melding-kop{color:#7a4b00;cursor:pointer}
#fouten:has(> details:only-child){background:#fff8e1;border-bottom-color:#c89600}
#fouten details{margin-top:.3em}
#fouten ul{margin:.3em 0 0;padding-left:1.2em}
#fouten li{margin:.2em 0}
#fouten li.waarschuwing{color:#7a4b00}
#fouten .plaats{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
#fouten .code{color:#666;font-size:12px}
#fouten .advies{color:#333;margin-left:1em}
.papier{position:relative;margin:1.5em auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25);line-height:1.2;overflow-wrap:break-word}
.papier p{margin:0 0 6pt}
.papier .paginakop{display:flex;justify-content:flex-end;gap:1em;font-size:9pt;color:#595959;margin-bottom:12pt}
.papier .concept{font-weight:bold;color:#c00000;margin-right:auto}
.papier .watermerk{position:absolute;top:35%;left:0;right:0;text-align:center;font-size:96pt;font-weight:bold;color:rgba(192,192,192,.4);transform:rotate(-45deg);pointer-events:none;user-select:none}
.papier h1,.papier h2,.papier h3,.papier h4{margin:0}
.papier h1.titel{margin-bottom:6pt}
.papier h2.kop{margin:14pt 0 6pt;break-after:avoid}
.papier h3.subkop{margin:10pt 0 4pt}
.papier h4.tussenkop{margin:8pt 0 3pt}
.papier .artikel,.papier .lijst .item{scroll-margin-top:8em}
.papier h2.artikelkop .nummer{display:inline-block;min-width:2.25cm;margin-right:.5em}
.papier .lijst .item{display:flex;align-items:baseline}
.papier .lijst .label{flex:none}
.papier .lijst .inhoud{flex:1;min-width:0}
.papier .leden .label{width:1cm}
.papier .letters{margin-left:1cm}
.papier .letters .label{width:1cm}
.papier .nummering .label,.papier .opsomming .label{width:.75cm}
.papier .genest.nummering,.papier .genest.opsomming{margin-left:0}
.papier .letters p,.papier .opsomming p,.papier .nummering p{margin-bottom:3pt}
.papier table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 12pt}
.papier th,.papier td{border:1px solid #8c8c8c;padding:3pt 4pt;text-align:left;vertical-align:top}
.papier th{background:#e7ecf4;font-weight:bold}
.papier a.verwijzing{color:inherit;text-decoration:underline dotted}
.papier hr.pagina-einde{border:none;border-top:2px dashed #bbb;margin:18pt -1cm}
.papier .leeg{color:#888;font-style:italic}
.papier .gewijzigd{background:#fff3b0;box-shadow:-.5em 0 0 #fff3b0,.5em 0 0 #fff3b0;transition:background 2s}
`
