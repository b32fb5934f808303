/**
 * The direct writer (src/docx/direct/, put together by src/pack/direct-docx.ts) against the builder of record (docx:
 * `packDocx(buildDocument(model, house), { date })`): every part of every document, byte for byte, for the sample and
 * every fixture that builds, the house styles (the built-in reference document, LibreOffice's, one with a logo), draft
 * documents (the CONCEPT watermark) and a model with everything the model has (links with and without a fragment,
 * bookmarks and references, non-breaking hyphens, characters XML must escape or drop, every kind of table row). No
 * document may fall back to docx: `directParts` throws where the writer cannot write a document, and none may throw here.
 */
import { join } from 'node:path'
import { AlignmentType, Document, Header, ImageRun, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { png } from '../../support/png.ts'
import { buildDocument } from '../../../src/docx/build-document.ts'
import { DirectWriterRefusal } from '../../../src/docx/direct/writer-state.ts'
import { loadHouseStyle, readHouseStyle } from '../../../src/load/load-house-style.ts'
import type { HouseStyle } from '../../../src/model/house-style.ts'
import type { Block, DocModel, Inline } from '../../../src/model/types.ts'
import { zipParts } from '../../../src/ooxml/zip.ts'
import { directParts, makeDocx } from '../../../src/pack/direct-docx.ts'
import { packDocx, packParts } from '../../../src/pack/pack-docx.ts'
import { assembleFixture, fixtureNames } from '../../support/fixtures.ts'
import { assembleFile, root, samplePath } from '../../support/helpers.ts'

const decoder = new TextDecoder()
const text = (part: string | Uint8Array | undefined) => (typeof part === 'string' ? part : part === undefined ? '(none)' : decoder.decode(part))

/**
 * Both ways, every part compared as it goes into the zip (the first difference shown with its surroundings); with
 * `whole`, also the packages byte for byte (both zip their parts with ooxml/zip.ts's `zipParts`).
 */
async function expectSameDocx(model: DocModel, house?: HouseStyle, whole = false): Promise<void> {
  const { date } = model.meta
  const expected = await packParts(buildDocument(model, house), { date })
  const actual = await directParts(model, house, date)
  expect([...actual.keys()]).toEqual([...expected.keys()])
  for (const [name, part] of expected) {
    const a = text(actual.get(name))
    const e = text(part)
    if (a === e) continue
    let at = 0
    while (a[at] === e[at]) at++
    expect(a.slice(Math.max(0, at - 300), at + 300), `${model.meta.kind} "${model.meta.title}": ${name}`).toBe(e.slice(Math.max(0, at - 300), at + 300))
  }
  if (whole) expect(Buffer.compare(zipParts(actual), await packDocx(buildDocument(model, house), { date })), `${model.meta.kind}: the packages`).toBe(0)
}

const models = (result: { documents: { model: DocModel }[]; problems: { severity: string }[] }) => {
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  return result.documents.map((d) => d.model)
}

/** The first document of every kind: what a house style is tried on. */
const firstOfKind = (all: DocModel[]) => all.filter((m, i) => all.findIndex((n) => n.meta.kind === m.meta.kind) === i)

const house = (file: string): HouseStyle => {
  const loaded = loadHouseStyle(file)
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([])
  return loaded.houseStyle!
}

/** A house style with a logo at the right of its header and margins of its own. */
async function logoHouse(): Promise<HouseStyle> {
  const doc = new Document({
    sections: [{
      properties: { page: { margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type: 'png', data: png(8, 4, [0, 96, 160]), transformation: { width: 120, height: 60 }, altText: { name: 'Logo', description: 'Logo van de gemeente Voorbeeld', title: '' } })] })] }) },
      children: [new Paragraph('Huisstijl met logo.')],
    }],
  })
  const read = readHouseStyle('logo.docx', await packDocx(doc, { date: '2026-01-01' }))
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([])
  return read.houseStyle!
}

const t = (value: string): Inline => ({ type: 'text', value })
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children })
const cell = (...children: Inline[]) => ({ type: 'tableCell' as const, children })
const long = Array.from({ length: 60 }, (_, i) => `woord${i} van een lange cel die over veel regels loopt`).join(' ')

