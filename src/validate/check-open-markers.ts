/**
 * The markers `oogo init` leaves in a new dossier: `# TE CONTROLEREN` after a value oogo took from its reference data
 * (a gemeente, a samenwerkingsverband, a title) and `# IN TE VULLEN` after a value only the user knows. A marker is
 * open until the user removes the comment (TE CONTROLEREN: only they know that they checked it) or fills in the value
 * (IN TE VULLEN). Every open marker is reported at its line and column, with the YAML path of the value it is about:
 * a warning in `oogo controleer`, an error for a definitive document (an unchecked value must not end up in a signed
 * agreement) and a warning for a concept (`--concept`), which is marked CONCEPT on every page anyway.
 *
 * An empty `# IN TE VULLEN` value that the schema or a document kind already reports is not reported twice.
 * Comments are found in the YAML's own tokens (read by load/parse-yaml.ts from the yaml package's CST), so a `#` inside a quoted value or a block
 * scalar is never taken for a marker.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { ErrorCode, oogoError, type OogoError, type Severity } from '../errors.ts'
import type { ParsedYaml } from '../model/project.ts'
import { pointerToPlace, toPointer, type DataPath } from './pointer-to-place.ts'


const markers = ['TE CONTROLEREN', 'IN TE VULLEN'] as const
type Marker = (typeof markers)[number]


/** A key, a list item or the whole document, with where it is in the text. */
interface Entry {
  path: DataPath
  /** How the message names it, as the schema messages do: `partijen.gemeenten[den-helder].naam`, `agenda[1e]`. */
  field: string
  /** Where the key (or the item) starts, and where its value ends. */
  start: number
  end: number
  value: unknown
  keyed: boolean
}

/**
 * Every open marker in the dossier. `known`: the problems found so far, so that an empty value the schema already
 * reports (at the same line) is not reported again.
 */
export function checkOpenMarkers(yaml: ParsedYaml, severity: Severity = 'error', known: readonly OogoError[] = []): OogoError[] {
  const comments = yaml.comments // read by load/parse-yaml.ts from the one parse of the file
  if (comments.length === 0) return []
  let entries: readonly Entry[] | undefined // only when a comment holds a marker
  const reportedLines = new Set(known.filter((p) => p.place.file === yaml.file && p.place.line !== undefined).map((p) => p.place.line!))
  const problems: OogoError[] = []
  for (const comment of comments) {
    const found = markerIn(comment.text)
    if (!found) continue
    const { line, col } = yaml.lineCounter.linePos(comment.offset)
    const lineStart = comment.offset - (col - 1)
    const trailing = yaml.text.slice(lineStart, comment.offset).trim() !== ''
    entries ??= entriesOfDocument(yaml)
    const entry = trailing ? onLine(entries, lineStart, comment.offset) : around(entries, comment.offset)
    const path = entry?.path ?? []
    const empty = entry !== undefined && entry.keyed && trailing && (entry.value === null || entry.value === undefined || entry.value === '')
    if (found.marker === 'IN TE VULLEN' && trailing && !empty) continue // filled in: done
    const keyPlace = trailing && entry ? pointerToPlace(yaml, path, entry.keyed ? 'key' : 'value') : undefined
    if (found.marker === 'IN TE VULLEN' && reportedLines.has(keyPlace?.line ?? line)) continue
    const place = keyPlace ?? { file: yaml.file, line, column: col, path: toPointer(path) }
    problems.push(oogoError(ErrorCode.openMarker, 'validate', message(found.marker, found.note, entry, trailing), place, suggestion(found.marker), severity))
  }
  return problems
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** `TE CONTROLEREN: de titel boven elk document` → the marker and its note. Only at the start of a comment. */
function markerIn(text: string): { marker: Marker; note: string } | undefined {
  const body = text.replace(/^#+\s*/, '')
  const marker = markers.find((m) => body.startsWith(m) && !letterOrDigit.test(body.charAt(m.length)))
  if (!marker) return undefined
  return { marker, note: body.slice(marker.length).replace(/^\s*[:—–-]?\s*/, '').trim() }
}

function message(marker: Marker, note: string, entry: Entry | undefined, trailing: boolean): string {
  const what = entry && entry.path.length > 0 ? `\`${entry.field}\`` : 'het dossier'
  const value = trailing && entry && (typeof entry.value === 'string' || typeof entry.value === 'number') ? ` (nu: \`${String(entry.value)}\`)` : ''
  const head = marker === 'TE CONTROLEREN' ? `Nog te controleren: ${what}${value}` : `Nog in te vullen: ${what}`
  return `${head}${note ? ` — ${note.replace(/[.;:]$/, '')}` : ''}.`
}

function suggestion(marker: Marker): string {
  return marker === 'TE CONTROLEREN'
    ? 'Controleer de waarde en haal daarna het commentaar `# TE CONTROLEREN` weg. Zolang het er staat, maakt `oogo genereer` alleen een concept (--concept).'
    : 'Vul de waarde in; zolang die leeg is, maakt `oogo genereer` geen document.'
}

/**
 * The entries of a parsed dossier, found once per parsed document: a batch, or a bench of variants of one dossier,
 * checks the same parse again and again (the data may be a changed copy; the text and its tree are not).
 */
const entriesByDocument = new WeakMap<object, readonly Entry[]>()
function entriesOfDocument(yaml: ParsedYaml): readonly Entry[] {
  let entries = entriesByDocument.get(yaml.document)
  if (!entries) {
    entries = entriesOf(yaml.document.contents as Node | null, [], '', [])
    entriesByDocument.set(yaml.document, entries)
  }
  return entries
}

/** Every key and list item of the document, depth first, added to `entries`. */
function entriesOf(node: Node | null, path: DataPath, field: string, entries: Entry[]): Entry[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue
      const value = pair.value as Node | null
      const childPath = [...path, String(pair.key.value)]
      const childField = `${field}${field === '' ? '' : '.'}${String(pair.key.value)}`
      entries.push({ path: childPath, field: childField, start: pair.key.range[0], end: value?.range?.[2] ?? pair.key.range[2], value: isScalar(value) ? value.value : value === null ? null : value, keyed: true })
      entriesOf(value, childPath, childField, entries)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const child = item as Node | null
      if (!child?.range) return
      const id = isMap(child) ? child.get('id') : undefined
      const childField = `${field}[${typeof id === 'string' ? id : `${i + 1}e`}]`
      entries.push({ path: [...path, i], field: childField, start: child.range[0], end: child.range[2], value: isScalar(child) ? child.value : child, keyed: false })
      entriesOf(child, [...path, i], childField, entries)
    })
  }
  return entries
}

/**
 * A trailing comment: the first key on its line (`- id: x  # …` is about `id`; `locatie: { naam: …, adres: … }  # …`
 * about `locatie` as a whole), else the first list item (`- x  # …`).
 */
function onLine(entries: readonly Entry[], lineStart: number, offset: number): Entry | undefined {
  const here = entries.filter((e) => e.start >= lineStart && e.start < offset).sort((a, b) => a.start - b.start)
  return here.find((e) => e.keyed) ?? here[0]
}

/** A comment on a line of its own: the deepest key or item whose value spans it. */
function around(entries: readonly Entry[], offset: number): Entry | undefined {
  const spanning = entries.filter((e) => e.start < offset && offset < e.end && typeof e.value === 'object' && e.value !== null)
  return spanning.sort((a, b) => b.path.length - a.path.length)[0]
}
