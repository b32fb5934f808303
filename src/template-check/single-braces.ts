/**
 * A field written with single braces, `{dossier.titel}`, looks like a field to the editor but is plain text to
 * Handlebars: the document shows "{dossier.titel}". Found in the template's text (not inside `{{…}}`), with the
 * valid single-brace forms left alone: the anchors `{#id}`, `{-}` and `{.unnumbered}`, and `\{…}` written on purpose.
 *
 * What is inside decides how sure the finding is (checker.ts): a block (`{#if x}`, `{/if}`, `{else}`, `{> deel}`)
 * or a path that names a field is a fault; any other path with a dot (`{dossier.titell}`) is one too; a single word
 * that is no field (`{sic}`) is left alone — that may well be meant as text.
 */
import { anchorIdPattern } from '../model/anchors.ts'

export interface SingleBraces {
  /** As written, braces included. */
  text: string
  /** The field path inside, when it is one. */
  path?: string
  dotted: boolean
  /** A block or partial tag: `{#if x}`, `{/if}`, `{else}`, `{> naam}`. */
  block: boolean
  /** The same with double braces. */
  fix: string
  at: { line: number; column: number }
}

const braces = /(?<![{\\])\{(?!\{)([^{}\n]+)\}(?!\})/g
const pathPattern = /^@?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\.\[\d+\]|\/[A-Za-z_][\w-]*)*$/
const blockPattern = /^(?:[#/][a-z]\w*(?:\s+\S.*)?|else(?:\s+\S.*)?|>\s*[\w/-]+.*)$/

/** The single-brace fields in one text node of a template, each at its line and column (1-based). */
export function singleBraces(content: hbs.AST.ContentStatement): SingleBraces[] {
  // Handlebars keeps the text as written in `original` (its type declaration says otherwise).
  const text = (content as unknown as { original: string }).original
  const found: SingleBraces[] = []
  for (const match of text.matchAll(braces)) {
    const inner = match[1]!.trim()
    if (inner === '-' || inner === '.unnumbered' || (inner.startsWith('#') && anchorIdPattern.test(inner.slice(1)))) continue
    const block = blockPattern.test(inner)
    const path = !block && pathPattern.test(inner) ? inner : undefined
    if (!block && !path) continue
    const before = text.slice(0, match.index)
    const lines = before.split('\n')
    const line = content.loc.start.line + lines.length - 1
    const column = (lines.length === 1 ? content.loc.start.column + before.length : lines.at(-1)!.length) + 1
    found.push({ text: match[0], ...(path ? { path } : {}), dotted: path?.includes('.') ?? false, block, fix: `{{${inner}}}`, at: { line, column } })
  }
  return found
}
