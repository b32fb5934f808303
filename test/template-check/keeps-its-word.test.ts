/**
 * Issue 14, the Handlebars level: what `oogo sjablonen controleer` passes, `genereer` renders; what `genereer`
 * refuses, the check reports first, at the template's file, line and column. Each case is a built-in template with
 * one edit an editor could make, and the whole finding. Before this work every one of them was "in orde" (or the
 * wrong diagnosis), and each failed in `genereer` for some dossiers — or printed text the editor did not mean.
 */
import { describe, expect, it } from 'vitest'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import { checkTemplates } from '../../src/template-check/check-templates.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { fixture } from '../support/fixtures.ts'

const builtIn = loadTemplates(builtInTemplatesDir)

/** The built-in templates with `document` edited: each `from` must occur exactly once. */
function builtInWith(document: string, ...edits: [from: string, to: string][]): TemplateSet {
  const source = builtIn.documents.get(document)!
  let text = source.text
  for (const [from, to] of edits) {
    expect(text.split(from).length - 1, `"${from}" occurs once in ${document}`).toBe(1)
    text = text.replace(from, () => to)
  }
  return { documents: new Map([...builtIn.documents, [document, { ...source, text }]]), partials: builtIn.partials }
}

const file = 'templates/overeenkomst.md.hbs'
const fix = (wrap: string) => `Zet de verwijzing binnen dezelfde voorwaarde of gebruik ${wrap} rond de zin met de verwijzing.`

describe('a reference from outside the condition its article or lid is under', () => {
  // "Artikel {{ref 'wijziging'}} is daarop niet van toepassing" (line 94) now names the lid on advice,
  // which exists only when the procedure has advice (`verzoek_advies`).
  const toAdvice: [string, string] = ["Artikel {{ref 'wijziging'}} is daarop", "Artikel {{ref 'geschillen-advies'}} is daarop"]

  it('is an error at the reference, naming the condition and the fix', () => {
    expect(checkTemplates(builtInWith('overeenkomst', toAdvice))).toEqual([{
      code: 'sjabloon/voorwaardelijk-anker', severity: 'error', stage: 'validate',
      message: 'De verwijzing naar `geschillen-advies` staat buiten de voorwaarde van dat artikel of lid: `{#geschillen-advies}` (regel 175) staat binnen {{#if verzoek_advies}} (regel 174). ' +
        'In een document waarin die voorwaarde niet geldt, ontbreekt het, en stopt het maken van het document bij deze verwijzing.',
      place: { file, line: 94, column: 114 },
      suggestion: fix('{{#if verzoek_advies}}…{{/if}}'),
    }])
  })

  it('the example of docs/sjablonen.md: a lid only at the regional scale, referred to from an article for every scale', () => {
    const set = builtInWith('overeenkomst', ['1. {#overlegcommissie-instelling} Partijen voeren',
      '{{#if (gelijk dossier.schaal "jeugdhulpregio")}}\n1. {#overlegcommissie-regio} De colleges van de gemeenten in de jeugdhulpregio {{dossier.regio.naam}} wijzen samen één woordvoerder aan.\n\n{{/if}}\n' +
      "1. {#overlegcommissie-instelling} Met inachtneming van artikel {{ref 'overlegcommissie-regio'}} voeren partijen"])
    expect(checkTemplates(set)).toEqual([{
      code: 'sjabloon/voorwaardelijk-anker', severity: 'error', stage: 'validate',
      message: 'De verwijzing naar `overlegcommissie-regio` staat buiten de voorwaarde van dat artikel of lid: `{#overlegcommissie-regio}` (regel 111) staat binnen {{#if (gelijk dossier.schaal "jeugdhulpregio")}} (regel 110). ' +
        'In een document waarin die voorwaarde niet geldt, ontbreekt het, en stopt het maken van het document bij deze verwijzing.',
      place: { file, line: 114, column: 64 },
      suggestion: fix('{{#if (gelijk dossier.schaal "jeugdhulpregio")}}…{{/if}}'),
    }])
  })

  it('the same for a cross-reference written as a Markdown link', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ["Artikel {{ref 'wijziging'}} is daarop", 'Het [artikel over advies](#geschillen-advies) is daarop'])).map((f) => [f.code, f.place]))
      .toEqual([['sjabloon/voorwaardelijk-anker', { file, line: 94, column: 110 }]])
  })

  it('is fine under the same condition, also when written again elsewhere', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ["Artikel {{ref 'wijziging'}} is daarop niet van toepassing.",
      "{{#if verzoek_advies}}Artikel {{ref 'geschillen-advies'}} is daarop niet van toepassing.{{/if}}"]))).toEqual([])
  })

  it('an {{else}} is the negation: {{#unless x}} matches the {{else}} of {{#if x}}, and not its own block', () => {
    const unlessAdvice = (ref: string) => builtInWith('overeenkomst',
      ['{{#if verzoek_advies}}\n1. {#geschillen-advies}', '{{#unless verzoek_advies}}\n1. {#geschillen-zonder-advies} Zonder advies.\n\n{{/unless}}\n{{#if verzoek_advies}}\n1. {#geschillen-advies}'],
      ["Artikel {{ref 'wijziging'}} is daarop niet van toepassing.", ref])
    expect(checkTemplates(unlessAdvice("{{#if verzoek_advies}}Zie artikel {{ref 'geschillen-advies'}}.{{else}}Zie artikel {{ref 'geschillen-zonder-advies'}}.{{/if}}"))).toEqual([])
    expect(checkTemplates(unlessAdvice("{{#if verzoek_advies}}Zie artikel {{ref 'geschillen-zonder-advies'}}.{{/if}}")).map((f) => [f.code, f.place.line, f.suggestion]))
      .toEqual([['sjabloon/voorwaardelijk-anker', 94, fix('{{#unless verzoek_advies}}…{{/unless}}')]])
  })

  it('a condition that the field model says always holds does not count', () => {
    // `overlegcommissie` is required in every dossier ("altijd aanwezig: ja").
    expect(checkTemplates(builtInWith('overeenkomst',
      ['## Kosten {#kosten}', '{{#if overlegcommissie}}\n## Kosten {#kosten}'],
      ['1. {#kosten-geschillencommissie}', '{{/if}}\n1. {#kosten-geschillencommissie}'],
      ["Artikel {{ref 'wijziging'}} is daarop", "Artikel {{ref 'kosten-eigen'}} is daarop"]))).toEqual([])
  })

  it('an id in both branches of one condition is always there', () => {
    expect(checkTemplates(builtInWith('overeenkomst',
      ['{{/if}}\n1. {#geschillen-aanbieding}', '1. {#geschillen-gevolg} Met advies.\n\n{{else}}\n1. {#geschillen-gevolg} Zonder advies.\n\n{{/if}}\n1. {#geschillen-aanbieding}'],
      ["Artikel {{ref 'wijziging'}} is daarop", "Artikel {{ref 'geschillen-gevolg'}} is daarop"]))).toEqual([])
  })
})

