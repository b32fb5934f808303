/**
 * What a house style gave: for `--huisstijl` and the gemeenten's own house styles (genereer, voorbeeld, batch), a few
 * lines on stderr per house style file saying which of oogo's styles it took over, which it lacks (oogo's own is used
 * then), and which of its styles oogo leaves aside, and why. The matching itself is docx/house-styles.ts's; this only
 * tells it, in the names Dutch Word shows ("Kop 1", "Standaard"), once per file.
 */
import { comparable, matchHouseStyles } from '../docx/house-styles.ts'
import { enumeration } from '../text/enumeration.ts'
import { docxDefaultStyleNames, Style, styleNames, type StyleId } from '../docx/style-map.ts'
import type { HouseStyle } from '../model/house-style.ts'
import type { Terminal } from './terminal.ts'

/** The house styles of a run: `--huisstijl`, and per gemeente (its id) from the configuration. */
export interface HouseStylesInUse {
  houseStyle?: HouseStyle
  municipalHouseStyles?: ReadonlyMap<string, { houseStyle: HouseStyle }>
  /** Not read: there so that what settings.ts's `loadHouseStyles()` gives (or batch's `{ problems: [] }`) passes as is. */
  problems?: readonly unknown[]
}

/** Unused styles named before the rest is counted: enough to recognise, short enough to read. */
const listed = 8

/**
 * Writes the report of each house style of `inUse` to stderr, once per file. `shown` (optional) remembers the files
 * reported before, for a command that runs again on every change (`voorbeeld --watch`).
 *
 * @example
 *   reportHouseStyles(terminal, options) // after assembleOptions()
 */
export function reportHouseStyles(terminal: Terminal, inUse: HouseStylesInUse | undefined, shown: Set<string> = new Set()): void {
  if (!inUse) return
  const users = new Map<string, { house: HouseStyle; municipalities: string[]; flag: boolean }>()
  const add = (house: HouseStyle, municipality?: string) => {
    const entry = users.get(house.file) ?? { house, municipalities: [], flag: false }
    if (municipality === undefined) entry.flag = true
    else entry.municipalities.push(municipality)
    users.set(house.file, entry)
  }
  if (inUse.houseStyle) add(inUse.houseStyle)
  for (const [municipality, { houseStyle }] of inUse.municipalHouseStyles ?? []) add(houseStyle, municipality)
  for (const [file, { house, municipalities, flag }] of users) {
    if (shown.has(file)) continue
    shown.add(file)
    const forWhom = municipalities.length === 0 ? '' : ` (${flag ? '--huisstijl, en ' : ''}voor ${enumeration(municipalities.sort())})`
    terminal.writeError(houseStyleReport(house, forWhom))
  }
}

/** The report of one house style: a heading line and up to three lines, each a list. */
export function houseStyleReport(house: Pick<HouseStyle, 'file' | 'styles' | 'docDefaults'>, forWhom = ''): string {
  const match = matchHouseStyles(house)
  const taken: string[] = []
  const missing: string[] = []
  for (const id of reportOrder) {
    const outcome = match.ours.get(id)
    if (outcome?.kind === 'taken') {
      const style = house.styles[outcome.house]!
      // Named otherwise than Dutch Word shows it (LibreOffice's "Standard"): say which style of the house it is.
      const shownAs = comparable(style.name) === comparable(ourName(id)) || comparable(style.name) === comparable(styleNames[id][0]!) ? '' : ` (‘${style.name || style.id}’)`
      taken.push(ourName(id) + (outcome.by === 'default' ? ` (‘${style.name || style.id}’, het standaardopmaakprofiel van de huisstijl)` : shownAs))
    } else {
      const wrong = outcome?.wrongType === undefined ? '' : ` (de huisstijl heeft alleen een ${typeName(house.styles[outcome.wrongType]!.type)} met die naam)`
      missing.push(ourName(id) + wrong)
    }
  }
  if (house.docDefaults) taken.push('documentstandaard (lettertype, grootte, afstand)')
  else missing.push('documentstandaard (lettertype, grootte, afstand)')

  const unusedParagraphs: string[] = []
  let unusedOthers = 0
  const duplicates: string[] = []
  match.house.forEach((outcome, index) => {
    const style = house.styles[index]!
    const oursToo = outcome.kind === 'used' && (Object.values(Style) as string[]).includes(outcome.as)
    if (outcome.kind === 'duplicate') duplicates.push(dutchName(style.name || style.id))
    else if (!oursToo && style.type === 'paragraph') unusedParagraphs.push(dutchName(style.name || style.id))
    else if (!oursToo) unusedOthers++
  })
  const lines = [`Huisstijl ${house.file}${forWhom}:`]
  if (taken.length > 0) lines.push(`  overgenomen: ${taken.join(', ')}`)
  if (missing.length > 0) lines.push(`  ontbreekt, standaard van oogo gebruikt: ${missing.join(', ')}`)
  const ignored: string[] = []
  if (unusedParagraphs.length > 0 || unusedOthers > 0) {
    const named = unusedParagraphs.slice(0, listed)
    const rest = unusedParagraphs.length - named.length
    const others = unusedOthers === 0 ? [] : [`${unusedOthers} teken-, tabel- of lijstopmaakprofiel${unusedOthers === 1 ? '' : 'en'}`]
    const items = [...named, ...(rest > 0 ? [`${rest} ${rest === 1 ? 'ander alineaopmaakprofiel' : 'andere alineaopmaakprofielen'}`] : []), ...others]
    ignored.push(`${enumeration(items)} (niet gebruikt door oogo)`)
  }
  if (duplicates.length > 0) ignored.push(`${enumeration(duplicates)} (dubbel: het eerste opmaakprofiel met die naam geldt)`)
  if (ignored.length > 0) lines.push(`  genegeerd: ${ignored.join('; ')}`)
  return lines.join('\n') + '\n'
}

/** Our styles in the order of a document: body text first, then headings, lists, table, header and footer. */
const reportOrder: readonly StyleId[] = [Style.normal, Style.title, Style.subtitle, Style.heading, Style.subheading, Style.minorHeading, Style.subsection, Style.letter,
  Style.bullet, Style.number, Style.table, Style.header, Style.footer]

/** Our style as Dutch Word shows it: "Standaard", "Kop 1", "Lid". */
const ourName = (id: StyleId) => styleNames[id][1] ?? styleNames[id][0]!

/** A house style's name as Dutch Word shows it, for the built-in styles Word knows by an English name. */
function dutchName(name: string): string {
  const names = [...Object.values(styleNames), ...Object.values(docxDefaultStyleNames)].find((list) => list.some((n) => comparable(n) === comparable(name)))
  return names?.[1] ?? name
}

const typeName = (type: string) => ({ character: 'tekenopmaakprofiel', table: 'tabelopmaakprofiel', numbering: 'lijstopmaakprofiel' })[type] ?? `${type}-opmaakprofiel`
