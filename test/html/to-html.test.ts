/**
 * The document as HTML: the structure Word has (numbered articles, labelled leden and letters, tables), references as
 * links to what they name, and every piece of text escaped.
 */
import { describe, expect, it } from 'vitest'
import { documentHtml } from '../../src/html/to-html.ts'
import { escapeHtml } from '../../src/html/escape.ts'
import { sampleModel } from './model.ts'

describe('documentHtml', () => {
  const html = documentHtml(sampleModel())

  it('gives articles their number and leden and letters their labels, as in Word', () => {
    expect(html).toContain('<section class="artikel" id="id-looptijd"><h2 class="kop artikelkop"><span class="nummer">Artikel 1</span> <span class="titel-tekst">Looptijd</span></h2>')
    expect(html).toContain('<div class="item" id="id-geschillen-verzoek"><span class="label">2.1</span><div class="inhoud"><p>Een verzoek vermeldt:</p>')
    expect(html).toContain('<div class="lijst letters genest">\n<div class="item"><span class="label">(a)</span><div class="inhoud"><p>het onderwerp;</p></div></div>')
    expect(html).toContain('<h1 class="titel">Overeenkomst OOGO jeugd</h1>\n<p class="ondertitel">Kop van Noord-Holland</p>')
    expect(html).toContain('<p>Deze overeenkomst geldt <strong>vier jaar</strong>.</p>')
  })

  it('writes each heading level as its own HTML heading: ## h2, ### h3, #### h4', () => {
    const model = sampleModel()
    const text = (value: string) => ({ type: 'text' as const, value })
    model.children = [
      { type: 'heading', depth: 2, children: [text('Ontwikkelagenda')] },
      { type: 'heading', depth: 3, children: [text('Thema: Thuiszitters')] },
      { type: 'heading', depth: 4, children: [text('Warme overdracht & <b>')] },
      { type: 'paragraph', children: [text('Tekst.')] },
    ]
    const body = documentHtml(model)
    expect(body).toContain('<h2 class="kop">Ontwikkelagenda</h2>\n<h3 class="subkop">Thema: Thuiszitters</h3>\n<h4 class="tussenkop">Warme overdracht &amp; &lt;b&gt;</h4>\n<p>Tekst.</p>')
  })

  it('shows a reference as the number it resolved to, a link to the article or lid', () => {
    expect(html).toContain('Zie artikel <a class="verwijzing" href="#id-looptijd">1</a> en lid <a class="verwijzing" href="#id-geschillen-verzoek">2.1</a>.<br>Tweede regel.')
  })

  it('draws a table with its header row and the template proportions', () => {
    expect(html).toContain('<table><colgroup><col style="width:30.0%"><col style="width:70.0%"></colgroup><thead><tr><th>Partij</th><th>Namens deze</th></tr></thead><tbody><tr><td>Gemeente Texel</td>')
    expect(html).toContain('<hr class="pagina-einde" title="nieuwe pagina">')
  })

  it('escapes all text, and follows no link but http(s) and mailto', () => {
    expect(html).toContain('Geschillen &amp; &lt;script&gt;')
    expect(html).toContain('<p>Tekst met &lt;b&gt;opmaak&lt;/b&gt; &amp; &quot;aanhalingstekens&quot; gevaarlijk</p>')
    expect(html).toContain('<span class="kenmerk">Kenmerk: OOGO-&lt;JZ03&gt;-2026</span>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;')
  })

  it('marks a draft CONCEPT in the page header and across the page', () => {
    expect(html).not.toContain('CONCEPT')
    const draft = documentHtml(sampleModel(true))
    expect(draft).toContain('<div class="watermerk" aria-hidden="true">CONCEPT</div><header class="paginakop"><span class="concept">CONCEPT</span>')
  })
})
