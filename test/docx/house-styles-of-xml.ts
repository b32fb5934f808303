/**
 * `houseStyles` of docx/house-styles.ts for a styles.xml given as text: read by ooxml/ as load/ reads it, then mapped.
 * For tests that write a styles part by hand.
 */
import { houseStyles as fromHouseStyle } from '../../src/docx/house-styles.ts'
import { readStyleSheet } from '../../src/ooxml/styles.ts'

export function houseStyles(stylesXml: string): ReturnType<typeof fromHouseStyle> {
  const sheet = readStyleSheet(stylesXml)
  if (sheet === undefined || sheet === 'strict') throw new Error('not a (transitional) styles part')
  return fromHouseStyle({ stylesXml, ...sheet })
}
