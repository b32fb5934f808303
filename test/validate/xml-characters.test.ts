/**
 * Characters XML 1.0 does not allow (NUL and other control characters, U+FFFE, U+FFFF, a lone surrogate) in any text
 * of the dossier, value or key, are a located error: before, U+FFFE gave exit 0 and a .docx LibreOffice could not
 * load, and the others were changed silently. Also: a naam of only spaces is the schema's located error.
 */
import { describe, expect, it } from 'vitest'
import type { OogoError } from '../../src/errors.ts'
import { assembleText, sampleWith } from '../support/helpers.ts'

const title = 'titel: OOGO jeugd Kop van Noord-Holland 2027–2030'
const errorsOf = (problems: OogoError[]) => problems.filter((p) => p.severity === 'error')

function invalid(name: string, path: string, line: number, column: number, what = 'deze tekst'): OogoError {
  return {
    code: 'dossier/ongeldig-teken', severity: 'error', stage: 'validate',
    message: `Het teken ${name} in ${what} kan niet in een Word-document staan (XML 1.0 staat het niet toe); het document zou onleesbaar worden of stilzwijgend iets anders zeggen dan het dossier.`,
    place: { file: 'dossier.yaml', line, column, path },
    suggestion: `Verwijder het teken ${name} of vervang het door een gewoon teken; het komt vaak mee bij kopiëren uit een ander programma.`,
  }
}

describe('characters XML 1.0 does not allow', () => {
  it.each([
    ['U+FFFE as an escape', 'titel: "OOGO \\uFFFE jeugd"', 'U+FFFE'],
    ['U+FFFF written as is', 'titel: OOGO \uFFFF jeugd', 'U+FFFF'],
    ['NUL', 'titel: "OOGO\\0jeugd"', 'U+0000'],
    ['a bell (U+0007)', 'titel: "OOGO\\ajeugd"', 'U+0007'],
    ['U+001F', 'titel: "OOGO\\x1Fjeugd"', 'U+001F'],
    ['a lone high surrogate', 'titel: "OOGO \\uD800 jeugd"', 'U+D800'],
    ['a lone low surrogate', 'titel: "OOGO \\uDC00 jeugd"', 'U+DC00'],
  ])('%s in a value: a located error, no document', async (_, to, name) => {
    const result = await assembleText(sampleWith([title, to]), { emit: 'docx' })
    expect(result.documents).toEqual([])
    expect(errorsOf(result.problems)).toEqual([invalid(name, '/dossier/titel', 6, 10)])
  })

  it('in a key, deep in a list: the place of the key, next to the schema error', async () => {
    const result = await assembleText(sampleWith(['naam: Den Helder', 'naam: Den Helder\n      "x\\uFFFEy": 1']), { emit: 'text' })
    expect(result.documents).toEqual([])
    expect(errorsOf(result.problems).filter((p) => p.code === 'dossier/ongeldig-teken'))
      .toEqual([invalid('U+FFFE', '/partijen/gemeenten/0/x\uFFFEy', 28, 7, 'de sleutel')])
  })

  it('one error per text, each at its own place', async () => {
    const result = await assembleText(sampleWith([title, 'titel: "a\\uFFFFb\\0"'], ['naam: Den Helder', 'naam: "Den\\u0001Helder"']), { emit: 'text' })
    expect(errorsOf(result.problems)).toEqual([invalid('U+FFFF', '/dossier/titel', 6, 10), invalid('U+0001', '/partijen/gemeenten/0/naam', 27, 13)])
  })

  it('allows tab, newline, the private use area, U+FFFD and characters beyond U+FFFF (a surrogate pair)', async () => {
    const result = await assembleText(sampleWith([title, 'titel: "OOGO\\tjeugd \\uE000 \\uFFFD 😀 \\U0001F600 \\uD7FF"']), { emit: 'text' })
    expect(errorsOf(result.problems)).toEqual([])
    expect(result.documents.length).toBe(26)
  })
})

describe('a naam of only spaces', () => {
  it('is the schema\'s located error, nothing more', async () => {
    const result = await assembleText(sampleWith(['naam: Den Helder', 'naam: "   "']), { emit: 'text' })
    expect(result.documents).toEqual([])
    expect(errorsOf(result.problems)).toEqual([{
      code: 'dossier/schema', severity: 'error', stage: 'validate',
      message: '`partijen.gemeenten[den-helder].naam` is leeg: er staan alleen spaties.',
      place: { file: 'dossier.yaml', line: 27, column: 13, path: '/partijen/gemeenten/0/naam' },
      suggestion: 'Vul tekst in op één regel: niet leeg, niet alleen spaties en zonder regelovergang.',
    }])
  })
})
