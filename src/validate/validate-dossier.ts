/**
 * The dossier against `schemas/dossier.schema.json`: every violation at once, each with its place
 * in the YAML file, a plain Dutch message and, where possible, a suggestion.
 *
 * ajv's own messages (even ajv-i18n's Dutch ones) speak of "eigenschappen" and "patronen"; the
 * people reading ours write contracts, so the common keywords get their own wording, and what a
 * value should look like is the schema's own `errorMessage` — the text the editor shows for the
 * same fault (schema-keywords.ts). ajv-i18n covers the rest.
 */
import { createRequire } from 'node:module'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { parsePointer, pointerToPlace } from './pointer-to-place.ts'
import { closest, didYouMean, listOfValues } from '../text/suggest.ts'
import { editorMessage, registerEditorKeywords } from './schema-keywords.ts'
import { ajvOptions, formatNames } from './ajv-options.ts'
import { compiledSchemas } from './compiled-schemas.ts'
import type { ParsedYaml } from '../model/project.ts'

const require = createRequire(import.meta.url)

type Localize = (errors: ErrorObject[] | null | undefined) => void

/** ajv-i18n's Dutch messages, loaded with the first dossier that has a fault. */
let localizeNl: Localize | undefined
function localize(errors: ErrorObject[]): void {
  if (!localizeNl) {
    const loaded = require('ajv-i18n/localize/nl/index.js') as Localize & { default?: Localize }
    localizeNl = loaded.default ?? loaded
  }
  localizeNl(errors)
}

const compiled = new WeakMap<object, ValidateFunction>()

/**
 * The validator of `schema`: the one compiled at build time (compiled-schemas.ts, scripts/compile-schemas.ts) when
 * the schema is exactly the one it was made from, else compiled now — with the same options, so the errors are the
 * same either way. Only then are ajv's compiler and code generator loaded (some 35 ms, and 200 ms to compile).
 */
function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    const text = JSON.stringify(schema)
    validate = compiledSchemas.find((c) => c.schemaText === text)?.validate ?? compileNow(schema)
    compiled.set(schema, validate)
  }
  return validate
}

function compileNow(schema: object): ValidateFunction {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
  const addFormatsModule = require('ajv-formats') as typeof import('ajv-formats') & { default?: typeof import('ajv-formats').default }
  const addFormats = addFormatsModule.default ?? (addFormatsModule as unknown as typeof import('ajv-formats').default)
  const ajv = registerEditorKeywords(new Ajv2020({ ...ajvOptions }))
  addFormats(ajv, [...formatNames])
  return ajv.compile(schema)
}

export function validateDossier(yaml: ParsedYaml, data: unknown, schema: object): OogoError[] {
  const validate = compile(schema)
  if (validate(data)) return []
  const errors = withoutEchoes((validate.errors ?? []).filter(isUseful))
  localize(errors)
  const problems = errors.map((error) => toProblem(yaml, data, error))
  return dedupe(problems)
}

/**
 * A misspelt key gives two errors: the unknown key and the missing one. When the unknown key
 * is a likely typo of the missing one, the "bedoelde u" on the first says it all.
 */
function withoutEchoes(errors: ErrorObject[]): ErrorObject[] {
  const typos = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => {
    const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
    return `${e.instancePath}/${closest(String((e.params as { additionalProperty: string }).additionalProperty), allowed) ?? ''}`
  }))
  // A value of the wrong type (a list where a soort belongs) is one fault, not also an unknown value of the enum.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath))
  const echoesType = (e: ErrorObject) => ['enum', 'const', 'pattern', 'format', 'minLength', 'maxLength'].includes(e.keyword) && wrongType.has(e.instancePath)
  // A key that fails `propertyNames` is said by the inner error (its pattern, with the schema's text); the outer one only repeats it.
  const badKeys = new Set(errors.filter((e) => e.propertyName !== undefined).map((e) => `${e.instancePath}/${e.propertyName}`))
  const echoesKey = (e: ErrorObject) => e.keyword === 'propertyNames' && badKeys.has(`${e.instancePath}/${String((e.params as { propertyName?: string }).propertyName)}`)
  return errors.filter((e) => !echoesKey(e) && (e.keyword !== 'required' || !typos.has(`${e.instancePath}/${String((e.params as { missingProperty: string }).missingProperty)}`)) && !echoesType(e))
}

