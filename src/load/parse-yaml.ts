/**
 * YAML text → data, keeping the document so that every value can be traced back to its line
 * and column (validate/ needs that for its messages).
 *
 * YAML 1.2 core schema: dates and `no` stay strings. Duplicate keys, unknown tags, several
 * documents in one file, unresolved aliases and alias bombs are all reported as located problems;
 * the YAML library's English messages are replaced by Dutch ones.
 *
 * The text is read once: one pass of the lexer (which also checks the limits below and keeps the comments with their
 * offsets: validate/check-open-markers.ts looks for the markers of `oogo init` in them), its tokens parsed to the
 * syntax tree (CST), which is composed to the document.
 */
import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, visit, type Document } from 'yaml'
import type { ParsedYaml, YamlComment } from '../model/project.ts'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { SourceText } from '../model/project.ts'


/** Aliases beyond this are a resource-exhaustion attack ("billion laughs"), never a dossier. */
const maxAliasCount = 100

/**
 * A dossier has a few hundred values nested a few levels deep (the sample: about 600, depth 6).
 * Beyond these the file is no dossier, and the YAML library would need minutes or all memory.
 */
const maxValues = 100_000
const maxDepth = 64

/** Tokens that each start a value (or a list item or key) in the YAML text. */
const valueTokens: ReadonlySet<string> = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar', 'alias', 'flow-map-start', 'flow-seq-start', 'seq-item-ind', 'explicit-key-ind'])

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

/**
 * The last few files parsed without a problem, by name, with their text: a file read again unchanged (the dossier on
 * every run of `oogo voorbeeld --watch`, while a template is edited) keeps its parsed document, and only its data
 * is made anew — never shared, so no run can change what the next one reads.
 */
const parsedFiles = new Map<string, ParsedYaml>()
const parsedFilesKept = 8

export function parseYaml(source: SourceText): { yaml?: ParsedYaml; data?: unknown; problems: OogoError[] } {
  const earlier = parsedFiles.get(source.file)
  if (earlier !== undefined && earlier.text === source.text) return { yaml: earlier, data: earlier.document.toJS({ maxAliasCount }), problems: [] }
  const parsed = parseYamlText(source)
  if (parsed.yaml) {
    parsedFiles.delete(source.file)
    parsedFiles.set(source.file, parsed.yaml)
    if (parsedFiles.size > parsedFilesKept) parsedFiles.delete(parsedFiles.keys().next().value!)
  }
  return parsed
}

