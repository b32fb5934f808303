/**
 * Where the title of an article heading starts: `Artikel 7<tab>Geschillen` has a tab stop after the number, and it
 * must lie beyond "Artikel 99" in the heading's own font size. A fixed stop (2.25 cm) was passed by "Artikel 2" in a
 * house style with 20 pt headings: the tab then went to the next default stop, a few points on, and a reader showed
 * "Artikel 2Onderwerp". So the stop is computed from the size, weight and capitals the article style really has — the
 * house's `Heading1` with what it inherits (`w:basedOn`, then the document defaults), else ours — and the width of the
 * widest "Artikel N" of the document (at least "Artikel 99", so every document of a set aligns alike), measured with
 * text-width.ts's upper bound for the fonts a reader may draw, plus half an em of air; never less than 2.25 cm.
 */
import type { HouseRun, HouseStyle, HouseStyleDefinition } from '../model/house-style.ts'
import type { Block } from '../model/types.ts'
import { visitBlocks } from '../model/visit.ts'
import { matchHouseStyles } from './house-styles.ts'
import { cm, houseStyle, Style } from './style-map.ts'
import { textWidth } from './text-width.ts'

/** The run of the article heading that decides its width: half-points, bold, capitals. */
export interface HeadingRun {
  size: number
  bold: boolean
  caps: boolean
}

/** Word's size when no style or default gives one: 10 pt. */
const wordDefaultSize = 20
/** The stop of the default house style, and the least any house gets. */
const minimumStop = cm(2.25)
/** Stops are rounded up to a quarter centimetre, so nearby sizes line up alike. */
const grid = cm(0.25)

/** The run of the article style: the house's (`house`), or the default house style's. */
export function articleHeadingRun(house?: Pick<HouseStyle, 'styles' | 'defaultRun'>): HeadingRun {
  const ours = houseStyle.default?.heading1?.run
  const ourRun: HeadingRun = { size: Number(ours?.size ?? 24), bold: ours?.bold === true, caps: ours?.allCaps === true }
  if (!house) return ourRun
  const outcome = matchHouseStyles(house).ours.get(Style.article)
  // The house lacks it: ours stands in, without our font (house-styles.ts), so our size and weight.
  if (outcome?.kind !== 'taken') return ourRun
  const chain: HouseRun[] = []
  const seen = new Set<number>()
  for (let index: number | undefined = outcome.house; index !== undefined && !seen.has(index);) {
    seen.add(index)
    const style: HouseStyleDefinition = house.styles[index]!
    if (style.run) chain.push(style.run)
    const parent: string | undefined = style.basedOn
    const next: number = parent === undefined ? -1 : house.styles.findIndex((s) => s.id === parent && s.type === style.type)
    index = next < 0 ? undefined : next
  }
  if (house.defaultRun) chain.push(house.defaultRun)
  const first = <K extends keyof HouseRun>(key: K) => chain.find((run) => run[key] !== undefined)?.[key]
  return { size: first('size') ?? wordDefaultSize, bold: first('bold') ?? false, caps: first('caps') ?? false }
}

/** The position (twips from the indent) of the tab stop after "Artikel N" for `run`, with the articles of `blocks`. */
export function articleTabStop(run: HeadingRun, blocks: readonly Block[] = []): number {
  const labels = ['Artikel 99']
  visitBlocks(blocks, (block) => { if (block.type === 'section' && block.number) labels.push(`Artikel ${block.number}`) })
  const widest = Math.max(...labels.map((label) => textWidth(run.caps ? label.toUpperCase() : label, run.size, run.bold)))
  const air = run.size * 5 // half an em: an em is the size in points, `size / 2`, times 20 twips
  return Math.max(minimumStop, Math.round(Math.ceil((widest + air) / grid) * grid))
}
