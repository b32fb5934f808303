/**
 * parseTemplate keeps what it parsed, by text: the check, the transform's anchors and the fault placement read the
 * same templates, and `voorbeeld --watch` reads them again after each save. The kept tree is shared, so it is frozen:
 * a reader that writes to it fails at once.
 */
import { describe, expect, it } from 'vitest'
import { parseTemplate } from '../../src/render/template-errors.ts'

describe('parseTemplate', () => {
  it('gives the same tree for the same text, and a new one for another text', () => {
    const first = parseTemplate('## Looptijd {#looptijd}\n\n{{#if dossier.titel}}{{dossier.titel}}{{/if}}\n')
    expect(parseTemplate('## Looptijd {#looptijd}\n\n{{#if dossier.titel}}{{dossier.titel}}{{/if}}\n').program).toBe(first.program)
    expect(parseTemplate('## Looptijd {#looptijd}\n\n{{dossier.titel}}\n').program).not.toBe(first.program)
  })

  it('freezes the shared tree all the way down', () => {
    const { program } = parseTemplate('{{#each partijen}}{{naam}}{{/each}}')
    const block = program!.body[0] as hbs.AST.BlockStatement
    expect(() => { (block.program.body as unknown[]).push({}) }).toThrow(TypeError)
    expect(() => { (block.path as { original: string }).original = 'anders' }).toThrow(TypeError)
  })

  it('keeps a syntax error as it was found, with its place', () => {
    expect(parseTemplate('{{#if x}}\ntekst\n')).toEqual({
      error: { message: 'Het blok `{{#if}}` wordt niet afgesloten.', line: 1, column: 1, suggestion: 'Sluit het af met `{{/if}}`.' },
    })
  })
})
