/**
 * Problems reported to the user, and the one table of exit codes.
 *
 * Every stage returns its problems as a list of plain `OogoError` objects instead of throwing,
 * so one run reports every fault at once (docxtemplater's multi_error, vfile-message's place).
 * The `code` is the contract tests assert on; the message is Dutch and may change freely.
 * Programmer errors stay ordinary `Error`s and end up as exit code 4.
 */

export type Stage =
  | 'load' | 'validate' | 'derive' | 'render' | 'parse' | 'transform' | 'build' | 'pack' | 'write'

export type Severity = 'error' | 'warning'

/** Where the user must look: their file, never our code. Line and column are 1-based. */
export interface Place {
  file: string
  line?: number
  column?: number
  /** YAML path as a JSON pointer (`/partijen/gemeenten/0/naam`), or the template's name. */
  path?: string
}

/** The legal rule behind a finding (`oogo controleer`). */
export interface RuleRef {
  id: string
  level: 'A' | 'B' | 'C'
  basis: string
}

export interface OogoError {
  code: ErrorCode | `regel/${string}`
  severity: Severity
  stage: Stage
  /** Dutch, for the user. */
  message: string
  place: Place
  /** Dutch hint ("bedoelde u `verzoekers`?"), when there is one. */
  suggestion?: string
  /** Set on findings of a legal or procedural rule. */
  rule?: RuleRef
}

