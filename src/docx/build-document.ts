/**
 * `DocModel` → docx `Document`: one A4 section with header and footer, the blocks in order, and
 * the document properties (title, subject, kenmerk, and the provenance: engine version and the
 * dossier's SHA-256). Dates in the properties are set by pack/ from the model, never the clock.
 *
 * With a house style (`--huisstijl`) its styles, theme, page size and margins and header logo are used
 * (style-map.ts, page-frame.ts); without one, the default house style of style-map.ts.
 */
import { Document, type FileChild } from 'docx'
import { assertNever, type Block, type DocModel } from '../model/types.ts'
import { buildHeading } from './blocks/heading.ts'
import { buildList } from './blocks/list.ts'
import { buildParagraph } from './blocks/paragraph.ts'
import { buildSection } from './blocks/section.ts'
import { buildTable } from './blocks/table.ts'
import { buildPageBreak } from './blocks/page-break.ts'
import { buildFooter, buildHeader, logoOf } from './page-frame.ts'
import { documentStyles, page, pageProperties, Style, withPageLayout } from './style-map.ts'
import type { HouseStyle } from '../model/house-style.ts'

export function buildDocument(model: DocModel, house?: HouseStyle): Document {
  const { meta } = model
  const { externalStyles, styles, theme, layout } = documentStyles(house)
  return withPageLayout(layout, () => new Document({
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
      headers: { default: buildHeader(meta, logoOf(house?.header, page.textWidth)) },
      footers: { default: buildFooter() },
      children: buildBlocks(model.children, 0),
    }],
  }))
}

function buildBlocks(blocks: readonly Block[], depth: number): FileChild[] {
  return blocks.flatMap((block, i) => buildBlock(block, depth, blocks[i - 1]))
}

function buildBlock(node: Block, depth: number, previous: Block | undefined): FileChild[] {
  switch (node.type) {
    case 'heading': return buildHeading(node)
    case 'paragraph': return buildParagraph(node, previous?.type === 'heading' && previous.depth === 1 ? Style.subtitle : Style.normal)
    case 'list': return buildList(node, depth, buildBlocks)
    case 'table': return buildTable(node)
    case 'section': return buildSection(node, buildBlocks)
    case 'pageBreak': return buildPageBreak()
    default: return assertNever(node)
  }
}
