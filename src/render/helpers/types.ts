/**
 * A template helper: its Dutch name, its parameters (checked on every call), a description and an
 * example for template editors (issue: `oogo velden`), and a pure function of its arguments.
 * `root` gives helpers that look things up (`partij`) the whole view.
 */
export interface HelperParam {
  name: string
  description: string
  optional?: boolean
  /**
   * An argument meant as text in quotes (an id, a field name, a word), with how a message names it and the quote the
   * documentation uses: a bare word there (`{{ref wijziging}}`) is read as a field, and the check says to quote it.
   */
  literal?: { words: string; quote: "'" | '"' }
}

export interface HelperDefinition {
  name: string
  description: string
  params: HelperParam[]
  example: string
  fn: (args: unknown[], root: Record<string, unknown>, call: HelperCall) => unknown
}

/** Where the helper is called from, for messages and cross-references; `draft` when rendering a concept. */
export interface HelperCall { template: string; line: number; column: number; draft: boolean }

/** Thrown by a helper for bad arguments; the renderer turns it into a located template error. */
export class HelperError extends Error {}
