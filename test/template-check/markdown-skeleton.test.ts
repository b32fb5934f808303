/**
 * The Markdown of a template, checked without a dossier (src/template-check/markdown-skeleton.ts): the skeleton
 * (tags neutralised, standalone lines removed as Handlebars removes them) and each finding as a whole error at the
 * template's file, line and column. The defects are those of issue 14 (items 1 and 6), made in a copy of the
 * built-in overeenkomst where a template editor would make them.
 */
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import { checkMarkdown, checkMarkdownOfTemplates, markdownSkeleton } from '../../src/template-check/markdown-skeleton.ts'
import type { OogoError } from '../../src/errors.ts'

const builtIn = loadTemplates(builtInTemplatesDir)
const overeenkomst = builtIn.documents.get('overeenkomst')!
const bijlage = builtIn.documents.get('bijlage-jeugdplan')!
const file = 'templates/overeenkomst.md.hbs'

/** The findings of the built-in `template` with `from` replaced by `to` (which must be there). */
function edited(template: typeof overeenkomst, from: string, to: string): OogoError[] {
  expect(template.text).toContain(from)
  return checkMarkdown({ ...template, text: template.text.replace(from, to) })
}
const finding = (code: string, message: string, line: number, column: number, suggestion: string, severity = 'error', at = file): OogoError =>
  ({ code: code as OogoError['code'], severity: severity as OogoError['severity'], stage: 'validate', message, place: { file: at, line, column }, suggestion })

describe('the skeleton of a template', () => {
  it('removes standalone block, else and comment lines, and puts an x for each character of a value', () => {
    const text = '{{!-- kop --}}\n# Titel\n\n{{#if a}}\nTekst {{b.c}} en {{> p}}.\n{{else}}\nAnders.\n{{/if}}\n'
    expect(markdownSkeleton(text)?.text).toBe('# Titel\n\nTekst xxxxxxx en xxxxxxx.\n\nAnders.\n')
  })

  it('keeps a partial alone on its line as a line of its own, indented as the tag', () => {
    expect(markdownSkeleton('1. Lid\n\n   {{> adres}}\n\nVerder.\n')?.text).toBe('1. Lid\n\n   xxxxxxxxxxx\n\nVerder.\n')
  })

  it('knows for every character where in the template it stands', () => {
    const skeleton = markdownSkeleton('{{#if a}}\nAb {{x}}\n{{/if}}\n')!
    expect(skeleton.text).toBe('Ab xxxxx\n')
    expect(skeleton.origins).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18])
  })

  it('is undefined for a text that is no template (the checker reports the syntax)', () => {
    expect(markdownSkeleton('{{#if a}}\nopen')).toBeUndefined()
  })
})

describe('the built-in templates', () => {
  it('have no Markdown findings, not even a warning', () => {
    expect(checkMarkdownOfTemplates(builtIn)).toEqual([])
  })
})

describe('indentation that silently changes the structure', () => {
  it('"Komen het volgende overeen:" indented four spaces is an error at that line: it became part of the last overweging', () => {
    expect(edited(overeenkomst, '\nKomen het volgende overeen:', '\n    Komen het volgende overeen:')).toEqual([
      finding('sjabloon/inspringing',
        'Deze alinea springt 4 spaties in en hoort daardoor bij het lid of opsommingsteken erboven, waarvan de tekst op 2 spaties begint.', 44, 5,
        'Hoort de alinea bij dat onderdeel, laat hem dan precies 2 spaties inspringen; zo niet, haal de inspringing weg.'),
    ])
  })

  it('a second paragraph of a lid aligned with its text is the author\'s meaning, and no finding', () => {
    expect(checkMarkdown({ name: 'x', file, text: '## A {#a}\n\n1. Eerste alinea.\n\n   Tweede alinea van hetzelfde lid.\n' })).toEqual([])
  })

  it('the same line without the blank line before it joins the overweging: a warning', () => {
    expect(edited(overeenkomst, '\n\nKomen het volgende overeen:', '\nKomen het volgende overeen:')).toEqual([
      finding('sjabloon/inspringing',
        'Deze regel staat direct onder een lid of opsommingsteken zonder lege regel ertussen, en wordt daardoor een deel van dat onderdeel, hoewel hij minder ver inspringt.', 43, 1,
        'Hoort de regel bij dat onderdeel, laat hem dan 2 spaties inspringen; zo niet, zet er een lege regel voor.', 'warning'),
    ])
  })

  it('but not where a block tag stands between the two lines: then it depends on the data whether they meet', () => {
    expect(checkMarkdown({ name: 'x', file, text: '{{#each l}}\n- {{this}}\n{{/each}}\n{{#unless l}}\nGeen.\n{{/unless}}\n' })).toEqual([])
    expect(checkMarkdown({ name: 'x', file, text: '{{#if a}}\n| A | B |\n|---|---|\n| 1 | 2 |\n{{else}}\nGeen tabel.\n{{/if}}\n' })).toEqual([])
  })

  it('a heading indented four spaces is indented code', () => {
    expect(edited(overeenkomst, '## Begripsbepalingen {#begripsbepalingen}', '    ## Begripsbepalingen {#begripsbepalingen}')).toEqual([
      finding('sjabloon/niet-ondersteund',
        'Een regel die vier spaties of meer inspringt, wordt in Markdown een codeblok, en dat wordt in documenten niet ondersteund.', 46, 5,
        'Haal de inspringing weg: alleen de tekst van een lid of opsomming springt in, even ver als de tekst na het nummer of streepje.'),
    ])
  })
})

