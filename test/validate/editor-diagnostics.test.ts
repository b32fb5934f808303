/**
 * What the editor really shows (issue 14, item 10): the YAML extension's own language server (yaml-language-server,
 * the engine of redhat.vscode-yaml), run in process on a dossier and a configuration, with the schemas mapped as
 * .vscode/settings.json maps them. Each fault an editor can hit at a value gives the schema's Dutch `errorMessage`
 * — never "String does not match the pattern of …", "String is not a RFC3339 date." or "Value is not accepted" — and
 * `oogo controleer` gives the same text as its suggestion, on the same line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { getLanguageService, type LanguageService } from 'yaml-language-server'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { loadSchema } from '../../src/load/load-project.ts'
import { validateDossier } from '../../src/validate/validate-dossier.ts'
import { root } from '../support/helpers.ts'
import { parsed } from './sample.ts'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> }
/** yaml-language-server as VS Code runs it, with the schemas and patterns of .vscode/settings.json, for one file. */
function languageServer(file: string): { service: LanguageService; uri: string } {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relativePath: string, resource: string) => new URL(relativePath, resource).href },
  })
  const schemas = Object.entries(settings['yaml.schemas']).map(([schema, fileMatch]) => ({ uri: pathToFileURL(join(root, schema)).href, fileMatch }))
  service.configure({ validate: true, hover: true, completion: true, schemas })
  return { service, uri: pathToFileURL(join(root, file)).href }
}

const sampleText = readFileSync(join(root, 'samples', 'voorbeeld-dossier.yaml'), 'utf8')
const dossierSchema = loadSchema(join(root, 'schemas', 'dossier.schema.json')) as Json
const configSchema = loadSchema(join(root, 'schemas', 'config.schema.json')) as Json

function edited(text: string, edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    if (t.split(from).length !== 2) throw new Error(`not exactly once: ${from}`)
    return t.replace(from, to)
  }, text)
}

/** yaml-language-server keeps parsed documents by URI and version (as an editor sends them): each text its own version. */
let version = 0
const documentOf = (uri: string, text: string) => TextDocument.create(uri, 'yaml', ++version, text)

/** The editor's diagnostics and oogo's problems, both as `line: text` (oogo's suggestion). */
async function both(file: string, text: string, schema: object) {
  const { service, uri } = languageServer(file)
  const diagnostics = await service.doValidation(documentOf(uri, text), false)
  const { yaml, data } = parsed(text, file)
  return {
    editor: diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).sort(),
    oogo: validateDossier(yaml, data, schema).map((p) => `${p.place.line}: ${p.suggestion}`).sort(),
  }
}

/** yaml-language-server's own English texts for these faults. */
const englishTexts = /does not match|RFC3339|not accepted|Value must be|Incorrect type|String is/

