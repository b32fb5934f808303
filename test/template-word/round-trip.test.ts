/**
 * The Word round trip in process: naar-word's bytes, read back by van-word's reader. Without edits every built-in
 * template and partial comes back byte for byte; an edit made as Word makes it (split runs, curly quotes in a tag, a
 * changed clause, a new paragraph) comes back as exactly that change; what cannot be read is refused with its place.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../src/errors.ts'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { docxToTemplate } from '../../src/template-word/docx-to-template.ts'
import { straightenCode } from '../../src/template-word/template-code.ts'
import { templateToDocx } from '../../src/template-word/template-to-docx.ts'
import { afterParagraphWith, editDocumentXml, once, paragraph } from './word-edit.ts'

const builtIn = loadTemplates(builtInTemplatesDir)
const all = [
  ...[...builtIn.documents.values()].map((s) => ({ name: s.name, text: s.text })),
  ...[...builtIn.partials.values()].map((s) => ({ name: `partials/${s.name}`, text: s.text })),
]
const overeenkomst = builtIn.documents.get('overeenkomst')!.text
const back = (bytes: Uint8Array) => docxToTemplate(bytes, 'word/overeenkomst.docx', builtIn)

describe('naar-word and back without edits', () => {
  it('gives every built-in template and partial back byte for byte', async () => {
    expect(all.length).toBe(15)
    for (const template of all) {
      const result = back(await templateToDocx(template))
      expect(result.problems, template.name).toEqual([])
      expect(result.template?.name).toBe(template.name)
      expect(result.template?.text === template.text, `${template.name} comes back unchanged`).toBe(true)
    }
  })

  it('keeps what the mapping cannot express as literal text: CRLF, no final line end, tabs, odd numbers and indents', async () => {
    const texts = [
      '## Titel {#id}\r\n\r\n1. eerste\tmet tab\r\n   vervolg  \r\n2. geen lid\r\n    vier spaties\r\n',
      '# Titel\n\n- punt\n   - onderdeel\n1.zonder spatie\n\\{{geen tag}}\n| a | b |\n|---|---|\n{{#if x}}\n{{/if}}',
      '',
      '\n\n\n',
      '1. \n- \n   - \n   \n## \n# \n#### \n### \n##### vijf\n',
    ]
    for (const text of texts) {
      const result = back(await templateToDocx({ name: 'overeenkomst', text }))
      expect(result.problems).toEqual([])
      expect(JSON.stringify(result.template?.text)).toBe(JSON.stringify(text))
    }
  })

  it('writes the same bytes for the same template', async () => {
    const first = await templateToDocx({ name: 'overeenkomst', text: overeenkomst })
    expect(Buffer.from(await templateToDocx({ name: 'overeenkomst', text: overeenkomst })).equals(Buffer.from(first))).toBe(true)
  })

  it('shows the structure as Word structure: styles, numbering, code in its character style, a legend', async () => {
    const parts = unzipParts(await templateToDocx({ name: 'overeenkomst', text: overeenkomst }))
    const xml = new TextDecoder().decode(parts.get('word/document.xml'))
    const styles = new TextDecoder().decode(parts.get('word/styles.xml'))
    for (const name of ['Oogo Artikel', 'Oogo Lid', 'Oogo Onderdeel', 'Oogo Vervolg', 'Oogo Sjablooncode', 'Oogo Toelichting']) expect(styles).toContain(`w:name w:val="${name}"`)
    expect(xml).toContain('<w:pStyle w:val="OogoLid"/><w:numPr><w:ilvl w:val="1"/>')
    expect(xml).toContain('<w:rStyle w:val="OogoSjablooncode"/></w:rPr><w:t xml:space="preserve">{#looptijd-inwerkingtreding}</w:t>')
    expect(new TextDecoder().decode(parts.get('word/numbering.xml'))).toContain('w:val="Artikel %1"')
    expect(new TextDecoder().decode(parts.get('docProps/custom.xml'))).toContain('name="oogo-sjabloon"><vt:lpwstr>overeenkomst</vt:lpwstr>')
  })

  it('writes a `####` heading as a paragraph in Oogo Tussenkop, below Oogo Kop (`###`), with the rest of the line as its text', async () => {
    const parts = unzipParts(await templateToDocx({ name: 'bijlage-jeugdplan', text: '### Thema: {{label}}\n\n#### {{titel}}\n' }))
    const xml = new TextDecoder().decode(parts.get('word/document.xml'))
    const styles = new TextDecoder().decode(parts.get('word/styles.xml'))
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="OogoTussenkop"><w:name w:val="Oogo Tussenkop"/>')
    expect(xml).toContain('<w:pPr><w:pStyle w:val="OogoKop"/></w:pPr><w:r><w:t xml:space="preserve">Thema: </w:t></w:r>')
    expect(xml).toContain('<w:pPr><w:pStyle w:val="OogoTussenkop"/></w:pPr><w:r><w:rPr><w:rStyle w:val="OogoSjablooncode"/></w:rPr><w:t xml:space="preserve">{{titel}}</w:t></w:r>')
  })
})

describe('an edit made as Word makes it', () => {
  it('comes back as exactly that change: a clause, a tag split over runs with curly quotes, a new lid; comments and bookmarks ignored', async () => {
    const edited = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: overeenkomst }), (xml) => {
      // "drie" → "zes", typed in a run of its own, with a bookmark and a spelling mark around it and a comment on it.
      xml = once(xml, 'met inachtneming van een opzegtermijn van drie maanden.</w:t></w:r>',
        'met inachtneming van een opzegtermijn van </w:t></w:r><w:bookmarkStart w:id="90" w:name="_Hlk1"/><w:proofErr w:type="spellStart"/>' +
        '<w:commentRangeStart w:id="3"/><w:r><w:rPr><w:b/></w:rPr><w:t>zes</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>' +
        '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="90"/><w:r><w:t xml:space="preserve"> maanden.</w:t></w:r>')
      // The id retyped in Word: curly quotes, the tag split over two runs.
      xml = once(xml, '<w:t xml:space="preserve">{{ref &apos;geschillen-bijzondere-vergadering&apos;}}</w:t></w:r>',
        '<w:t xml:space="preserve">{{re</w:t></w:r><w:r><w:rPr><w:rStyle w:val="OogoSjablooncode"/></w:rPr><w:t xml:space="preserve">f \u2018geschillen-bijzondere</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="OogoSjablooncode"/></w:rPr><w:noBreakHyphen/><w:t>vergadering\u2019}}</w:t></w:r>')
      // Enter at the end of a lid: a new paragraph in the lid's style.
      return afterParagraphWith(xml, '{#looptijd-inwerkingtreding}', paragraph('OogoLid', 'Partijen evalueren deze overeenkomst jaarlijks.'))
    })
    const result = back(edited)
    expect(result.problems).toEqual([])
    const expected = overeenkomst
      .replace('een opzegtermijn van drie maanden.', 'een opzegtermijn van zes maanden.')
      .replace('door alle partijen is ondertekend.\n', 'door alle partijen is ondertekend.\n1. Partijen evalueren deze overeenkomst jaarlijks.\n')
    expect(expected).not.toBe(overeenkomst)
    expect(result.template?.text).toBe(expected)
  })

  it('straightens curly quotes and autocorrected dashes inside code only, keeping a curly quote inside a straight-quoted string', () => {
    expect(straightenCode('Zij zei \u2018ja\u2019 {{ref \u2018x\u2019 \u201Ckort\u201D}} {{opsomming a "\u2019s"}} {{!\u2013 notitie \u2013 hier \u2013}}'))
      .toBe('Zij zei \u2018ja\u2019 {{ref \'x\' "kort"}} {{opsomming a "\u2019s"}} {{!-- notitie \u2013 hier --}}')
    // One quote retyped, the other left straight, either way round.
    expect(straightenCode("{{ref 'a\u2019}} {{ref \u2018b'}} {{x \"c\u201D 'd'}}")).toBe("{{ref 'a'}} {{ref 'b'}} {{x \"c\" 'd'}}")
  })

  it('reads a line break (Shift+Enter) in a lid as a continuation line, and a list made with Word\'s own button as a lid', async () => {
    const edited = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: '## A {#a}\n\n1. een\n' }), (xml) => {
      xml = once(xml, '<w:t xml:space="preserve">een</w:t>', '<w:t xml:space="preserve">een</w:t><w:br/><w:t>twee</w:t><w:br w:type="column"/>')
      return afterParagraphWith(xml, '>twee<', '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>drie</w:t></w:r></w:p>')
    })
    expect(back(edited)).toEqual({ template: expect.objectContaining({ text: '## A {#a}\n\n1. een\n   twee\n1. drie\n' }), problems: [] })
    // "1. " typed into a plain paragraph, which Word's AutoFormat turns into a list of its own: a lid too.
    const typed = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: '## A {#a}\n\nTekst.\n' }), (xml) =>
      once(xml, '<w:pStyle w:val="OogoTekst"/></w:pPr><w:r><w:t xml:space="preserve">Tekst.', '<w:pStyle w:val="OogoTekst"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Tekst.'))
    expect(back(typed).template?.text).toBe('## A {#a}\n\n1. Tekst.\n')
    // A page break (Ctrl+Enter), in a paragraph of its own as Word makes it, and one inside a paragraph.
    const paged = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: 'Voor.\nNa.\n' }), (xml) => {
      xml = afterParagraphWith(xml, '>Voor.<', '<w:p><w:pPr><w:pStyle w:val="OogoTekst"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')
      return once(xml, '>Na.</w:t>', '>Na.</w:t><w:br w:type="page"/><w:t>Verder.</w:t>')
    })
    expect(back(paged).template?.text).toBe('Voor.\n***\nNa.\n***\nVerder.\n')
  })

  it('reads an empty lid (Enter twice) as a blank line, a lid without its number as a continuation, Word\'s Heading 2 as an article', async () => {
    const withParagraphs = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: '## A {#a}\n\n1. een\n' }), (xml) => {
      xml = afterParagraphWith(xml, '>een<', paragraph('OogoLid', '') + paragraph('OogoLid', 'twee') +
        '<w:p><w:pPr><w:pStyle w:val="OogoLid"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>zonder nummer</w:t></w:r></w:p>')
      return afterParagraphWith(xml, '>zonder nummer<', paragraph('Kop2', 'Nieuw artikel {#nieuw}'))
    })
    // Word's built-in "heading 2", with the id a Dutch Word gives it.
    const edited = editDocumentXml(withParagraphs, (xml) => once(xml, '<w:style w:type="paragraph" w:styleId="OogoTitel">',
      '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="OogoTitel">'), 'word/styles.xml')
    expect(back(edited).template?.text).toBe('## A {#a}\n\n1. een\n\n1. twee\n   zonder nummer\n## Nieuw artikel {#nieuw}\n')
  })

  it('reads a new paragraph in Oogo Tussenkop as `####`, Word\'s Kop 4 (heading 4) as `####` and Kop 3 (heading 3) as `###`', async () => {
    const withParagraphs = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: '### Thema\n' }), (xml) => afterParagraphWith(xml, '>Thema<',
      paragraph('OogoTussenkop', 'Punt een') + paragraph('Kop4', 'Punt twee') + paragraph('Kop3', 'Ander thema')))
    const edited = editDocumentXml(withParagraphs, (xml) => once(xml, '<w:style w:type="paragraph" w:styleId="OogoTitel">',
      '<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/></w:style><w:style w:type="paragraph" w:styleId="Kop4"><w:name w:val="heading 4"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="OogoTitel">'), 'word/styles.xml')
    expect(back(edited)).toEqual({ problems: [], template: expect.objectContaining({ text: '### Thema\n#### Punt een\n#### Punt twee\n### Ander thema\n' }) })
  })
})

describe('what van-word refuses', () => {
  const place = (path: string) => ({ file: 'word/overeenkomst.docx', path })

  it('refuses unaccepted tracked changes, naming the paragraph, its template line and its text', async () => {
    const edited = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: '## A {#a}\n\n1. Een lid.\n\n1. Nog een.\n' }), (xml) => {
      xml = once(xml, '<w:t xml:space="preserve">Een lid.</w:t></w:r>',
        '<w:t xml:space="preserve">Een lid.</w:t></w:r><w:ins w:id="1" w:author="Jurist" w:date="2026-03-01T10:00:00Z"><w:r><w:t xml:space="preserve"> Extra.</w:t></w:r></w:ins>')
      return once(xml, '<w:r><w:t xml:space="preserve">Nog een.</w:t></w:r>',
        '<w:del w:id="2" w:author="Jurist" w:date="2026-03-01T10:00:00Z"><w:r><w:delText>Nog een.</w:delText></w:r></w:del>')
    })
    expect(back(edited)).toEqual({ problems: [
      { code: ErrorCode.wordTrackedChange, severity: 'error', stage: 'load', place: place('alinea 6, regel 3 van het sjabloon'),
        message: 'Deze alinea (“Een lid. Extra.”) bevat een ingevoegde tekst die nog niet is aanvaard of geweigerd (Wijzigingen bijhouden).',
        suggestion: 'Aanvaard of weiger eerst alle wijzigingen in Word (Controleren › Aanvaarden › Alle wijzigingen aanvaarden), sla op en zet het document opnieuw terug.' },
      { code: ErrorCode.wordTrackedChange, severity: 'error', stage: 'load', place: place('alinea 8, regel 5 van het sjabloon'),
        message: 'Deze alinea (“Nog een.”) bevat een verwijderde tekst die nog niet is aanvaard of geweigerd (Wijzigingen bijhouden).',
        suggestion: 'Aanvaard of weiger eerst alle wijzigingen in Word (Controleren › Aanvaarden › Alle wijzigingen aanvaarden), sla op en zet het document opnieuw terug.' },
    ] })
  })

  it('refuses a formatting change that was tracked, and a table', async () => {
    const edited = editDocumentXml(await templateToDocx({ name: 'overeenkomst', text: 'Tekst.\n' }), (xml) =>
      once(xml, '<w:pStyle w:val="OogoTekst"/></w:pPr>', '<w:pStyle w:val="OogoTekst"/><w:pPrChange w:id="4" w:author="J"><w:pPr/></w:pPrChange></w:pPr>')
        .replace('<w:sectPr', '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr'))
    const result = back(edited)
    expect(result.problems.map((p) => [p.code, p.place.path, p.message])).toEqual([
      [ErrorCode.wordTrackedChange, 'alinea 4, regel 1 van het sjabloon', 'Deze alinea (“Tekst.”) bevat een gewijzigde opmaak die nog niet is aanvaard of geweigerd (Wijzigingen bijhouden).'],
      [ErrorCode.wordUnsupported, 'na de laatste alinea', 'Een tabel uit Word kan niet in een sjabloon worden overgenomen. Het staat in (“cel”).'],
    ])
  })

  it('refuses a file that is no .docx, a damaged one and one naar-word did not write, each with a Dutch message', async () => {
    const good = await templateToDocx({ name: 'overeenkomst', text: 'Tekst.\n' })
    const withoutDocument = zipParts(new Map([...unzipParts(good)].filter(([name]) => name !== 'word/document.xml')))
    const cases: [Uint8Array, string, string][] = [
      [new TextEncoder().encode('# Overeenkomst\n'), ErrorCode.fileUnreadable, 'Dit bestand is geen Word-document (.docx), of het is beschadigd.'],
      [good.subarray(0, good.length >> 1), ErrorCode.fileUnreadable, 'Dit bestand is geen Word-document (.docx), of het is beschadigd.'],
      [withoutDocument, ErrorCode.fileUnreadable, 'Dit bestand is geen Word-document: de hoofdtekst (word/document.xml) ontbreekt.'],
      [editDocumentXml(good, (xml) => xml.slice(0, 200)), ErrorCode.fileUnreadable, 'De hoofdtekst van dit Word-document is beschadigd en kan niet worden gelezen.'],
      [readFileSync('templates/huisstijl.docx'), ErrorCode.wordNotATemplate, 'Dit Word-document is geen sjabloon van oogo: het mist de eigenschap `oogo-sjabloon` die `oogo sjablonen naar-word` erin zet.'],
    ]
    for (const [bytes, code, message] of cases) {
      const result = back(bytes)
      expect(result.template).toBeUndefined()
      expect(result.problems).toEqual([expect.objectContaining({ code, message, severity: 'error', place: { file: 'word/overeenkomst.docx' } })])
    }
  })

  it('never crashes on a damaged document: 100 documents with random bytes changed give a template or a located problem', async () => {
    const good = await templateToDocx({ name: 'partials/adresblok', text: builtIn.partials.get('adresblok')!.text })
    let seed = 14
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    const outcomes = new Set<string>()
    for (let i = 0; i < 100; i++) {
      const bytes = good.slice()
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
      const result = back(bytes)
      if (result.template) continue
      expect(result.problems.length).toBeGreaterThan(0)
      for (const problem of result.problems) {
        expect(problem.place.file).toBe('word/overeenkomst.docx')
        outcomes.add(problem.code)
      }
    }
    // Which bytes break what depends on the bytes; only these codes ever come out, and a damaged zip always does.
    expect(outcomes).toContain(ErrorCode.fileUnreadable)
    for (const code of outcomes) expect([ErrorCode.fileUnreadable, ErrorCode.wordNotATemplate, ErrorCode.wordTrackedChange, ErrorCode.wordUnsupported]).toContain(code)
  })
})
