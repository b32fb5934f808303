/**
 * parseText: rendered Markdown → DocModel, and the located problems for what the model cannot hold.
 * Every case states the whole model (children) and the whole problem list.
 */
import { describe, expect, it } from 'vitest'
import { parseText } from '../../src/parse/parse-text.ts'
import type { Block, DocMeta, Inline, ListItem, ListKind, Position } from '../../src/model/types.ts'
import type { OogoError } from '../../src/errors.ts'

const meta: DocMeta = {
  kind: 'overeenkomst', title: 'Titel', subject: 'Onderwerp', reference: 'OOGO-1', date: '2026-01-15',
  draft: false, engineVersion: '0.0.0', dossierSha256: 'abc',
}
const file = 'overeenkomst.md'

/** A position from line l1 (column 1) to line l2, column c2: markdown-it keeps no columns, so blocks start at 1. */
const at = (l1: number, l2: number, c2: number): Position => ({ start: { line: l1, column: 1 }, end: { line: l2, column: c2 } })
const text = (value: string): Inline => ({ type: 'text', value })
const para = (children: Inline[], position: Position): Block => ({ type: 'paragraph', children, position })
const item = (children: Block[], position: Position, id?: string): ListItem =>
  id === undefined ? { type: 'listItem', children, position } : { type: 'listItem', id, children, position }
const list = (kind: ListKind, items: ListItem[], position: Position): Block => ({ type: 'list', kind, items, position })

const unsupported = (message: string, line: number, suggestion: string, column = 1): OogoError => ({
  code: 'model/niet-ondersteund', severity: 'error', stage: 'parse', message, place: { file, line, column }, suggestion,
})
const noMarkup = 'Schrijf gewone tekst; opmaak gaat met Markdown (`**vet**`, `*cursief*`, `## Kop`, `1. lid`).'
const noQuote = 'Haal het teken > aan het begin van de regel weg, of zet er een \\ voor.'

function parse(source: string) {
  return parseText(source, meta, file)
}

describe('parseText: the document', () => {
  it('keeps the meta as given and returns an empty document for empty text', () => {
    expect(parse('')).toEqual({ model: { type: 'document', meta, children: [] }, problems: [] })
  })

  it('parses a title, a paragraph with emphasis and strong text', () => {
    const { model, problems } = parse('# Titel\n\nEen *schuin* en **vet** woord.\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      { type: 'heading', depth: 1, children: [text('Titel')], position: at(1, 1, 8) },
      para([text('Een '), { type: 'emphasis', children: [text('schuin')] }, text(' en '), { type: 'strong', children: [text('vet')] }, text(' woord.')], at(3, 3, 31)),
    ])
  })

  it('nests strong inside emphasis and decodes entities into one text node', () => {
    const { model, problems } = parse('&amp; &#65; *a **b** c*\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      para([text('& A '), { type: 'emphasis', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] }], at(1, 1, 24)),
    ])
  })

  it('joins soft line breaks with a space and keeps hard breaks (two spaces, backslash)', () => {
    const { model, problems } = parse('Regel een  \nregel twee\nregel drie\\\nvier\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      para([text('Regel een'), { type: 'break' }, text('regel twee regel drie'), { type: 'break' }, text('vier')], at(1, 4, 5)),
    ])
  })

  it('prints escaped Markdown and escaped attributes literally, as one text node', () => {
    const { model, problems } = parse('\\*geen\\* \\{#id} \\# \\[x](#y)\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([para([text('*geen* {#id} # [x](#y)')], at(1, 1, 28))])
  })

  it('turns a thematic break into a page break', () => {
    const { model, problems } = parse('Voor\n\n---\n\nNa\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      para([text('Voor')], at(1, 1, 5)),
      { type: 'pageBreak', position: at(3, 3, 4) },
      para([text('Na')], at(5, 5, 3)),
    ])
  })
})

