/**
 * The ids a document's templates define (`## Titel {#id}`, `1. {#id} …`), each with its place and the block tag that
 * encloses it. What the template holds is static knowledge; which of it a dossier prints is not. So a reference to
 * an id the document lacks is told apart: an id no template defines is a typing error, an id inside a condition that
 * does not hold for this dossier is a reference that must move into that condition (issue 14).
 */
import type { Place } from '../errors.ts'
import { headingAnchorLine, itemAnchor } from '../model/anchors.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'
import { parseTemplate, withoutComments } from '../render/template-errors.ts'

export interface TemplateAnchor {
  id: string
  place: Place
  /** The block around it, innermost: its opening tag as written and its place. */
  block?: { tag: string; helper: string; place: Place; inElse: boolean }
}

const cache = new WeakMap<TemplateSet, Map<string, Map<string, TemplateAnchor>>>()

/** The anchors of document template `name` and of the partials, the first definition of each id. */
export function templateAnchors(templates: TemplateSet, name: string): ReadonlyMap<string, TemplateAnchor> {
  let byName = cache.get(templates)
  if (!byName) cache.set(templates, byName = new Map())
  let anchors = byName.get(name)
  if (!anchors) {
    anchors = new Map()
    const document = templates.documents.get(name)
    for (const source of [...(document ? [document] : []), ...templates.partials.values()]) {
      for (const anchor of anchorsOf(source)) if (!anchors.has(anchor.id)) anchors.set(anchor.id, anchor)
    }
    byName.set(name, anchors)
  }
  return anchors
}

function anchorsOf(source: TemplateSource): TemplateAnchor[] {
  const lines = withoutComments(source.text).split('\n')
  const found: TemplateAnchor[] = []
  const { program } = parseTemplate(source.text)
  const blocks: hbs.AST.BlockStatement[] = []
  const collect = (statements: readonly hbs.AST.Statement[]) => {
    for (const statement of statements) {
      const block = statement as hbs.AST.BlockStatement
      if (statement.type === 'BlockStatement') blocks.push(block)
      if (block.program) collect(block.program.body)
      if (block.inverse) collect(block.inverse.body)
    }
  }
  if (program) collect(program.body)
  const sourceLines = source.text.split('\n')
  lines.forEach((text, index) => {
    const match = headingAnchorLine.exec(text) ?? itemAnchor.exec(text)
    if (!match) return
    const line = index + 1
    const anchor: TemplateAnchor = { id: match[1]!, place: { file: source.file, line, column: text.indexOf(`{#${match[1]}}`) + 1 } }
    // The innermost block whose body holds the line: the one that starts last before it.
    const around = blocks.filter((b) => b.loc.start.line < line && b.loc.end.line > line).sort((a, b) => b.loc.start.line - a.loc.start.line || b.loc.start.column - a.loc.start.column)[0]
    if (around) {
      const open = sourceLines[around.loc.start.line - 1]!.slice(around.loc.start.column)
      const inverse = around.inverse?.loc
      anchor.block = {
        tag: open.slice(0, open.indexOf('}}') + 2),
        helper: (around.path as hbs.AST.PathExpression).original,
        place: { file: source.file, line: around.loc.start.line, column: around.loc.start.column + 1 },
        inElse: inverse !== undefined && inverse.start.line < line,
      }
    }
    found.push(anchor)
  })
  return found
}
