/**
 * Writes `templates/huisstijl.docx`: the default house style of oogo (src/docx/style-map.ts) as a Word reference
 * document, as pandoc ships its reference.docx. It shows every style oogo uses, with our header and footer, on our
 * page; a user copies it, changes the styles, margins and logo in Word, and passes it with `--huisstijl`.
 *
 *   npx tsx scripts/maak-huisstijl.ts
 *
 * The bytes depend only on this file, style-map.ts and the pinned docx: test/docx/house-style-template.test.ts checks
 * that the committed file equals a fresh build, byte for byte. Run this after changing the default house style.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Document } from 'docx'
import { buildBlocks } from '../src/docx/build-blocks.ts'
import { createBuildContext } from '../src/docx/build-context.ts'
import { buildFooter, buildHeader } from '../src/docx/page-frame.ts'
import { defaultPageLayout, pageProperties } from '../src/docx/page-layout.ts'
import { houseStyle } from '../src/docx/style-map.ts'
import type { Block, DocMeta, Inline, ListItem } from '../src/model/types.ts'
import { packDocx } from '../src/pack/pack-docx.ts'

export const templateFile = fileURLToPath(new URL('../templates/huisstijl.docx', import.meta.url))

/** The date in its properties: fixed, so the file does not change with the clock. */
export const templateDate = '2026-01-01'

const text = (value: string): Inline[] => [{ type: 'text', value }]
const strong = (value: string): Inline => ({ type: 'strong', children: text(value) })
const paragraph = (...children: (string | Inline)[]): Block => ({ type: 'paragraph', children: children.flatMap((c) => (typeof c === 'string' ? text(c) : [c])) })
const item = (number: string | undefined, children: Block[]): ListItem => ({ type: 'listItem', ...(number ? { number } : {}), children })

/** The content: what the document is for, then an example of every style. */
const content: Block[] = [
  { type: 'heading', depth: 1, children: text('Huisstijl') },
  paragraph('De standaardhuisstijl van oogo, met een voorbeeld van elk opmaakprofiel'),
  { type: 'heading', depth: 2, children: text('Zo maakt u een eigen huisstijl') },
  paragraph('oogo maakt elk document in deze huisstijl. Voor een eigen huisstijl kopieert u dit document en past u in Word de opmaakprofielen aan (Start → Stijlen → Wijzigen), het papierformaat en de marges (Indeling → Marges), en zet u uw logo in de koptekst. Gebruik hem met ', strong('oogo genereer dossier.yaml --huisstijl huisstijl.docx'), ', of per gemeente in oogo.config.yaml onder huisstijlen.'),
  paragraph('oogo neemt over: de opmaakprofielen, de themakleuren en -lettertypen, het papierformaat, de marges en het logo (de eerste afbeelding in de koptekst). De tekst van kop en voet schrijft oogo zelf; nummering in opmaakprofielen komt niet mee.'),
  { type: 'heading', depth: 2, children: text('De opmaakprofielen') },
  paragraph('oogo vindt elk opmaakprofiel op zijn naam; ontbreekt er een, dan gebruikt oogo het zijne.'),
  {
    type: 'table',
    header: true,
    widths: [0.3, 0.7],
    rows: [
      ['Opmaakprofiel', 'Gebruikt voor'],
      ['Titel (Title)', 'de titel van een document'],
      ['Ondertitel (Subtitle)', 'de regel direct onder de titel'],
      ['Kop 1 (heading 1)', 'artikelen ("Artikel 3  Geschillen") en koppen'],
      ['Kop 2 (heading 2)', 'tussenkoppen'],
      ['Kop 3 (heading 3)', 'koppen onder een tussenkop, zoals de punten van een thema'],
      ['Standaard (Normal)', 'gewone tekst'],
      ['Lid', 'de genummerde leden van een artikel (3.1, 3.2)'],
      ['Letter', 'onderdelen van een lid: (a), (b)'],
      ['Opsomming', 'opsommingen met een opsommingsteken'],
      ['Nummering', 'genummerde lijsten (1., 2.)'],
      ['Tabeltekst', 'tekst in tabellen, zoals deze'],
      ['Koptekst (header)', 'het kenmerk boven aan elke pagina'],
      ['Voettekst (footer)', '"Pagina X van Y" onder aan elke pagina'],
    ].map((cells) => ({ type: 'tableRow', cells: cells.map((c) => ({ type: 'tableCell', children: text(c) })) })),
  },
  {
    type: 'section',
    number: '1',
    title: text('Voorbeeld van een artikel'),
    children: [{
      type: 'list',
      kind: 'subsections',
      items: [
        item('1.1', [paragraph('Een lid van een artikel, in het opmaakprofiel Lid. Een lid kan onderdelen hebben:'), {
          type: 'list',
          kind: 'letters',
          items: [item('a', [paragraph('een onderdeel, in het opmaakprofiel Letter;')]), item('b', [paragraph('nog een onderdeel.')])],
        }]),
      ],
    }],
  },
  { type: 'heading', depth: 3, children: text('Een tussenkop (Kop 2)') },
  { type: 'heading', depth: 4, children: text('Een kop daaronder (Kop 3)') },
  { type: 'list', kind: 'bullets', items: [item(undefined, [paragraph('een opsomming;')]), item(undefined, [paragraph('nog een punt.')])] },
  { type: 'list', kind: 'numbers', items: [item('1', [paragraph('een genummerde lijst;')]), item('2', [paragraph('het tweede punt.')])] },
]

const meta: DocMeta = { kind: 'huisstijl', title: 'Huisstijl', subject: 'Huisstijl van oogo', reference: 'OOGO-KENMERK', date: templateDate, draft: false, engineVersion: '', dossierSha256: '' }

/** The reference document, built as oogo builds its documents: the default styles, page, header and footer. */
export function buildTemplate(): Document {
  return new Document({
    title: 'Huisstijl',
    subject: 'Standaardhuisstijl van oogo: opmaakprofielen, papierformaat, marges, kop- en voettekst',
    creator: 'oogo',
    lastModifiedBy: 'oogo',
    revision: 1,
    styles: houseStyle,
    sections: [{
      properties: { page: pageProperties(defaultPageLayout) },
      headers: { default: buildHeader(meta) },
      footers: { default: buildFooter() },
      children: buildBlocks(content, 0, createBuildContext(defaultPageLayout)),
    }],
  })
}

export async function packTemplate(): Promise<Uint8Array> {
  return packDocx(buildTemplate(), { date: templateDate })
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bytes = await packTemplate()
  writeFileSync(templateFile, bytes)
  process.stdout.write(`${templateFile} geschreven (${bytes.length} bytes).\n`)
}
