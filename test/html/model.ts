/**
 * A small transformed document model for the tests of src/html/: a title and subtitle, two articles (the second
 * with leden, letters under a lid and a cross-reference to the first lid), a table, a page break and text that
 * would be markup if it were not escaped.
 */
import type { DocModel, Inline } from '../../src/model/types.ts'

const text = (value: string): Inline => ({ type: 'text', value })

export function sampleModel(draft = false): DocModel {
  return {
    type: 'document',
    meta: { kind: 'overeenkomst', title: 'Overeenkomst', subject: 'OOGO', reference: 'OOGO-<JZ03>-2026', date: '2026-01-01', draft, engineVersion: '0.1.0', dossierSha256: '0'.repeat(64) },
    children: [
      { type: 'heading', depth: 1, children: [text('Overeenkomst OOGO jeugd')] },
      { type: 'paragraph', children: [text('Kop van Noord-Holland')] },
      { type: 'section', id: 'looptijd', number: '1', bookmark: '_Ref_looptijd_1', title: [text('Looptijd')], children: [
        { type: 'paragraph', children: [text('Deze overeenkomst geldt '), { type: 'strong', children: [text('vier jaar')] }, text('.')] },
      ] },
      { type: 'section', id: 'geschillen', number: '2', title: [text('Geschillen & <script>')], children: [
        { type: 'list', kind: 'subsections', items: [
          { type: 'listItem', id: 'geschillen-verzoek', number: '2.1', bookmark: '_Ref_geschillen_verzoek_2', children: [
            { type: 'paragraph', children: [text('Een verzoek vermeldt:')] },
            { type: 'list', kind: 'letters', items: [
              { type: 'listItem', number: 'a', children: [{ type: 'paragraph', children: [text('het onderwerp;')] }] },
              { type: 'listItem', number: 'b', children: [{ type: 'paragraph', children: [text('de standpunten.')] }] },
            ] },
          ] },
          { type: 'listItem', number: '2.2', children: [{ type: 'paragraph', children: [
            text('Zie artikel '), { type: 'ref', target: 'looptijd', text: '1', bookmark: '_Ref_looptijd_1' },
            text(' en lid '), { type: 'ref', target: 'geschillen-verzoek', text: '2.1', bookmark: '_Ref_geschillen_verzoek_2' }, text('.'),
            { type: 'break' }, text('Tweede regel.'),
          ] }] },
        ] },
      ] },
      { type: 'table', header: true, widths: [0.3, 0.7], rows: [
        { type: 'tableRow', cells: [{ type: 'tableCell', children: [text('Partij')] }, { type: 'tableCell', children: [text('Namens deze')] }] },
        { type: 'tableRow', cells: [{ type: 'tableCell', children: [text('Gemeente Texel')] }, { type: 'tableCell', children: [text('M. Zijp, wethouder Zorg en Welzijn, namens de burgemeester')] }] },
      ] },
      { type: 'pageBreak' },
      { type: 'paragraph', children: [text('Tekst met <b>opmaak</b> & "aanhalingstekens"'), { type: 'link', url: 'javascript:alert(1)', children: [text(' gevaarlijk')] }] },
    ],
  }
}
