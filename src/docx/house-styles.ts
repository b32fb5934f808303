/**
 * A house style's styles on top of ours. `matchHouseStyles()` matches the house's styles (read by load/) to ours by
 * the name Word knows them by (`w:name`: "heading 1" or "Kop 1" for `Heading1`), and the house's default paragraph
 * style (`w:default`) to `Normal` whatever it is called; `houseStyles()` gives each matched house style the id our
 * documents use, and keeps ours only for the styles the house lacks. The ids go that way round because docx 9.15.2
 * always writes its own default styles (Normal, Title, Heading1–6, …) and only an external style with the *same id*
 * replaces one: a house "Kop1" next to docx's "Heading1" would leave two styles named "heading 1" (and two "Normal"s)
 * in the document. Word itself identifies built-in styles by name, not id, so Dutch Word still shows the house's
 * "Kop 1".
 *
 * Names are compared without regard to case or spacing: Word writes "heading 1", LibreOffice "Heading 1"; LibreOffice
 * calls Word's Normal "Standard" (Dutch: "Standaard"), since 7.6 "Default Paragraph Style".
 */
import type { IParagraphStyleOptions, IStylesOptions } from 'docx'
import type { HouseStyle, HouseStyleDefinition } from '../model/house-style.ts'
import { renameStyles } from '../ooxml/rename-styles.ts'
import { docxDefaultStyleNames, houseStyle, Style, styleNames, type StyleId } from './style-map.ts'

/** A style name as Word compares them: case and runs of spaces do not count. */
export const comparable = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase()

/** What became of one of our styles. */
export type OurStyleOutcome =
  /** The house's style `house` (its position among the house's styles) stands in for ours. */
  | { kind: 'taken'; house: number; by: 'name' | 'default' | 'id' }
  /** The house has no such style: ours is used (without our font, so the house's font applies). */
  | { kind: 'missing'; wrongType?: number }

/** What became of one of the house's styles. */
export type HouseStyleOutcome =
  | { kind: 'used'; as: string }
  /** A second style of a name already matched: the first one counts. */
  | { kind: 'duplicate'; of: string }
  /** A style oogo's documents do not use (it comes along, unused). */
  | { kind: 'unused' }

export interface HouseStyleMatch {
  /** Our styles (style-map.ts's `Style`), by id. */
  readonly ours: ReadonlyMap<StyleId, OurStyleOutcome>
  /** The house's styles, by position. */
  readonly house: readonly HouseStyleOutcome[]
  /** House style id → the id it gets in our documents. */
  readonly renames: ReadonlyMap<string, string>
  /** Positions of house styles left out (a second style of a matched name under our id). */
  readonly dropped: ReadonlySet<number>
}

/**
 * Matches by the styles array a house style was loaded with: every document of a run (and the report) asks again, and a
 * house style may have up to 2000 styles (load-house-style.ts). The result is shared: read it, never change it.
 */
const matches = new WeakMap<readonly HouseStyleDefinition[], HouseStyleMatch>()

/** Which house style stands in for which of ours (and docx's defaults), and which are left aside. */
export function matchHouseStyles(house: Pick<HouseStyle, 'styles'>): HouseStyleMatch {
  let match = matches.get(house.styles)
  if (!match) {
    match = matchStyles(house.styles)
    matches.set(house.styles, match)
  }
  return match
}

