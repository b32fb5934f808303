/**
 * A template as a Word document an editor can change (`oogo sjablonen naar-word`).
 *
 * Each line of the template is one paragraph; its structure is a paragraph style (line-kinds.ts): `## ` an article
 * heading, `1. ` a lid in a real Word numbered list, `   - ` a lettered onderdeel, `   ` a continuation line, and so
 * on. The paragraph holds the rest of the line, literally, so reading it back (docx-to-template.ts) gives the same
 * bytes. Template code (`{{…}}`, comments, `{#id}`) is in a monospace, coloured character style; paragraphs inside
 * a `{{#if}}` or `{{#each}}` have an orange bar on the left; a short legend at the top, which reading back skips,
 * says what the marks mean. The document knows its template through custom document properties.
 */
import {
  AlignmentType, BorderStyle, Document, LevelFormat, LevelSuffix, Paragraph, ShadingType, Tab, TextRun,
  type IParagraphOptions, type IParagraphStyleOptions,
} from 'docx'
import { packDocx } from '../pack/pack-docx.ts'
import { verifyDocx } from '../ooxml/verify-docx.ts'
import { findNonXmlCharacter } from '../ooxml/xml-characters.ts'
import { sha256 } from '../load/find-dossiers.ts'
import { blockDepths, codeSpans } from './template-code.ts'
import { codeStyle, legendStyle, lineStyles, property, styleOfKind, type LineKind } from './line-kinds.ts'

export interface TemplateForWord {
  /** `overeenkomst`, or `partials/ondertekening` for a partial. */
  name: string
  text: string
}

export interface TemplateLine {
  kind: LineKind
  /** The line without the prefix its kind stands for. */
  text: string
  /** Offset of the line's first character in the template text. */
  start: number
}

/**
 * The lines of a template, each classified by the first style whose prefix it starts with. A line of template code
 * only is `code`, a `|` line is a table row; the rest is `tekst`. Line ends are `\n`; a `\r` before one is left to
 * the caller (templateToDocx takes CRLF text whole).
 */
export function templateLines(text: string): TemplateLine[] {
  const spans = codeSpans(text)
  const lines: TemplateLine[] = []
  let start = 0
  for (const line of text.split('\n')) {
    lines.push(classify(line, start, spans))
    start += line.length + 1
  }
  return lines
}

function classify(line: string, start: number, spans: ReturnType<typeof codeSpans>): TemplateLine {
  if (line === '') return { kind: 'tekst', text: '', start }
  for (const style of lineStyles) {
    // A line that is only a prefix (`1. `) stays literal: reading back takes an empty lid for a blank line.
    if (style.prefix !== '' && line.startsWith(style.prefix) && line.length > style.prefix.length) return { kind: style.kind, text: line.slice(style.prefix.length), start }
  }
  if (line.startsWith('|')) return { kind: 'tabel', text: line, start }
  // Only code (and spaces) on the line: `{{#if …}}`, `{{/each}}`, `{{> partij}}`, a comment.
  let covered = 0
  for (const span of spans) {
    const from = Math.max(span.start, start)
    const to = Math.min(span.end, start + line.length)
    if (to > from && span.kind !== 'anchor') covered += to - from
  }
  const spaces = line.length - line.replace(/ /g, '').length
  return { kind: covered > 0 && covered + spaces === line.length ? 'code' : 'tekst', text: line, start }
}

/** Dutch text of the legend: what the editor sees first. */
function legend(name: string): string[] {
  return [
    `Sjabloon ${name} van oogo, om in Word te bewerken. Zet het daarna terug met: npx oogo sjablonen van-word <dit bestand> --sjablonen <uw map met sjablonen>`,
    'Paarse tekst in een vast lettertype is sjablooncode: velden ({{…}}), voorwaarden ({{#if …}} … {{/if}}), lijsten ({{#each …}}), gedeelde stukken ({{> …}}), opmerkingen en ids van artikelen en leden ({#…}). Laat die staan zoals zij staat, tenzij u weet wat u doet. Een alinea met een oranje streep links staat binnen een voorwaarde of lijst: zij komt alleen (of per element herhaald) in het document.',
    'Elke alinea is één regel van het sjabloon; een lege alinea scheidt alinea\'s en leden. De opmaakprofielen (Oogo Artikel, Oogo Lid, Oogo Onderdeel, Oogo Vervolg, …) geven de opbouw aan: een nieuw lid maakt u met Enter aan het eind van een lid. De nummers hier zijn een indicatie; oogo nummert zelf bij het maken van de documenten. Aanvaard of weiger alle bijgehouden wijzigingen voordat u het document terugzet. Deze toelichting wordt bij het terugzetten overgeslagen.',
  ]
}

