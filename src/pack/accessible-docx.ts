/**
 * What Word's accessibility checker (and LibreOffice's PDF export, which tags from it) reads from the package parts,
 * made to hold whatever docx or a house style wrote:
 * - the document language: `<w:lang w:val="nl-NL">` in the document defaults of `word/styles.xml`, and
 *   `<w:themeFontLang w:val="nl-NL">` in `word/settings.xml` (the language Word assumes for theme fonts);
 * - headings that are headings: every `Heading1`–`Heading9` paragraph style has its outline level (`w:outlineLvl`,
 *   0 for Heading1), as Word's built-in headings do and docx's own do not — without it Word's navigation pane, a
 *   table of contents and a tagged PDF see body text.
 * The title (`dc:title`), table header rows (`w:tblHeader`) and the logo's alternative text are written when the
 * document is built (docx/). Like normalize-docx.ts these are edits of the parts' text, in the order of the schema
 * (ECMA-376 part 1: CT_Style, CT_PPrBase, CT_RPr, CT_Settings), and leave a part that already holds them unchanged.
 */
import type { Parts } from "../ooxml/zip.ts";

export const DOCUMENT_LANGUAGE = "nl-NL";

const STYLE = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;
const HEADING_ID = /\sw:styleId\s*=\s*"Heading([1-9])"/;
/** Children of `w:pPr` that come after `w:outlineLvl`. */
const AFTER_OUTLINE = /<w:(divId|cnfStyle|rPr|sectPr|pPrChange)\b/;
/** Children of `w:style` that come after `w:pPr`. */
const AFTER_PPR = /<w:(rPr|tblPr|trPr|tcPr|tblStylePr)\b/;
/** Children of `w:rPr` that come after `w:lang`. */
const AFTER_LANG = /<w:(eastAsianLayout|specVanish|oMath|rPrChange)\b/;
/** Children of `w:settings` that come after `w:themeFontLang`. */
const AFTER_THEME_FONT_LANG =
  /<(w:clrSchemeMapping|w:doNotIncludeSubdocsInStats|w:doNotAutoCompressPictures|w:forceUpgrade|w:captions|w:readModeInkLockDown|w:smartTagType|sl:schemaLibrary|w:shapeDefaults|w:doNotEmbedSmartTags|w:decimalSymbol|w:listSeparator|w14:|w15:)/;

/** The parts with language and heading outline levels in place; other parts are returned as they are. */
export function accessibleParts(files: Parts, read: (name: string) => string): Map<string, string> {
  const changed = new Map<string, string>();
  if (files.has("word/styles.xml")) {
    const before = read("word/styles.xml");
    const after = withDefaultLanguage(withOutlineLevels(before));
    if (after !== before) changed.set("word/styles.xml", after);
  }
  if (files.has("word/settings.xml")) {
    const before = read("word/settings.xml");
    const after = withThemeFontLanguage(before);
    if (after !== before) changed.set("word/settings.xml", after);
  }
  return changed;
}

/** `w:outlineLvl` in every paragraph style `HeadingN` that lacks one. */
export function withOutlineLevels(styles: string): string {
  return styles.replace(STYLE, (style) => {
    const level = HEADING_ID.exec(style.slice(0, style.indexOf(">") + 1))?.[1];
    if (level === undefined || /\sw:type\s*=\s*"(?!paragraph")/.test(style.slice(0, style.indexOf(">") + 1))) return style;
    if (/<w:outlineLvl\b/.test(style)) return style;
    const outline = `<w:outlineLvl w:val="${Number(level) - 1}"/>`;
    const pPr = /<w:pPr\s*\/>|<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(style);
    if (pPr) {
      const body = pPr[1] ?? "";
      const at = body.search(AFTER_OUTLINE);
      const newBody = at < 0 ? body + outline : body.slice(0, at) + outline + body.slice(at);
      return style.slice(0, pPr.index) + `<w:pPr>${newBody}</w:pPr>` + style.slice(pPr.index + pPr[0].length);
    }
    return insertBefore(style, AFTER_PPR, "</w:style>", `<w:pPr>${outline}</w:pPr>`);
  });
}

