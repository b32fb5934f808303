/**
 * Makes a .docx from docx's `Packer` byte-for-byte reproducible (TECH-NOTES §6). docx writes `new Date()` into the
 * core.xml dates, leaves the zip entry times at `Date.now()`, and draws bookmark ids (and so the `_Toc<N>` names of
 * TOC headings) and the ids of drawings (`<wp:docPr id="N">`, an image such as a house style's logo) from
 * process-global counters, so the second document built in a process differs from the first; a CONCEPT watermark's
 * shape id is random.
 * Here the dates come from the input, every entry gets the same fixed time, and bookmarks and drawings are renumbered
 * in order of appearance, and so are watermarks. Everything else is left byte-for-byte as docx wrote it, in docx's entry
 * order, but for the language and heading outline levels accessible-docx.ts puts in place. These are edits of the text
 * of the parts (no XML is parsed); the zip container is ooxml/zip.ts's.
 */
import { unzipParts, zipParts, type Parts } from "../ooxml/zip.ts";
import { accessibleParts } from "./accessible-docx.ts";

/** Where docx's own bookmark counter starts (`uniqueNumericIdCreator()` returns ++0). */
const FIRST_BOOKMARK_ID = 1;

/** The parts that can hold bookmarks, document first, then the others in a fixed order (header2 before header10). */
const STORY = /^word\/(document|header|footer|footnotes|endnotes|comments)(\d*)\.xml$/;
const STORY_RANK = ["document", "header", "footer", "footnotes", "endnotes", "comments"];

// A whole start tag, attributes matched as quoted values so a `>` inside one can't end it early.
const BOOKMARK_TAG = /<w:bookmark(?:Start|End)(?:\s+[\w:.-]+\s*=\s*"[^"]*")*\s*\/?>/g;
const ID_ATTR = /(\sw:id\s*=\s*")(-?\d+)(")/;
const TOC_NAME = /\sw:name\s*=\s*"_Toc(\d+)"/;
const TOC_REF = /(?<!\w)_Toc(\d+)(?!\w)/g; // names, w:anchor, PAGEREF/REF instructions (and literal text)
// `<wp:docPr id="1" name="Logo"/>`: the id of a drawing, unique in the whole document (ECMA-376 §20.4.2.5); docx
// takes it from `docPropertiesUniqueNumericId()`, a counter that lives as long as the process.
const DRAWING_ID = /(<wp:docPr\b(?:\s+[\w:.-]+\s*=\s*"[^"]*")*?\s+id\s*=\s*")(\d+)(")/g;
/** Where drawing ids start: Word numbers them from 1. */
const FIRST_DRAWING_ID = 1;
// `<v:shape id="PowerPlusWaterMarkObject…">`: docx/watermarks names a watermark with `uniqueId()` when it is built,
// outside the seeded pack. Word finds watermarks by this prefix, so only the part after it is renumbered.
const WATERMARK_ID = /(\sid\s*=\s*"PowerPlusWaterMarkObject)([^"]*)(")/g;

/** Unzip, normalise, zip: for .docx bytes from elsewhere (`Packer` output, `patchDocument`). */
export function normalizeDocx(bytes: Uint8Array, options: { date: string }): Uint8Array {
  return zipParts(normalizeParts(unzipParts(bytes), options));
}

/** The parts of a package with dates and bookmark and drawing numbers made independent of the clock and the process. */
export function normalizeParts(files: Parts, options: { date: string }): Parts {
  const timestamp = toTimestamp(options.date);
  const decoder = new TextDecoder();
  const text = new Map<string, string>();
  const read = (name: string) => {
    const part = files.get(name)!;
    return text.get(name) ?? (typeof part === "string" ? part : decoder.decode(part));
  };

  if (files.has("docProps/core.xml")) {
    text.set(
      "docProps/core.xml",
      read("docProps/core.xml").replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${timestamp}${close}`,
      ),
    );
  }

  // Pass 1: one id map for all parts, so a start and its end always get the same new id and ids stay unique across
  // the document. `_Toc<N>` names get their own sequence (1, 2, ...) in the order of their bookmarks, so adding an
  // ordinary bookmark doesn't rename every TOC entry; a reference to a missing `_Toc` gets a fresh number after
  // those, so it can't end up pointing at a bookmark it didn't point at before.
  const stories = [...files.keys()].filter((name) => STORY.test(name)).sort(byStoryOrder);
  const ids = new Map<string, number>();
  const tocs = new Map<string, number>();
  for (const name of stories) {
    for (const [tag] of read(name).matchAll(BOOKMARK_TAG)) {
      const id = ID_ATTR.exec(tag)?.[2];
      if (id !== undefined && !ids.has(id)) ids.set(id, FIRST_BOOKMARK_ID + ids.size);
      const toc = TOC_NAME.exec(tag)?.[1];
      if (toc !== undefined && !tocs.has(toc)) tocs.set(toc, FIRST_BOOKMARK_ID + tocs.size);
    }
  }
  for (const name of stories) {
    for (const [, toc] of read(name).matchAll(TOC_REF)) if (!tocs.has(toc!)) tocs.set(toc!, FIRST_BOOKMARK_ID + tocs.size);
  }

  // Pass 2: rewrite the parts that hold bookmarks, `_Toc` references or drawings; the others keep docx's content.
  // Drawings are simply counted through the parts in story order: every `wp:docPr` is a drawing of its own.
  let drawing = FIRST_DRAWING_ID;
  let watermark = FIRST_DRAWING_ID;
  for (const name of stories) {
    const before = read(name);
    const after = before
      .replace(BOOKMARK_TAG, (tag) => tag.replace(ID_ATTR, (_m, a: string, id: string, z: string) => `${a}${ids.get(id)}${z}`))
      .replace(TOC_REF, (_ref, n: string) => `_Toc${tocs.get(n)}`)
      .replace(DRAWING_ID, (_m, a: string, _id: string, z: string) => `${a}${drawing++}${z}`)
      .replace(WATERMARK_ID, (_m, a: string, _id: string, z: string) => `${a}${watermark++}${z}`);
    if (after !== before) text.set(name, after);
  }
  for (const [name, part] of accessibleParts(files, read)) text.set(name, part);
  return new Map([...files].map(([name, part]) => [name, text.get(name) ?? part]));
}

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00Z`; rejects anything else, including impossible dates. */
function toTimestamp(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
  if (!ok) throw new RangeError(`normalizeDocx: date must be a valid YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return `${date}T00:00:00Z`;
}

function byStoryOrder(a: string, b: string): number {
  const [, kindA = "", numA = ""] = STORY.exec(a) ?? [];
  const [, kindB = "", numB = ""] = STORY.exec(b) ?? [];
  return STORY_RANK.indexOf(kindA) - STORY_RANK.indexOf(kindB) || Number(numA) - Number(numB);
}