describe('parseText: headings and articles', () => {
  it('makes a level-2 heading with {#id} a numbered article holding the blocks up to the next heading', () => {
    const { model, problems } = parse('## Geschillen {#geschillen}\n\nTekst.\n\n## Slot\n\nEinde.\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      { type: 'section', id: 'geschillen', title: [text('Geschillen')], children: [para([text('Tekst.')], at(3, 3, 7))], position: at(1, 1, 28) },
      { type: 'section', title: [text('Slot')], children: [para([text('Einde.')], at(7, 7, 7))], position: at(5, 5, 8) },
    ])
  })

  it('makes {-} and {.unnumbered} unnumbered headings that close the article before them', () => {
    const { model, problems } = parse('## Artikel\n\n## Een {-}\n\nLos.\n\n## Twee {.unnumbered}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      { type: 'section', title: [text('Artikel')], children: [], position: at(1, 1, 11) },
      { type: 'heading', depth: 2, children: [text('Een')], position: at(3, 3, 11) },
      para([text('Los.')], at(5, 5, 5)),
      { type: 'heading', depth: 2, children: [text('Twee')], position: at(7, 7, 22) },
    ])
  })

  it('puts a level-3 heading inside the current article, and a level-1 heading ends the article', () => {
    const { model, problems } = parse('## Art\n\n### Sub\n\n# Bijlage\n\n### Los\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      { type: 'section', title: [text('Art')], children: [{ type: 'heading', depth: 3, children: [text('Sub')], position: at(3, 3, 8) }], position: at(1, 1, 7) },
      { type: 'heading', depth: 1, children: [text('Bijlage')], position: at(5, 5, 10) },
      { type: 'heading', depth: 3, children: [text('Los')], position: at(7, 7, 8) },
    ])
  })

  it('does not read an escaped attribute as an id: the article keeps it in its title', () => {
    const { model, problems } = parse('## Titel \\{#id}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{ type: 'section', title: [text('Titel {#id}')], children: [], position: at(1, 1, 16) }])
  })

  it('takes only the last attribute of a heading; an earlier one stays text', () => {
    const { model, problems } = parse('## Art {#eerst} {#laatst}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{ type: 'section', id: 'laatst', title: [text('Art {#eerst}')], children: [], position: at(1, 1, 26) }])
  })

  it('strips the attribute after inline markup in the title', () => {
    const { model, problems } = parse('## Duur *van* de overeenkomst {#duur}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'section', id: 'duur', title: [text('Duur '), { type: 'emphasis', children: [text('van')] }, text(' de overeenkomst')],
      children: [], position: at(1, 1, 38),
    }])
  })

  it('parses `####` as a heading of depth 4, in an article and under an unnumbered heading, its attribute stripped', () => {
    const { model, problems } = parse('## Art\n\n#### Diep\n\nTekst.\n\n## Agenda {-}\n\n### Thema: Zorg\n\n#### Warme *overdracht* {-}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      { type: 'section', title: [text('Art')], children: [
        { type: 'heading', depth: 4, children: [text('Diep')], position: at(3, 3, 10) },
        para([text('Tekst.')], at(5, 5, 7)),
      ], position: at(1, 1, 7) },
      { type: 'heading', depth: 2, children: [text('Agenda')], position: at(7, 7, 14) },
      { type: 'heading', depth: 3, children: [text('Thema: Zorg')], position: at(9, 9, 16) },
      { type: 'heading', depth: 4, children: [text('Warme '), { type: 'emphasis', children: [text('overdracht')] }], position: at(11, 11, 28) },
    ])
  })

  it('reports a heading deeper than level 4, naming the levels there are, and leaves it out, keeping the article open', () => {
    const { model, problems } = parse('## Art\n\n##### Diep\n\n###### Dieper\n\nTekst.\n')
    const levels = 'Er zijn drie niveaus van koppen onder de titel: `##` voor een artikel of kop, `###` voor een tussenkop en `####` voor een kop daaronder. Gebruik `####`, of maak van de kop gewone tekst.'
    expect(problems).toEqual([
      unsupported('Een kop van niveau 5 (`#####`) wordt in documenten niet ondersteund.', 3, levels),
      unsupported('Een kop van niveau 6 (`######`) wordt in documenten niet ondersteund.', 5, levels),
    ])
    expect(model.children).toEqual([
      { type: 'section', title: [text('Art')], children: [para([text('Tekst.')], at(7, 7, 7))], position: at(1, 1, 7) },
    ])
  })
})

