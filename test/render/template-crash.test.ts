/**
 * A JavaScript error while filling in a template is a fault in oogo (or a gap in the static check), never "the
 * template is invalid" without a place: it is a TemplateCrash at the template's file, line and column, and the
 * command line ends with exit 4 and a Dutch message. Before, `genereer` ended with exit 1 and
 * "Handlebars kan dit sjabloon niet verwerken (`Cannot use 'in' operator to search for 'naam' in …`)" at line 1.
 * Found by trying odd values: a text where a group is expected, a number where a list is expected.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderTemplate } from '../../src/render/render-template.ts'
import { TemplateCrash } from '../../src/render/environment.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { root, samplePath } from '../support/helpers.ts'
import { runCli } from '../support/terminal.ts'

function templateSet(documents: Record<string, string>, partials: Record<string, string> = {}): TemplateSet {
  return {
    documents: new Map(Object.entries(documents).map(([name, text]) => [name, { name, file: `templates/${name}.md.hbs`, text }])),
    partials: new Map(Object.entries(partials).map(([name, text]) => [name, { name, file: `templates/partials/${name}.md.hbs`, text }])),
  }
}

/** What renderTemplate throws, or fails. */
function crash(set: TemplateSet, name: string, view: object): TemplateCrash {
  try {
    renderTemplate(set, name, view)
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateCrash)
    return error as TemplateCrash
  }
  throw new Error('renderTemplate did not throw')
}

/** A text where a group is expected (rendered here without the static check, which reports this one). */
const textAsGroup = 'Titel: {{dossier.titel}}.\n\n{{#with (lookup dossier "titel")}}\n{{naam}}\n{{/with}}\n'

describe('a crash while filling in a template', () => {
  it("a field looked up in a text (Handlebars' strict lookup: \"Cannot use 'in' operator\") is a crash at that field", () => {
    const error = crash(templateSet({ overeenkomst: textAsGroup }), 'overeenkomst', { dossier: { titel: 'OOGO Kop van Noord-Holland' } })
    expect({ template: error.template, line: error.line, column: error.column, message: error.message }).toEqual({
      template: 'templates/overeenkomst.md.hbs', line: 4, column: 3,
      message: 'het invullen van templates/overeenkomst.md.hbs:4:3 liep vast: het veld `naam` werd opgezocht in "OOGO Kop van Noord-Holland", een waarde zonder velden ' +
        "(technisch: Cannot use 'in' operator to search for 'naam' in OOGO Kop van Noord-Holland)",
    })
  })

  it('inside a partial: at the place in the partial', () => {
    const error = crash(templateSet({ overeenkomst: 'Aanhef.\n{{> blok}}\n' }, { blok: textAsGroup }), 'overeenkomst', { dossier: { titel: 'x' } })
    expect([error.template, error.line, error.column]).toEqual(['templates/partials/blok.md.hbs', 4, 3])
  })

  it('a helper that meets a value of the wrong shape (a number where the list of parties is expected): at the helper call', () => {
    const error = crash(templateSet({ overeenkomst: 'Voorzitter:\n  {{partij "den-helder"}}\n' }), 'overeenkomst', { partijlijst: 5 })
    expect(error.message).toBe('het invullen van templates/overeenkomst.md.hbs:2:3 liep vast: de helper `partij` kon zijn argumenten niet verwerken (technisch: parties.find is not a function)')
  })

  it('two blocks with the same content each report their own place (Handlebars compiled them once, with the first place)', () => {
    const set = templateSet({ overeenkomst: '{{#if dossier.a}}\nEerst: {{dossier.titel}}.\n{{/if}}\n\n{{#if dossier.b}}\nEerst: {{dossier.titel}}.\n{{/if}}\n' })
    expect(renderTemplate(set, 'overeenkomst', { dossier: { b: true } }).problems.map((p) => p.place)).toEqual([{ file: 'templates/overeenkomst.md.hbs', line: 6, column: 10 }])
  })

  it('a missing value stays a fault in the dossier or template (exit 1), not a crash', () => {
    expect(renderTemplate(templateSet({ overeenkomst: '{{dossier.titel}}' }), 'overeenkomst', { dossier: {} }).problems.map((p) => p.code)).toEqual(['sjabloon/waarde-ontbreekt'])
  })

  it('oogo genereer ends with exit 4 and the template place, not exit 1 without a line', async () => {
    // What the static check cannot know: a key handed to a partial and looked up there (`lookup` with a key computed at
    // run time gives a value of unknown shape).
    const dir = mkdtempSync(join(tmpdir(), 'oogo-crash-'))
    mkdirSync(join(dir, 'sjablonen', 'partials'), { recursive: true })
    const template = (name: string) => readFileSync(join(root, 'templates', `${name}.md.hbs`), 'utf8')
    writeFileSync(join(dir, 'sjablonen', 'overeenkomst.md.hbs'), template('overeenkomst').replace('{{> ondertekening}}', '{{> ondertekening veld="titel"}}'))
    const partial = template('partials/ondertekening')
    writeFileSync(join(dir, 'sjablonen', 'partials', 'ondertekening.md.hbs'), `${partial}\nTitel: {{#with (lookup @root.dossier veld)}}{{naam}}{{/with}}\n`)
    const line = partial.split('\n').length + 1
    const args = ['--sjablonen', join(dir, 'sjablonen')]
    expect(await runCli(['sjablonen', 'controleer', ...args], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: 'De sjablonen zijn in orde.\n' })
    const run = await runCli(['genereer', samplePath, '--document', 'overeenkomst', '--uit', join(dir, 'uit'), ...args], { cwd: dir })
    expect(run.code).toBe(4)
    expect(run.stderr).toContain(`Interne fout in oogo: het invullen van ${join(dir, 'sjablonen', 'partials', 'ondertekening.md.hbs')}:${line}:47 liep vast: het veld \`naam\` werd opgezocht in "`)
    expect(run.stderr).not.toContain('    at ')
  })
})