describe('duplicate ids', () => {
  it('the fixture sjabloon-dubbel-anker: reported by the check, before genereer found it in the filled-in text', () => {
    expect(checkTemplates(fixture('sjabloon-dubbel-anker').templates!)).toEqual([{
      code: 'sjabloon/dubbel-anker', severity: 'error', stage: 'validate',
      message: 'Het id `{#wijziging}` staat ook bij een ander artikel of lid (regel 216); een verwijzing ernaar weet niet welke bedoeld is.',
      place: { file: 'test/fixtures/sjabloon-dubbel-anker/templates/overeenkomst.md.hbs', line: 224, column: 19 },
      suggestion: 'Geef elk artikel en lid een eigen id. Staat er altijd maar één van de twee in het document, zet ze dan in {{#if …}} en het {{else}}-deel daarvan.',
    }])
  })

  it('in branches that exclude each other they are fine', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ['{{/if}}\n1. {#geschillen-aanbieding}',
      '{{/if}}\n{{#if (gelijk dossier.soort "gecombineerd")}}\n1. {#geschillen-slot} A.\n\n{{else}}\n1. {#geschillen-slot} B.\n\n{{/if}}\n1. {#geschillen-aanbieding}']))).toEqual([])
  })

  it('a partial with an id, included at two places that can be in one document', () => {
    const withPartial = (calls: string): TemplateSet => {
      const set = builtInWith('overeenkomst', ['## Kosten {#kosten}', `${calls}\n## Kosten {#kosten}`])
      return { documents: set.documents, partials: new Map([...set.partials, ['termijn', { name: 'termijn', file: 'templates/partials/termijn.md.hbs', text: '1. {#termijn-verlenging} De termijnen kunnen in overleg worden verlengd.\n' }]]) }
    }
    expect(checkTemplates(withPartial('## Termijnen {#termijnen}\n\n{{> termijn}}\n{{#if verzoek_advies}}\n{{> termijn}}\n{{/if}}\n'))).toEqual([{
      code: 'sjabloon/dubbel-anker', severity: 'error', stage: 'validate',
      message: 'Het deelsjabloon `termijn` staat hier voor de tweede keer in het document (eerder: regel 186); de id `{#termijn-verlenging}` komt daardoor twee keer voor.',
      place: { file, line: 188, column: 1 },
      suggestion: 'Neem het deelsjabloon één keer op, of haal de ids eruit en zet ze in het sjabloon zelf.',
    }])
    expect(checkTemplates(withPartial('## Termijnen {#termijnen}\n\n{{#if verzoek_advies}}\n{{> termijn}}\n{{else}}\n{{> termijn}}\n{{/if}}\n'))).toEqual([])
  })

  it('an id inside {{#each}} is there once per element', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ['   - {{titel}}{{#if grondslag}}', '   - {#agendapunt} {{titel}}{{#if grondslag}}']))).toEqual([{
      code: 'sjabloon/dubbel-anker', severity: 'error', stage: 'validate',
      message: 'Het id `{#agendapunt}` staat binnen {{#each agenda}} (regel 90): bij meer dan één element van `agenda` komt het meer dan eens in het document, en weet een verwijzing niet welk artikel of lid bedoeld is.',
      place: { file, line: 91, column: 6 },
      suggestion: 'Zet het id buiten de lijst, of laat het weg: een element van een lijst kan geen eigen id hebben.',
    }])
  })
})