/** `if`/`anyOf` wrappers only repeat what their inner errors say. */
function isUseful(error: ErrorObject): boolean {
  return !['if', 'anyOf', 'oneOf', 'allOf', 'not'].includes(error.keyword) || error.schemaPath.endsWith('/propertyNames/not')
}

function toProblem(yaml: ParsedYaml, data: unknown, error: ErrorObject): OogoError {
  const path = parsePointer(error.instancePath)
  const fail = (message: string, place = pointerToPlace(yaml, path), suggestion?: string) =>
    oogoError(ErrorCode.schema, 'validate', message, place, suggestion)
  const field = fieldName(path, data)
  const params = error.params as Record<string, any>
  // What the value should look like, in the words the editor shows for the same fault.
  const expected = editorMessage(error)
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      return fail(`Verplichte sleutel \`${missing}\` ontbreekt${path.length ? ` in \`${field}\`` : ''}.`,
        pointerToPlace(yaml, path, 'key'), `Voeg \`${missing}:\` toe.`)
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty)
      const allowed = Object.keys((error.parentSchema as any)?.properties ?? {})
      const guess = didYouMean(extra, allowed)
      return fail(`Onbekende sleutel \`${extra}\`${path.length ? ` in \`${field}\`` : ''}.`,
        pointerToPlace(yaml, [...path, extra], 'key'),
        guess ?? (allowed.length ? `Toegestaan zijn: ${listOfValues(allowed)}.` : undefined))
    }
    case 'propertyNames':
    case 'not':
      return fail(`De sleutel \`${String(params.propertyName ?? path.at(-1))}\` is niet toegestaan.`, pointerToPlace(yaml, path, 'key'))
    case 'enum': {
      const allowed = params.allowedValues as unknown[]
      const guess = typeof error.data === 'string' ? closest(error.data, allowed.map(String)) : undefined
      const grouped = error.data !== null && typeof error.data === 'object'
      const message = grouped ? `\`${field}\` is ${describe(error.data)}, geen van de toegestane waarden.` : `\`${field}\` heeft de onbekende waarde \`${String(error.data)}\`.`
      return fail(message, undefined,
        `${guess ? `Bedoelde u \`${guess}\`? ` : ''}${expected ?? `Toegestaan: ${listOfValues(allowed)}.`}`)
    }
    case 'const':
      return fail(mustBe(field, params.allowedValue, error.data), undefined, expected)
    case 'type': {
      // `versie: "1"`: the text 1 where the number 1 belongs; said as such, not as "`1`, niet `1`".
      const constant = (error.parentSchema as { const?: unknown } | undefined)?.const
      if (constant !== undefined) return fail(mustBe(field, constant, error.data), undefined, expected)
      // Show the value as the user wrote it (`17.00`, not the number 17).
      const written = scalarSource(yaml, path)
      return fail(`\`${field}\` moet ${typeName(String(params.type))} zijn, maar is ${written !== undefined && typeof error.data !== 'object' ? `\`${written}\`` : describe(error.data)}.`, undefined,
        expected
          ?? (params.type === 'string' && typeof error.data === 'number' ? 'Zet de waarde tussen aanhalingstekens.'
            : (params.type === 'integer' || params.type === 'number') && typeof error.data === 'string' ? 'Schrijf het getal in cijfers, zonder aanhalingstekens.' : undefined))
    }
    case 'format':
      return params.format === 'date'
        ? fail(`\`${field}\` is geen geldige datum: \`${String(error.data)}\`.`, undefined, expected ?? 'Schrijf een bestaande datum als JJJJ-MM-DD, zoals 2026-01-15.')
        : fail(`\`${field}\` heeft niet de vorm ${String(params.format)}.`, undefined, expected)
    case 'pattern': {
      // A date that exists, in a year no OOGO is held (0000, 9999): the pattern only checks the year.
      if (defName(error.schemaPath) === 'datum') {
        return fail(`\`${field}\` ligt buiten de jaren 1900 tot en met 2199: \`${String(error.data)}\`.`, undefined, expected)
      }
      // Free text (a naam, a titel, a tekst): the patterns only ask for something visible, on one line where it is a name.
      if (typeof error.data === 'string' && (params.pattern === '\\S' || String(params.pattern).startsWith('^[^\\r\\n]*'))) {
        return error.data.trim() === ''
          ? fail(`\`${field}\` is leeg: er staan alleen spaties.`, undefined, expected ?? 'Vul de tekst in of laat de sleutel weg als die facultatief is.')
          : fail(`\`${field}\` moet op één regel staan.`, undefined, expected ?? 'Schrijf de waarde zonder regelovergang.')
      }
      // A key under `propertyNames` (a rule id in the configuration) is the key, not the object that holds it.
      if (error.propertyName !== undefined) {
        return fail(`De sleutel \`${error.propertyName}\`${path.length ? ` in \`${field}\`` : ''} heeft niet de juiste vorm.`,
          pointerToPlace(yaml, [...path, error.propertyName], 'key'), expected)
      }
      return fail(`\`${field}\` heeft niet de juiste vorm: \`${String(error.data)}\`.`, undefined, expected ?? `Verwacht: de vorm ${String(params.pattern)}.`)
    }
    case 'minItems':
      return fail(`\`${field}\` moet ten minste ${String(params.limit)} ${Number(params.limit) === 1 ? 'element' : 'elementen'} bevatten.`)
    case 'minLength':
      return fail(`\`${field}\` mag niet leeg zijn.`)
    case 'maxLength':
      return fail(`\`${field}\` is te lang (ten hoogste ${String(params.limit)} tekens).`)
    case 'uniqueItems':
      return fail(`\`${field}\` bevat een waarde twee keer (element ${Number(params.j) + 1} en ${Number(params.i) + 1}).`)
    default:
      return fail(`\`${field || 'het dossier'}\` ${error.message ?? 'is ongeldig'}.`)
  }
}