function parseYamlText(source: SourceText): { yaml?: ParsedYaml; data?: unknown; problems: OogoError[] } {
  const { file, text } = source
  const lineCounter = new LineCounter()
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const lexemes: string[] = []
  const comments: YamlComment[] = []
  const tooLarge = scanLimits(text, lexemes, comments)
  if (tooLarge) {
    lineCounter.addNewLine(0)
    for (let newline = text.indexOf('\n'); newline >= 0 && newline < tooLarge.offset; newline = text.indexOf('\n', newline + 1)) lineCounter.addNewLine(newline + 1)
    return { problems: [tooLarge.kind === 'values'
      ? oogoError(ErrorCode.yamlTooManyValues, 'load', `Het bestand bevat meer dan ${maxValues.toLocaleString('nl-NL')} waarden; dat is geen dossier en wordt uit veiligheid geweigerd.`,
        at(tooLarge.offset), 'Controleer of dit het juiste bestand is.')
      : tooDeep(at(tooLarge.offset))] }
  }
  // The YAML library's own duplicate-key check compares every key with every other (20,000 keys: 8 s);
  // scanDocument does the same in one pass.
  // What the library's parseAllDocuments does, on the tokens already lexed.
  const parser = new Parser(lineCounter.addNewLine)
  lineCounter.addNewLine(0)
  const tokens: CST.Token[] = []
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token)
  for (const token of parser.end()) tokens.push(token)
  const documents = [...new Composer({ lineCounter, uniqueKeys: false, merge: false, prettyErrors: false }).compose(tokens)]
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
  const lines = new Set<number>()
  const deep = document.errors.length === 0 ? findTooDeep(document) : undefined
  if (deep !== undefined) return { problems: [tooDeep(at(deep))] }
  const scanned = document.errors.length === 0 ? scanDocument(document) : undefined
  const duplicates = scanned?.duplicates ?? []
  type Issue = { code: string; message: string; offset: number; duplicate?: { key: string; first: number } }
  const issues: Issue[] = [
    ...document.errors.map((issue) => ({ code: issue.code as string, message: issue.message, offset: issue.pos[0] })),
    ...duplicates.map((duplicate) => ({ code: 'DUPLICATE_KEY', message: '', offset: duplicate.offset, duplicate })),
    ...document.warnings.map((issue) => ({ code: issue.code as string, message: issue.message, offset: issue.pos[0] })),
  ]
  for (const issue of issues) {
    const problem = issue.duplicate
      ? oogoError(ErrorCode.yamlDuplicateKey, 'load',
        `De sleutel \`${issue.duplicate.key}\` staat twee keer in dezelfde groep (ook op regel ${at(issue.duplicate.first).line}).`, at(issue.offset),
        'Verwijder of hernoem een van de twee.')
      : describeIssue(issue.code, issue.message, issue.offset, text, at)
    // One fault often trips the parser twice on the same line; the first message is the useful one.
    if (lines.has(problem.place.line!)) continue
    lines.add(problem.place.line!)
    problems.push(problem)
  }
  if (problems.length > 0) return { problems }

  const unresolved = scanned!.unresolved
  if (unresolved) {
    return {
      problems: [oogoError(ErrorCode.yamlSyntax, 'load', `De verwijzing *${unresolved.name} verwijst naar een anker (&${unresolved.name}) dat niet eerder in het bestand staat.`,
        at(unresolved.offset), unresolved.anchors.length
          ? `Bekende ankers: ${unresolved.anchors.map((a) => `&${a}`).join(', ')}.`
          : 'Een * in een waarde is in YAML een verwijzing: zet de waarde tussen aanhalingstekens als u het sterretje zelf bedoelt.')],
    }
  }
  // `? [a, b]: x` or `? {a: 1}: x`: a key that is a list or a group has no place in a dossier (and would become "[object Object]").
  const complexKey = scanned!.complexKey
  if (complexKey !== undefined) {
    return { problems: [oogoError(ErrorCode.yamlSyntax, 'load', yamlMessages.NON_STRING_KEY!, at(complexKey), 'Schrijf de sleutel als een woord, zoals `naam:`.')] }
  }
  try {
    const data: unknown = document.toJS({ maxAliasCount })
    const yaml: ParsedYaml = { file, text, document, lineCounter, comments }
    return { yaml, data, problems: [] }
  } catch {
    const first = findFirstAlias(document)
    return {
      problems: [oogoError(ErrorCode.yamlAliasLimit, 'load',
        `Het bestand gebruikt verwijzingen (aliassen) die samen meer dan ${maxAliasCount} keer worden uitgevouwen; dat wordt uit veiligheid geweigerd.`,
        first === undefined ? { file } : at(first), 'Schrijf de gegevens uit in plaats van ze met &anker en *verwijzing te herhalen.')],
    }
  }
}

type At = (offset: number) => { file: string; line: number; column: number }

/** A Dutch problem for one of the YAML library's errors, at the place a user should look. */
function describeIssue(code: string, message: string, offset: number, text: string, at: At): OogoError {
  if (/call stack/i.test(message)) return tooDeep(at(offset))
  const unclosed = /end with an? ([\]}])/.exec(message)?.[1]
  if (code === 'BAD_INDENT' && unclosed) {
    // The parser notices on the next line; the user must look at the opening bracket.
    const open = text.lastIndexOf(unclosed === ']' ? '[' : '{', offset)
    return oogoError(ErrorCode.yamlSyntax, 'load',
      `De ${unclosed === ']' ? 'lijst' : 'groep'} die hier met ${unclosed === ']' ? '[' : '{'} begint, is niet afgesloten met ${unclosed}.`,
      at(open >= 0 ? open : offset), `Sluit af met ${unclosed} op dezelfde regel.`)
  }
  const kind = code === 'DUPLICATE_KEY' ? ErrorCode.yamlDuplicateKey : code === 'TAG_RESOLVE_FAILED' ? ErrorCode.yamlTag : ErrorCode.yamlSyntax
  return oogoError(kind, 'load', yamlMessages[code] ?? `YAML-fout: ${message.split('\n')[0]}`, at(offset), suggestions[code])
}