/** Everything the model has, in the places where docx writes it differently. */
function everything(draft: boolean): DocModel {
  return {
    type: 'document',
    meta: { kind: 'proef', title: 'Titel & <"proef"> \u0001', subject: "Onderwerp 'x'", reference: 'KEN/2026 & co', date: '2026-03-04', draft, engineVersion: '9.9.9', dossierSha256: 'ab'.repeat(32) },
    children: [
      { type: 'heading', depth: 1, children: [t('Titel'), { type: 'emphasis', children: [t(' schuin')] }] },
      p(t('Ondertitel')),
      { type: 'heading', depth: 2, children: [{ type: 'strong', children: [t('Kop')] }] },
      { type: 'heading', depth: 3, children: [t('Kop 2')] },
      { type: 'heading', depth: 4, children: [t('Kop 3')] },
      p(t(''), t('a & b < c > d " e \' f\u0007\tg\nh'), { type: 'strong', children: [t('vet'), { type: 'emphasis', children: [t('Noord\u2011Holland\u2011'), t('\u2011')] }] }, { type: 'break' },
        { type: 'link', url: 'https://example.org/a?b=1&c=2', children: [t('een link'), { type: 'strong', children: [t(' vet')] }, { type: 'break' }, { type: 'ref', target: 'lid', text: '1.1', bookmark: '_Ref_lid' }, { type: 'link', url: 'https://binnen.example', children: [t('binnen')] }] },
        { type: 'link', url: 'https://example.org/pagina#kop-2', children: [{ type: 'emphasis', children: [t('met fragment')] }] },
        { type: 'link', url: 'https://example.org/leeg', children: [] },
        { type: 'ref', target: 'artikel', text: '1', bookmark: '_Ref_artikel' }, t(' leidt in:')),
      { type: 'section', id: 'artikel', number: '1', bookmark: '_Ref_artikel', title: [t('Geschillen & '), { type: 'strong', children: [t('meer')] }], children: [
        { type: 'list', kind: 'subsections', items: [
          { type: 'listItem', id: 'lid', number: '1.1', bookmark: '_Ref_lid', children: [p(t('Het lid:')), p(t('vervolg')), { type: 'list', kind: 'letters', items: [{ type: 'listItem', number: 'a', bookmark: '_Ref_a', children: [p(t('letter'))] }, { type: 'listItem', number: 'b', children: [p(t('letter b'))] }] },
            { type: 'list', kind: 'bullets', items: [{ type: 'listItem', children: [p(t('punt')), { type: 'list', kind: 'numbers', items: [{ type: 'listItem', number: '1', children: [p(t('diep'))] }] }] }] }] },
          { type: 'listItem', number: '1.2', children: [{ type: 'list', kind: 'numbers', items: [{ type: 'listItem', number: '1', children: [p(t('zonder leidende alinea'))] }] }] },
          { type: 'listItem', number: '1.3', children: [p(t('voor een tabel:')), { type: 'table', header: true, widths: [0.3, 0.7], rows: [{ type: 'tableRow', cells: [cell(t('Kop')), cell(t('Waarde'))] }, { type: 'tableRow', cells: [cell(t('x')), cell(t('y'))] }] }, p(t('na de tabel in het lid'))] },
          { type: 'listItem', number: '1.4', children: [] },
        ] },
      ] },
      { type: 'section', number: '2', title: [t('Zonder bladwijzer, met '), { type: 'link', url: 'https://example.org/titel', children: [t('link')] }], children: [] },
      { type: 'section', number: '99', title: [], children: [p(t('kort'))] },
      { type: 'table', header: true, widths: [0.2, 0.8], rows: [{ type: 'tableRow', cells: [cell(t('Alleen kop'))] }] },
      { type: 'table', header: false, widths: [0.25, 0.25, 0.5], rows: [
        { type: 'tableRow', cells: [cell(t(long)), cell(t('Onbreekbaarwoordvanlangelengtedatnietpast')), cell({ type: 'strong', children: [t('vet')] })] },
        { type: 'tableRow', cells: [cell(t('minder cellen'))] },
        { type: 'tableRow', cells: [cell({ type: 'link', url: 'https://example.org/cel#rij', children: [t('in een cel')] }, { type: 'break' }, t('regel 2')), cell({ type: 'ref', target: 'lid', text: '1.1', bookmark: '_Ref_lid' })] },
      ] },
      p(t('Aldus overeengekomen en ondertekend:')),
      { type: 'table', header: true, widths: [0.5, 0.5], rows: [
        { type: 'tableRow', cells: [cell(t('Partij')), cell(t('Handtekening'))] },
        { type: 'tableRow', cells: [cell(t('Gemeente A')), cell()] },
        { type: 'tableRow', cells: [cell(t('Gemeente B')), cell()] },
      ] },
      p(t('na de handtekeningen')),
      { type: 'pageBreak' },
      p(t('Met vriendelijke groet,')),
      p(t('De ondergetekende')),
    ],
  }
}

/** The sample's models, made once for the tests that use them. */
let sampleModels: Promise<DocModel[]> | undefined
const sample = () => (sampleModels ??= assembleFile(samplePath, { emit: 'model' }).then(models))

describe('the direct writer writes what docx writes', () => {
  it('for every document of the sample', async () => {
    for (const model of await sample()) await expectSameDocx(model, undefined, true)
  }, 60_000)

  for (const name of fixtureNames()) {
    it(`for every document of fixture ${name} that builds`, async () => {
      const result = await assembleFixture(name, { emit: 'model' })
      if (result.problems.some((p) => p.severity === 'error')) return // a failing case builds nothing
      for (const model of result.documents.map((d) => d.model)) await expectSameDocx(model)
    }, 60_000)
  }

  it('in the house styles: the reference document, LibreOffice\'s and one with a logo, final and draft', async () => {
    const kinds = firstOfKind(await sample())
    const houses = [house(join(root, 'templates', 'huisstijl.docx')), house(join(root, 'test', 'fixtures', 'huisstijl-libreoffice', 'huisstijl.docx')), await logoHouse()]
    for (const style of houses) {
      for (const model of kinds) await expectSameDocx(model, style)
      await expectSameDocx(everything(true), style, true)
    }
  }, 60_000)

  it('for a model with everything the model has, final and draft', async () => {
    await expectSameDocx(everything(false), undefined, true)
    await expectSameDocx(everything(true), undefined, true)
  })

  it('refuses what it cannot write, and then the document is built the docx way', async () => {
    const model = everything(false)
    const untitled = { ...model, meta: { ...model.meta, title: '' } }
    await expect(directParts(untitled, undefined, untitled.meta.date)).rejects.toBeInstanceOf(DirectWriterRefusal)
    expect(Buffer.compare(await makeDocx(untitled, undefined, untitled.meta.date), await packDocx(buildDocument(untitled), { date: untitled.meta.date }))).toBe(0)
    // A bad date is packDocx's to report, as before.
    await expect(makeDocx(model, undefined, '2026-02-30')).rejects.toThrow(RangeError)
  })
})