describe('{{#each}} over something that is not a list', () => {
  it('over a group: an error with the fix (the renderer crashed on it, exit 1 without a line)', () => {
    const overGroup = builtInWith('uitnodiging', ['{{vertegenwoordiger.naam}}\\\n{{vertegenwoordiger.functie}}', '{{#each vertegenwoordiger}}{{naam}}{{/each}}\\\n{{vertegenwoordiger.functie}}'])
    expect(checkTemplates(overGroup)).toEqual([{
      code: 'sjabloon/helper-argumenten', severity: 'error', stage: 'validate',
      message: '{{#each}} verwacht een lijst, maar `vertegenwoordiger` is een groep; het blok zou eens per veld van die groep herhaald worden, met de waarde van dat veld als context.',
      place: { file: 'templates/uitnodiging.md.hbs', line: 96, column: 9 },
      suggestion: 'Gebruik {{#with vertegenwoordiger}}…{{/with}} om de velden van de groep te gebruiken, of de velden zelf: {{vertegenwoordiger.naam}}. Zie docs/velden.md voor de lijsten (type lijst).',
    }])
  })
})

describe('lookup', () => {
  it('a key the group does not have: the document would silently miss the text', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ['onder de naam {{overlegcommissie.naam}}.', 'onder de naam {{lookup overlegcommissie "naamm"}}.']))).toEqual([{
      code: 'sjabloon/onbekend-veld', severity: 'error', stage: 'validate',
      message: 'Onbekend veld: `overlegcommissie` heeft geen veld `naamm`; `lookup` geeft dan niets, en er ontbreekt tekst in het document.',
      place: { file, line: 110, column: 124 },
      suggestion: 'Bedoelde u `naam`?',
    }])
  })
})

