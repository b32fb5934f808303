/**
 * Tiny builders for hand-made document models (the transform tests).
 */
import type { Block, DocMeta, DocModel, Inline, ListItem, ListKind, Position, Ref, Section } from '../../src/model/types.ts'
import type { OogoError } from '../../src/errors.ts'
import type { TransformContext } from '../../src/transform/types.ts'

export const meta: DocMeta = {
  kind: 'overeenkomst', title: 'Titel', subject: 'Onderwerp', reference: 'OOGO-1', date: '2026-01-15',
  draft: false, engineVersion: '0.0.0', dossierSha256: 'abc',
}

export const doc = (...children: Block[]): DocModel => ({ type: 'document', meta, children })
export const text = (value: string): Inline => ({ type: 'text', value })
export const para = (...children: Inline[]): Block => ({ type: 'paragraph', children })
export const line = (n: number): Position => ({ start: { line: n, column: 1 }, end: { line: n, column: 10 } })

export function section(title: string, children: Block[], extra: Partial<Section> = {}): Section {
  return { type: 'section', title: [text(title)], children, ...extra }
}
export function item(children: Block[], extra: Partial<ListItem> = {}): ListItem {
  return { type: 'listItem', children, ...extra }
}
export const list = (kind: ListKind, items: ListItem[]): Block => ({ type: 'list', kind, items })
export function ref(target: string, extra: Partial<Ref> = {}): Ref {
  return { type: 'ref', target, ...extra }
}

/** A context that collects what a transform reports. */
export function collect(file = 'overeenkomst.md'): { context: TransformContext; problems: OogoError[] } {
  const problems: OogoError[] = []
  return { context: { file, report: (p) => problems.push(p) }, problems }
}
