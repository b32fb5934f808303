/** The concept marker: visible in a concept, absent in a final document, and `@concept` for templates. */
import { describe, expect, it } from 'vitest'
import { renderTemplate } from '../../src/render/render-template.ts'
import type { TemplateSet } from '../../src/model/project.ts'

const set = (text: string): TemplateSet => ({ documents: new Map([['brief', { name: 'brief', file: 'brief.md.hbs', text }]]), partials: new Map() })

describe('aanvullen', () => {
  const template = set('Namens de burgemeester, bij besluit van {{aanvullen "datum machtiging"}}.{{#if @concept}} (concept){{/if}}\n')

  it('prints a visible marker in a concept', () => {
    expect(renderTemplate(template, 'brief', {}, true)).toEqual({ text: 'Namens de burgemeester, bij besluit van [aanvullen: datum machtiging]. (concept)\n', problems: [] })
  })

  it('prints nothing in a final document', () => {
    expect(renderTemplate(template, 'brief', {}, false)).toEqual({ text: 'Namens de burgemeester, bij besluit van .\n', problems: [] })
  })

  it('needs a description', () => {
    expect(renderTemplate(set('{{aanvullen ""}}'), 'brief', {}, true).problems).toEqual([{
      code: 'sjabloon/helper', severity: 'error', stage: 'render', message: '`aanvullen` verwacht een omschrijving tussen aanhalingstekens.',
      place: { file: 'brief.md.hbs', line: 1, column: 1 },
    }])
  })
})
