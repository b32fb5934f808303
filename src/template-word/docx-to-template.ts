/**
 * A template edited in Word, back as template text (`oogo sjablonen van-word`).
 *
 * The paragraphs come from ooxml/word-paragraphs.ts (an XML parser, runs rejoined however Word split them). Each
 * paragraph after the legend is one template line: its style's prefix (line-kinds.ts) and its text. A paragraph the
 * editor added has the style Word gave it: Enter at the end of a lid gives a new lid (`1. `), an empty one is a blank
 * line, one whose number was taken away (Backspace) a continuation line; a list made with Word's own list buttons
 * becomes `1. ` or `- `, Word's Heading 2 an article; any other style is literal text. A line break (Shift+Enter) is a new line,
 * indented under a lid or onderdeel as a continuation. Inside template code, what Word typed is undone
 * (template-code.ts: curly quotes, autocorrected dashes); text outside code is kept exactly as typed.
 *
 * Refused, with the paragraph and the template line: unaccepted tracked changes (the text would be a guess between
 * two versions), tables, images and objects, symbols of a symbol font, footnotes. A file that is no .docx, or a .docx
 * that `naar-word` did not write, is refused as a whole.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { readWordDocument, type WordParagraph, type WordProblem } from '../ooxml/word-paragraphs.ts'
import type { TemplateSet } from '../model/project.ts'
import { straightenCode } from './template-code.ts'
import { legendStyle, paragraphStyle, property } from './line-kinds.ts'

export interface TemplateFromWord {
  /** `overeenkomst` or `partials/ondertekening`. */
  name: string
  text: string
  /** The SHA-256 of the template text `naar-word` wrote, when the document still says. */
  writtenSha256?: string
}

/**
 * @param file the path shown in messages
 * @param builtIn the built-in templates: the document must name one of them
 */
export function docxToTemplate(bytes: Uint8Array, file: string, builtIn: TemplateSet): { template?: TemplateFromWord; problems: OogoError[] } {
  const document = readWordDocument(bytes)
  const packageProblem = document.problems.find((p) => p.kind === 'package')
  if (packageProblem) return { problems: [unreadable(file, packageProblem)] }

  const name = document.properties.get(property.template)
  const known = [...builtIn.documents.keys(), ...[...builtIn.partials.keys()].map((p) => `partials/${p}`)]
  if (name === undefined || !known.includes(name)) {
    return { problems: [oogoError(ErrorCode.wordNotATemplate, 'load',
      name === undefined ? 'Dit Word-document is geen sjabloon van oogo: het mist de eigenschap `oogo-sjabloon` die `oogo sjablonen naar-word` erin zet.'
        : `Dit Word-document noemt het sjabloon \`${name}\`, maar dat sjabloon bestaat niet.`,
      { file }, 'Begin met `oogo sjablonen naar-word <soort> --naar <map>` en bewerk het Word-document dat dat schrijft.')] }
  }

  // The legend at the top is the editor's, not the template's.
  let first = 0
  const isLegend = (p: WordParagraph) => p.styleName === legendStyle.name || (p.styleName === undefined && p.styleId === legendStyle.id)
  while (first < document.paragraphs.length && isLegend(document.paragraphs[first]!)) first++
  const paragraphs = document.paragraphs.slice(first)

  const lines: string[] = []
  /** The template line (1-based) each paragraph (1-based, in the whole document) starts at. */
  const lineOf = new Map<number, number>()
  paragraphs.forEach((paragraph, i) => {
    lineOf.set(first + i + 1, lines.length + 1)
    lines.push(...lineOfParagraph(paragraph).split('\n'))
  })
  const problems = document.problems.map((p) => located(file, p, lineOf, first))
  if (problems.length > 0) return { problems }

  const lineEnd = document.properties.get(property.lineEnd) === 'CRLF' ? '\r\n' : '\n'
  const finalLineEnd = document.properties.get(property.finalLineEnd) !== 'nee'
  const text = straightenCode(lines.join('\n') + (finalLineEnd ? '\n' : ''))
  const template: TemplateFromWord = { name, text: lineEnd === '\n' ? text : text.replace(/\n/g, lineEnd) }
  const written = document.properties.get(property.sha256)
  if (written !== undefined) template.writtenSha256 = written
  return { template, problems: [] }
}

/**
 * One paragraph as template text; a line break in it gives more than one line, and a page break (Ctrl+Enter) a line
 * `***`, the template's new page, with the text after it as a line of its own.
 */
function lineOfParagraph(paragraph: WordParagraph): string {
  const [first, ...after] = paragraph.text.split('\f')
  const rest = after.flatMap((text) => ['***', ...(text === '' ? [] : [text])])
  return [linesOf({ ...paragraph, text: first! }), ...rest].filter((line, i) => i > 0 || line !== '' || rest.length === 0).join('\n')
}

