/**
 * The editor's Dutch messages (issue 14, item 10). yaml-language-server — the YAML extension of VS Code — shows a
 * schema object's `errorMessage` instead of "String does not match the pattern of "^[a-z0-9]+(-[a-z0-9]+)*$"" or
 * "String is not a RFC3339 date." for a failing `pattern` or `format`, and instead of "Value is not accepted. Valid
 * values: …" / "Value must be 1." for an `enum` or `const` (its validator reads `schema.errorMessage` for exactly
 * those keywords, and for `type`). So every such keyword of a schema the editor uses carries one, in the same object,
 * and oogo gives the same text as its suggestion.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { validateDossier } from '../../src/validate/validate-dossier.ts'
import { registerEditorKeywords } from '../../src/validate/schema-keywords.ts'
import { loadSchema } from '../../src/load/load-project.ts'
import { root } from '../support/helpers.ts'
import { parsed, sampleWith } from './sample.ts'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

/** The schemas the editor maps (.vscode/settings.json), by file. */
const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> }
const editorSchemas = Object.keys(settings['yaml.schemas']).map((file) => join(root, file))
const dossierSchema = loadSchema(join(root, 'schemas', 'dossier.schema.json')) as Json
const configSchema = loadSchema(join(root, 'schemas', 'config.schema.json')) as Json

interface Checked { pointer: string; keywords: string[]; node: Json }

/**
 * Every schema object with a keyword that can fail with the editor's English text. The subschema of an `if` is a
 * question, not a demand: its failures are never shown (not by the editor, not by ajv), so it needs no text.
 */
function checkedNodes(node: Json, pointer = ''): Checked[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => checkedNodes(item, `${pointer}/${i}`))
  if (node === null || typeof node !== 'object') return []
  const keywords = ['pattern', 'format', 'enum', 'const'].filter((k) => k in node)
  const own = keywords.length > 0 ? [{ pointer: pointer || '/', keywords, node }] : []
  const children = Object.entries(node).filter(([key]) => key !== 'if' && !['enum', 'const', 'examples', 'default'].includes(key))
    .flatMap(([key, value]) => checkedNodes(value, `${pointer}/${key}`))
  return [...own, ...children]
}

/** English words of yaml-language-server's and ajv's own messages; none belongs in ours. */
const english = /\b(the|must|should|does|match(es)?|string|value|pattern|expected|allowed|invalid|format|date|accepted|one of)\b/i

describe('the schemas the editor uses', () => {
  it('are the dossier and the configuration schema, and they exist', () => {
    expect(Object.keys(settings['yaml.schemas']).sort()).toEqual(['./schemas/config.schema.json', './schemas/dossier.schema.json'])
  })

  for (const file of editorSchemas) {
    const schema = loadSchema(file) as Json
    const nodes = checkedNodes(schema)
    describe(file.slice(root.length + 1), () => {
      it('have patterns, formats and choices to explain', () => {
        expect(nodes.length).toBeGreaterThan(file.includes('dossier') ? 30 : 1)
      })

      it('give every pattern, format, enum and const a Dutch errorMessage in the same object', () => {
        const missing = nodes.filter(({ node }) => typeof node.errorMessage !== 'string' || node.errorMessage.trim() === '')
        expect(missing.map((n) => `${n.pointer} (${n.keywords.join(', ')})`), 'add "errorMessage": "Schrijf …" / "Kies …" / "Vul …"').toEqual([])
        const notDutch = nodes.filter(({ node }) => !/^(Schrijf|Kies|Vul) \S.*\.$/s.test(node.errorMessage) || english.test(node.errorMessage))
        expect(notDutch.map((n) => `${n.pointer}: ${n.node.errorMessage}`), 'an instruction in Dutch, ending with a full stop').toEqual([])
      })

      it('show no regular expression to the reader', () => {
        const regex = nodes.filter(({ node }) => /[\\^$]|\[[^\]]*\]|\(\?/.test(node.errorMessage))
        expect(regex.map((n) => `${n.pointer}: ${n.node.errorMessage}`)).toEqual([])
      })

      it('name every allowed value of a choice, and the one value of a const', () => {
        const words = (text: string) => new Set(text.split(/[\s,.:;()]+/))
        const unnamed = nodes.flatMap(({ pointer, node }) => [...(node.enum ?? []), ...('const' in node ? [node.const] : [])]
          .filter((value) => !words(node.errorMessage).has(String(value))).map((value) => `${pointer}: ${String(value)}`))
        expect(unnamed).toEqual([])
      })
    })
  }

  it('compile in ajv strict mode once the editor keyword is registered, and not without', () => {
    for (const schema of [dossierSchema, configSchema]) {
      expect(() => new Ajv2020({ strict: true, validateFormats: false }).compile(schema)).toThrow(/unknown keyword: "errorMessage"/)
      expect(() => registerEditorKeywords(new Ajv2020({ strict: true, validateFormats: false })).compile(schema)).not.toThrow()
    }
  })

  it('the keyword changes nothing about what is valid', () => {
    const ajv = registerEditorKeywords(new Ajv2020({ strict: true, validateFormats: false }))
    const validate = ajv.compile({ type: 'string', pattern: '^[a-z]+$', errorMessage: 'Schrijf kleine letters.' })
    expect([validate('abc'), validate('ABC')]).toEqual([true, false])
  })
})

