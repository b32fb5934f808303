/**
 * Faults found after filling in, placed in the template (src/parse/template-lines.ts, issue 14 item 2): the markers
 * go only before line ends Handlebars keeps; without them the marked rendering is the production text, for every
 * document of the sample and every line mapped; a fault in the filled-in text lands on the template's or partial's
 * line, and where no mapping can be made it keeps its place with the advice to look at the filled-in text.
 */
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadTemplates, projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { deriveFacts } from '../../src/derive/index.ts'
import { defaultOptions } from '../../src/options.ts'
import { parseText } from '../../src/parse/parse-text.ts'
import { markTemplates, placeInTemplates, stripMarkers } from '../../src/parse/template-lines.ts'
import { planDocuments } from '../../src/plan/index.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { sampleText } from '../support/helpers.ts'

/** The sample's planned documents with a template set, as assemble plans them. */
function plans(templates: TemplateSet, draft = false) {
  const project = projectFromText(sourceFromString('samples/voorbeeld-dossier.yaml', sampleText).source!, templates).project!
  const dossier = project.dossier.data as Dossier
  return planDocuments(dossier, deriveFacts(dossier, project.reference),
    { ...defaultOptions, draft, selection: { meetings: [], parties: [] }, dossierSha256: project.dossier.source.sha256 }).planned
}

const builtIn = loadTemplates(builtInTemplatesDir)
const one = (file: string, text: string): TemplateSet => ({ documents: new Map([['x', { name: 'x', file, text }]]), partials: new Map() })

describe('markTemplates', () => {
  it('puts a marker before each line end Handlebars keeps, naming its line; none on a line of only a block tag or comment, none inside a tag', () => {
    const text = '{{!-- kop --}}\nA {{x}}\n{{#if y}}\nB {{!-- een\nopmerking --}} C\n{{/if}}\nD'
    const marked = markTemplates(one('t.md.hbs', text))
    const shown = marked.templates.documents.get('x')!.text.replace(/\uE000([\uE010-\uE019]+)\uE001/g, (_, digits: string) =>
      `⟨${marked.origins[Number([...digits].map((c) => c.charCodeAt(0) - 0xE010).join(''))]!.line}⟩`)
    expect(shown).toBe('{{!-- kop --}}\nA {{x}}⟨2⟩\n{{#if y}}\nB {{!-- een\nopmerking --}} C⟨5⟩\n{{/if}}\nD')
  })

  it('marked and stripped, every document of the sample is its production text, and every line has its template line', () => {
    let documents = 0
    for (const draft of [true]) { // a concept: also the markers of `aanvullen`
      for (const plan of plans(builtIn, draft)) {
        const text = renderTemplate(builtIn, plan.template, plan.view, plan.meta.draft).text!
        const marked = markTemplates(builtIn)
        const stripped = stripMarkers(renderTemplate(marked.templates, plan.template, plan.view, plan.meta.draft).text!, marked.origins)
        expect(stripped.text).toBe(text)
        const lines = text.split('\n')
        expect(lines.filter((line, i) => line !== '' && i < lines.length - 1 && stripped.lines[i] === undefined)).toEqual([])
        documents++
      }
    }
    expect(documents).toBe(26)
  })
})

describe('placeInTemplates', () => {
  /** The built-in set with `from` replaced by `to` in template `name` (a document or a partial). */
  function edited(name: string, from: string, to: string): TemplateSet {
    const set: TemplateSet = { documents: new Map(builtIn.documents), partials: new Map(builtIn.partials) }
    const map = set.documents.has(name) ? set.documents : set.partials
    const source = map.get(name)!
    expect(source.text).toContain(from)
    map.set(name, { ...source, text: source.text.replace(from, to) })
    return set
  }
  function faults(templates: TemplateSet, kind: string) {
    const plan = plans(templates).find((p) => p.kind === kind)!
    const text = renderTemplate(templates, plan.template, plan.view, false).text!
    const rendering = { template: plan.template, view: plan.view, draft: false, text, textName: plan.textName }
    const found = parseText(text, plan.meta, plan.textName).problems
    return { found, placed: placeInTemplates(templates, rendering, found), rendering }
  }

  const html = () => faults(edited('overeenkomst', '\nKomen het volgende overeen:', '\n<div>Komen het volgende overeen:</div>'), 'overeenkomst')
  let htmlFaults: ReturnType<typeof html> | undefined
  const withHtml = () => htmlFaults ??= html()

  it('raw HTML in the overeenkomst: from line 37 of the filled-in text to its line in the template', () => {
    const { found, placed } = withHtml()
    expect(found.map((f) => `${f.place.file}:${f.place.line}`)).toEqual(['overeenkomst-oogo-jz03-2026 (ingevulde tekst):37'])
    expect(placed).toEqual([{ ...found[0], place: { file: 'templates/overeenkomst.md.hbs', line: 44, column: 1 } }])
  })

  it('a table row a cell short in a partial, repeated for every party: each at the partial\'s line', () => {
    const row = '| {{#if (gelijk soort "gemeente")}}Gemeente {{naam}}{{else}}{{naam}}{{/if}} |'
    const { placed } = faults(edited('ondertekening', row, '| {{#if (gelijk soort "gemeente")}}Gemeente {{naam}}{{else}}{{naam}}{{/if}}'), 'overeenkomst')
    expect(placed.length).toBeGreaterThan(1)
    expect(new Set(placed.map((p) => `${p.code} ${p.place.file}:${p.place.line}:${p.place.column}`))).toEqual(new Set(['model/tabelcellen templates/partials/ondertekening.md.hbs:5:1']))
  })

  it('where no mapping can be made, the place stays in the filled-in text, with the advice to look at it', () => {
    const { found, rendering } = withHtml()
    const other = { ...rendering, text: `${rendering.text}\nnog iets` }
    expect(placeInTemplates(builtIn, other, found)).toEqual([{ ...found[0], suggestion: `${found[0]!.suggestion} Bekijk de ingevulde tekst met \`--emit tekst\`.` }])
  })
})
