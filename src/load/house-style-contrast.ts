/**
 * The contrast of a house style's text colours against the white page (WCAG 2.1, success criterion 1.4.3, level AA:
 * at least 4.5 : 1), computed from the relative luminance of WCAG 2.1. A colour below it is a warning at load
 * (`huisstijl/contrast`), placed at the house style and the style's name, with the ratio and a darker colour of the
 * same hue that passes. Styles Word hides from the style list (semi-hidden, such as "Placeholder Text") are left
 * out: a document of oogo's only gets them when someone applies them by hand.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { readStyleColors } from '../ooxml/style-colors.ts'

/** WCAG 2.1 AA for normal text. */
export const MIN_CONTRAST = 4.5

/** Relative luminance of a colour of six hex digits (WCAG 2.1, "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** The contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

/** `4,47 : 1`, rounded down, so a colour just below the limit never reads as 4,50. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')} : 1`
}

/** The lightest darkening of `hex` (the same hue, every channel scaled alike) that has at least 4.5 : 1 on white. */
export function darkerPassing(hex: string): string {
  if (contrastRatio(hex, 'FFFFFF') >= MIN_CONTRAST) return hex.toUpperCase()
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const scaled = (f: number) => channels.map((c) => Math.floor(c * f).toString(16).padStart(2, '0')).join('').toUpperCase()
  let low = 0
  let high = 1
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2
    if (contrastRatio(scaled(mid), 'FFFFFF') >= MIN_CONTRAST) low = mid
    else high = mid
  }
  return scaled(low)
}

/** Word's built-in styles by the Dutch name Dutch Word shows (styles.xml keeps the English one). */
const dutchNames: Record<string, string> = {
  normal: 'Standaard', title: 'Titel', subtitle: 'Ondertitel', header: 'Koptekst', footer: 'Voettekst', strong: 'Zwaar',
  emphasis: 'Nadruk', quote: 'Citaat', 'intense quote': 'Duidelijk citaat', 'list paragraph': 'Lijstalinea',
  caption: 'Bijschrift', 'footnote text': 'Voetnoottekst', hyperlink: 'Hyperlink',
}

/** The name a user finds the style by in Dutch Word: "heading 1" is "Kop 1". */
export function displayName(name: string): string {
  const key = name.trim().toLowerCase()
  const heading = /^heading (\d)$/.exec(key)
  return heading ? `Kop ${heading[1]}` : dutchNames[key] ?? name
}

/** A warning for every text colour of `stylesXml` with less than 4.5 : 1 against white. */
export function contrastWarnings(file: string, stylesXml: string): OogoError[] {
  const problems: OogoError[] = []
  for (const style of readStyleColors(stylesXml)) {
    if (style.hidden || (style.type !== 'paragraph' && style.type !== 'character')) continue
    const ratio = contrastRatio(style.color, 'FFFFFF')
    if (ratio >= MIN_CONTRAST) continue
    const name = displayName(style.name)
    const subject = style.name === '' ? 'De standaardtekstkleur' : `De tekstkleur van opmaakprofiel "${name}"`
    const better = darkerPassing(style.color)
    problems.push(oogoError(ErrorCode.houseStyleContrast, 'load',
      `${subject} in de huisstijl (#${style.color}) heeft op wit een contrast van ${formatRatio(ratio)}; voor een toegankelijk document (WCAG 2.1, niveau AA) is ten minste 4,5 : 1 nodig.`,
      { file, ...(style.name === '' ? {} : { path: name }) },
      `Kies in Word een donkerdere kleur${style.name === '' ? ' voor de standaardtekst' : ` voor "${name}"`}, bijvoorbeeld #${better} (${formatRatio(contrastRatio(better, 'FFFFFF'))}).`,
      'warning'))
  }
  return problems
}
