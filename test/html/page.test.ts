/**
 * The page around the document: the faults banner, the look of the house style as CSS (with every value from a
 * user's document checked before it enters CSS), and a page that needs nothing from elsewhere.
 */
import { describe, expect, it } from 'vitest'
import { faultsHtml } from '../../src/html/faults.ts'
import { lookCss, textCss, type PageLook } from '../../src/html/page-look.ts'
import { pageState, previewPage } from '../../src/html/page.ts'
import { oogoError } from '../../src/errors.ts'

const look: PageLook = {
  body: { font: 'Calibri', size: 11, after: 6 },
  title: { font: 'Calibri', size: 18, bold: true, color: '1F3864', align: 'center' },
  subtitle: { size: 12, color: '404040', align: 'center' },
  heading: { font: 'Calibri', size: 12, bold: true, color: '1F3864' },
  subheading: { size: 11, bold: true },
  minorHeading: { size: 11, bold: true, italic: true },
  table: { size: 10 },
  page: { width: 21, left: 2.5, right: 2.5, top: 2.5 },
  source: 'de standaardhuisstijl van oogo',
}

const fault = oogoError('sjabloon/onbekend-veld', 'validate', 'Onbekend veld `dossier.titell` <b>.', { file: 'mijn-sjablonen/overeenkomst.md.hbs', line: 3, column: 3 }, 'Bedoelde u `dossier.titel`?')
const warning = oogoError('regel/GW-171-MACHTIGING', 'validate', 'Geen aanwijzing.', { file: 'dossier.yaml', line: 30, column: 7, path: '/partijen/gemeenten/0' }, undefined, 'warning')

describe('the faults banner', () => {
  it('shows each fault with its Dutch message, its place and code, escaped, and says the document below is the last good one', () => {
    expect(faultsHtml({ problems: [fault], stale: true, shown: true })).toBe(
      '<div class="melding-kop">1 fout — het document kan nu niet worden gemaakt; hieronder staat de laatste versie die wel lukte.</div>' +
      '<ul><li class="fout"><span class="plaats">mijn-sjablonen/overeenkomst.md.hbs:3:3</span> <span class="melding">Onbekend veld `dossier.titell` &lt;b&gt;.</span> ' +
      '<span class="code">[sjabloon/onbekend-veld]</span><div class="advies">Bedoelde u `dossier.titel`?</div></li></ul>')
    expect(faultsHtml({ problems: [fault], stale: true, shown: false })).toContain('1 fout — het document kan niet worden gemaakt.</div>')
  })

  it('folds warnings alone, and shows nothing without problems', () => {
    expect(faultsHtml({ problems: [warning], stale: false, shown: true })).toBe(
      '<details><summary class="melding-kop">1 waarschuwing</summary><ul><li class="waarschuwing"><span class="plaats">dossier.yaml:30:7 <span class="pad">/partijen/gemeenten/0</span></span> ' +
      '<span class="melding">waarschuwing: Geen aanwijzing.</span> <span class="code">[regel/GW-171-MACHTIGING]</span></li></ul></details>')
    expect(faultsHtml({ problems: [], stale: false, shown: true })).toBe('')
  })

  it('lists the errors, with the warnings folded below them', () => {
    const html = faultsHtml({ problems: [fault, warning], stale: true, shown: true })
    expect(html).toMatch(/^<div class="melding-kop">1 fout, 1 waarschuwing — het document kan nu niet worden gemaakt; hieronder staat de laatste versie die wel lukte\.<\/div><ul><li class="fout">.*<\/li><\/ul><details><summary class="melding-kop">1 waarschuwing<\/summary><ul><li class="waarschuwing">.*<\/li><\/ul><\/details>$/)
  })

  it('says a fault in oogo is one, and why there is nothing to show', () => {
    expect(faultsHtml({ problems: [], stale: true, shown: false, internal: 'x is <undefined>' })).toContain('Interne fout in oogo: x is &lt;undefined&gt;')
    expect(faultsHtml({ problems: [], stale: true, shown: false, notice: 'Geen verzoek om te tonen: het dossier bevat geen verzoek.' }))
      .toBe('<div class="melding-kop">Geen verzoek om te tonen: het dossier bevat geen verzoek.</div>')
  })
})

describe('the look', () => {
  it('approximates the styles: fonts with their free look-alikes, sizes, colours, alignment', () => {
    const css = lookCss(look)
    expect(css).toContain('.papier{width:21cm;padding:2.5cm 2.5cm 2.5cm 2.5cm;font-family:"Calibri","Carlito",sans-serif;font-size:11pt}')
    expect(css).toContain('.papier h1.titel{font-family:"Calibri","Carlito",sans-serif;font-size:18pt;color:#1F3864;font-weight:bold;text-align:center}')
    expect(css).toContain('.papier h2.kop{font-family:"Calibri","Carlito",sans-serif;font-size:12pt;color:#1F3864;font-weight:bold}')
    expect(css).toContain('.papier h3.subkop{font-size:11pt;font-weight:bold}')
    expect(css).toContain('.papier h4.tussenkop{font-size:11pt;font-weight:bold;font-style:italic}')
  })

  it('lets nothing from a house style break out of CSS', () => {
    expect(textCss({ font: 'Evil"}body{display:none', color: 'red;x', size: Number.NaN })).toBe('font-family:"Evilbodydisplaynone",sans-serif')
  })
})

describe('the page', () => {
  it('is one self-contained document: its style sheets and script inline, nothing fetched from elsewhere', () => {
    const state = pageState({ version: 3, session: '7-1', title: 'a <b> — oogo voorbeeld', caption: 'overeenkomst.docx · sjabloon <x>', faults: '', document: '<p>tekst</p>', look })
    const page = previewPage(state, '/gebeurtenissen')
    expect(page).toContain('<title>a &lt;b&gt; — oogo voorbeeld</title>')
    expect(page).toContain('<span id="onderschrift">overeenkomst.docx · sjabloon &lt;x&gt; · <span class="bron">opmaak naar de standaardhuisstijl van oogo</span></span>')
    expect(page).toContain('<main class="papier" id="document"><p>tekst</p></main>')
    expect(page).toContain('new EventSource("/gebeurtenissen")')
    expect(page).toContain('<body data-versie="3" data-sessie="7-1">')
    expect(page).not.toMatch(/\b(src|href)=|@import|url\(http/)
  })
})