function matchStyles(styles: readonly HouseStyleDefinition[]): HouseStyleMatch {
  const entries = styles.map((style, index) => ({ ...style, index, key: comparable(style.name) }))
  const renames = new Map<string, string>()
  const dropped = new Set<number>()
  const claimed = new Set<number>()
  const taken = new Set(entries.map((e) => e.id))
  const ours = new Map<StyleId, OurStyleOutcome>()
  const outcomes: HouseStyleOutcome[] = entries.map(() => ({ kind: 'unused' }))
  const canonical: [id: string, names: readonly string[], paragraphOnly: boolean][] = [
    ...Object.entries(styleNames).map(([id, names]): [string, readonly string[], boolean] => [id, names, true]),
    ...Object.entries(docxDefaultStyleNames).map(([id, names]): [string, readonly string[], boolean] => [id, names, false]),
  ]
  const isOurs = (id: string): id is StyleId => id in styleNames
  for (const [id, names, paragraphOnly] of canonical) {
    const candidates = entries.filter((e) => !claimed.has(e.index) && (!paragraphOnly || e.type === 'paragraph'))
    // By name, as Word does; the default paragraph style is Normal whatever its name; by id only for a style without
    // a name (w:name is optional). A style that merely has our id under a name of its own is another style: it moves
    // aside below, and ours takes the id.
    const byName = names.map((n) => candidates.find((e) => e.name === n)).find(Boolean)
      ?? names.map((n) => comparable(n)).map((n) => candidates.find((e) => e.key === n)).find(Boolean)
    const byDefault = id === Style.normal ? candidates.find((e) => e.isDefault && e.type === 'paragraph') : undefined
    const byId = candidates.find((e) => e.id === id && e.name === '')
    const match = byName ?? byDefault ?? byId
    if (!match) {
      if (isOurs(id)) {
        const wrongType = entries.find((e) => e.type !== 'paragraph' && names.some((n) => comparable(n) === e.key))
        ours.set(id, wrongType ? { kind: 'missing', wrongType: wrongType.index } : { kind: 'missing' })
      }
      for (const squatter of entries.filter((e) => e.id === id && !claimed.has(e.index))) {
        renames.set(squatter.id, freeId(id, taken))
        claimed.add(squatter.index)
      }
      continue
    }
    claimed.add(match.index)
    outcomes[match.index] = { kind: 'used', as: id }
    if (isOurs(id)) ours.set(id, { kind: 'taken', house: match.index, by: match === byName ? 'name' : match === byDefault ? 'default' : 'id' })
    if (match.id === id) continue
    for (const squatter of entries.filter((e) => e.id === id && e !== match && !claimed.has(e.index))) {
      if (names.some((n) => comparable(n) === squatter.key)) {
        dropped.add(squatter.index) // a second style of the same name: the match stands for it
        outcomes[squatter.index] = { kind: 'duplicate', of: id }
      } else {
        renames.set(squatter.id, freeId(id, taken))
      }
    }
    renames.set(match.id, id)
  }
  // Further styles of a matched name (under ids of their own) come along, but only the first counts.
  const usedAs = new Map<string, string>()
  for (const entry of entries) {
    const outcome = outcomes[entry.index]!
    if (outcome.kind === 'used' && entry.key !== '') usedAs.set(`${entry.type} ${entry.key}`, outcome.as)
  }
  for (const entry of entries) {
    const as = usedAs.get(`${entry.type} ${entry.key}`)
    if (outcomes[entry.index]!.kind === 'unused' && entry.key !== '' && as !== undefined) outcomes[entry.index] = { kind: 'duplicate', of: as }
  }
  return { ours, house: outcomes, renames, dropped }
}

/**
 * The house's styles.xml with its styles under our ids (and docx's), and our styles for the ids it lacks. Of two
 * house styles with a name of the same style, the first is kept. Numbering does not come across (the house's
 * numbering.xml is not copied), so a style's `w:numPr` is dropped: it would point at a list of ours, or at none.
 */
export function houseStyles(house: Pick<HouseStyle, 'stylesXml' | 'styles' | 'docDefaults'>): { externalStyles: string; styles: IStylesOptions } {
  const { renames, dropped } = matchHouseStyles(house)
  const externalStyles = renameStyles(house.stylesXml, { renames, dropped })
  const present = new Set(house.styles.filter((_, i) => !dropped.has(i)).map((e) => renames.get(e.id) ?? e.id))
  const ours = houseStyle.default ?? {}
  const fallback = <T extends { run?: object }>(style: T): T => ({ ...style, ...(style.run ? { run: withoutFont(style.run) } : {}) })
  const defaults: NonNullable<IStylesOptions['default']> = {
    // Left out, the house's document defaults win; given, ours would (docx keeps the last).
    ...(house.docDefaults || !ours.document ? {} : { document: ours.document }),
    ...(present.has(Style.title) || !ours.title ? {} : { title: fallback(ours.title) }),
    ...(present.has(Style.heading) || !ours.heading1 ? {} : { heading1: fallback(ours.heading1) }),
    ...(present.has(Style.subheading) || !ours.heading2 ? {} : { heading2: fallback(ours.heading2) }),
    ...(present.has(Style.minorHeading) || !ours.heading3 ? {} : { heading3: fallback(ours.heading3) }),
  }
  const paragraphStyles: IParagraphStyleOptions[] = (houseStyle.paragraphStyles ?? []).filter((s) => !present.has(s.id)).map(fallback)
  return { externalStyles, styles: { default: defaults, paragraphStyles } }
}

/** `HeadingHuisstijl`, `HeadingHuisstijl2`, …: a new id for a house style that had one of ours. */
function freeId(id: string, taken: Set<string>): string {
  let free = `${id}Huisstijl`
  for (let n = 2; taken.has(free); n++) free = `${id}Huisstijl${n}`
  taken.add(free)
  return free
}

/** A style kept for a house style takes the house's fonts: it loses ours. */
function withoutFont<T extends object>(run: T): T {
  const { font: _font, ...rest } = run as T & { font?: unknown }
  return rest as T
}

