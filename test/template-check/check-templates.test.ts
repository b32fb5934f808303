/**
 * `oogo sjablonen controleer`: the templates against the field model, without a dossier. One test
 * per kind of finding on small in-memory template sets, the built-in set (no findings at all),
 * and the three-fault fixture (test/fixtures/sjabloon-drie-fouten).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import { checkTemplates } from '../../src/template-check/check-templates.ts'
import { root } from '../support/helpers.ts'
import type { TemplateSet } from '../../src/model/project.ts'

function templateSet(documents: Record<string, string>, partials: Record<string, string> = {}): TemplateSet {
  return {
    documents: new Map(Object.entries(documents).map(([name, text]) => [name, { name, file: `${name}.md.hbs`, text }])),
    partials: new Map(Object.entries(partials).map(([name, text]) => [name, { name, file: `partials/${name}.md.hbs`, text }])),
  }
}

/** The findings in short: code, place and severity; message and suggestion where a test needs them. */
function check(documents: Record<string, string>, partials: Record<string, string> = {}) {
  return checkTemplates(templateSet(documents, partials))
}
const brief = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.place.file}:${f.place.line}:${f.place.column} ${f.code}${f.severity === 'warning' ? ' (waarschuwing)' : ''}`)

describe('the built-in templates', () => {
  it('have no findings at all, not even a warning', () => {
    expect(checkTemplates(loadTemplates(builtInTemplatesDir))).toEqual([])
  })
})

describe('the fixture with three faults', () => {
  it('gives exactly its three located findings', () => {
    const dir = join(root, 'test', 'fixtures', 'sjabloon-drie-fouten')
    const expected = JSON.parse(readFileSync(join(dir, 'expected.findings.json'), 'utf8'))
    expect(checkTemplates(loadTemplates(join(dir, 'templates')))).toEqual(expected)
  })
})

describe('fields', () => {
  it('an unknown field, with "bedoelde u"', () => {
    const [finding, ...rest] = check({ uitnodiging: 'Geachte {{ontvanger.vertegenwoordiger.naamm}},\n' })
    expect(rest).toEqual([])
    expect(finding).toEqual({
      code: 'sjabloon/onbekend-veld',
      severity: 'error',
      stage: 'validate',
      message: 'Onbekend veld `ontvanger.vertegenwoordiger.naamm`: `ontvanger.vertegenwoordiger` heeft geen veld `naamm`.',
      place: { file: 'uitnodiging.md.hbs', line: 1, column: 11 },
      suggestion: 'Bedoelde u `naam`?',
    })
  })

  it('a field that only the view of another document kind has', () => {
    expect(brief(check({ overeenkomst: '{{vergadering.datum}}', uitnodiging: '{{vergadering.datum}}' }))).toEqual(['overeenkomst.md.hbs:1:3 sjabloon/onbekend-veld'])
  })

  it('a field of a list element used outside the list', () => {
    const findings = check({ overeenkomst: 'Partijen: {{partijlijst.naam}}.\n' })
    expect(brief(findings)).toEqual(['overeenkomst.md.hbs:1:13 sjabloon/buiten-lijst'])
    expect(findings[0]!.message).toBe('`partijlijst.naam`: `naam` bestaat alleen binnen een element van `partijlijst`.')
    expect(findings[0]!.suggestion).toContain('{{#each partijlijst}}')
    const [top] = check({ checklist: '{{nummer}}' })
    expect(top).toMatchObject({ code: 'sjabloon/buiten-lijst', message: '`nummer`: `nummer` bestaat alleen binnen een element van `checklist.items`.' })
  })

  it('inside a list, a field of the document: ../ or @root', () => {
    const [finding] = check({ overeenkomst: '{{#each partijlijst}}{{aantal_partijen}}{{/each}}' })
    expect(finding).toMatchObject({ code: 'sjabloon/onbekend-veld', suggestion: expect.stringContaining('`../aantal_partijen` of `@root.aantal_partijen`') })
    expect(check({ overeenkomst: '{{#each partijlijst}}{{../aantal_partijen}} {{@root.dossier.titel}} {{naam}}{{/each}}' })).toEqual([])
  })

  it('block params, this, ../ and array elements', () => {
    expect(check({
      overeenkomst: [
        '{{#each partijlijst as |partij i|}}{{partij.naam}} {{i}} {{this.naam}} {{../dossier.titel}}{{/each}}',
        '{{#with dossier as |d|}}{{d.titel}} {{titel}}{{/with}}',
        '{{#if partijen.gemeenten.[1]}}{{partijen.gemeenten.[0].naam}}{{/if}} {{partijlijst.length}}',
      ].join('\n'),
    })).toEqual([])
    expect(brief(check({ overeenkomst: '{{../dossier.titel}}\n{{#each partijlijst as |partij|}}{{partij.naamm}}{{/each}}' }))).toEqual([
      'overeenkomst.md.hbs:1:3 sjabloon/onbekend-veld',
      'overeenkomst.md.hbs:2:36 sjabloon/onbekend-veld',
    ])
  })

  it('data variables: @index only inside #each, an unknown one is reported', () => {
    expect(check({ overeenkomst: '{{#each partijlijst}}{{@index}}{{#if @first}}x{{/if}}{{#with vertegenwoordiger}}{{@last}}{{/with}}{{/each}}' })).toEqual([])
    expect(brief(check({ overeenkomst: '{{@index}} {{@foo}}' }))).toEqual([
      'overeenkomst.md.hbs:1:3 sjabloon/buiten-lijst',
      'overeenkomst.md.hbs:1:14 sjabloon/onbekend-veld',
    ])
  })

  it('a group or a list of groups printed as text, a text used as a list', () => {
    const findings = check({ overeenkomst: '{{dossier.ondertekening}} {{partijlijst}} {{gemeenten_namen}}\n{{#each dossier.titel}}x{{/each}}' })
    expect(brief(findings)).toEqual([
      'overeenkomst.md.hbs:1:3 sjabloon/geen-tekst',
      'overeenkomst.md.hbs:1:29 sjabloon/geen-tekst',
      'overeenkomst.md.hbs:2:9 sjabloon/helper-argumenten',
    ])
    expect(findings[0]!.suggestion).toBe('Kies een veld eronder, bijvoorbeeld {{dossier.ondertekening.plaats}}.')
  })

  it('the verzoek replaces the dossier’s geschil with its own', () => {
    expect(check({ verzoek: '{{geschil.agendapunt.titel}} {{geschil.ontstaan_in.karakter}}' })).toEqual([])
    expect(brief(check({ verzoek: '{{geschil.ontstaan_in.datum}}', motivering: '{{geschil.ontstaan_in.karakter}}' }))).toEqual(['motivering.md.hbs:1:3 sjabloon/onbekend-veld'])
  })
})

describe('facultative fields (warnings)', () => {
  it('a field that is not always there, used without a guard', () => {
    const [finding, ...rest] = check({ checklist: 'Regio {{dossier.regio.naam}}.\n' })
    expect(rest).toEqual([])
    expect(finding).toEqual({
      code: 'sjabloon/facultatief-veld',
      severity: 'warning',
      stage: 'validate',
      message: '`dossier.regio.naam`: `dossier.regio` is niet altijd aanwezig (alleen als `schaal` `jeugdhulpregio` is); zonder die waarde stopt het maken van het document met een fout.',
      place: { file: 'checklist.md.hbs', line: 1, column: 9 },
      suggestion: 'Zet dit binnen {{#if dossier.regio}}…{{/if}} of {{#if (gelijk dossier.schaal "jeugdhulpregio")}}…{{/if}}.',
    })
  })

  it('is quiet inside a guard: #if, #with, #each, or the test on what makes it present', () => {
    expect(check({
      checklist: [
        '{{#if dossier.regio}}{{dossier.regio.naam}}{{/if}}',
        '{{#if dossier.regio}}{{#if dossier.regio.naam}}{{dossier.regio.code}}{{/if}}{{/if}}',
        '{{#with dossier.regio}}{{naam}}{{/with}}',
        '{{#if (gelijk dossier.schaal "jeugdhulpregio")}}{{dossier.regio.naam}}{{/if}}',
        '{{#if (en dossier.regio vergaderingen_per_jaar)}}{{dossier.regio.naam}} {{vergaderingen_per_jaar}}{{/if}}',
        '{{#unless dossier.regio}}geen{{else}}{{dossier.regio.naam}}{{/unless}}',
        '{{#each vergaderingen}}{{id}}{{/each}}',
      ].join('\n'),
    })).toEqual([])
  })

  it('a condition needs the field above its last part: {{#if dossier.regio.naam}} stops without a regio', () => {
    expect(brief(check({ checklist: '{{#if dossier.regio.naam}}x{{/if}}' }))).toEqual(['checklist.md.hbs:1:7 sjabloon/facultatief-veld (waarschuwing)'])
  })

  it('the else of a test on the soort narrows the soort', () => {
    expect(check({
      overeenkomst: '{{#each partijlijst}}{{#if (gelijk soort "gemeente")}}{{gm_code}}{{else}}{{code}} {{sector}}{{/if}}{{/each}}',
      uitnodiging: '{{#if (gelijk ontvanger.soort "gemeente")}}{{ontvanger.gm_code}}{{else if (gelijk ontvanger.soort "swv")}}{{ontvanger.code}}{{else}}{{ontvanger.naam}}{{/if}}',
    })).toEqual([])
    // In the uitnodiging the ontvanger can also be an mbo-instelling: "not a gemeente" is not enough.
    expect(brief(check({ uitnodiging: '{{#if (gelijk ontvanger.soort "gemeente")}}{{else}}{{ontvanger.code}}{{/if}}' }))).toEqual([
      'uitnodiging.md.hbs:1:54 sjabloon/facultatief-veld (waarschuwing)',
    ])
  })

  it('a field present exactly when another is (the motivering’s verzoek_datum and geschil.verzoek)', () => {
    expect(check({ motivering: '{{#if verzoek_datum}}{{geschil.verzoek.soort}}{{/if}}' })).toEqual([])
    expect(brief(check({ motivering: '{{geschil.verzoek.soort}}' }))).toEqual(['motivering.md.hbs:1:3 sjabloon/facultatief-veld (waarschuwing)'])
  })

  it('a guarded field in one document kind is always there in another', () => {
    expect(check({ overeenkomst: '{{ondertekening.plaats}} {{dossier.ondertekening.datum}}' })).toEqual([])
    expect(brief(check({ uitnodiging: '{{ondertekening.plaats}}' }))).toEqual(['uitnodiging.md.hbs:1:3 sjabloon/facultatief-veld (waarschuwing)'])
  })

  it('helper arguments: a helper that accepts a missing value may get one, others not', () => {
    expect(check({ checklist: '{{#if (gelijk procedure "x")}}x{{/if}} {{#if (of procedure vergaderingen_per_jaar)}}x{{/if}}' })).toEqual([])
    expect(brief(check({ checklist: '{{in_woorden vergaderingen_per_jaar}} {{#if (gelijk procedure.termijnen "x")}}x{{/if}}' }))).toEqual([
      'checklist.md.hbs:1:14 sjabloon/facultatief-veld (waarschuwing)',
      'checklist.md.hbs:1:53 sjabloon/facultatief-veld (waarschuwing)',
    ])
  })
})

describe('helpers', () => {
  it('an unknown helper, with "bedoelde u"', () => {
    const [finding] = check({ overeenkomst: 'Getekend op {{datm dossier.ondertekening.datum}}.' })
    expect(finding).toMatchObject({ code: 'sjabloon/onbekende-helper', place: { file: 'overeenkomst.md.hbs', line: 1, column: 13 }, message: 'Onbekende helper `datm`.' })
    expect(finding!.suggestion).toMatch(/^Bedoelde u `datum`\?/)
    expect(brief(check({ overeenkomst: '{{#if (gelijkk 1 2)}}x{{/if}}{{#elke partijlijst}}x{{/elke}}' }))).toEqual([
      'overeenkomst.md.hbs:1:7 sjabloon/onbekende-helper',
      'overeenkomst.md.hbs:1:30 sjabloon/onbekende-helper',
    ])
  })

  it('the number of arguments, optional ones included', () => {
    expect(check({ overeenkomst: '{{opsomming gemeenten_namen}} {{opsomming partijlijst "naam"}} {{meervoud swv_po "a" "b"}}' })).toEqual([])
    const findings = check({ overeenkomst: '{{voud}} {{datum dossier.ondertekening.datum "lang"}} {{#if}}x{{/if}} {{opsomming}}' })
    expect(brief(findings)).toEqual([
      'overeenkomst.md.hbs:1:1 sjabloon/helper-argumenten',
      'overeenkomst.md.hbs:1:10 sjabloon/helper-argumenten',
      'overeenkomst.md.hbs:1:55 sjabloon/helper-argumenten',
      'overeenkomst.md.hbs:1:71 sjabloon/helper-argumenten',
    ])
    expect(findings[0]!.message).toBe('De helper `voud` verwacht 1 argument, maar krijgt er 0.')
    expect(findings[3]!.message).toBe('De helper `opsomming` verwacht 1 tot 2 argumenten, maar krijgt er 0.')
  })

  it('a field with the name of a helper: {{this.datum}}', () => {
    expect(check({ uitnodiging: '{{#each vergadering.stukken}}{{#if this.datum}}{{datum this.datum}}{{/if}}{{/each}}' })).toEqual([])
    const [finding] = check({ uitnodiging: '{{#each vergadering.stukken}}{{datum}}{{/each}}' })
    expect(finding).toMatchObject({ code: 'sjabloon/helper-argumenten', suggestion: expect.stringContaining('{{this.datum}}') })
  })

  it('a block helper without # and a helper used as a block', () => {
    expect(brief(check({ overeenkomst: '{{if verzoek_advies}} {{#datum dossier.ondertekening.datum}}x{{/datum}}' }))).toEqual([
      'overeenkomst.md.hbs:1:1 sjabloon/blok-of-helper',
      'overeenkomst.md.hbs:1:23 sjabloon/blok-of-helper',
    ])
  })
})

describe('partials', () => {
  it('an unknown partial, with "bedoelde u"', () => {
    const finding = check({ uitnodiging: '{{> adresblk ontvanger}}' }, { adresblok: '{{naam}}' }).find((f) => f.place.file === 'uitnodiging.md.hbs')
    expect(finding).toMatchObject({ code: 'sjabloon/onbekend-deelsjabloon', place: { file: 'uitnodiging.md.hbs', line: 1, column: 1 } })
    expect(finding!.suggestion).toMatch(/^Bedoelde u `adresblok`\?/)
  })

  it('is checked where it is called, in the caller’s context and under the caller’s guards', () => {
    const partials = { blok: '{{naam}}, {{datum collegebesluit}}' }
    expect(check({ overeenkomst: '{{#each partijlijst}}{{#if (gelijk soort "gemeente")}}{{> blok}}{{/if}}{{/each}}' }, partials)).toEqual([])
    expect(brief(check({ overeenkomst: '{{#each partijlijst}}{{> blok}}{{/each}}' }, partials))).toEqual([
      'partials/blok.md.hbs:1:19 sjabloon/facultatief-veld (waarschuwing)',
    ])
    expect(brief(check({ overeenkomst: '{{> blok}}' }, partials))).toEqual([
      'partials/blok.md.hbs:1:3 sjabloon/buiten-lijst',
      'partials/blok.md.hbs:1:19 sjabloon/buiten-lijst',
    ])
  })

  it('with a context and with name=value', () => {
    const partials = { ondertekenaars: '{{#each lijst}}{{naam}}{{/each}} {{titel}} {{@root.dossier.titel}}', adres: '{{straat}}' }
    expect(check({ verzoek: '{{> ondertekenaars lijst=verzoek.verzoekers titel="Verzoekers"}} {{#each verzoek.verzoekers}}{{> adres adres}}{{/each}}' }, partials)).toEqual([])
    expect(brief(check({ verzoek: '{{> ondertekenaars lijst=verzoek.verzoekerz}}{{> adres verzoek}}' }, partials))).toEqual([
      'partials/adres.md.hbs:1:3 sjabloon/onbekend-veld',
      'partials/ondertekenaars.md.hbs:1:36 sjabloon/buiten-lijst',
      'verzoek.md.hbs:1:26 sjabloon/onbekend-veld',
    ])
  })

  it('../ starts again in a partial', () => {
    expect(brief(check({ overeenkomst: '{{#each partijlijst}}{{> p}}{{/each}}' }, { p: '{{../aantal_partijen}}' }))).toEqual(['partials/p.md.hbs:1:3 sjabloon/onbekend-veld'])
  })

  it('a partial named by a template that cannot be parsed counts as used', () => {
    expect(brief(check({ overeenkomst: '{{> blok}}{{#if x}}' }, { blok: '{{naam}}' }))).toEqual(['overeenkomst.md.hbs:1:11 sjabloon/syntax'])
  })

  it('a partial that no template calls: a warning, and its helpers are still checked', () => {
    expect(brief(check({ overeenkomst: '{{dossier.titel}}' }, { oud: '{{naam}} {{@index}} {{../x}} {{datm x}}' }))).toEqual([
      'partials/oud.md.hbs:1:1 sjabloon/ongebruikt-deelsjabloon (waarschuwing)',
      'partials/oud.md.hbs:1:30 sjabloon/onbekende-helper',
    ])
  })
})

describe('cross-references', () => {
  it('an id that no {#id} defines, with "bedoelde u"', () => {
    const text = '## Geschillen {#geschillen}\n\n1. {#geschillen-verzoek} Tekst.\n\nZie artikel {{ref \'geschilen\'}} en {{ref \'geschillen-verzoek\'}}.\n'
    const [finding, ...rest] = check({ overeenkomst: text })
    expect(rest).toEqual([])
    expect(finding).toEqual({
      code: 'sjabloon/onbekend-anker',
      severity: 'error',
      stage: 'validate',
      message: 'Verwijzing naar onbekend artikel of lid `geschilen`.',
      place: { file: 'overeenkomst.md.hbs', line: 5, column: 13 },
      suggestion: 'Bedoelde u `geschillen`?',
    })
  })

  it('an anchor in a partial counts; one in a comment or in another document does not', () => {
    expect(check({ overeenkomst: '{{> slot}} {{ref \'slot\'}}' }, { slot: '## Slot {#slot}\n' })).toEqual([])
    expect(brief(check({ overeenkomst: '{{!-- ## Slot {#slot} --}}\n{{ref \'slot\'}}', verslag: '## Slot {#slot}\n' }))).toEqual(['overeenkomst.md.hbs:2:1 sjabloon/onbekend-anker'])
    expect(brief(check({ overeenkomst: "{{ref 'Slot Artikel'}}" }))).toEqual(['overeenkomst.md.hbs:1:1 sjabloon/helper-argumenten'])
  })
})

describe('syntax', () => {
  it('a block left open is reported where it opens', () => {
    const [finding, ...rest] = check({ overeenkomst: 'Tekst\n\n{{#if verzoek_advies}}advies\n' })
    expect(rest).toEqual([])
    expect(finding).toEqual({
      code: 'sjabloon/syntax',
      severity: 'error',
      stage: 'validate',
      message: 'Het blok `{{#if}}` wordt niet afgesloten.',
      place: { file: 'overeenkomst.md.hbs', line: 3, column: 1 },
      suggestion: 'Sluit het af met `{{/if}}`.',
    })
  })

  it('a block closed with another name, and a broken {{…}}', () => {
    expect(check({ overeenkomst: '\n{{#if verzoek_advies}}x{{/each}}' })[0]).toMatchObject({ code: 'sjabloon/syntax', message: 'Het blok `{{#if}}` wordt afgesloten met `{{/each}}`.', place: { line: 2, column: 4 } })
    expect(check({ overeenkomst: 'a {{dossier.titel}\n' })[0]).toMatchObject({ code: 'sjabloon/syntax', place: { line: 1 } })
  })
})

describe('the whole set at once', () => {
  it('reports every finding of every file, sorted by file and place', () => {
    const findings = check(
      { uitnodiging: '{{> kop}}\n{{ontvanger.nam}}', brief: '{{dossier.titel}}' },
      { kop: '{{#if x}}' },
    )
    expect(brief(findings)).toEqual([
      'brief.md.hbs:1:1 sjabloon/onbekende-soort (waarschuwing)',
      'partials/kop.md.hbs:1:1 sjabloon/syntax',
      'uitnodiging.md.hbs:2:3 sjabloon/onbekend-veld',
    ])
  })

  it('checks a set once', () => {
    const set = templateSet({ overeenkomst: '{{x}}' })
    expect(checkTemplates(set)).toEqual(checkTemplates(set))
  })
})
