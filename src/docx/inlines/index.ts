/**
 * Inline nodes → runs. Bold and italics accumulate through nesting; a cross-reference becomes
 * `<w:fldSimple w:instr="REF _Ref_x \h"><w:r><w:t>7</w:t></w:r></w:fldSimple>`: Word shows the
 * cached number, keeps it right on a field update and jumps to the article on click.
 */
import { ExternalHyperlink, NoBreakHyphen, SimpleField, TextRun, type ParagraphChild } from 'docx'
import { assertNever, type Inline } from '../../model/types.ts'

export interface RunStyle { bold?: boolean; italics?: boolean }

export function buildInlines(inlines: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.type) {
      case 'text': return [textRun(inline.value, style)]
      case 'strong': return buildInlines(inline.children, { ...style, bold: true })
      case 'emphasis': return buildInlines(inline.children, { ...style, italics: true })
      case 'break': return [new TextRun({ break: 1 })]
      case 'link': return [new ExternalHyperlink({ link: inline.url, children: buildInlines(inline.children, style).filter((c): c is TextRun => c instanceof TextRun) })]
      case 'ref':
        // resolve-refs guarantees text and bookmark; without them the model was not transformed.
        if (inline.text === undefined || inline.bookmark === undefined) throw new Error(`unresolved ref ${inline.target}`)
        return [new SimpleField(`REF ${inline.bookmark} \\h`, inline.text)]
      default: return assertNever(inline)
    }
  })
}

/** A run of text; a non-breaking hyphen (U+2011, see text/names.ts) becomes Word's own `w:noBreakHyphen`. */
function textRun(value: string, style: RunStyle): TextRun {
  if (!value.includes('\u2011')) return new TextRun({ text: value, ...style })
  const children = value.split('\u2011').flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part])).filter((c) => c !== '')
  return new TextRun({ children, ...style })
}