describe('parseText: lists', () => {
  it('outside an article: bullets stay bullets and ordered lists become numbers (the start number is not kept)', () => {
    const { model, problems } = parse('- a\n- b\n\n3. x\n4. y\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([
      list('bullets', [item([para([text('a')], at(1, 1, 4))], at(1, 1, 4)), item([para([text('b')], at(2, 2, 4))], at(2, 3, 1))], at(1, 3, 1)),
      list('numbers', [item([para([text('x')], at(4, 4, 5))], at(4, 4, 5)), item([para([text('y')], at(5, 5, 5))], at(5, 5, 5))], at(4, 5, 5)),
    ])
  })

  it('inside an article: a list holds leden, a list in a lid letters, and a list in a letter numbers', () => {
    const source = '## Art\n\n1. {#eerste} Eerste lid.\n\n   Tweede alinea.\n\n   - sub\n     1. subsub\n2. Tweede lid.\n'
    const { model, problems } = parse(source)
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'section', title: [text('Art')], position: at(1, 1, 7), children: [
        list('subsections', [
          item([
            para([text('Eerste lid.')], at(3, 3, 25)),
            para([text('Tweede alinea.')], at(5, 5, 18)),
            list('letters', [
              item([
                para([text('sub')], at(7, 7, 9)),
                list('numbers', [item([para([text('subsub')], at(8, 8, 15))], at(8, 8, 15))], at(8, 8, 15)),
              ], at(7, 8, 15)),
            ], at(7, 8, 15)),
          ], at(3, 8, 15), 'eerste'),
          item([para([text('Tweede lid.')], at(9, 9, 15))], at(9, 9, 15)),
        ], at(3, 9, 15)),
      ],
    }])
  })

  it('makes a bulleted list in an article leden too', () => {
    const { model, problems } = parse('## Art\n\n- {#a} een\n  - b\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'section', title: [text('Art')], position: at(1, 1, 7), children: [
        list('subsections', [
          item([para([text('een')], at(3, 3, 11)), list('letters', [item([para([text('b')], at(4, 4, 6))], at(4, 4, 6))], at(4, 4, 6))], at(3, 4, 6), 'a'),
        ], at(3, 4, 6)),
      ],
    }])
  })

  it('gives an item with only an anchor an empty paragraph', () => {
    const { model, problems } = parse('## Art\n\n* {#x}\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'section', title: [text('Art')], position: at(1, 1, 7),
      children: [list('subsections', [item([para([], at(3, 3, 7))], at(3, 3, 7), 'x')], at(3, 3, 7))],
    }])
  })

  it('leaves what is no valid id (capitals, underscores, escaped) in the text of the item', () => {
    const { model, problems } = parse('## Art\n\n1. {#Hoofd} x\n2. {#a_b} y\n3. \\{#c} z\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'section', title: [text('Art')], position: at(1, 1, 7), children: [list('subsections', [
        item([para([text('{#Hoofd} x')], at(3, 3, 14))], at(3, 3, 14)),
        item([para([text('{#a_b} y')], at(4, 4, 12))], at(4, 4, 12)),
        item([para([text('{#c} z')], at(5, 5, 11))], at(5, 5, 11)),
      ], at(3, 5, 11))],
    }])
  })

  it('reports a heading inside a list item and leaves the item empty', () => {
    const { model, problems } = parse('- # kop\n- b\n')
    expect(problems).toEqual([unsupported('Een kop binnen een lijst wordt in documenten niet ondersteund.', 1, 'Laat een lege regel voor de kop en begin hem aan het begin van de regel.', 3)])
    expect(model.children).toEqual([
      list('bullets', [item([], at(1, 1, 8)), item([para([text('b')], at(2, 2, 4))], at(2, 2, 4))], at(1, 2, 4)),
    ])
  })
})

