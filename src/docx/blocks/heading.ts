/**
 * `#` → the title (`Title`), `##` unnumbered → `Heading1`, `###` → `Heading2`, `####` → `Heading3`.
 */
import { Paragraph } from 'docx'
import type { Heading } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import { Style } from '../style-map.ts'

const styles = { 1: Style.title, 2: Style.heading, 3: Style.subheading, 4: Style.minorHeading } as const

export function buildHeading(node: Heading): Paragraph[] {
  return [new Paragraph({ style: styles[node.depth], children: buildInlines(node.children) })]
}
