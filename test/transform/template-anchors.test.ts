/**
 * A reference to an article that the template has but this dossier does not print (issue 14, item 3): the ids of
 * the templates with their place and enclosing block (template-anchors.ts), and the message resolveRefs gives —
 * not "onbekend artikel … geef het een id" but that the article is inside a condition that does not hold, with the fix.
 */
import { describe, expect, it } from 'vitest'
import { resolveRefs } from '../../src/transform/resolve-refs.ts'
import { templateAnchors } from '../../src/transform/template-anchors.ts'
import type { TemplateSet } from '../../src/model/project.ts'
import { collect, doc, para, ref, section, text } from './model.ts'

const overeenkomst = [
  '{{!-- Een overeenkomst met een voorwaardelijk artikel. --}}', // 1
  '## Begrippen {#begrippen}', //                                  2
  '', //                                                           3
  '1. Zie artikel {{ref \'privacy\'}} en lid {{ref \'lijst-lid\'}}.', // 4
  '', //                                                           5
  '{{#if (gelijk dossier.schaal "gemeente")}}', //                 6
  '## Privacy {#privacy}', //                                      7
  '', //                                                           8
  '1. {#privacy-gegevens} Gegevens.', //                           9
  '{{else}}', //                                                   10
  '## Regio {#regio}', //                                          11
  '{{/if}}', //                                                    12
  '{{#each vergaderingen}}', //                                    13
  '1. {#lijst-lid} Vergadering.', //                               14
  '{{/each}}', //                                                  15
  '{{> slot}}', //                                                 16
].join('\n')
const templates: TemplateSet = {
  documents: new Map([['overeenkomst', { name: 'overeenkomst', file: 'templates/overeenkomst.md.hbs', text: overeenkomst }]]),
  partials: new Map([['slot', { name: 'slot', file: 'templates/partials/slot.md.hbs', text: '## Slot {#slot}\n' }]]),
}
const file = 'templates/overeenkomst.md.hbs'

describe('templateAnchors', () => {
  it('knows every id of the template and its partials, with its place and the block around it', () => {
    const anchors = templateAnchors(templates, 'overeenkomst')
    expect([...anchors.keys()]).toEqual(['begrippen', 'privacy', 'privacy-gegevens', 'regio', 'lijst-lid', 'slot'])
    expect(anchors.get('begrippen')).toEqual({ id: 'begrippen', place: { file, line: 2, column: 14 } })
    expect(anchors.get('privacy')).toEqual({
      id: 'privacy', place: { file, line: 7, column: 12 },
      block: { tag: '{{#if (gelijk dossier.schaal "gemeente")}}', helper: 'if', place: { file, line: 6, column: 1 }, inElse: false },
    })
    expect(anchors.get('regio')?.block?.inElse).toBe(true)
    expect(anchors.get('lijst-lid')?.block).toEqual({ tag: '{{#each vergaderingen}}', helper: 'each', place: { file, line: 13, column: 1 }, inElse: false })
    expect(anchors.get('slot')).toEqual({ id: 'slot', place: { file: 'templates/partials/slot.md.hbs', line: 1, column: 9 } })
  })
})

describe('resolveRefs: a reference to an article that dropped out', () => {
  const refAt = (target: string, column: number) => ref(target, { origin: `${file}:4:${column}` })
  const run = (...targets: [string, number][]) => {
    const { context, problems } = collect()
    resolveRefs(doc(section('Begrippen', [para(text('Zie '), ...targets.map(([t, c]) => refAt(t, c)))], { id: 'begrippen', number: '1' })),
      { ...context, templateAnchors: templateAnchors(templates, 'overeenkomst') })
    return problems
  }

  it('inside a condition that does not hold: says so, at the reference, with the fix', () => {
    expect(run(['privacy', 16])).toEqual([{
      code: 'model/anker-niet-in-document', severity: 'error', stage: 'transform',
      message: `Het artikel of lid \`privacy\` (${file}:7) staat niet in dit document: het staat binnen \`{{#if (gelijk dossier.schaal "gemeente")}}\` (${file}:6), en die voorwaarde geldt niet voor dit dossier.`,
      place: { file, line: 4, column: 16 },
      suggestion: 'Zet de verwijzing binnen dezelfde voorwaarde (`{{#if (gelijk dossier.schaal "gemeente")}}` … `{{/if}}`), of haal het artikel of lid uit de voorwaarde.',
    }])
  })

  it('in the else part, in a list that is empty, in a partial', () => {
    expect(run(['regio', 5], ['lijst-lid', 40], ['slot', 60]).map((p) => [p.code, p.message])).toEqual([
      ['model/anker-niet-in-document', `Het artikel of lid \`regio\` (${file}:11) staat niet in dit document: het staat in het \`{{else}}\`-deel van \`{{#if (gelijk dossier.schaal "gemeente")}}\` (${file}:6), en die voorwaarde geldt voor dit dossier wel.`],
      ['model/anker-niet-in-document', `Het artikel of lid \`lijst-lid\` (${file}:14) staat niet in dit document: het staat binnen \`{{#each vergaderingen}}\` (${file}:13), en die lijst is voor dit dossier leeg.`],
      ['model/anker-niet-in-document', 'Het artikel of lid `slot` (templates/partials/slot.md.hbs:1) staat niet in dit document: het deel van het sjabloon waarin het staat, wordt voor dit dossier niet afgedrukt.'],
    ])
  })

  it('an id no template defines is still an unknown anchor, with "bedoelde u"', () => {
    expect(run(['privacyy', 16]).map((p) => [p.code, p.message, p.suggestion])).toEqual([
      ['model/onbekend-anker', 'Verwijzing naar onbekend artikel of lid `privacyy`.', 'Geef het artikel of lid een id: `## Titel {#id}` of `1. {#id} …`.'],
    ])
  })
})