function tooDeep(place: { file: string; line: number; column: number }): OogoError {
  return oogoError(ErrorCode.yamlTooDeep, 'load',
    `De gegevens zijn hier dieper dan ${maxDepth} niveaus genest; dat is geen dossier en wordt uit veiligheid geweigerd.`,
    place, 'Controleer de inspringing en de haakjes [ ] en { }.')
}

/**
 * Before parsing: the offset where the text passes the number of values or the nesting of [ ] and { }
 * a dossier can have. Lexing is linear; the lexemes are kept in `lexemes` for the parser only while the text stays
 * within the limits (parsing 2 million values takes 2 GB). The comments go to `comments` with their offsets, in
 * order: the syntax tree the parser makes of the lexemes holds every one of them as a comment token at that offset
 * (it is lossless), so this is what a walk over the tree would find (test/load/parse-once.test.ts holds the two side
 * by side), without the walk (validate/check-open-markers.ts looks for the markers of `oogo init` in them).
 */
function scanLimits(text: string, lexemes: string[], comments: YamlComment[]): { kind: 'values' | 'depth'; offset: number } | undefined {
  let offset = 0
  let values = 0
  let flowDepth = 0
  for (const token of new Lexer().lex(text)) {
    lexemes.push(token)
    const type = CST.tokenType(token)
    if (type && valueTokens.has(type)) {
      values += 1
      if (values > maxValues) return { kind: 'values', offset }
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      flowDepth += 1
      if (flowDepth > maxDepth) return { kind: 'depth', offset }
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      flowDepth = Math.max(0, flowDepth - 1)
    }
    if (type === 'comment') comments.push({ offset, text: token })
    // The lexer's own markers (start of a document or scalar, end of a broken flow) are not in the text.
    if (type !== 'doc-mode' && type !== 'flow-error-end' && token !== CST.SCALAR) offset += token.length
  }
  return undefined
}

/** Where the first value deeper than maxDepth starts, walking without recursion. */
function findTooDeep(document: Document.Parsed): number | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: document.contents, depth: 1 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > maxDepth) return (node.range?.[0]) ?? 0
    for (const item of node.items) {
      if (isMap(node)) {
        const pair = item as { key: unknown; value: unknown }
        stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 })
      } else {
        stack.push({ node: item, depth: depth + 1 })
      }
    }
  }
  return undefined
}

/**
 * In one walk over the document, in document order (the order of the YAML library's `visit`: a node before what it
 * holds, a key before its value): every key that repeats an earlier key of the same mapping; the first alias whose
 * anchor is not defined before it, with the anchors that are; and where the first key that is a list or a group
 * (`? [a, b]: x`) starts. Called only for a document within maxDepth, so the recursion is shallow. The library's
 * `visit` made a frozen path array for every node it passed, three walks over; this walk allocates none.
 */
function scanDocument(document: Document.Parsed): {
  duplicates: Array<{ key: string; first: number; offset: number }>
  unresolved?: { name: string; offset: number; anchors: string[] }
  complexKey?: number
} {
  const duplicates: Array<{ key: string; first: number; offset: number }> = []
  const anchors = new Set<string>()
  let unresolved: { name: string; offset: number; anchors: string[] } | undefined
  let complexKey: number | undefined
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    if (isAlias(node)) {
      if (unresolved === undefined && !anchors.has(node.source)) unresolved = { name: node.source, offset: node.range?.[0] ?? 0, anchors: [...anchors] }
      return
    }
    if (isPair(node)) {
      const key = node.key as { range?: [number, number, number] } | null
      if (complexKey === undefined && key !== null && typeof key === 'object' && !isScalar(key) && !isAlias(key)) complexKey = key.range?.[0] ?? 0
      walk(node.key)
      walk(node.value)
      return
    }
    const anchor = (node as { anchor?: unknown }).anchor
    if (typeof anchor === 'string') anchors.add(anchor)
    if (isMap(node)) {
      const seen = new Map<string, number>()
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue
        const key = String(pair.key.value)
        const start = pair.key.range?.[0] ?? -1
        const first = seen.get(key)
        if (first !== undefined) duplicates.push({ key, first, offset: start })
        else seen.set(key, start)
      }
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item)
  }
  walk(document.contents)
  return {
    duplicates: duplicates.sort((a, b) => a.offset - b.offset),
    ...(unresolved === undefined ? {} : { unresolved }),
    ...(complexKey === undefined ? {} : { complexKey }),
  }
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