describe('parseText: tables', () => {
  it('reads a pipe table with a header row and widths from the dashes of the delimiter row', () => {
    const { model, problems } = parse('| Partij | Code |\n|------|---|\n| *Den Helder* | GM0400 |\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'table', header: true, widths: [0.667, 0.333], position: at(1, 3, 26), rows: [
        { type: 'tableRow', position: at(1, 1, 18), cells: [{ type: 'tableCell', children: [text('Partij')] }, { type: 'tableCell', children: [text('Code')] }] },
        { type: 'tableRow', position: at(3, 3, 26), cells: [
          { type: 'tableCell', children: [{ type: 'emphasis', children: [text('Den Helder')] }] },
          { type: 'tableCell', children: [text('GM0400')] },
        ] },
      ],
    }])
  })

  it('counts only dashes for widths (alignment colons do not count) and keeps empty cells', () => {
    const { model, problems } = parse('a | b | c\n:--|:-:|--:\n1 | | 3\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([{
      type: 'table', header: true, widths: [0.4, 0.2, 0.4], position: at(1, 3, 8), rows: [
        { type: 'tableRow', position: at(1, 1, 10), cells: [{ type: 'tableCell', children: [text('a')] }, { type: 'tableCell', children: [text('b')] }, { type: 'tableCell', children: [text('c')] }] },
        { type: 'tableRow', position: at(3, 3, 8), cells: [{ type: 'tableCell', children: [text('1')] }, { type: 'tableCell', children: [] }, { type: 'tableCell', children: [text('3')] }] },
      ],
    }])
  })
})

describe('parseText: references and links', () => {
  it('turns an internal link into a ref with its template place, and keeps an external link', () => {
    const { model, problems } = parse('Zie [](#slot "templates/x.md.hbs:3:4") en [site](https://x.nl).\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([para([
      text('Zie '),
      { type: 'ref', target: 'slot', origin: 'templates/x.md.hbs:3:4', position: at(1, 1, 64) },
      text(' en '),
      { type: 'link', url: 'https://x.nl', children: [text('site')] },
      text('.'),
    ], at(1, 1, 64))])
  })

  it('drops the text of an internal link and gives a ref without title no origin', () => {
    const { model, problems } = parse('Zie [](#x) en [**vet**](#y).\n')
    expect(problems).toEqual([])
    expect(model.children).toEqual([para([
      text('Zie '), { type: 'ref', target: 'x', position: at(1, 1, 29) }, text(' en '), { type: 'ref', target: 'y', position: at(1, 1, 29) }, text('.'),
    ], at(1, 1, 29))])
  })
})

describe('parseText: the same text in another document (its inline tokens are parsed once and shared)', () => {
  it('gives each place of the same paragraph its own position', () => {
    parse('Zie [](#x).\n') // met once before: its tokens are kept the second time
    const first = parse('Zie [](#x).\n').model.children
    const again = parse('# Kop\n\nZie [](#x).\n').model.children
    expect(first).toEqual([para([text('Zie '), { type: 'ref', target: 'x', position: at(1, 1, 12) }, text('.')], at(1, 1, 12))])
    expect(again[1]).toEqual(para([text('Zie '), { type: 'ref', target: 'x', position: at(3, 3, 12) }, text('.')], at(3, 3, 12)))
  })

  it('reads a reference link by the definitions of its own document, not by an earlier parse of the same text', () => {
    // Met twice without definitions: from then on its tokens are kept.
    expect(parse('Zie [site][s].\n').model.children).toEqual([para([text('Zie [site][s].')], at(1, 1, 15))])
    expect(parse('Zie [site][s].\n').model.children).toEqual([para([text('Zie [site][s].')], at(1, 1, 15))])
    expect(parse('Zie [site][s].\n\n[s]: https://x.nl\n').model.children).toEqual([
      para([text('Zie '), { type: 'link', url: 'https://x.nl', children: [text('site')] }, text('.')], at(1, 1, 15)),
    ])
    expect(parse('Zie [site][s].\n').model.children).toEqual([para([text('Zie [site][s].')], at(1, 1, 15))])
  })
})

