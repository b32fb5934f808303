/**
 * A numbered article: `Artikel 7<tab>Geschillen` in `Heading1` (Word's navigation pane lists the
 * articles), its tab stop beyond the widest "Artikel N" in the heading's own font (article-heading.ts),
 * with the number inside a bookmark when something refers to it, then its content.
 * Numbers are literal text computed by transform/number-sections: identical in every reader, and
 * a REF field to the bookmark yields exactly "7".
 */
import { Bookmark, Paragraph, TabStopType, TextRun, type FileChild } from 'docx'
import type { Section } from '../../model/types.ts'
import { buildInlines } from '../inlines/index.ts'
import { Style } from '../style-map.ts'
import type { BuildContext } from '../build-context.ts'
import type { BuildBlocks } from './types.ts'

export function buildSection(node: Section, context: BuildContext, buildBlocks: BuildBlocks): FileChild[] {
  const number = new TextRun(node.number ?? '')
  const heading = new Paragraph({
    style: Style.article,
    // The title hangs: a title that wraps goes on under its first word, not under "Artikel".
    tabStops: [{ type: TabStopType.LEFT, position: context.articleTab }],
    indent: { left: context.articleTab, hanging: context.articleTab },
    children: [
      new TextRun('Artikel '),
      node.bookmark ? new Bookmark({ id: node.bookmark, children: [number] }) : number,
      new TextRun({ children: ['\t'] }),
      ...buildInlines(node.title),
    ],
  })
  return [heading, ...buildBlocks(node.children, 0, context)]
}