/** `<w:lang w:val="nl-NL"/>` in the run defaults of `<w:docDefaults>` (a house's other language replaced). */
export function withDefaultLanguage(styles: string): string {
  const lang = `<w:lang w:val="${DOCUMENT_LANGUAGE}"/>`;
  const defaults = /<w:docDefaults\s*\/>|<w:docDefaults\b[^>]*>([\s\S]*?)<\/w:docDefaults>/.exec(styles);
  if (!defaults) {
    return styles.replace(/<w:styles\b[^>]*>/, (open) => `${open}<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`);
  }
  const body = defaults[1] ?? "";
  const rPrDefault = /<w:rPrDefault\s*\/>|<w:rPrDefault\b[^>]*>([\s\S]*?)<\/w:rPrDefault>/.exec(body);
  let newBody: string;
  if (!rPrDefault) {
    newBody = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>${body}`;
  } else {
    const inner = rPrDefault[1] ?? "";
    const rPr = /<w:rPr\s*\/>|<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(inner);
    let newInner: string;
    if (!rPr) newInner = `<w:rPr>${lang}</w:rPr>${inner}`;
    else {
      const props = rPr[1] ?? "";
      const existing = /<w:lang\b[^>]*?\/>/.exec(props);
      const newProps = existing
        ? props.replace(existing[0], /\sw:val\s*=\s*"[^"]*"/.test(existing[0])
          ? existing[0].replace(/(\sw:val\s*=\s*")[^"]*(")/, `$1${DOCUMENT_LANGUAGE}$2`)
          : existing[0].replace(/<w:lang\b/, `<w:lang w:val="${DOCUMENT_LANGUAGE}"`))
        : insertBefore(props, AFTER_LANG, undefined, lang);
      newInner = inner.slice(0, rPr.index) + `<w:rPr>${newProps}</w:rPr>` + inner.slice(rPr.index + rPr[0].length);
    }
    newBody = body.slice(0, rPrDefault.index) + `<w:rPrDefault>${newInner}</w:rPrDefault>` + body.slice(rPrDefault.index + rPrDefault[0].length);
  }
  if (newBody === body) return styles;
  return styles.slice(0, defaults.index) + `<w:docDefaults>${newBody}</w:docDefaults>` + styles.slice(defaults.index + defaults[0].length);
}

/** `<w:themeFontLang w:val="nl-NL"/>` in the settings, unless they name a language already. */
export function withThemeFontLanguage(settings: string): string {
  if (/<w:themeFontLang\b[^>]*\sw:val\s*=/.test(settings)) return settings;
  const lang = `<w:themeFontLang w:val="${DOCUMENT_LANGUAGE}"/>`;
  if (/<w:themeFontLang\b/.test(settings)) return settings.replace(/<w:themeFontLang\b/, `<w:themeFontLang w:val="${DOCUMENT_LANGUAGE}"`);
  const close = settings.lastIndexOf("</w:settings>");
  if (close < 0) return settings;
  const body = settings.slice(0, close);
  const start = settings.indexOf(">", settings.search(/<w:settings\b/)) + 1;
  const at = settings.slice(start, close).search(AFTER_THEME_FONT_LANG);
  const index = at < 0 ? close : start + at;
  return body.length >= index ? settings.slice(0, index) + lang + settings.slice(index) : settings;
}

/** `text` with `insert` before the first match of `after`, else before `end` (or at the end). */
function insertBefore(text: string, after: RegExp, end: string | undefined, insert: string): string {
  const at = text.search(after);
  const index = at >= 0 ? at : end === undefined ? text.length : text.lastIndexOf(end);
  return text.slice(0, index) + insert + text.slice(index);
}
