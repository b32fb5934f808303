/**
 * The one place that maps model elements to Word styles, and the default house style: a neutral,
 * professional A4 layout (Calibri 11, Dutch proofing language). Built-in style ids (`Title`,
 * `Heading1`) are what Dutch Word shows as "Titel" and "Kop 1"; our own styles carry Dutch names.
 * `scripts/maak-huisstijl.ts` writes this default as a reference document, `templates/huisstijl.docx`.
 *
 * docx validates nothing (a misspelt style id is written as is), so build code refers to styles
 * only through `Style` below.
 *
 * A house style (`--huisstijl`, a .docx read by load/load-house-style.ts) replaces this default style by style,
 * matched by the names below (house-styles.ts).
 */
import { AlignmentType, type IStylesOptions } from 'docx'

export const Style = {
  title: 'Title',
  subtitle: 'Subtitle',
  article: 'Heading1',
  heading: 'Heading1',
  subheading: 'Heading2',
  minorHeading: 'Heading3',
  normal: 'Normal',
  subsection: 'Lid',
  letter: 'Letter',
  bullet: 'Opsomming',
  number: 'Nummering',
  table: 'Tabeltekst',
  header: 'Header',
  footer: 'Footer',
} as const

export type StyleId = (typeof Style)[keyof typeof Style]

/**
 * The names a house style may give each of our styles (`w:name`), in order of preference: the built-in name Word
 * writes (English, whatever the language of Word), then the name Dutch Word shows, which other programs write.
 */
export const styleNames: Readonly<Record<StyleId, readonly string[]>> = {
  Title: ['Title', 'Titel'],
  Subtitle: ['Subtitle', 'Ondertitel'],
  Heading1: ['heading 1', 'Kop 1'],
  Heading2: ['heading 2', 'Kop 2'],
  Heading3: ['heading 3', 'Kop 3'],
  // LibreOffice calls it Standard (Dutch: Standaard), since 7.6 Default Paragraph Style.
  Normal: ['Normal', 'Standaard', 'Standard', 'Default Paragraph Style', 'Default Style'],
  Lid: ['Lid'],
  Letter: ['Letter'],
  Opsomming: ['Opsomming'],
  Nummering: ['Nummering'],
  Tabeltekst: ['Tabeltekst'],
  Header: ['header', 'Koptekst'],
  Footer: ['footer', 'Voettekst'],
}

/**
 * docx's other default styles (`createDefaultStyles` in docx 9.15.2) by id, with their names. A house style that
 * has one of them under another id gets docx's id, so the document has each of these styles once.
 */
export const docxDefaultStyleNames: Readonly<Record<string, readonly string[]>> = {
  TableNormal: ['Normal Table', 'Standaardtabel'],
  ...Object.fromEntries([4, 5, 6].map((n) => [`Heading${n}`, [`heading ${n}`, `Kop ${n}`]])),
  Strong: ['Strong', 'Zwaar'],
  ListParagraph: ['List Paragraph', 'Lijstalinea'],
  Caption: ['caption', 'Bijschrift'],
  Bibliography: ['Bibliography', 'Bibliografie'],
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`TOC${n}`, [`toc ${n}`, `Inhopg ${n}`]])),
  Hyperlink: ['Hyperlink'],
  FootnoteReference: ['footnote reference', 'Voetnootverwijzing'],
  FootnoteText: ['footnote text', 'Voetnoottekst'],
  FootnoteTextChar: ['Footnote Text Char', 'Voetnoottekst Char'],
  EndnoteReference: ['endnote reference', 'Eindnootverwijzing'],
  EndnoteText: ['endnote text', 'Eindnoottekst'],
  EndnoteTextChar: ['Endnote Text Char', 'Eindnoottekst Char'],
  LineNumber: ['line number', 'Regelnummer'],
}

/** Twips (1/20 pt): 1 cm = 567. */
export const cm = (n: number) => Math.round(n * 567)

/** Left indent (cm) of each kind of list item; the label hangs in the first `hang` cm. */
export const listIndent = {
  subsections: { left: 1, hang: 1 },
  letters: { left: 2, hang: 1 },
  numbers: { left: 0.75, hang: 0.75 },
  bullets: { left: 0.75, hang: 0.75 },
} as const

const font = 'Calibri'
/** The size of table text in half-points (Word's w:sz): 10 pt. */
export const tableTextSize = 20
const language = { value: 'nl-NL' }
const hanging = ({ left, hang }: { left: number; hang: number }) => ({ indent: { left: cm(left), hanging: cm(hang) } })

export const houseStyle: IStylesOptions = {
  default: {
    document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 }, alignment: AlignmentType.CENTER } },
    heading1: { run: { font, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    // Below Kop 2 (bold): the same size, bold italic, less space above.
    heading3: { run: { font, size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: Style.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font, size: 24, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    { id: Style.subsection, name: 'Lid', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: hanging(listIndent.subsections) },
    { id: Style.letter, name: 'Letter', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.letters), spacing: { after: 60 } } },
    { id: Style.bullet, name: 'Opsomming', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.bullets), spacing: { after: 60 } } },
    { id: Style.number, name: 'Nummering', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...hanging(listIndent.numbers), spacing: { after: 60 } } },
    { id: Style.table, name: 'Tabeltekst', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: tableTextSize }, paragraph: { spacing: { before: 40, after: 40, line: 240 } } },
    { id: Style.header, name: 'header', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
    { id: Style.footer, name: 'footer', basedOn: 'Normal', run: { size: 18, color: '595959' }, paragraph: { spacing: { after: 0 } } },
  ],
}
