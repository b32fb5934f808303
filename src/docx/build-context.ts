/**
 * What the blocks of one document are built with, beside their model node: the page (a table spans its text width)
 * the tab stop of article headings (from the heading's font size), and the flow between blocks that a block cannot see by itself (build-blocks.ts marks it before building a sequence).
 * Made once per document by `buildDocument` and handed down, so building holds no state between documents.
 */
import type { Block, Paragraph } from '../model/types.ts'
import { articleHeadingRun, articleTabStop } from './article-heading.ts'
import { defaultPageLayout, textWidth, type PageLayout } from './page-layout.ts'

export interface BuildContext {
  readonly page: PageLayout
  /** Usable width between the margins of `page`, in twips. */
  readonly textWidth: number
  /** Paragraphs (and tables: their last row) that stay on the page of what follows them (Word's "keep with next"). */
  readonly keepWithNext: WeakSet<Paragraph | Block>
  /** Paragraphs that directly follow a table: they get space above, so the text does not touch the table's border. */
  readonly afterTable: WeakSet<Paragraph>
  /** The tab stop after "Artikel N" in an article heading, in twips (article-heading.ts). */
  readonly articleTab: number
}

export function createBuildContext(page: PageLayout = defaultPageLayout, articleTab: number = articleTabStop(articleHeadingRun())): BuildContext {
  return { page, textWidth: textWidth(page), keepWithNext: new WeakSet(), afterTable: new WeakSet(), articleTab }
}
