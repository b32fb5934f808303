/**
 * Templates that would hang or crash oogo are refused with one located Dutch finding, fast: a template of 10 MB,
 * 10,000 nested `{{#if}}` (Handlebars overflows its stack near 2,000 and needs seconds well before), a long
 * `{{else if}}` chain or deep `(…)`, and a partial that includes itself (rendering overflowed the stack; the check
 * said nothing). Prototype names as fields (`{{toString}}` in an `{{#each}}`) stay an unknown field, never an
 * internal error.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTemplateSet } from '../../src/load/load-project.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import { checkTemplates } from '../../src/template-check/check-templates.ts'
import type { TemplateSet } from '../../src/model/project.ts'

function templateSet(documents: Record<string, string>, partials: Record<string, string> = {}): TemplateSet {
  return {
    documents: new Map(Object.entries(documents).map(([name, text]) => [name, { name, file: `${name}.md.hbs`, text }])),
    partials: new Map(Object.entries(partials).map(([name, text]) => [name, { name, file: `partials/${name}.md.hbs`, text }])),
  }
}

const tooDeep = (stage: 'validate' | 'render', file: string, line: number, column: number) => ({
  code: 'sjabloon/te-groot', severity: 'error', stage,
  message: 'De blokken en uitdrukkingen zijn hier dieper dan 100 niveaus genest; zo\'n sjabloon wordt uit veiligheid niet verwerkt.',
  place: { file, line, column },
  suggestion: 'Controleer of elk {{#…}}-blok wordt afgesloten, en verdeel de tekst zo nodig over deelsjablonen.',
})
const nestedIfs = (n: number) => '{{#if dossier.titel}}\n'.repeat(n) + 'x\n' + '{{/if}}\n'.repeat(n)

describe('template size and nesting', () => {
  it('refuses a template of 10 MB at once, in the check and in rendering', () => {
    const started = performance.now()
    const big = templateSet({ overeenkomst: 'Tekst {{dossier.titel}}.\n'.repeat(420_000) })
    const tooLarge = (stage: string) => ({
      code: 'sjabloon/te-groot', severity: 'error', stage,
      message: 'Het sjabloon is groter dan 512 kB; zo\'n groot sjabloon wordt uit veiligheid niet verwerkt.',
      place: { file: 'overeenkomst.md.hbs', line: 1, column: 1 },
      suggestion: 'Verdeel de tekst over deelsjablonen (partials/), of controleer of dit het juiste bestand is.',
    })
    expect(checkTemplates(big)).toEqual([tooLarge('validate')])
    expect(renderTemplate(big, 'overeenkomst', { dossier: { titel: 'x' } })).toEqual({ problems: [tooLarge('render')] })
    expect(performance.now() - started).toBeLessThan(1500)
  })

  it('refuses 10,000 nested {{#if}} at the 101st, in the check and in rendering', () => {
    const deep = templateSet({ overeenkomst: nestedIfs(10_000) })
    expect(checkTemplates(deep)).toEqual([tooDeep('validate', 'overeenkomst.md.hbs', 101, 1)])
    expect(renderTemplate(deep, 'overeenkomst', { dossier: { titel: 'x' } })).toEqual({ problems: [tooDeep('render', 'overeenkomst.md.hbs', 101, 1)] })
  })

  it('accepts 100 nested {{#if}}', () => {
    const deep = templateSet({ overeenkomst: nestedIfs(100) })
    expect(checkTemplates(deep)).toEqual([])
    expect(renderTemplate(deep, 'overeenkomst', { dossier: { titel: 'x' } }).text).toBe('x\n')
  })

  it('counts each {{else if}} of a chain and each ( of a subexpression as a level', () => {
    expect(checkTemplates(templateSet({ overeenkomst: '{{#if dossier.titel}}\n' + 'a{{else if dossier.titel}}\n'.repeat(200) + '{{/if}}\n' })))
      .toEqual([tooDeep('validate', 'overeenkomst.md.hbs', 101, 2)])
    expect(checkTemplates(templateSet({ overeenkomst: 'x\n{{gelijk ' + '('.repeat(300) + 'x' + ')'.repeat(300) + ' 1}}\n' })))
      .toEqual([tooDeep('validate', 'overeenkomst.md.hbs', 2, 1)])
  })
})

describe('partials that include themselves', () => {
  const suggestion = (name: string) => `Verwijder de aanroep {{> ${name}}} uit dit deelsjabloon, of zet de tekst die beide delen hier zelf neer.`

  it('a partial that includes itself is a located error (rendering overflowed the stack)', () => {
    expect(checkTemplates(templateSet({ overeenkomst: '{{> kop}}\n' }, { kop: 'Kop\n{{> kop}}\n' }))).toEqual([{
      code: 'sjabloon/deelsjabloon-kring', severity: 'error', stage: 'validate',
      message: 'Het deelsjabloon `kop` wordt hier binnen zichzelf opgenomen (`kop` → `kop`); dat houdt nooit op.',
      place: { file: 'partials/kop.md.hbs', line: 2, column: 1 }, suggestion: suggestion('kop'),
    }])
  })

  it('two partials that include each other: the error is at the call that closes the circle', () => {
    expect(checkTemplates(templateSet({ overeenkomst: '{{> a}}\n' }, { a: 'A {{> b}}\n', b: 'B\n  {{> a}}\n' }))).toEqual([{
      code: 'sjabloon/deelsjabloon-kring', severity: 'error', stage: 'validate',
      message: 'Het deelsjabloon `a` wordt hier binnen zichzelf opgenomen (`a` → `b` → `a`); dat houdt nooit op.',
      place: { file: 'partials/b.md.hbs', line: 2, column: 3 }, suggestion: suggestion('a'),
    }])
  })

  it('a partial nobody calls that includes itself is reported too', () => {
    expect(checkTemplates(templateSet({ overeenkomst: 'x\n' }, { kop: '{{> kop}}' })).map((f) => [f.code, f.place])).toEqual([
      ['sjabloon/ongebruikt-deelsjabloon', { file: 'partials/kop.md.hbs', line: 1, column: 1 }],
      ['sjabloon/deelsjabloon-kring', { file: 'partials/kop.md.hbs', line: 1, column: 1 }],
    ])
  })
})

describe('prototype names as fields', () => {
  for (const name of ['toString', '__proto__', 'valueOf', 'constructor']) {
    it(`{{${name}}} in an {{#each}} is an unknown field, not an internal error`, () => {
      const [finding, ...rest] = checkTemplates(templateSet({ overeenkomst: `{{#each partijlijst}}{{${name}}}{{/each}}\n` }))
      expect(rest).toEqual([])
      expect({ ...finding, suggestion: undefined }).toEqual({
        code: 'sjabloon/onbekend-veld', severity: 'error', stage: 'validate',
        message: `Onbekend veld \`${name}\`: er is hier geen veld \`${name}\` (in een element van \`partijlijst\`).`,
        place: { file: 'overeenkomst.md.hbs', line: 1, column: 24 }, suggestion: undefined,
      })
    })
  }
})

describe('reading templates', () => {
  it('a template that is a FIFO or links to /dev/zero is refused, not read without end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-sjablonen-'))
    mkdirSync(join(dir, 'partials'))
    writeFileSync(join(dir, 'overeenkomst.md.hbs'), 'x\n')
    symlinkSync('/dev/zero', join(dir, 'verslag.md.hbs'))
    execFileSync('mkfifo', [join(dir, 'partials', 'adresblok.md.hbs')])
    const { templates, problems } = loadTemplateSet(dir)
    expect(templates).toBeUndefined()
    expect(problems.map((p) => [p.code, p.place.file, p.message])).toContainEqual(['bestand/onleesbaar', join(dir, 'verslag.md.hbs'),
      'Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); het kan niet als sjabloon worden gelezen.'])
  })
})
