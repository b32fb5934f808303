/**
 * A document's body as WordprocessingML (the blocks between `<w:body>` and its `w:sectPr`), written directly from the
 * model, with the hyperlinks it refers to: what buildDocument gives docx for the body, spelt as docx spells it.
 * The page and the article tab stop are those buildDocument takes (the house's, or the default house style's).
 */
import type { HouseStyle } from '../../model/house-style.ts'
import type { DocModel } from '../../model/types.ts'
import { articleHeadingRun, articleTabStop } from '../article-heading.ts'
import { createBuildContext } from '../build-context.ts'
import { defaultPageLayout } from '../page-layout.ts'
import { blocksXml } from './body-xml.ts'
import { createWriterState, type Hyperlink } from './writer-state.ts'

/**
 * `linkIds` gives the ids docx draws while packing (pack/'s `uniqueIds`), one per external link in document order and
 * a second one for a link with a fragment (docx draws one for its drawing link too); each id gets the `rId` prefix.
 */
export function documentBodyXml(model: DocModel, house: HouseStyle | undefined, linkIds: () => string): { xml: string; links: Hyperlink[] } {
  const context = createBuildContext(house?.page ?? defaultPageLayout, articleTabStop(articleHeadingRun(house), model.children))
  const state = createWriterState((anchor) => {
    const id = `rId${linkIds()}`
    if (anchor) linkIds()
    return id
  })
  const xml = blocksXml(model.children, 0, context, state)
  return { xml, links: state.links }
}
