/**
 * The logo of a house header, from the drawings load/ read: docx/ only maps that data.
 */
import { AlignmentType } from 'docx'
import { describe, expect, it } from 'vitest'
import { logoOf } from '../../src/docx/page-frame.ts'
import type { HouseDrawing, HousePart } from '../../src/model/house-style.ts'

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47])
const part = (...drawings: HouseDrawing[]): HousePart => ({
  name: 'word/header1.xml',
  xml: '',
  relationships: [{ id: 'rId1', type: 'image', target: 'word/media/image1.png', external: false }, { id: 'rId2', type: 'image', target: 'word/media/image2.emf', external: false }],
  media: new Map([['word/media/image1.png', { data: png, imageType: 'png' as const }], ['word/media/image2.emf', { data: Uint8Array.from([1]) }]]),
  drawings,
})

describe('logoOf', () => {
  it('takes the first drawing docx can write, at its size in pixels and on its side', () => {
    const logo = logoOf(part({ embed: 'rId2', extent: { cx: 9525, cy: 9525 } }, { embed: 'rId1', extent: { cx: 120 * 9525, cy: 60 * 9525 }, alignment: 'right' }), 9070)
    expect(logo).toEqual({ type: 'png', data: png, width: 120, height: 60, alignment: AlignmentType.RIGHT, description: 'Logo van de afzender' })
  })

  it('fits a wide banner between the margins, its proportions kept', () => {
    const logo = logoOf(part({ embed: 'rId1', extent: { cx: 1000 * 9525, cy: 100 * 9525 }, alignment: 'center' }), 6000)
    expect(logo).toEqual({ type: 'png', data: png, width: 400, height: 40, alignment: AlignmentType.CENTER, description: 'Logo van de afzender' })
  })

  it('has none without a usable drawing', () => {
    expect(logoOf(undefined, 9070)).toBeUndefined()
    expect(logoOf(part({ embed: 'rId1', extent: { cx: 0, cy: 100 } }, { embed: 'rId1' }, { extent: { cx: 10, cy: 10 } }), 9070)).toBeUndefined()
  })

  it("keeps the alternative text the house gave its logo (wp:docPr descr)", () => {
    const drawing = (descr: string) => '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Afbeelding 1" descr="' + descr + '"/></wp:inline></w:drawing></w:r>'
    const xml = '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:p>' +
      drawing('EMF-tekening') + drawing('Logo van de gemeente Texel') + '</w:p></w:hdr>'
    const logo = logoOf({ ...part({ embed: 'rId2', extent: { cx: 9525, cy: 9525 } }, { embed: 'rId1', extent: { cx: 9525, cy: 9525 } }), xml }, 9070)
    expect(logo?.description).toBe('Logo van de gemeente Texel')
  })
})