function linesOf(paragraph: WordParagraph): string {
  const style = paragraphStyle(paragraph.styleName, paragraph.styleId)
  // An empty lid, heading or continuation is a blank line: Enter pressed twice after a lid, as between leden in the
  // template. (naar-word writes a line that is only a prefix, `1. `, as literal text, so none is lost.)
  if (style && style.prefix !== '' && paragraph.text === '') return ''
  // A lid whose number the editor took away (Backspace before it) reads as what Word shows: a continuation line.
  if (style && paragraph.numberingOff && ['lid', 'onderdeel', 'opsomming'].includes(style.kind)) {
    const indent = ' '.repeat(style.prefix.length)
    return indent + paragraph.text.replace(/\n/g, '\n' + indent)
  }
  // Word's own list numbering on a paragraph without a prefix style (AutoFormat turned a typed "1. " into a list).
  const prefix = style?.prefix || listPrefix(paragraph)
  if (style && ['titel', 'artikel', 'kop', 'tussenkop'].includes(style.kind)) return prefix + paragraph.text.replace(/\n/g, ' ')
  // Under a lid or onderdeel, the next line is a continuation: indented as far as the prefix.
  const indent = prefix === '1. ' || prefix === '- ' || prefix === '   - ' || prefix === '   ' ? ' '.repeat(Math.max(prefix.length, 3)) : ''
  return prefix + paragraph.text.replace(/\n/g, '\n' + indent)
}

/** A paragraph in a style that is not oogo's, with Word's own list numbering: a lid, a bullet or an onderdeel. */
function listPrefix(paragraph: WordParagraph): string {
  if (!paragraph.numbering) return ''
  if (paragraph.numbering.level > 0) return '   - '
  return paragraph.numbering.format === 'bullet' ? '- ' : paragraph.numbering.format === 'none' ? '' : '1. '
}

function unreadable(file: string, problem: Extract<WordProblem, { kind: 'package' }>): OogoError {
  const message = problem.reason === 'too-large' ? 'Dit Word-document is te groot om als sjabloon te lezen.'
    : problem.reason === 'not-zip' ? 'Dit bestand is geen Word-document (.docx), of het is beschadigd.'
      : problem.reason === 'no-document' ? 'Dit bestand is geen Word-document: de hoofdtekst (word/document.xml) ontbreekt.'
        : 'De hoofdtekst van dit Word-document is beschadigd en kan niet worden gelezen.'
  return oogoError(ErrorCode.fileUnreadable, 'load', message, { file },
    'Open het in Word of LibreOffice en sla het op als Word-document (.docx), of maak het opnieuw met `oogo sjablonen naar-word`.')
}

const changes: Record<Extract<WordProblem, { kind: 'tracked-change' }>['change'], string> = {
  ins: 'een ingevoegde tekst', del: 'een verwijderde tekst', moveFrom: 'een verplaatste tekst', moveTo: 'een verplaatste tekst',
  format: 'een gewijzigde opmaak',
}

const unsupported: Record<Extract<WordProblem, { kind: 'unsupported' }>['what'], [string, string]> = {
  table: ['Een tabel uit Word kan niet in een sjabloon worden overgenomen.',
    'Een tabel in een sjabloon is tekst met `|` tussen de kolommen (zie docs/sjablonen.md); typ de rijen zo, of verwijder de tabel.'],
  drawing: ['Een afbeelding, tekstvak of object kan niet in een sjabloon worden overgenomen.', 'Verwijder het; een logo hoort in de huisstijl (--huisstijl).'],
  symbol: ['Een symbool uit een symboollettertype (Symbol, Wingdings) kan niet in een sjabloon worden overgenomen.',
    'Typ het teken als gewone tekst, of kies het in Word uit een gewoon lettertype.'],
  note: ['Een voetnoot of eindnoot kan niet in een sjabloon worden overgenomen.', 'Zet de tekst van de noot in de alinea zelf.'],
}

function located(file: string, problem: WordProblem, lineOf: Map<number, number>, legend: number): OogoError {
  if (problem.kind === 'package') return unreadable(file, problem)
  const line = lineOf.get(problem.paragraph)
  const where = problem.paragraph <= legend ? `alinea ${problem.paragraph} (de toelichting bovenaan)`
    : line === undefined ? `na de laatste alinea` : `alinea ${problem.paragraph}, regel ${line} van het sjabloon`
  const quote = problem.text.trim() === '' ? '' : ` (“${problem.text.trim().length > 60 ? `${problem.text.trim().slice(0, 57)}…` : problem.text.trim()}”)`
  if (problem.kind === 'tracked-change') {
    return oogoError(ErrorCode.wordTrackedChange, 'load', `Deze alinea${quote} bevat ${changes[problem.change]} die nog niet is aanvaard of geweigerd (Wijzigingen bijhouden).`,
      { file, path: where }, 'Aanvaard of weiger eerst alle wijzigingen in Word (Controleren › Aanvaarden › Alle wijzigingen aanvaarden), sla op en zet het document opnieuw terug.')
  }
  const [message, hint] = unsupported[problem.what]
  return oogoError(ErrorCode.wordUnsupported, 'load', `${message}${quote ? ` Het staat in${quote}.` : ''}`, { file, path: where }, hint)
}