describe('what the document model cannot hold', () => {
  it('raw HTML, inline and as a block', () => {
    const suggestion = 'Schrijf gewone tekst; opmaak gaat met Markdown (`**vet**`, `*cursief*`, `## Kop`, `1. lid`).'
    expect(edited(overeenkomst, 'Komen het volgende overeen:', 'Komen <b>het</b> volgende overeen:')).toEqual([
      finding('sjabloon/niet-ondersteund', 'HTML wordt in documenten niet ondersteund.', 44, 7, `${suggestion} Bedoelt u het teken < zelf, zet er dan een \\ voor.`),
    ])
    expect(edited(overeenkomst, 'Komen het volgende overeen:', '<div>\nKomen het volgende overeen:\n</div>')).toEqual([
      finding('sjabloon/niet-ondersteund', 'HTML wordt in documenten niet ondersteund.', 44, 1, suggestion),
    ])
  })

  it('a fenced code block, code between backticks and an image, each at its column after a value', () => {
    expect(edited(overeenkomst, 'Komen het volgende overeen:', '```\nKomen het volgende overeen:\n```')).toEqual([
      finding('sjabloon/niet-ondersteund', 'Een codeblok tussen ``` wordt in documenten niet ondersteund.', 44, 1,
        'Haal de regels met ``` weg; gewone tekst staat zonder omlijsting in het sjabloon.'),
    ])
    expect(edited(overeenkomst, 'Komen het volgende overeen:', '{{dossier.titel}}: komen het `volgende` overeen ![logo](logo.png)').map((f) => [f.message, f.place])).toEqual([
      ['Code tussen backticks (`…`) wordt in documenten niet ondersteund.', { file, line: 44, column: 30 }],
      ['Een afbeelding (`![…](…)`) wordt in documenten niet ondersteund.', { file, line: 44, column: 49 }],
    ])
  })

  it('a heading deeper than `####`, after a value: an error at the heading that names the levels there are; `####` itself is fine', () => {
    const point = '#### {{titel}}'
    const line = bijlage.text.split('\n').indexOf(point) + 1
    expect(line).toBeGreaterThan(1)
    expect(edited(bijlage, point, '##### {{titel}}')).toEqual([
      finding('sjabloon/niet-ondersteund', 'Een kop van niveau 5 (`#####`) wordt in documenten niet ondersteund.', line, 1,
        'Er zijn drie niveaus van koppen onder de titel: `##` voor een artikel of kop, `###` voor een tussenkop en `####` voor een kop daaronder. Gebruik `####`, of maak van de kop gewone tekst.',
        'error', 'templates/bijlage-jeugdplan.md.hbs'),
    ])
    expect(edited(overeenkomst, 'Komen het volgende overeen:', '#### Komen het volgende overeen')).toEqual([])
  })

  it('a finding in a partial is at the partial\'s file', () => {
    const partial = builtIn.partials.get('adresblok')!
    expect(checkMarkdown({ ...partial, text: `> ${partial.text}` }).map((f) => [f.code, f.place])).toEqual([
      ['sjabloon/niet-ondersteund', { file: 'templates/partials/adresblok.md.hbs', line: 1, column: 1 }],
    ])
  })
})

describe('tables', () => {
  const row = '| {{datum this.datum}} | {{agendapunt}} | {{wat}} | {{wie}} | {{datum wanneer}} |'
  const at = 'templates/bijlage-jeugdplan.md.hbs'
  it('a row with a cell too few, and one with a cell too many', () => {
    const suggestion = 'Geef elke rij 5 cellen, gescheiden door |; een lege cel schrijft u als `| |`. Bedoelt u een | in de tekst, zet er dan een \\ voor.'
    expect(edited(bijlage, row, '| {{datum this.datum}} | {{agendapunt}} | {{wat}} | {{datum wanneer}} |')).toEqual([
      finding('sjabloon/tabelcellen', 'Deze tabelrij heeft 4 cellen, de kopregel 5; de ontbrekende cellen worden stil leeg gelaten.', 75, 1, suggestion, 'error', at),
    ])
    expect(edited(bijlage, row, `${row} {{wie}} |`)).toEqual([
      finding('sjabloon/tabelcellen', 'Deze tabelrij heeft 6 cellen, de kopregel 5; de cellen te veel vallen stil weg.', 75, 1, suggestion, 'error', at),
    ])
  })

  it('an escaped pipe is text in a cell, not a border', () => {
    expect(edited(bijlage, row, row.replace('{{wat}}', '{{wat}} \\| en/of')).map((f) => f.code)).toEqual([])
  })

  it('a delimiter row with fewer cells than the header: no table at all', () => {
    expect(edited(bijlage, '|------|-------|---------|-------|-----|', '|------|-------|---------|-------|')).toEqual([
      finding('sjabloon/tabelcellen', 'Deze tabel wordt niet herkend: de kopregel heeft 5 cellen, de regel met streepjes eronder 4; de regels worden gewone tekst met streepjes.', 72, 1,
        'Geef de regel met streepjes evenveel cellen als de kopregel (`|---|---|` voor twee kolommen).', 'error', at),
    ])
  })
})

describe('both branches of a condition', () => {
  it('an indented second branch continues the lid like the first: no finding', () => {
    const text = '- Lid\n{{#if a}}\n  vervolg A.\n{{else}}\n   vervolg B.\n{{/if}}\n'
    expect(markdownSkeleton(text)?.text).toBe('- Lid\n  vervolg A.\n   vervolg B.\n')
    expect(checkMarkdown({ name: 'x', file, text })).toEqual([])
  })
})