describe('parseText: what the model cannot hold is a located error', () => {
  it('inline code and inline HTML: each reported once, at its line and column, the rest kept', () => {
    const { model, problems } = parse('Eerst.\n\n`code` en <b>x</b>\n')
    expect(problems).toEqual([
      unsupported('Code tussen backticks (`…`) wordt in documenten niet ondersteund.', 3, 'Haal de backticks (`) weg, of zet er een \\ voor als u het teken zelf bedoelt.'),
      unsupported('HTML wordt in documenten niet ondersteund.', 3, `${noMarkup} Bedoelt u het teken < zelf, zet er dan een \\ voor.`, 11),
    ])
    expect(model.children).toEqual([para([text('Eerst.')], at(1, 1, 7)), para([text(' en x')], at(3, 3, 19))])
  })

  it('an image', () => {
    const { model, problems } = parse('Logo ![logo](logo.png)\n')
    expect(problems).toEqual([unsupported('Een afbeelding (`![…](…)`) wordt in documenten niet ondersteund.', 1, 'Een logo komt uit de huisstijl (`--huisstijl`); haal de afbeelding uit het sjabloon.', 6)])
    expect(model.children).toEqual([para([text('Logo ')], at(1, 1, 23))])
  })

  it('block quote, indented code, fenced code and an HTML block, at their own lines', () => {
    const { model, problems } = parse('> citaat\n\n    code\n\n```\nfence\n```\n\n<div>\nx\n</div>\n\nna\n')
    expect(problems).toEqual([
      unsupported('Een citaatblok (`>`) wordt in documenten niet ondersteund.', 1, noQuote),
      unsupported('Een regel die vier spaties of meer inspringt, wordt in Markdown een codeblok, en dat wordt in documenten niet ondersteund.', 3,
        'Haal de inspringing weg: alleen de tekst van een lid of opsomming springt in, even ver als de tekst na het nummer of streepje.', 5),
      unsupported('Een codeblok tussen ``` wordt in documenten niet ondersteund.', 5, 'Haal de regels met ``` weg; gewone tekst staat zonder omlijsting in het sjabloon.'),
      unsupported('HTML wordt in documenten niet ondersteund.', 9, noMarkup),
    ])
    expect(model.children).toEqual([para([text('na')], at(13, 13, 3))])
  })

  it('an unsupported block inside an article is reported and the article keeps the rest', () => {
    const { model, problems } = parse('## Art {#art}\n\n> weg\n\nblijft\n')
    expect(problems).toEqual([unsupported('Een citaatblok (`>`) wordt in documenten niet ondersteund.', 3, noQuote)])
    expect(model.children).toEqual([
      { type: 'section', id: 'art', title: [text('Art')], children: [para([text('blijft')], at(5, 5, 7))], position: at(1, 1, 14) },
    ])
  })
})

describe('parseText: indentation and tables that would change the text silently', () => {
  it('a paragraph indented four spaces after the last bullet is an error: it became part of that bullet', () => {
    const { problems } = parse('- de gemeenteraad geen partij is;\n\n    Komen het volgende overeen:\n\n## Begrippen {#begrippen}\n')
    expect(problems).toEqual([{
      code: 'model/inspringing', severity: 'error', stage: 'parse',
      message: 'Deze alinea springt 4 spaties in en hoort daardoor bij het lid of opsommingsteken erboven, waarvan de tekst op 2 spaties begint.',
      place: { file, line: 3, column: 5 },
      suggestion: 'Hoort de alinea bij dat onderdeel, laat hem dan precies 2 spaties inspringen; zo niet, haal de inspringing weg.',
    }])
  })

  it('a line joined to a lid without its indentation is a warning', () => {
    const { problems } = parse('## A {#a}\n\n1. Eerste regel\nvervolg.\n')
    expect(problems).toEqual([{
      code: 'model/inspringing', severity: 'warning', stage: 'parse',
      message: 'Deze regel staat direct onder een lid of opsommingsteken zonder lege regel ertussen, en wordt daardoor een deel van dat onderdeel, hoewel hij minder ver inspringt.',
      place: { file, line: 4, column: 1 },
      suggestion: 'Hoort de regel bij dat onderdeel, laat hem dan 3 spaties inspringen; zo niet, zet er een lege regel voor.',
    }])
  })

  it('a table row with a cell too few or too many is an error; an escaped pipe in a value is text', () => {
    const { problems } = parse('| A | B |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| a \\| b | c |\n')
    const suggestion = 'Geef elke rij 2 cellen, gescheiden door |; een lege cel schrijft u als `| |`. Bedoelt u een | in de tekst, zet er dan een \\ voor.'
    expect(problems).toEqual([
      { code: 'model/tabelcellen', severity: 'error', stage: 'parse', message: 'Deze tabelrij heeft 1 cel, de kopregel 2; de ontbrekende cellen worden stil leeg gelaten.', place: { file, line: 3, column: 1 }, suggestion },
      { code: 'model/tabelcellen', severity: 'error', stage: 'parse', message: 'Deze tabelrij heeft 3 cellen, de kopregel 2; de cellen te veel vallen stil weg.', place: { file, line: 4, column: 1 }, suggestion },
    ])
  })
})
