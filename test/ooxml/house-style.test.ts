/**
 * A house style read once, at load time, with the readers of ooxml/: the data docx/ gets, from the default house style
 * (templates/huisstijl.docx) and from a house built with docx that has a logo, a theme of its own and other margins.
 */
import { readFileSync } from 'node:fs'
import { AlignmentType, Document, Header, ImageRun, Packer, Paragraph, readTheme } from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultPageLayout } from '../../src/docx/page-layout.ts'
import { readHouseStyle } from '../../src/load/load-house-style.ts'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { templateFile } from '../../scripts/maak-huisstijl.ts'

// A 1×1 PNG is enough: docx and oogo only look at its first bytes.
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64'))

describe('the default house style', () => {
  const { houseStyle, problems } = readHouseStyle('huisstijl.docx', new Uint8Array(readFileSync(templateFile)))

  it('gives its styles, page and parts as data', () => {
    expect(problems).toEqual([])
    expect(houseStyle!.styles.slice(0, 4)).toEqual([
      { type: 'paragraph', id: 'Normal', name: 'Normal', isDefault: true },
      { type: 'table', id: 'TableNormal', name: 'Normal Table', isDefault: true },
      { type: 'paragraph', id: 'Title', name: 'Title', basedOn: 'Normal', run: { size: 36, bold: true, font: 'Calibri' } },
      { type: 'paragraph', id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', run: { size: 24, bold: true, font: 'Calibri' } },
    ])
    expect(houseStyle!.styles.filter((s) => ['Lid', 'Letter', 'Tabeltekst'].includes(s.id))).toEqual([
      { type: 'paragraph', id: 'Lid', name: 'Lid', basedOn: 'Normal' },
      { type: 'paragraph', id: 'Letter', name: 'Letter', basedOn: 'Normal' },
      { type: 'paragraph', id: 'Tabeltekst', name: 'Tabeltekst', basedOn: 'Normal', run: { size: 20 } },
    ])
    expect(houseStyle!.docDefaults).toBe(true)
    expect(houseStyle!.defaultRun).toEqual({ size: 22, font: 'Calibri' })
    expect(houseStyle!.page).toEqual(defaultPageLayout)
    expect([houseStyle!.header!.name, houseStyle!.footer!.name]).toEqual(['word/header1.xml', 'word/footer1.xml'])
    expect(houseStyle!.header!.drawings).toEqual([])
  })

  it('reads its theme as docx would', () => {
    expect(houseStyle!.theme).toEqual(readTheme(houseStyle!.themeXml!))
  })
})

describe('a house with a logo, a theme and margins of its own', () => {
  let read: ReturnType<typeof readHouseStyle>
  let theme: string
  beforeAll(async () => {
    const doc = new Document({
      sections: [{
        properties: { page: { margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: png, transformation: { width: 120, height: 60 } })] })] }) },
        children: [new Paragraph('Huisstijl')],
      }],
    })
    const parts = unzipParts(await Packer.toBuffer(doc))
    theme = new TextDecoder().decode(parts.get('word/theme/theme1.xml')).replace('<a:latin typeface="Calibri"', '<a:latin typeface="Arial"')
    read = readHouseStyle('huis.docx', zipParts(new Map<string, string | Uint8Array>([...parts, ['word/theme/theme1.xml', theme]])))
  })

  it('gives its page, its logo as a drawing with the image it points to, and its theme fonts', () => {
    const { houseStyle, problems } = read
    expect(problems).toEqual([])
    expect(houseStyle!.page).toEqual({ width: 11906, height: 16838, orientation: 'portrait', margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567, gutter: 0 } })
    const header = houseStyle!.header!
    const [drawing] = header.drawings
    expect(header.drawings).toEqual([{ embed: drawing!.embed, extent: { cx: 120 * 9525, cy: 60 * 9525 }, alignment: 'center' }])
    const image = header.relationships.find((r) => r.id === drawing!.embed)!
    expect(image).toMatchObject({ type: 'image', external: false })
    expect(header.media.get(image.target)).toEqual({ data: png, imageType: 'png' })
    expect(houseStyle!.theme!.fonts!.body.latin).toBe('Arial')
    expect(houseStyle!.theme).toEqual(readTheme(theme))
  })
})