/** `validateDossier` on the sample with one edit, as whole errors. */
const problemsOf = (...edits: [string | RegExp, string][]) => {
  const { yaml, data } = sampleWith(...edits)
  return validateDossier(yaml, data, dossierSchema)
}
const schemaError = (message: string, line: number, column: number, path: string, suggestion: string) => ({
  code: 'dossier/schema', severity: 'error', stage: 'validate', message, place: { file: 'dossier.yaml', line, column, path }, suggestion,
})

describe('oogo says what the editor says', () => {
  it('a pattern: the id text, not the regular expression', () => {
    expect(problemsOf(['namens: schagen }', 'namens: Schagen }'])).toEqual([schemaError(
      '`overlegcommissie.voorzitter.namens` heeft niet de juiste vorm: `Schagen`.', 72, 49, '/overlegcommissie/voorzitter/namens',
      dossierSchema.$defs.id.errorMessage)])
    expect(dossierSchema.$defs.id.errorMessage).toBe('Schrijf een id in kleine letters, cijfers en streepjes, zonder spaties, zoals den-helder of 2026-04-oogo.')
  })

  it('a format: a date that does not exist', () => {
    expect(problemsOf(['datum: 2026-01-15', 'datum: 2026-02-30'])).toEqual([schemaError(
      '`dossier.ondertekening.datum` is geen geldige datum: `2026-02-30`.', 15, 12, '/dossier/ondertekening/datum',
      'Schrijf een bestaande datum als JJJJ-MM-DD, in de jaren 1900 tot en met 2199, zoals 2026-01-15.')])
  })

  it('an enum: the guess first, then the schema\'s own list', () => {
    expect(problemsOf(['schaal: jeugdhulpregio', 'schaal: regio'])).toEqual([schemaError(
      '`dossier.schaal` heeft de onbekende waarde `regio`.', 9, 11, '/dossier/schaal',
      'Bedoelde u `jeugdhulpregio`? Kies ondersteuningsplan, gemeente of jeugdhulpregio.')])
  })

  it('a time without quotes where YAML reads a number is the same text', () => {
    const [problem] = problemsOf([/aanvang: "(\d\d:\d\d)"/, 'aanvang: 1400'])
    expect(problem?.suggestion).toBe(dossierSchema.$defs.tijd.errorMessage)
    expect(problem?.suggestion).toBe('Schrijf een tijd als "UU:MM" tussen aanhalingstekens, zoals "14:00".')
  })

  it('a rule id in the configuration: one message at the key, with the schema\'s text', () => {
    const { yaml, data } = parsed('regels:\n  pr-uitnodiging-termijn: fout\n  PR-STUKKEN-TERMIJN: streng\n', 'oogo.config.yaml')
    expect(validateDossier(yaml, data, configSchema)).toEqual([
      {
        code: 'dossier/schema', severity: 'error', stage: 'validate',
        message: 'De sleutel `pr-uitnodiging-termijn` in `regels` heeft niet de juiste vorm.',
        place: { file: 'oogo.config.yaml', line: 2, column: 3, path: '/regels/pr-uitnodiging-termijn' },
        suggestion: 'Schrijf een regel-id in hoofdletters, cijfers en streepjes, zoals PR-UITNODIGING-TERMIJN (zie oogo regels).',
      },
      {
        code: 'dossier/schema', severity: 'error', stage: 'validate',
        message: '`regels.PR-STUKKEN-TERMIJN` heeft de onbekende waarde `streng`.',
        place: { file: 'oogo.config.yaml', line: 3, column: 23, path: '/regels/PR-STUKKEN-TERMIJN' },
        suggestion: 'Kies fout, waarschuwing of uit.',
      },
    ])
  })
})

describe('versie: the text "1" is not the number 1 (issue 14, item 10)', () => {
  it('says "het getal 1, zonder aanhalingstekens", not "`1` zijn, niet `1`"', () => {
    expect(problemsOf(['versie: 1', 'versie: "1"'])).toEqual([schemaError(
      '`versie` moet het getal 1 zijn, niet de tekst "1".', 3, 9, '/versie',
      'Schrijf het getal 1, zonder aanhalingstekens: dit is versie 1 van het dossierformaat.')])
  })

  it('says it the same way where only the const speaks (a schema without a type)', () => {
    const { yaml, data } = parsed('versie: "1"\n')
    expect(validateDossier(yaml, data, { type: 'object', properties: { versie: { const: 1 } } })).toEqual([{
      code: 'dossier/schema', severity: 'error', stage: 'validate', message: '`versie` moet het getal 1 zijn, niet de tekst "1".',
      place: { file: 'dossier.yaml', line: 1, column: 9, path: '/versie' },
    }])
  })

  it('an empty versie is said to be empty', () => {
    expect(problemsOf(['versie: 1', 'versie:'])).toEqual([schemaError('`versie` moet het getal 1 zijn, niet leeg.', 3, 8, '/versie',
      'Schrijf het getal 1, zonder aanhalingstekens: dit is versie 1 van het dossierformaat.')])
  })

  it('another number is still shown as written', () => {
    expect(problemsOf(['versie: 1', 'versie: 2'])).toEqual([schemaError('`versie` moet `1` zijn, niet `2`.', 3, 9, '/versie',
      'Schrijf het getal 1, zonder aanhalingstekens: dit is versie 1 van het dossierformaat.')])
  })
})
