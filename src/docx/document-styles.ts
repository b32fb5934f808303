/**
 * What `Document` gets for its styles, theme and page: the default house style of style-map.ts, or a house style
 * (read by load/) on top of it.
 */
import type { IStylesOptions, IThemeOptions } from 'docx'
import type { HouseStyle } from '../model/house-style.ts'
import { houseStyles } from './house-styles.ts'
import { defaultPageLayout, type PageLayout } from './page-layout.ts'
import { houseStyle } from './style-map.ts'
import { themeOf } from './theme.ts'

export interface DocumentStyles {
  /** The house's `word/styles.xml`, its styles renamed to the ids our documents use. */
  externalStyles?: string
  styles: IStylesOptions
  theme?: IThemeOptions
  layout: PageLayout
}

/** The default house style, or `house` on top of it. */
export function documentStyles(house?: HouseStyle): DocumentStyles {
  if (!house) return { styles: houseStyle, layout: defaultPageLayout }
  const merged = houseStyles(house)
  const theme = themeOf(house)
  return { ...merged, ...(theme ? { theme } : {}), layout: house.page ?? defaultPageLayout }
}
