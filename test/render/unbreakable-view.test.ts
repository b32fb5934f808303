/**
 * The rendered text keeps dates and names on one line (no-break spaces), through the escaped view and the `datum`
 * helper; the view itself keeps plain spaces.
 */
import { describe, expect, it } from 'vitest'
import { escapeMarkdown, escapeView } from '../../src/render/escape-markdown.ts'
import { datum } from '../../src/render/helpers/datum.ts'

const shown = (text: unknown) => String(text).replaceAll('\u00A0', '~')
const call = { template: 't.md.hbs', line: 1, column: 1, draft: false }

describe('unbreakable text in the rendered view', () => {
  it('holds names and dates together in every escaped value', () => {
    expect(shown(escapeMarkdown('A.M. de Boer (wethouder), vergadering van 15 januari 2026'))).toBe('A.M.~de~Boer (wethouder), vergadering van 15~januari~2026')
    expect(shown(escapeMarkdown('*drs.* K. Wijnands'))).toBe('\\*drs.\\* K.~Wijnands')
  })

  it('leaves ids, enum values and ISO dates as they are, and the view it copies untouched', () => {
    const view = { id: 'den-helder', uitkomst: 'gedeeltelijk-overgenomen', datum: '2026-01-15', naam: 'A.M. de Boer' }
    expect(escapeView(view)).toEqual({ id: 'den-helder', uitkomst: 'gedeeltelijk-overgenomen', datum: '2026-01-15', naam: 'A.M.\u00A0de\u00A0Boer' })
    expect(view.naam).toBe('A.M. de Boer')
  })

  it('prints a date from `datum` that never breaks', () => {
    expect(shown(datum.fn(['2026-03-12'], {}, call))).toBe('12~maart~2026')
  })
})