export const ErrorCode = {
  // load: files and YAML
  fileNotFound: 'bestand/niet-gevonden',
  fileIsDirectory: 'bestand/is-map',
  fileUnreadable: 'bestand/onleesbaar',
  fileEmpty: 'bestand/leeg',
  fileEncoding: 'bestand/geen-utf8',
  fileTooLarge: 'bestand/te-groot',
  yamlSyntax: 'yaml/syntax',
  yamlDuplicateKey: 'yaml/dubbele-sleutel',
  yamlMultipleDocuments: 'yaml/meerdere-documenten',
  yamlAliasLimit: 'yaml/te-veel-aliassen',
  yamlTag: 'yaml/onbekende-tag',
  yamlTooDeep: 'yaml/te-diep',
  yamlTooManyValues: 'yaml/te-veel-waarden',
  // validate: the dossier
  schema: 'dossier/schema',
  duplicateId: 'dossier/dubbel-id',
  unknownReference: 'dossier/onbekende-verwijzing',
  wrongReferenceKind: 'dossier/verkeerde-verwijzing',
  missingForDocument: 'dossier/ontbreekt-voor-document',
  invalidCharacter: 'dossier/ongeldig-teken',
  openMarker: 'dossier/open-markering',
  // the command line
  unknownSelection: 'opdracht/onbekend-id',
  // render: templates
  templateMissing: 'sjabloon/ontbreekt',
  templateSyntax: 'sjabloon/syntax',
  templateMissingValue: 'sjabloon/waarde-ontbreekt',
  templateHelper: 'sjabloon/helper',
  // validate: the templates without a dossier (`oogo sjablonen controleer`)
  templateUnknownField: 'sjabloon/onbekend-veld',
  templateOutsideList: 'sjabloon/buiten-lijst',
  templateUnknownHelper: 'sjabloon/onbekende-helper',
  templateUnknownPartial: 'sjabloon/onbekend-deelsjabloon',
  templateHelperArguments: 'sjabloon/helper-argumenten',
  templateBlockUsage: 'sjabloon/blok-of-helper',
  templateUnknownAnchor: 'sjabloon/onbekend-anker',
  templateOptionalField: 'sjabloon/facultatief-veld',
  templateNotText: 'sjabloon/geen-tekst',
  templateUnusedPartial: 'sjabloon/ongebruikt-deelsjabloon',
  templateUnknownKind: 'sjabloon/onbekende-soort',
  templateUnknownFile: 'sjabloon/onbekend-bestand',
  templateTooLarge: 'sjabloon/te-groot',
  templateInvalidCharacter: 'sjabloon/ongeldig-teken',
  templatePartialCycle: 'sjabloon/deelsjabloon-kring',
  /** A `{{ref}}` outside the condition that its article or lid is under (issue 14). */
  templateConditionalAnchor: 'sjabloon/voorwaardelijk-anker',
  templateDuplicateAnchor: 'sjabloon/dubbel-anker',
  templateSingleBraces: 'sjabloon/enkele-accolades',
  /** A helper argument that should be a literal in straight quotes (`{{ref wijziging}}`, `{{ref ‘wijziging}}`). */
  templateQuotes: 'sjabloon/aanhalingstekens',
  /** HTML, code, images, quotes, deep headings: what the document model cannot hold (markdown-skeleton.ts). */
  templateUnsupportedMarkdown: 'sjabloon/niet-ondersteund',
  /** Indentation that silently makes a line part of the list item above it. */
  templateIndentation: 'sjabloon/inspringing',
  /** A table row with more or fewer cells than its header. */
  templateTableCells: 'sjabloon/tabelcellen',
  /** A template changed on disk while `oogo batch` ran: the run makes all its dossiers with the templates it began with. */
  templateChangedDuringRun: 'sjabloon/gewijzigd-tijdens-batch',
  // the house style
  houseStyleInvalid: 'huisstijl/ongeldig',
  houseStyleLogo: 'huisstijl/logo',
  /** A text colour of a house style that has less than 4.5 : 1 contrast against white (WCAG 2.1 AA). */
  houseStyleContrast: 'huisstijl/contrast',
  /** A house style that unpacks to more than oogo reads (a zip bomb, or a whole report as house style). */
  houseStyleTooLarge: 'huisstijl/te-groot',
  // a template read back from Word (`oogo sjablonen van-word`)
  /** A Word document that `oogo sjablonen naar-word` did not make, or that names no known template. */
  wordNotATemplate: 'word/geen-sjabloon',
  /** A tracked change not yet accepted or rejected. */
  wordTrackedChange: 'word/bijgehouden-wijziging',
  /** A table, drawing, symbol-font character or note, which a template cannot hold. */
  wordUnsupported: 'word/niet-ondersteund',
  // parse and transform: the rendered text and the document model
  unsupportedMarkdown: 'model/niet-ondersteund',
  duplicateAnchor: 'model/dubbel-anker',
  unknownAnchor: 'model/onbekend-anker',
  /** A reference to an article or lid the template has, inside a condition that does not hold for this dossier. */
  anchorNotInDocument: 'model/anker-niet-in-document',
  indentation: 'model/inspringing',
  tableCells: 'model/tabelcellen',
  // pdf: the conversion by LibreOffice (`--pdf`); an environment fault, exit 3 like a file that cannot be written
  /** LibreOffice (`soffice`) is not installed or not on PATH. */
  pdfNoLibreOffice: 'pdf/geen-libreoffice',
  /** LibreOffice made no PDF of a document. */
  pdfNotMade: 'pdf/niet-gemaakt',
  /** LibreOffice did not finish within the time limit. */
  pdfTimeout: 'pdf/te-lang',
  // write
  writeFailed: 'schrijven/mislukt',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export function oogoError(
  code: OogoError['code'],
  stage: Stage,
  message: string,
  place: Place,
  suggestion?: string,
  severity: Severity = 'error',
): OogoError {
  const error: OogoError = { code, severity, stage, message, place }
  if (suggestion !== undefined) error.suggestion = suggestion
  return error
}

export const hasErrors = (problems: readonly OogoError[]): boolean =>
  problems.some((p) => p.severity === 'error')

/** Sorted by file, line and column, so the report reads top to bottom through each file. */
export function sortErrors(problems: readonly OogoError[]): OogoError[] {
  return [...problems].sort(
    (a, b) =>
      a.place.file.localeCompare(b.place.file) ||
      (a.place.line ?? 0) - (b.place.line ?? 0) ||
      (a.place.column ?? 0) - (b.place.column ?? 0),
  )
}

/**
 * The exit codes of the CLI, in one place (the README shows the same table).
 * Warnings never change the exit code.
 */
export const ExitCode = {
  ok: 0,
  /** The dossier or a template is invalid; nothing was written. */
  invalid: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** A file could not be read or written. */
  io: 3,
  /** A bug in oogo; the message asks to report it. */
  internal: 4,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

const ioCodes: ReadonlySet<string> = new Set<ErrorCode>([
  ErrorCode.fileNotFound,
  ErrorCode.fileIsDirectory,
  ErrorCode.fileUnreadable,
  ErrorCode.writeFailed,
  ErrorCode.pdfNoLibreOffice,
  ErrorCode.pdfNotMade,
  ErrorCode.pdfTimeout,
])

/** Maps a run's problems to an exit code: usage first, then I/O, then invalid input. */
export function exitCodeFor(problems: readonly OogoError[]): ExitCode {
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length === 0) return ExitCode.ok
  if (errors.some((p) => p.code === ErrorCode.unknownSelection)) return ExitCode.usage
  if (errors.some((p) => ioCodes.has(p.code))) return ExitCode.io
  return ExitCode.invalid
}

/** One line per problem: `dossier.yaml:12:5  /partijen/1  message  [code]`, then the suggestion. */
export function formatError(problem: OogoError): string {
  const { file, line, column, path } = problem.place
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`
  const kind = problem.severity === 'warning' ? 'waarschuwing: ' : ''
  const head = `${where}${path ? `  ${path}` : ''}  ${kind}${problem.message}  [${problem.rule?.id ?? problem.code}]`
  const basis = problem.rule ? `\n    grondslag: ${problem.rule.basis}` : ''
  return `${head}${basis}${problem.suggestion ? `\n    ${problem.suggestion}` : ''}`
}
