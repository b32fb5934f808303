/**
 * What the direct writer gathers while it writes one document body: the bookmarks in the order they are written (their
 * ids are that order, 1 first, as normalize-docx.ts renumbers docx's), and the external hyperlinks, whose relationships
 * pack/ adds to `word/_rels/document.xml.rels`. Made per document, so writing holds no state between documents.
 */
export interface Hyperlink {
  /** The relationship's target: the address without a fragment that docx moves to `w:anchor`. */
  target: string
  /** The fragment docx writes as `w:anchor` (and which costs it a second id), if any. */
  anchor?: string
  /** The relationship id (`rId…`), given by pack/ in the order docx draws it. */
  id: string
}

export interface WriterState {
  bookmarks: number
  /** Gives the relationship id of the next hyperlink (in document order). */
  nextLinkId: (anchor: boolean) => string
  links: Hyperlink[]
}

export function createWriterState(nextLinkId: (anchor: boolean) => string): WriterState {
  return { bookmarks: 0, nextLinkId, links: [] }
}

/** The thrown error of something the direct writer does not write as docx would: the caller builds that document with docx. */
export class DirectWriterRefusal extends Error {
  constructor(what: string) {
    super(`direct writer: ${what}`)
    this.name = 'DirectWriterRefusal'
  }
}
