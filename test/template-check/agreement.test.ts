/**
 * The check keeps its word (issue 14): what `oogo sjablonen controleer` passes, `genereer` renders for every test
 * dossier; what the documents refuse, the static check has reported, at the same template file and line.
 *
 * The test dossiers are the sample and every fixture not meant to fail (not `fout-…`), those whose dossier itself
 * is valid. The template sets are the built-in one and one variant per defect of issue 14 (items 1, 5 and 6: each
 * a built-in template with one edit a template editor could make). For each set the static check runs once, and
 * the documents of the edited kind are made for every dossier without it (render, parse, transform, with faults
 * placed in the template as assemble places them). In process, no Word packing.
 */
import { describe, expect, it } from 'vitest'
import { assemble } from '../../src/assemble.ts'
import { deriveFacts } from '../../src/derive/index.ts'
import { hasErrors, type OogoError } from '../../src/errors.ts'
import { builtInTemplatesDir, loadTemplates, projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { defaultOptions, type AssembleOptions } from '../../src/options.ts'
import { parseText } from '../../src/parse/parse-text.ts'
import { placeInTemplates } from '../../src/parse/template-lines.ts'
import { planDocuments } from '../../src/plan/index.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import { checkTemplates } from '../../src/template-check/check-templates.ts'
import { templateAnchors, transformModel } from '../../src/transform/index.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import type { Project, TemplateSet } from '../../src/model/project.ts'
import { fixture, fixtureNames } from '../support/fixtures.ts'
import { sampleText } from '../support/helpers.ts'

const builtIn = loadTemplates(builtInTemplatesDir)

interface TestDossier { name: string; project: Project; options: AssembleOptions }

const candidates: { name: string; file: string; text: string; options: Partial<AssembleOptions> }[] = [
  { name: 'voorbeeld', file: 'samples/voorbeeld-dossier.yaml', text: sampleText, options: {} },
  ...fixtureNames().filter((name) => !name.startsWith('fout-')).map((name) => {
    const { dossierFile, dossierText, options } = fixture(name)
    return { name, file: dossierFile, text: dossierText, options }
  }),
].filter((candidate, i, all) => {
  // The sjabloon-… cases carry a copy of the sample for their own templates: one run of the same dossier is enough.
  const withoutComments = (text: string) => text.replace(/^#.*\n/gm, '')
  const same = (other: typeof candidate) => withoutComments(other.text) === withoutComments(candidate.text) && JSON.stringify(other.options) === JSON.stringify(candidate.options)
  return all.findIndex(same) === i
})

/** The dossiers that are valid in themselves, each with the built-in templates. */
async function testDossiers(): Promise<{ dossiers: TestDossier[]; builtInProblems: Map<string, OogoError[]> }> {
  const dossiers: TestDossier[] = []
  const builtInProblems = new Map<string, OogoError[]>()
  for (const candidate of candidates) {
    const project = projectFromText(sourceFromString(candidate.file, candidate.text).source!, builtIn).project
    if (!project) continue
    const options = { ...defaultOptions, ...candidate.options, emit: 'model' as const }
    const { problems } = await assemble(project, options)
    if (problems.some((p) => p.severity === 'error' && (p.stage === 'load' || p.stage === 'validate'))) continue
    dossiers.push({ name: candidate.name, project, options })
    builtInProblems.set(candidate.name, problems.filter((p) => p.severity === 'error'))
  }
  return { dossiers, builtInProblems }
}
const prepared = testDossiers()

/** The errors making the documents of `kinds` with `templates` gives, without the static check first. */
function runtimeErrors(templates: TemplateSet, { project, options }: TestDossier, kinds: string[]): OogoError[] {
  const dossier = project.dossier.data as Dossier
  const { planned } = planDocuments(dossier, deriveFacts(dossier, project.reference),
    { ...options, documents: kinds, selection: { meetings: [], parties: [] }, dossierSha256: project.dossier.source.sha256 })
  const errors: OogoError[] = []
  for (const plan of planned) {
    const rendered = renderTemplate(templates, plan.template, plan.view, plan.meta.draft)
    errors.push(...rendered.problems)
    if (rendered.text === undefined) continue
    const parsed = parseText(rendered.text, plan.meta, plan.textName)
    const transformed = transformModel(parsed.model, plan.textName, templateAnchors(templates, plan.template))
    const rendering = { template: plan.template, view: plan.view, draft: plan.meta.draft, text: rendered.text, textName: plan.textName }
    errors.push(...placeInTemplates(templates, rendering, [...parsed.problems, ...transformed.problems]))
  }
  return errors.filter((e) => e.severity === 'error')
}

/** The built-in set with `from` replaced by `to` (once) in the document template or partial `name`. */
function edited(name: string, from: string, to: string): TemplateSet {
  const set: TemplateSet = { documents: new Map(builtIn.documents), partials: new Map(builtIn.partials) }
  const map = set.documents.has(name) ? set.documents : set.partials
  const source = map.get(name)!
  expect(source.text.split(from).length - 1, `"${from}" occurs once in ${name}`).toBe(1)
  map.set(name, { ...source, text: source.text.replace(from, () => to) })
  return set
}

const komen = '\nKomen het volgende overeen:'
const row = '| {{datum this.datum}} | {{agendapunt}} | {{wat}} | {{wie}} | {{datum wanneer}} |'
const signRow = '| {{#if (gelijk soort "gemeente")}}Gemeente {{naam}}{{else}}{{naam}}{{/if}} |'

/** Each defect: where it is made, the document kinds it shows in, and the template file the check must name. */
const defects: { what: string; name: string; from: string; to: string; kinds: string[]; file: string }[] = [
  { what: 'a reference from outside the condition of its lid', name: 'overeenkomst', from: "Artikel {{ref 'wijziging'}} is daarop", to: "Artikel {{ref 'geschillen-advies'}} is daarop", kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: 'an unquoted id in a helper call', name: 'overeenkomst', from: "Artikel {{ref 'wijziging'}} is daarop", to: 'Artikel {{ref wijziging}} is daarop', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: 'single braces', name: 'overeenkomst', from: 'onder de naam {{overlegcommissie.naam}}.', to: 'onder de naam {overlegcommissie.naam}.', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: 'an id inside {{#each}} (a duplicate per element)', name: 'overeenkomst', from: '   - {{titel}}{{#if grondslag}}', to: '   - {#agendapunt} {{titel}}{{#if grondslag}}', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: '{{#each}} over something that is not a list', name: 'uitnodiging', from: '{{vertegenwoordiger.naam}}\\\n{{vertegenwoordiger.functie}}', to: '{{#each vertegenwoordiger}}{{naam}}{{/each}}\\\n{{vertegenwoordiger.functie}}', kinds: ['uitnodiging'], file: 'templates/uitnodiging.md.hbs' },
  { what: 'raw HTML', name: 'overeenkomst', from: komen, to: '\n<div>Komen het volgende overeen:</div>', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: 'a heading indented into a code block', name: 'overeenkomst', from: '## Begripsbepalingen {#begripsbepalingen}', to: '    ## Begripsbepalingen {#begripsbepalingen}', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: '"Komen het volgende overeen:" indented into the last overweging', name: 'overeenkomst', from: komen, to: '\n    Komen het volgende overeen:', kinds: ['overeenkomst'], file: 'templates/overeenkomst.md.hbs' },
  { what: 'a table row a cell short', name: 'bijlage-jeugdplan', from: row, to: '| {{datum this.datum}} | {{agendapunt}} | {{wat}} | {{datum wanneer}} |', kinds: ['bijlage-jeugdplan'], file: 'templates/bijlage-jeugdplan.md.hbs' },
  { what: 'a table row a cell too many, in a partial', name: 'ondertekening', from: signRow, to: `${signRow} |`, kinds: ['overeenkomst'], file: 'templates/partials/ondertekening.md.hbs' },
]

/** Edits that change the text but are sound: the check may warn, never refuse, and every document is made. */
const sound: { what: string; name: string; from: string; to: string; kinds: string[] }[] = [
  { what: 'smart quotes around a literal in a helper call (the check accepts them, so rendering must too)', name: 'overeenkomst', from: "Artikel {{ref 'wijziging'}} is daarop", to: 'Artikel {{ref ‘wijziging’}} is daarop', kinds: ['overeenkomst'] },
  { what: 'a line joined to the last overweging without a blank line (a warning)', name: 'overeenkomst', from: '\n\nKomen het volgende overeen:', to: '\nKomen het volgende overeen:', kinds: ['overeenkomst'] },
  { what: 'a second paragraph of a lid, aligned with its text', name: 'overeenkomst', from: '\n\n## Looptijd en opzegging', to: '\n\n   Deze alinea hoort bij het lid.\n\n## Looptijd en opzegging', kinds: ['overeenkomst'] },
  { what: 'an escaped pipe in a table cell', name: 'bijlage-jeugdplan', from: row, to: row.replace('{{wat}}', '{{wat}} \\| en/of'), kinds: ['bijlage-jeugdplan'] },
]

const place = (p: OogoError) => `${p.place.file}:${p.place.line}`

describe('the static check and the documents agree', () => {
  it('the test dossiers: the sample and the valid fixtures', async () => {
    const { dossiers } = await prepared
    expect(dossiers.map((d) => d.name)).toContain('voorbeeld')
    expect(dossiers.length).toBeGreaterThanOrEqual(10)
  })

  it('the built-in templates: no finding, and every document of every test dossier is made', async () => {
    expect(checkTemplates(builtIn)).toEqual([])
    const { builtInProblems } = await prepared
    expect(Object.fromEntries([...builtInProblems].filter(([, problems]) => problems.length > 0))).toEqual({})
  })

  for (const defect of defects) {
    it(`${defect.what}: reported by the check at ${defect.file}, and every refusal of the documents at a place the check named`, async () => {
      const templates = edited(defect.name, defect.from, defect.to)
      const findings = checkTemplates(templates)
      expect(findings.filter((f) => f.severity === 'error').map((f) => f.place.file)).toContain(defect.file)
      const named = new Set(findings.map(place))
      const { dossiers } = await prepared
      const unreported = dossiers.flatMap((dossier) => runtimeErrors(templates, dossier, defect.kinds)
        .filter((e) => !named.has(place(e))).map((e) => `${dossier.name}: ${place(e)} ${e.code} ${e.message}`))
      expect(unreported).toEqual([])
    })
  }

  for (const edit of sound) {
    it(`${edit.what}: no error from the check, and the documents are made for every test dossier`, async () => {
      const templates = edited(edit.name, edit.from, edit.to)
      expect(hasErrors(checkTemplates(templates))).toBe(false)
      const { dossiers } = await prepared
      expect(dossiers.flatMap((dossier) => runtimeErrors(templates, dossier, edit.kinds).map((e) => `${dossier.name}: ${place(e)} ${e.message}`))).toEqual([])
    })
  }
})
