/**
 * Each YAML file is read once (issue 16): `oogo controleer` lexed the dossier three times (the limits, the parse,
 * the open markers' comments) and parsed it twice. The comments of the one parse travel with the document, and
 * the markers of `oogo init` are found in them exactly as in a parse of their own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CST, Lexer, Parser } from 'yaml'
import { loadProject } from '../../src/load/load-project.ts'
import { parseYaml } from '../../src/load/parse-yaml.ts'
import type { YamlComment } from '../../src/model/project.ts'
import { validate } from '../../src/validate/index.ts'
import { checkOpenMarkers } from '../../src/validate/check-open-markers.ts'
import { sampleWith } from '../support/helpers.ts'

afterEach(() => { vi.restoreAllMocks() })

/** Every comment token of a syntax tree, in order: a walk over all of it, what the lexer's comments must equal. */
function commentsOf(tokens: readonly CST.Token[]): YamlComment[] {
  const found: YamlComment[] = []
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(walk)
    if (token === null || typeof token !== 'object') return
    const t = token as { type?: unknown; offset?: unknown; source?: unknown }
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      found.push({ offset: t.offset, text: t.source })
      return
    }
    for (const value of Object.values(token)) if (value !== null && typeof value === 'object') walk(value)
  }
  walk(tokens)
  return found.sort((a, b) => a.offset - b.offset)
}

describe('one parse per YAML file', () => {
  it('lexes the dossier once from loading to the last check', () => {
    const dossier = join(mkdtempSync(join(tmpdir(), 'oogo-parse-once-')), 'dossier.yaml')
    writeFileSync(dossier, sampleWith(['  kenmerk: OOGO-JZ03-2026\n', '  kenmerk: OOGO-JZ03-2026   # TE CONTROLEREN\n']))
    const lex = vi.spyOn(Lexer.prototype, 'lex')
    const loaded = loadProject({ dossier })
    const problems = validate(loaded.project!, { openMarkers: 'warning' })
    expect(problems.map((p) => p.code)).toContain('dossier/open-markering')
    expect(lex).toHaveBeenCalledTimes(1)
  })

  it('keeps the parse of a file read again unchanged (the dossier on every run of voorbeeld --watch), with its data made anew', () => {
    const text = sampleWith(['  kenmerk: OOGO-JZ03-2026\n', '  kenmerk: OOGO-JZ03-2026-B\n'])
    const first = parseYaml({ file: 'herlezen.yaml', text, sha256: '' })
    const lex = vi.spyOn(Lexer.prototype, 'lex')
    const again = parseYaml({ file: 'herlezen.yaml', text, sha256: '' })
    expect(lex).not.toHaveBeenCalled()
    expect(again.yaml).toBe(first.yaml)
    expect(again.data).toEqual(first.data)
    expect(again.data).not.toBe(first.data)
    // Changed, or the same text under another name: parsed anew.
    const changed = parseYaml({ file: 'herlezen.yaml', text: text.replace('-B\n', '-C\n'), sha256: '' })
    expect((changed.data as { dossier: { kenmerk: string } }).dossier.kenmerk).toBe('OOGO-JZ03-2026-C')
    expect(parseYaml({ file: 'ander.yaml', text, sha256: '' }).yaml?.file).toBe('ander.yaml')
    expect(lex).toHaveBeenCalledTimes(2)
  })

  it('keeps the comments of that parse, in order, as a parse of their own finds them', () => {
    const text = sampleWith(['  kenmerk: OOGO-JZ03-2026\n', '  kenmerk: OOGO-JZ03-2026   # TE CONTROLEREN: het kenmerk\n'])
    const yaml = parseYaml({ file: 'dossier.yaml', text, sha256: '' }).yaml!
    const own = commentsOf([...new Parser().parse(text)])
    expect(yaml.comments).toEqual(own)
    expect(yaml.comments.find((c) => c.text.includes('TE CONTROLEREN'))).toEqual({ offset: text.indexOf('# TE CONTROLEREN'), text: '# TE CONTROLEREN: het kenmerk' })
    expect(checkOpenMarkers(yaml, 'warning').map((p) => [p.message, p.place])).toEqual([
      ['Nog te controleren: `dossier.kenmerk` (nu: `OOGO-JZ03-2026`) — het kenmerk.', { file: 'dossier.yaml', line: 7, column: 3, path: '/dossier/kenmerk' }],
    ])
  })

  it('finds the comments anywhere a syntax tree has them, and not the # inside a text', () => {
    const text = '# kop\n--- # na start\na: [1, # in flow\n  2] # na flow\nb: |\n  # geen commentaar\n  tekst\n# los\n' +
      'c: "x" #c\nd: a#b\ne:\n  - f # één\n  # twee\n  - g\n? k # sleutel\n: v # waarde\n... # einde\n'
    const yaml = parseYaml({ file: 'overal.yaml', text, sha256: '' }).yaml!
    expect(yaml.comments).toEqual(commentsOf([...new Parser().parse(text)]))
    expect(yaml.comments.map((c) => c.text)).toEqual(['# kop', '# na start', '# in flow', '# na flow', '# los', '#c', '# één', '# twee', '# sleutel', '# waarde', '# einde'])
  })
})
