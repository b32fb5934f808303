/**
 * The one place that maps model elements to Word styles, and the default house style: a neutral,
 * professional A4 layout (Calibri 11, Dutch proofing language). Built-in style ids (`Title`,
 * `Heading1`) are what Dutch Word shows as "Titel" and "Kop 1"; our own styles carry Dutch names.
 *
 * docx validates nothing (a misspelt style id is written as is), so build code refers to styles
 * only through `Style` below.
 */
import { AlignmentType, type IStylesOptions } from 'docx'

export const Style = {
  title: 'Title',
  subtitle: 'Subtitle',
  article: 'Heading1',
  heading: 'Heading1',
  subheading: 'Heading2',
  normal: 'Normal',
  subsection: 'Lid',
  letter: 'Letter',
  bullet: 'Opsomming',
  number: 'Nummering',
  table: 'Tabeltekst',
  header: 'Header',
  footer: 'Footer',
} as const

/** Twips (1/20 pt): 1 cm = 567. */
export const cm = (n: number) => Math.round(n * 567)

export const page = {
  width: 11906, // A4
  height: 16838,
  margin: cm(2.5),
  /** Usable width between the margins, for table column widths. */
  get textWidth() { return this.width - 2 * this.margin },
}

/** Left indent (cm) of each kind of list item; the label hangs in the first `hang` cm. */
export const listIndent = {
  subsections: { left: 1, hang: 1 },
  letters: { left: 2, hang: 1 },
  numbers: { left: 0.75, hang: 0.75 },
  bullets: { left: 0.75, hang: 0.75 },
} as const

const font = 'Calibri'
const language = { value: 'nl-NL' }
const hanging = ({ left, hang }: { left: number; hang: number }) => ({ indent: { left: cm(left), hanging: cm(hang) } })

export const houseStyle: IStylesOptions = {
  default: {
    document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 }, alignment: AlignmentType.CENTER } },
    heading1: { run: { font, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: Style.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font, size: 24, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    { id: Style.subsection, name: 'Lid', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: hanging(listIndent.subsections) },
    { id: Style.letter, name: 'Letter', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.letters), spacing: { after: 60 } } },
    { id: Style.bullet, name: 'Opsomming', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.bullets), spacing: { after: 60 } } },
    { id: Style.number, name: 'Nummering', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.numbers), spacing: { after: 60 } } },
    { id: Style.table, name: 'Tabeltekst', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { before: 40, after: 40, line: 240 } } },
    { id: Style.header, name: 'header', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
    { id: Style.footer, name: 'footer', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
  ],
}