describe('quotes', () => {
  it('curly quotes inside {{…}}, as Word types them, are read as straight ones, by the check and the renderer alike', () => {
    const curly = builtInWith('overeenkomst', ["Artikel {{ref 'wijziging'}} is daarop", 'Artikel {{ref ‘wijziging’}} is daarop'],
      ["Partijen kunnen, als zij daarmee allen instemmen", "Partijen kunnen, als zij daarmee „allen” instemmen"])
    expect(checkTemplates(curly)).toEqual([])
    const view = { partijlijst: [], gemeenten_namen: [] }
    const rendered = renderTemplate({ documents: new Map([['x', { name: 'x', file: 'x.md.hbs', text: 'Artikel {{ref ‘wijziging’ “kort”}}, „letterlijk” en {{aanvullen "de ‘datum’"}}.' }]]), partials: new Map() }, 'x', view, true)
    expect(rendered).toEqual({ text: 'Artikel [](#wijziging "x.md.hbs:1:9"), „letterlijk” en [aanvullen: de ‘datum’].', problems: [] })
  })

  it('an id without quotes: the hint to quote it, not "Onbekend veld" with a list of fields', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ["Artikel {{ref 'wijziging'}} is daarop", 'Artikel {{ref wijziging}} is daarop']))).toEqual([{
      code: 'sjabloon/aanhalingstekens', severity: 'error', stage: 'validate',
      message: '`wijziging` staat niet tussen aanhalingstekens en wordt daardoor gelezen als een veld uit het dossier, niet als het id.',
      place: { file, line: 94, column: 120 },
      suggestion: "Zet het id tussen rechte aanhalingstekens: {{ref 'wijziging'}}",
    }])
  })

  it('the same for every argument meant as text: a field name for opsomming (it said "`naam` bestaat alleen binnen een element van …")', () => {
    expect(checkTemplates(builtInWith('overeenkomst', ['{{opsomming partijen.mbo_instellingen "naam"}}', '{{opsomming partijen.mbo_instellingen naam}}']))).toEqual([{
      code: 'sjabloon/aanhalingstekens', severity: 'error', stage: 'validate',
      message: '`naam` staat niet tussen aanhalingstekens en wordt daardoor gelezen als een veld uit het dossier, niet als de veldnaam.',
      place: { file, line: 103, column: 406 },
      suggestion: 'Zet de veldnaam tussen rechte aanhalingstekens: {{opsomming partijen.mbo_instellingen "naam"}}',
    }])
  })

  it("a curly quote that does not close, and 'kort' without quotes", () => {
    expect(checkTemplates(builtInWith('overeenkomst', ["Artikel {{ref 'wijziging'}} is daarop", 'Artikel {{ref ‘wijziging}} is daarop'],
      ["de artikelen {{ref 'vergaderingen' 'kort'}}", "de artikelen {{ref 'vergaderingen' kort}}"]))).toEqual([
      {
        code: 'sjabloon/aanhalingstekens', severity: 'error', stage: 'validate',
        message: '`‘wijziging` staat tussen gekrulde aanhalingstekens die niet sluiten; Handlebars leest het daardoor als een veldnaam.',
        place: { file, line: 94, column: 120 },
        suggestion: "Zet het id tussen rechte aanhalingstekens: {{ref 'wijziging'}}",
      },
      {
        code: 'sjabloon/aanhalingstekens', severity: 'error', stage: 'validate',
        message: '`kort` staat niet tussen aanhalingstekens en wordt daardoor gelezen als een veld uit het dossier, niet als de vorm.',
        place: { file, line: 99, column: 229 },
        suggestion: "Zet de vorm tussen rechte aanhalingstekens: {{ref 'vergaderingen' 'kort'}}",
      },
    ])
  })
})

describe('single braces', () => {
  it('{dossier.titel} is printed as it stands: an error with the fix; anchors {#id} and {-} are left alone', () => {
    const set = builtInWith('overeenkomst', ['onder de naam {{overlegcommissie.naam}}.', 'onder de naam {overlegcommissie.naam}{#if x} (zie \\{letterlijk.dit}, {sic}).'])
    expect(checkTemplates(set)).toEqual([
      {
        code: 'sjabloon/enkele-accolades', severity: 'error', stage: 'validate',
        message: '`{overlegcommissie.naam}` staat tussen enkele accolades en komt daardoor letterlijk in het document, niet de waarde van het veld `overlegcommissie.naam`.',
        place: { file, line: 110, column: 98 },
        suggestion: 'Schrijf dubbele accolades: `{{overlegcommissie.naam}}`.',
      },
      {
        code: 'sjabloon/enkele-accolades', severity: 'error', stage: 'validate',
        message: '`{#if x}` staat tussen enkele accolades en komt daardoor letterlijk in het document.',
        place: { file, line: 110, column: 121 },
        suggestion: 'Schrijf dubbele accolades: `{{#if x}}`.',
      },
    ])
  })
})