describe('yaml-language-server on a dossier under samples/', () => {
  let service: LanguageService
  let uri: string
  beforeAll(() => ({ service, uri } = languageServer('samples/voorbeeld-dossier.yaml')))

  it('finds nothing in the sample', async () => {
    expect(await service.doValidation(documentOf(uri, sampleText), false)).toEqual([])
  })

  it('shows the Dutch text for a pattern, a format, an enum, a const and a time, and oogo suggests the same', async () => {
    const text = edited(sampleText, [
      ['versie: 1', 'versie: "1"'],
      ['schaal: jeugdhulpregio', 'schaal: regio'],
      ['concept_datum: 2026-03-02', 'concept_datum: 2026-13-02'],
      ['gm_code: GM0400', 'gm_code: GM400'],
      ['postcode: 1784 MC', 'postcode: 17840'],
      ['voorzitter: { naam: S. Visser-Bakker, namens: schagen }', 'voorzitter: { naam: S. Visser-Bakker, namens: Schagen }'],
      ['aanvang: "14:00"', 'aanvang: 14.00'],
    ])
    const { editor, oogo } = await both('samples/voorbeeld-dossier.yaml', text, dossierSchema)
    const id = dossierSchema.$defs.id.errorMessage
    expect(editor).toEqual([
      '9: Kies ondersteuningsplan, gemeente of jeugdhulpregio.',
      `140: ${dossierSchema.$defs.tijd.errorMessage}`,
      `22: ${dossierSchema.$defs.datum.errorMessage}`,
      `28: ${dossierSchema.$defs.gmCode.errorMessage}`,
      `29: ${dossierSchema.$defs.postcode.errorMessage}`,
      '3: Schrijf het getal 1, zonder aanhalingstekens: dit is versie 1 van het dossierformaat.',
      `72: ${id}`,
    ].sort())
    expect(editor.join('\n')).not.toMatch(englishTexts)
    // oogo: the same text on the same line (with a guess before an enum's list).
    expect(oogo.filter((line) => !line.includes('Bedoelde u'))).toEqual(editor.filter((line) => !line.startsWith('9: ')))
    expect(oogo).toContain('9: Bedoelde u `jeugdhulpregio`? Kies ondersteuningsplan, gemeente of jeugdhulpregio.')
  })

  it('free text: only spaces, or a line break in a name', async () => {
    const text = edited(sampleText, [['kenmerk: OOGO-JZ03-2026', 'kenmerk: "   "'], ['naam: Den Helder\n', 'naam: "Den\\nHelder"\n']])
    const { editor, oogo } = await both('samples/voorbeeld-dossier.yaml', text, dossierSchema)
    expect(editor).toEqual([`27: ${dossierSchema.$defs.naam.errorMessage}`, `7: ${dossierSchema.properties.dossier.properties.kenmerk.errorMessage}`].sort())
    expect(oogo).toEqual(editor)
  })

  it('a year outside 1900–2199 (the pattern beside the format)', async () => {
    const { editor, oogo } = await both('samples/voorbeeld-dossier.yaml', edited(sampleText, [['concept_datum: 2026-03-02', 'concept_datum: 0026-03-02']]), dossierSchema)
    expect(editor).toEqual([`22: ${dossierSchema.$defs.datum.errorMessage}`])
    expect(oogo).toEqual(editor)
  })

  it('hovering over procedure shows what the code does with missing terms', async () => {
    const line = sampleText.split('\n').findIndex((l) => l.startsWith('procedure:'))
    const hover = await service.doHover(documentOf(uri, sampleText), { line, character: 2 })
    const value = (hover?.contents as { value: string }).value
    expect(value).toContain('#### Procedure')
    expect(value).toContain("ontbreekt een termijn, dan zegt de overeenkomst 'tijdig' (uitnodiging en stukken) of 'zo spoedig mogelijk'")
    expect(value).not.toContain('standaard uit zijn documentatie')
  })

  it('completes the choices of an enum', async () => {
    const text = edited(sampleText, [['schaal: jeugdhulpregio       # ondersteuningsplan | gemeente | jeugdhulpregio', 'schaal: ']])
    const line = text.split('\n').findIndex((l) => l.startsWith('  schaal: '))
    const completion = await service.doComplete(documentOf(uri, text), { line, character: '  schaal: '.length }, false)
    expect(completion.items.map((i) => i.label).sort()).toEqual(['gemeente', 'jeugdhulpregio', 'ondersteuningsplan'])
  })
})

describe('yaml-language-server on oogo.config.yaml', () => {
  it('a rule id in lower case and an unknown severity: Dutch, and oogo the same', async () => {
    const text = 'regels:\n  pr-uitnodiging-termijn: fout\n  PR-STUKKEN-TERMIJN: streng\n'
    const { editor, oogo } = await both('oogo.config.yaml', text, configSchema)
    expect(editor).toEqual([
      `2: ${configSchema.properties.regels.propertyNames.errorMessage}`,
      '3: Kies fout, waarschuwing of uit.',
    ])
    expect(oogo).toEqual(editor)
  })
})