/**
 * `partijen.gemeenten[hollands-kroon].collegebesluit`: list items by their id where they have
 * one, else counted from 1 (`punten[2e]`), as a lawyer counts; the JSON pointer beside the
 * message stays exact.
 */
function fieldName(path: ReadonlyArray<string | number>, data: unknown): string {
  let node = data
  return path.map((segment, i) => {
    const item = (node as Record<string | number, unknown> | null | undefined)?.[segment]
    node = item
    if (typeof segment === 'number') {
      const id = (item as { id?: unknown } | null | undefined)?.id
      return typeof id === 'string' ? `[${id}]` : `[${segment + 1}e]`
    }
    return i === 0 ? segment : `.${segment}`
  }).join('')
}

/** The text of a scalar as written in the file. */
function scalarSource(yaml: ParsedYaml, path: ReadonlyArray<string | number>): string | undefined {
  const node = yaml.document.getIn(path, true) as { range?: [number, number, number] } | undefined
  return node?.range ? yaml.text.slice(node.range[0], node.range[1]).trim() : undefined
}

function defName(schemaPath: string): string | undefined {
  const match = /#\/\$defs\/([^/]+)\/[^/]*$/.exec(schemaPath) ?? /\$defs\/([^/]+)\//.exec(schemaPath)
  return match?.[1]
}

/** "`versie` moet `1` zijn, niet `2`"; where the two read the same (the text "1" for the number 1), by their kind. */
function mustBe(field: string, allowed: unknown, data: unknown): string {
  const sameText = data !== null && typeof data !== 'object' && String(data) === String(allowed)
  if (sameText || data === null || typeof data === 'object') return `\`${field}\` moet ${describe(allowed)} zijn, niet ${describe(data)}.`
  return `\`${field}\` moet \`${String(allowed)}\` zijn, niet \`${String(data)}\`.`
}

function typeName(type: string): string {
  return ({ string: 'een tekst', number: 'een getal', integer: 'een geheel getal', boolean: 'waar of onwaar (true/false)', array: 'een lijst', object: 'een groep sleutels' } as Record<string, string>)[type] ?? type
}

function describe(value: unknown): string {
  if (value === null) return 'leeg'
  if (Array.isArray(value)) return 'een lijst'
  if (typeof value === 'object') return 'een groep sleutels'
  if (typeof value === 'string') return `de tekst "${value}"`
  return `${typeof value === 'number' ? 'het getal' : 'de waarde'} ${String(value)}`
}

/** Two errors at the same place with the same message are one problem to the user. */
function dedupe(problems: OogoError[]): OogoError[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.place.line}:${p.place.column}:${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