const font = 'Calibri'
const codeFont = 'Consolas'
const codeColour = '7030A0'
const conditionColour = 'ED7D31'
const size = 22 // half-points: 11 pt

/** Indents in twips: a lid's text and a continuation line under it line up. */
const lidIndent = { left: 720, hanging: 720 }
const onderdeelIndent = { left: 1440, hanging: 720 }

const paragraphStyles: IParagraphStyleOptions[] = [
  { id: legendStyle.id, name: legendStyle.name, basedOn: 'Normal', next: styleOfKind('tekst').id, quickFormat: false,
    run: { italics: true, color: '595959', size: 18 },
    paragraph: { spacing: { after: 80 }, shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
      border: { top: line('BFBFBF'), bottom: line('BFBFBF'), left: line('BFBFBF'), right: line('BFBFBF') } } },
  ...lineStyles.map((style): IParagraphStyleOptions => {
    const base = { id: style.id, name: style.name, basedOn: 'Normal', next: style.id, quickFormat: true }
    switch (style.kind) {
      case 'titel': return { ...base, next: styleOfKind('tekst').id, run: { bold: true, size: 32 }, paragraph: { keepNext: true } }
      case 'artikel': return { ...base, next: styleOfKind('tekst').id, run: { bold: true, size: 26 }, paragraph: { keepNext: true, spacing: { before: 120 } } }
      case 'kop': return { ...base, next: styleOfKind('tekst').id, run: { bold: true, size }, paragraph: { keepNext: true } }
      case 'tussenkop': return { ...base, next: styleOfKind('tekst').id, run: { bold: true, italics: true, size }, paragraph: { keepNext: true } }
      case 'lid': return { ...base, paragraph: { indent: lidIndent } }
      case 'onderdeel': return { ...base, paragraph: { indent: onderdeelIndent } }
      case 'opsomming': return { ...base, paragraph: { indent: { left: 720, hanging: 360 } } }
      case 'vervolg': return { ...base, paragraph: { indent: { left: 720 } } }
      case 'tabel': return { ...base, run: { font: codeFont, size: 20 } }
      case 'code': return { ...base, next: styleOfKind('tekst').id }
      case 'tekst': return base
    }
  }),
]

function line(color: string) {
  return { style: BorderStyle.SINGLE, size: 4, color, space: 4 }
}

const numbering = {
  config: [
    {
      // Numbered articles, their leden and onderdelen: "Artikel 3", "3.1", "(a)".
      reference: 'oogo-artikel',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: 'Artikel %1', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: lidIndent } } },
        { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: onderdeelIndent } } },
      ],
    },
    {
      // Leden outside a numbered article ("De ondergetekenden"): 1, 2, 3 and (a), per section.
      reference: 'oogo-lid',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: lidIndent } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: onderdeelIndent } } },
      ],
    },
    {
      reference: 'oogo-opsomming',
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: onderdeelIndent } } },
      ],
    },
  ],
}

/** The runs of one line: literal text, and code in the code character style; a tab is a Word tab. */
function runs(text: string, lineStart: number, spans: ReturnType<typeof codeSpans>): TextRun[] {
  const out: TextRun[] = []
  const push = (piece: string, code: boolean) => {
    if (piece === '') return
    const parts = piece.split('\t')
    const children = parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '')
    out.push(new TextRun(code ? { children, style: codeStyle.id } : { children }))
  }
  let at = 0
  for (const span of spans) {
    const from = Math.max(span.start - lineStart, 0)
    const to = Math.min(span.end - lineStart, text.length)
    if (to <= from || from >= text.length) continue
    push(text.slice(at, from), false)
    push(text.slice(from, to), true)
    at = to
  }
  push(text.slice(at), false)
  return out
}

