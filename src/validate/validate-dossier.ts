/**
 * The dossier against `schemas/dossier.schema.json`: every violation at once, each with its place
 * in the YAML file, a plain Dutch message and, where possible, a suggestion.
 *
 * ajv's own messages (even ajv-i18n's Dutch ones) speak of "eigenschappen" and "patronen"; the
 * people reading ours write contracts, so the common keywords get their own wording and the
 * pattern messages say what the value should look like. ajv-i18n covers the rest.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsImport from 'ajv-formats'
import localizeImport from 'ajv-i18n/localize/nl/index.js'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { ParsedYaml } from '../load/parse-yaml.ts'
import { parsePointer, pointerToPlace } from './pointer-to-place.ts'
import { closest, didYouMean, listOfValues } from './suggest.ts'

const addFormats = ((addFormatsImport as any).default ?? addFormatsImport) as typeof import('ajv-formats').default
const localizeNl = ((localizeImport as any).default ?? localizeImport) as (errors: ErrorObject[] | null | undefined) => void

const compiled = new WeakMap<object, ValidateFunction>()

function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true })
    addFormats(ajv, ['date'])
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  return validate
}

/** What a value of each shared definition must look like (keyed by `$defs` name). */
const formatHints: Record<string, string> = {
  id: 'een id in kleine letters, cijfers en streepjes, zoals `den-helder` of `2026-04-oogo`',
  partijId: 'een id in kleine letters, cijfers en streepjes, zoals `den-helder`',
  gmCode: 'een CBS-gemeentecode: GM gevolgd door vier cijfers, zoals `GM0400`',
  regioCode: 'een CBS-jeugdregiocode: JZ gevolgd door twee cijfers, zoals `JZ03`',
  jzCode: 'een CBS-jeugdregiocode: JZ gevolgd door twee cijfers, zoals `JZ03`',
  swvCode: 'een SWV-code zoals `PO2701`, `VO 27-01` of `PO-27-01`',
  tijd: 'een tijd als "HH:MM" tussen aanhalingstekens, zoals "14:00"',
  postcode: 'een postcode zoals `1784 MC`',
}

export function validateDossier(yaml: ParsedYaml, data: unknown, schema: object): OogoError[] {
  const validate = compile(schema)
  if (validate(data)) return []
  const errors = (validate.errors ?? []).filter(isUseful)
  localizeNl(errors)
  const problems = errors.map((error) => toProblem(yaml, error))
  return dedupe(problems)
}

/** `if`/`anyOf` wrappers only repeat what their inner errors say. */
function isUseful(error: ErrorObject): boolean {
  return !['if', 'anyOf', 'oneOf', 'allOf', 'not'].includes(error.keyword) || error.schemaPath.endsWith('/propertyNames/not')
}

function toProblem(yaml: ParsedYaml, error: ErrorObject): OogoError {
  const path = parsePointer(error.instancePath)
  const fail = (message: string, place = pointerToPlace(yaml, path), suggestion?: string) =>
    oogoError(ErrorCode.schema, 'validate', message, place, suggestion)
  const field = fieldName(path)
  const params = error.params as Record<string, any>
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
      return fail(`\`${field}\` heeft de onbekende waarde \`${String(error.data)}\`.`, undefined,
        `${guess ? `Bedoelde u \`${guess}\`? ` : ''}Toegestaan: ${listOfValues(allowed)}.`)
    }
    case 'const':
      return fail(`\`${field}\` moet \`${String(params.allowedValue)}\` zijn, niet \`${String(error.data)}\`.`)
    case 'type':
      return fail(`\`${field}\` moet ${typeName(String(params.type))} zijn, maar is ${describe(error.data)}.`, undefined,
        params.type === 'string' && typeof error.data === 'number' ? 'Zet de waarde tussen aanhalingstekens.' : undefined)
    case 'format':
      return params.format === 'date'
        ? fail(`\`${field}\` is geen geldige datum: \`${String(error.data)}\`.`, undefined, 'Schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.')
        : fail(`\`${field}\` heeft niet de vorm ${String(params.format)}.`)
    case 'pattern': {
      const hint = formatHints[defName(error.schemaPath) ?? ''] ?? `de vorm ${String(params.pattern)}`
      return fail(`\`${field}\` heeft niet de juiste vorm: \`${String(error.data)}\`.`, undefined, `Verwacht: ${hint}.`)
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

/** `partijen.gemeenten[0].naam`: readable, and what the user finds in the file. */
function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function defName(schemaPath: string): string | undefined {
  const match = /#\/\$defs\/([^/]+)\/[^/]*$/.exec(schemaPath) ?? /\$defs\/([^/]+)\//.exec(schemaPath)
  return match?.[1]
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
