/**
 * The theme a document gets: the house's (its colours and fonts, which its styles may use as "theme fonts"), read by
 * load/, unless it is the one docx writes anyway.
 */
import type { IThemeOptions } from 'docx'
import type { HouseStyle } from '../model/house-style.ts'

/**
 * The fingerprint of the theme docx writes by default (Office 2013–2022: Calibri Light and Calibri, the Office
 * colours). A house theme that has it is left to docx, which writes the same theme; another is carried over.
 */
export const defaultThemeFingerprint = JSON.stringify({
  colors: { dark2: '44546A', light2: 'E7E6E6', accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47', hyperlink: '0563C1', followedHyperlink: '954F72' },
  headings: 'Calibri Light',
  body: 'Calibri',
})

/** The house's theme as docx's `theme` option, unless it has none (or none that could be read) or it is docx's own. */
export function themeOf(house: HouseStyle): IThemeOptions | undefined {
  const theme: IThemeOptions | undefined = house.theme
  return theme === undefined || themeFingerprint(theme) === defaultThemeFingerprint ? undefined : theme
}

export function themeFingerprint(theme: IThemeOptions): string {
  const latin = (f: string | { latin?: string } | undefined) => (typeof f === 'string' ? f : f?.latin)
  return JSON.stringify({ colors: theme.colors, headings: latin(theme.fonts?.headings), body: latin(theme.fonts?.body) })
}