/**
 * The .docx of a template: the same text always gives the same bytes.
 *
 * @example
 *   const bytes = await templateToDocx({ name: 'overeenkomst', text })
 */
export async function templateToDocx(template: TemplateForWord): Promise<Uint8Array> {
  // CRLF only when every line ends so; a `\r` cannot travel through XML, so a mixed file comes back with `\n` only.
  const crlf = template.text.includes('\r\n') && !/(^|[^\r])\n/.test(template.text)
  const text = template.text.replace(/\r\n/g, '\n')
  const finalLineEnd = text.endsWith('\n')
  const body = finalLineEnd ? text.slice(0, -1) : text
  const lines = templateLines(body)
  const spans = codeSpans(body)
  const depths = blockDepths(body, lines.map((l) => l.start))

  // Word numbering: leden under a numbered article (`## Titel {#id}`) continue its number; elsewhere each section
  // ('## … {-}', `# …`) starts a new list.
  let numberedArticle = false
  let section = 0
  const paragraphs = lines.map((templateLine, i) => {
    const prefixLength = styleOfKind(templateLine.kind).prefix.length
    const options: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = {
      style: styleOfKind(templateLine.kind).id,
      children: runs(templateLine.text, templateLine.start + prefixLength, spans),
    }
    if (templateLine.kind === 'artikel' || templateLine.kind === 'titel') {
      numberedArticle = templateLine.kind === 'artikel' && /\{#[A-Za-z0-9_]/.test(templateLine.text)
      section++
      if (numberedArticle) options.numbering = { reference: 'oogo-artikel', level: 0 }
    }
    if (templateLine.kind === 'lid') options.numbering = numberedArticle ? { reference: 'oogo-artikel', level: 1 } : { reference: 'oogo-lid', level: 0, instance: section }
    if (templateLine.kind === 'onderdeel') options.numbering = numberedArticle ? { reference: 'oogo-artikel', level: 2 } : { reference: 'oogo-lid', level: 1, instance: section }
    if (templateLine.kind === 'opsomming') options.numbering = { reference: 'oogo-opsomming', level: 0, instance: section }
    const depth = depths[i]!
    if (depth > 0) {
      options.border = { left: { style: BorderStyle.SINGLE, size: Math.min(4 + 8 * depth, 48), color: conditionColour, space: 6 } }
    }
    return new Paragraph(options)
  })

  const document = new Document({
    creator: 'oogo',
    title: `Sjabloon ${template.name}`,
    description: `Sjabloon ${template.name} van oogo, om in Word te bewerken (oogo sjablonen naar-word / van-word).`,
    customProperties: [
      { name: property.template, value: template.name },
      { name: property.lineEnd, value: crlf ? 'CRLF' : 'LF' },
      { name: property.finalLineEnd, value: finalLineEnd ? 'ja' : 'nee' },
      { name: property.sha256, value: sha256(template.text) },
    ],
    styles: {
      default: { document: { run: { font, size }, paragraph: { spacing: { after: 0, line: 276 } } } },
      paragraphStyles,
      characterStyles: [{ id: codeStyle.id, name: codeStyle.name, basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font: codeFont, color: codeColour } }],
    },
    numbering,
    sections: [{ children: [...legend(template.name).map((t) => new Paragraph({ style: legendStyle.id, children: [new TextRun(t)] })), ...paragraphs] }],
  })
  const bytes = await packDocx(document, { date: '2026-01-01' })
  verifyDocx(bytes, `${template.name}.docx`)
  return bytes
}

/**
 * Where `text` has a character a Word document cannot hold (XML 1.0 does not allow it): line and column, and the
 * code point. Such a template cannot go to Word and back unchanged; `oogo sjablonen controleer` refuses it too.
 */
export function unwordableCharacter(text: string): { line: number; column: number; codePoint: number } | undefined {
  const found = findNonXmlCharacter(text)
  if (!found) return undefined
  const before = text.slice(0, found.index).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1, codePoint: found.codePoint }
}
