/**
 * oogo's markdown-it (template-check/markdown-skeleton-rules.ts) replaces two of its steps to save work: normalising
 * line endings only when there is something to normalise, and parsing the inline markup of each distinct text once.
 * Its tokens must stay exactly those of markdown-it itself, set up the same way, for every kind of text.
 */
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { markdown } from '../../src/template-check/markdown-skeleton-rules.ts'

const texts = {
  'plain lines': '## Artikel 1 {#doel}\n\nDe partijen, *elk* voor **zich**:\n\n1. lid een\n2. lid twee [](#doel)\n',
  'Windows line endings': '## Artikel\r\n\r\nEen alinea\r\nover twee regels.\r\n\r\n- punt\r\n',
  'old Mac line endings': 'Een\rtwee\r\rdrie\n',
  'a NUL character': 'Een\0teken en **vet\0**\n',
  'a table': '| a | b |\n| --- | ---: |\n| *x* | 1 |\n',
  'a reference link and its definition': 'Zie [site][s].\n\n[s]: https://x.nl "titel"\n',
}

describe("oogo's markdown-it gives the tokens of markdown-it itself", () => {
  const reference = new MarkdownIt('commonmark').enable('table')
  for (const [name, text] of Object.entries(texts)) {
    it(`for ${name}, the first time, the second (its inline tokens kept) and the third (from the cache)`, () => {
      for (let time = 0; time < 3; time++) expect(markdown.parse(text, {})).toEqual(reference.parse(text, {}))
    })
  }
})
