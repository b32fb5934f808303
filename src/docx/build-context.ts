/**
 * What the blocks of one document are built with, beside their model node: the page (a table spans its text width).
 * Made once per document by `buildDocument` and handed down, so building holds no state between documents.
 */
import { defaultPageLayout, textWidth, type PageLayout } from './page-layout.ts'

export interface BuildContext {
  readonly page: PageLayout
  /** Usable width between the margins of `page`, in twips. */
  readonly textWidth: number
}

export function createBuildContext(page: PageLayout = defaultPageLayout): BuildContext {
  return { page, textWidth: textWidth(page) }
}
