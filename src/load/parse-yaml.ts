/**
 * YAML text → data, keeping the document so that every value can be traced back to its line
 * and column (validate/ needs that for its messages).
 *
 * YAML 1.2 core schema: dates and `no` stay strings. Duplicate keys, unknown tags, several
 * documents in one file, unresolved aliases and alias bombs are all reported as located problems;
 * the YAML library's English messages are replaced by Dutch ones.
 */
import { isAlias, LineCounter, parseAllDocuments, visit, type Document } from 'yaml'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { SourceText } from './read-source.ts'

export interface ParsedYaml {
  file: string
  document: Document.Parsed
  lineCounter: LineCounter
}

/** Aliases beyond this are a resource-exhaustion attack ("billion laughs"), never a dossier. */
const maxAliasCount = 100

const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: 'Deze sleutel staat twee keer in dezelfde lijst van eigenschappen.',
  BAD_INDENT: 'De inspringing klopt niet.',
  TAB_AS_INDENT: 'Een tab mag in YAML niet gebruikt worden om in te springen; gebruik spaties.',
  MISSING_CHAR: 'Er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje).',
  UNEXPECTED_TOKEN: 'Onverwacht teken op deze plaats.',
  MULTILINE_IMPLICIT_KEY: 'Een sleutel moet op één regel staan, gevolgd door een dubbele punt.',
  BLOCK_AS_IMPLICIT_KEY: 'Een blok kan geen sleutel zijn; staat er een dubbele punt te veel?',
  BLOCK_IN_FLOW: 'Binnen [ ] of { } kan geen ingesprongen blok staan.',
  BAD_DQ_ESCAPE: 'Ongeldige escape-reeks tussen dubbele aanhalingstekens.',
  BAD_SCALAR_START: 'Een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens.',
  BAD_ALIAS: 'Ongeldige verwijzing (alias).',
  QUOTE_SINGLE: 'Het enkele aanhalingsteken is niet gesloten.',
  QUOTE_DOUBLE: 'Het dubbele aanhalingsteken is niet gesloten.',
  NON_STRING_KEY: 'Een sleutel moet een tekst zijn.',
  TAG_RESOLVE_FAILED: 'Onbekende YAML-tag; tags als !!js/function worden niet uitgevoerd en zijn in een dossier niet toegestaan.',
}

const suggestions: Record<string, string> = {
  DUPLICATE_KEY: 'Verwijder of hernoem een van de twee.',
  TAB_AS_INDENT: 'Vervang de tab door spaties.',
  BAD_SCALAR_START: 'Zet de waarde tussen aanhalingstekens, bijvoorbeeld "…".',
  TAG_RESOLVE_FAILED: 'Verwijder de tag (het woord dat met ! begint).',
}

export function parseYaml(source: SourceText): { yaml?: ParsedYaml; data?: unknown; problems: OogoError[] } {
  const { file, text } = source
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, merge: false, prettyErrors: false })
  const documents = Array.isArray(parsed) ? parsed : []
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  if (documents.length === 0) {
    return { problems: [oogoError(ErrorCode.fileEmpty, 'load', 'Het bestand bevat geen gegevens (alleen commentaar of witruimte).', { file })] }
  }
  const problems: OogoError[] = []
  if (documents.length > 1) {
    problems.push(oogoError(ErrorCode.yamlMultipleDocuments, 'load',
      'Het bestand bevat meer dan één YAML-document (gescheiden door ---); een dossier is één document.',
      at(documents[1]!.range[0]), 'Zet elk dossier in een eigen bestand.'))
  }
  const document = documents[0]!
  for (const issue of [...document.errors, ...document.warnings]) {
    const code = issue.code === 'DUPLICATE_KEY' ? ErrorCode.yamlDuplicateKey
      : issue.code === 'TAG_RESOLVE_FAILED' ? ErrorCode.yamlTag
        : ErrorCode.yamlSyntax
    const message = yamlMessages[issue.code] ?? `YAML-fout: ${issue.message.split('\n')[0]}`
    problems.push(oogoError(code, 'load', message, at(issue.pos[0]), suggestions[issue.code]))
  }
  if (problems.length > 0) return { problems }

  const unresolved = findUnresolvedAlias(document)
  if (unresolved) {
    return { problems: [oogoError(ErrorCode.yamlSyntax, 'load', `De verwijzing *${unresolved.name} verwijst naar een anker (&${unresolved.name}) dat niet eerder in het bestand staat.`, at(unresolved.offset))] }
  }
  try {
    const data: unknown = document.toJS({ maxAliasCount })
    return { yaml: { file, document, lineCounter }, data, problems: [] }
  } catch {
    const first = findFirstAlias(document)
    return {
      problems: [oogoError(ErrorCode.yamlAliasLimit, 'load',
        `Het bestand gebruikt verwijzingen (aliassen) die samen meer dan ${maxAliasCount} keer worden uitgevouwen; dat wordt uit veiligheid geweigerd.`,
        first === undefined ? { file } : at(first), 'Schrijf de gegevens uit in plaats van ze met &anker en *verwijzing te herhalen.')],
    }
  }
}

function findUnresolvedAlias(document: Document.Parsed): { name: string; offset: number } | undefined {
  const anchors = new Set<string>()
  let found: { name: string; offset: number } | undefined
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 }
        return visit.BREAK
      }
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor)
    }
    return undefined
  })
  return found
}

function findFirstAlias(document: Document.Parsed): number | undefined {
  let offset: number | undefined
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset
}
