/**
 * The document model: where the rendered text (parse) meets Word (build).
 *
 * Plain, JSON-serialisable objects only (no classes, no docx objects, no `Date`s), so that
 * `JSON.stringify(model)` is both the `--emit model` dump and the golden file. The unions are
 * closed and small, as pandoc's `Block`/`Inline`; a new node type fails `tsc` in every stage that
 * does not handle it yet (see `assertNever`). Positions point into the rendered text (unist style).
 */

export interface Point { line: number; column: number }
export interface Position { start: Point; end: Point }
interface Node { position?: Position }

export interface DocMeta {
  /** Document kind, e.g. `overeenkomst`. */
  kind: string
  title: string
  subject: string
  /** The dossier's kenmerk, printed in every page header. */
  reference: string
  /** ISO date used for the document properties (never the clock). */
  date: string
  /** Draft mode: every page is marked CONCEPT. */
  draft: boolean
  engineVersion: string
  dossierSha256: string
}

export interface DocModel extends Node {
  type: 'document'
  meta: DocMeta
  children: Block[]
}

export type Block = Heading | Paragraph | List | Table | Section | PageBreak

/** `#` is the document title (depth 1); unnumbered headings are depth 2 (`##`), 3 (`###`) or 4 (`####`). */
export interface Heading extends Node {
  type: 'heading'
  depth: 1 | 2 | 3 | 4
  children: Inline[]
}

export interface Paragraph extends Node {
  type: 'paragraph'
  children: Inline[]
}

/**
 * `subsections`: the numbered leden of an article ("3.1"); `letters`: (a), (b) inside a lid;
 * `numbers`: a plain numbered list; `bullets`: a bulleted list.
 */
export type ListKind = 'subsections' | 'letters' | 'numbers' | 'bullets'

export interface List extends Node {
  type: 'list'
  kind: ListKind
  items: ListItem[]
}

export interface ListItem extends Node {
  type: 'listItem'
  /** Anchor for cross-references (`{#id}` at the start of the item). */
  id?: string
  /** Set by `transform/number-sections` for leden ("3.1") and letters ("a"). */
  number?: string
  /** Set by `transform/resolve-refs` when something refers to this item. */
  bookmark?: string
  children: Block[]
}

export interface Table extends Node {
  type: 'table'
  /** The first row is a header row (repeated on every page). */
  header: boolean
  /** Relative column widths (summing to 1), from the dashes of the delimiter row as in pandoc. */
  widths: number[]
  rows: TableRow[]
}

export interface TableRow extends Node {
  type: 'tableRow'
  cells: TableCell[]
}

export interface TableCell extends Node {
  type: 'tableCell'
  children: Inline[]
}

/** A numbered article: "Artikel 3  Geschillen" and its leden. */
export interface Section extends Node {
  type: 'section'
  id?: string
  /** Set by `transform/number-sections`. */
  number?: string
  /** Set by `transform/resolve-refs` when something refers to this article. */
  bookmark?: string
  title: Inline[]
  children: Block[]
}

export interface PageBreak extends Node { type: 'pageBreak' }

export type Inline = Text | Strong | Emphasis | Link | Ref | Break

export interface Text extends Node { type: 'text'; value: string }
export interface Strong extends Node { type: 'strong'; children: Inline[] }
export interface Emphasis extends Node { type: 'emphasis'; children: Inline[] }
export interface Link extends Node { type: 'link'; url: string; children: Inline[] }
/** A cross-reference to an article or lid by id: "zie artikel 7.2". */
export interface Ref extends Node {
  type: 'ref'
  target: string
  /** The resolved number ("7.2"), set by `transform/resolve-refs`. */
  text?: string
  /** The bookmark of the target, set by `transform/resolve-refs`. */
  bookmark?: string
  /** Where the template wrote the reference (`templates/x.md.hbs:12:5`), for messages. */
  origin?: string
}
export interface Break extends Node { type: 'break' }

export function assertNever(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`)
}
