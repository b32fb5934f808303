/**
 * `DocModel` → docx `Document`: one A4 section with header and footer, the blocks in order, and
 * the document properties (title, subject, kenmerk, and the provenance: engine version and the
 * dossier's SHA-256). Dates in the properties are set by pack/ from the model, never the clock.
 *
 * With a house style (`--huisstijl`) its styles, theme, page size and margins and header logo are used
 * (document-styles.ts, page-frame.ts); without one, the default house style of style-map.ts. The page goes to the
 * blocks in a BuildContext (build-context.ts).
 */
import { Document } from 'docx'
import type { DocModel } from '../model/types.ts'
import type { HouseStyle } from '../model/house-style.ts'
import { articleHeadingRun, articleTabStop } from './article-heading.ts'
import { buildBlocks } from './build-blocks.ts'
import { createBuildContext } from './build-context.ts'
import { documentStyles } from './document-styles.ts'
import { buildFooter, buildHeader, logoOf } from './page-frame.ts'
import { pageProperties } from './page-layout.ts'

export function buildDocument(model: DocModel, house?: HouseStyle): Document {
  const { meta } = model
  const { externalStyles, styles, theme, layout } = documentStyles(house)
  const context = createBuildContext(layout, articleTabStop(articleHeadingRun(house), model.children))
  return new Document({
    title: meta.title,
    subject: meta.subject,
    keywords: meta.reference,
    creator: 'oogo',
    lastModifiedBy: 'oogo',
    description: `Opgesteld met oogo ${meta.engineVersion} uit een dossier met SHA-256 ${meta.dossierSha256}. Eigen tekst van de partijen; geen officieel model van VNG, PO-Raad of VO-raad.`,
    revision: 1,
    customProperties: [
      { name: 'oogo-documentsoort', value: meta.kind },
      { name: 'oogo-kenmerk', value: meta.reference },
      { name: 'oogo-versie', value: meta.engineVersion },
      { name: 'oogo-dossier-sha256', value: meta.dossierSha256 },
      { name: 'oogo-status', value: meta.draft ? 'concept' : 'definitief' },
    ],
    ...(externalStyles === undefined ? {} : { externalStyles }),
    styles,
    ...(theme ? { theme } : {}),
    sections: [{
      properties: { page: pageProperties(layout) },
      headers: { default: buildHeader(meta, logoOf(house?.header, context.textWidth)) },
      footers: { default: buildFooter() },
      children: buildBlocks(model.children, 0, context),
    }],
  })
}
