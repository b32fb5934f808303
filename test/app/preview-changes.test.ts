/**
 * What `voorbeeld --watch` shows after a change: only the changed lines of the reading text, under the article they
 * are in, with the nearest line of text around them; the changed words marked on a terminal.
 */
import { describe, expect, it } from 'vitest'
import { describeChanges } from '../../src/app/preview/changes.ts'
import { readingText } from '../../src/html/plain-text.ts'
import type { DocModel } from '../../src/model/types.ts'
import { sampleModel } from '../html/model.ts'

/** The sample model with one text replaced everywhere. */
function edited(model: DocModel, from: string, to: string): DocModel {
  return JSON.parse(JSON.stringify(model).split(from).join(to)) as DocModel
}

describe('describeChanges', () => {
  const before = readingText(sampleModel())

  it('shows a changed lid under its article, with its neighbours, and nothing else', () => {
    const after = readingText(edited(sampleModel(), 'de standpunten.', 'de standpunten van partijen.'))
    expect(describeChanges(before, after, false)).toEqual({
      count: 1,
      where: ['Artikel 2  Geschillen & <script>'],
      text: [
        '@@ Artikel 2  Geschillen & <script>',
        '  2.1  Een verzoek vermeldt:',
        '       (a)  het onderwerp;',
        '-      (b)  de standpunten.',
        '+      (b)  de standpunten van partijen.',
        '  2.2  Zie artikel 1 en lid 2.1.',
        '',
      ].join('\n'),
    })
  })

  it('names every place, also before the first article, and marks the changed words on a terminal', () => {
    const after = readingText(edited(edited(sampleModel(), 'Kop van Noord-Holland', 'Kop van Texel'), 'vier jaar', 'vijf jaar'))
    const changes = describeChanges(before, after, true)
    expect(changes.count).toBe(2)
    expect(changes.where).toEqual(['Overeenkomst OOGO jeugd', 'Artikel 1  Looptijd'])
    expect(changes.text).toContain('\x1b[31m- Deze overeenkomst geldt \x1b[7mvier\x1b[27m jaar.\x1b[39m\n\x1b[32m+ Deze overeenkomst geldt \x1b[7mvijf\x1b[27m jaar.\x1b[39m\n')
    expect(changes.text).toContain('\x1b[36m@@ Overeenkomst OOGO jeugd\x1b[39m\n')
  })

  it('is empty when the text is the same', () => {
    expect(describeChanges(before, readingText(sampleModel()), true)).toEqual({ count: 0, where: [], text: '' })
  })
})
