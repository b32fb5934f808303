/**
 * The parts of a .docx that do not depend on a document's body, built through docx once per house style and draft mode
 * and kept: styles, numbering, settings, fonts, theme, footer, the logo, content types and relationships, as docx
 * writes and normalize-docx.ts normalises them for an empty document. The few places in them that do depend on the
 * document (the kenmerk in the header, title and dates in the core properties, the custom properties) are found by
 * building that empty document with marked placeholders for every field of its `DocMeta`; a part that holds one is
 * kept as a template with those holes, filled in per document with the value escaped as docx escapes it.
 *
 * What each part depends on (docx 9.15.2, found by building documents that differ in one thing at a time):
 * - the house style and draft mode only: `[Content_Types].xml` (a logo's media type), `_rels/.rels`, `docProps/app.xml`,
 *   `word/styles.xml`, `word/numbering.xml` (docx's default lists only: our labels are literal text, no `w:numPr`),
 *   `word/settings.xml`, `word/fontTable.xml`, `word/theme/theme1.xml`, footnotes, endnotes, `word/footer1.xml`, the
 *   logo's media and `word/_rels/header1.xml.rels`;
 * - also the document: `word/header1.xml` (the kenmerk; the logo and the CONCEPT mark come with house and mode),
 *   `docProps/core.xml` (title, subject, kenmerk, engine version and dossier SHA-256, the date), `docProps/custom.xml`
 *   (kind, kenmerk, version, SHA-256; the status comes with the mode), `word/document.xml` (the body; its section
 *   properties come with the house's page) and `word/_rels/document.xml.rels` (one relationship per external link,
 *   named by docx's seeded `uniqueId()`; the font table's, added after them, is numbered after them).
 *
 * Where a hyperlink's relationship goes in `word/_rels/document.xml.rels`, and that no other id is drawn before it, is
 * learnt from a second build with one link to a placeholder address (a probe): a house style whose package would put
 * it elsewhere makes documents with links go the docx way (`linksSupported` false), never a guessed package.
 *
 * Cached by content (a SHA-256 of the house style and the draft mode), not by object identity, so two loads of the same
 * house style share one entry; the cache is small (one entry per house style and mode in a run) and bounded.
 */
import { createHash } from "node:crypto";
import type { HouseStyle } from "../model/house-style.ts";
import type { DocMeta, DocModel } from "../model/types.ts";
import { buildDocument } from "../docx/build-document.ts";
import { DirectWriterRefusal } from "../docx/direct/writer-state.ts";
import type { Parts } from "../ooxml/zip.ts";
import { packParts, uniqueIds } from "./pack-docx.ts";

/** A placeholder for a field, made of private-use characters docx neither escapes nor drops. */
const hole = (field: string) => `\uE000oogo:${field}\uE001`;
const HOLE = /\uE000oogo:(\w+)\uE001/g;
const ANY_HOLE = /\uE000oogo:/;

/** The fields of a document's own parts: the text of `DocMeta` (as placeholders) and the date of the core properties. */
export type Field = "kind" | "title" | "subject" | "reference" | "engineVersion" | "dossierSha256" | "timestamp" | "linkTarget";

/** A part with holes: literal text and fields, alternating (text first). */
export type Template = readonly string[];

export interface StaticParts {
  /** Every part in docx's order: bytes or text as they are, or a template to fill in. */
  parts: ReadonlyMap<string, string | Uint8Array | { template: Template }>;
  /** `word/document.xml` before the first block of the body, and from the section properties on. */
  documentStart: string;
  documentEnd: string;
  /** `word/_rels/document.xml.rels` up to where hyperlink relationships go, and the rest (its ids shift by the link count). */
  relsStart: string;
  relsEnd: string;
  /** Whether the probe showed where links go and that their ids are the first docx draws. */
  linksSupported: boolean;
}

const DOCUMENT = "word/document.xml";
const RELS = "word/_rels/document.xml.rels";
const CORE = "docProps/core.xml";
const DATES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** The placeholder `DocMeta` of the empty document the static parts are built from. */
function placeholderMeta(draft: boolean): DocMeta {
  return {
    kind: hole("kind"), title: hole("title"), subject: hole("subject"), reference: hole("reference"), date: "2000-01-01",
    draft, engineVersion: hole("engineVersion"), dossierSha256: hole("dossierSha256"),
  };
}

/** A part's text split at its holes; undefined when it has none. */
export function templateOf(text: string): Template | undefined {
  if (!ANY_HOLE.test(text)) return undefined;
  return text.split(HOLE);
}

/** A template filled in: every field's value comes from `fields` (escaped by the caller). */
export function fill(template: Template, fields: Readonly<Record<string, string>>): string {
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const value = fields[template[i]!];
    if (value === undefined) throw new Error(`static parts: no value for ${template[i]}`);
    out += value + template[i + 1]!;
  }
  return out;
}

const textOf = (part: string | Uint8Array) => (typeof part === "string" ? part : new TextDecoder().decode(part));

async function buildStaticParts(house: HouseStyle | undefined, draft: boolean): Promise<StaticParts> {
  const meta = placeholderMeta(draft);
  const empty: DocModel = { type: "document", meta, children: [] };
  const built = await packParts(buildDocument(empty, house), { date: meta.date });
  const parts = new Map<string, string | Uint8Array | { template: Template }>();
  for (const [name, part] of built) {
    if (typeof part !== "string" && !/\.(xml|rels)$/.test(name)) { parts.set(name, part); continue; }
    let text = textOf(part);
    if (name === CORE) text = text.replace(DATES, (_m, open: string, _tag: string, close: string) => `${open}${hole("timestamp")}${close}`);
    const template = templateOf(text);
    parts.set(name, template ? { template } : text);
  }
  const document = parts.get(DOCUMENT);
  const rels = parts.get(RELS);
  if (typeof document !== "string" || typeof rels !== "string") throw new DirectWriterRefusal("a package without document or relationships part");
  const bodyAt = document.indexOf("<w:body>");
  const sectionAt = document.indexOf("<w:sectPr", bodyAt);
  if (bodyAt < 0 || sectionAt !== bodyAt + "<w:body>".length) throw new DirectWriterRefusal("an empty document whose body is not empty");
  const documentStart = document.slice(0, sectionAt);
  const documentEnd = document.slice(sectionAt);

  // The probe: one link to a placeholder address.
  const link = { type: "link" as const, url: hole("linkTarget"), children: [{ type: "text" as const, value: "x" }] };
  const probe = await packParts(buildDocument({ ...empty, children: [{ type: "paragraph", children: [link] }] }, house), { date: meta.date });
  const probeRels = textOf(probe.get(RELS) ?? "");
  const probeDocument = textOf(probe.get(DOCUMENT) ?? "");
  const firstId = `rId${uniqueIds()()}`;
  const relation = `<Relationship Id="${firstId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${hole("linkTarget")}" TargetMode="External"/>`;
  const at = probeRels.indexOf(relation);
  const relsStart = at < 0 ? rels : rels.slice(0, at);
  const relsEnd = at < 0 ? "" : rels.slice(at);
  const linksSupported = at >= 0 && probeRels.slice(0, at) === relsStart
    && probeRels.slice(at + relation.length) === shiftIds(relsEnd, 1)
    && probeDocument === `${documentStart}<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:hyperlink w:history="1" r:id="${firstId}"><w:r><w:t xml:space="preserve">x</w:t></w:r></w:hyperlink></w:p>${documentEnd}`;
  return { parts, documentStart, documentEnd, relsStart, relsEnd, linksSupported };
}

/** Relationships with their numbered ids (`rId9`) raised by `by`: they were added after the hyperlinks. */
export function shiftIds(relationships: string, by: number): string {
  return by === 0 ? relationships : relationships.replace(/(<Relationship\b[^>]*?\sId=")rId(\d+)(")/g, (_m, a: string, n: string, z: string) => `${a}rId${Number(n) + by}${z}`);
}

const cache = new Map<string, Promise<StaticParts>>();
const keys = new WeakMap<HouseStyle, string>();
/** House styles × draft modes kept at once; a run rarely has more than a few. */
const MAX_ENTRIES = 32;

/** The content key of a house style: what `buildDocument` reads of it (everything but the path it was loaded from). */
function houseKey(house: HouseStyle | undefined): string {
  if (!house) return "default";
  let key = keys.get(house);
  if (key === undefined) {
    const hash = createHash("sha256");
    const { file: _file, ...content } = house;
    hash.update(JSON.stringify(content, (_k, value: unknown) => {
      if (value instanceof Uint8Array) return { bytes: createHash("sha256").update(value).digest("hex") };
      if (value instanceof Map) return { map: [...value] };
      return value;
    }));
    key = hash.digest("hex");
    keys.set(house, key);
  }
  return key;
}

/** The static parts for a house style (none: the default one) and draft mode, built once. */
export function staticParts(house: HouseStyle | undefined, draft: boolean): Promise<StaticParts> {
  const key = `${houseKey(house)}:${draft ? "concept" : "definitief"}`;
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    entry = buildStaticParts(house, draft);
    // A house style the writer refuses stays refused (its documents go the docx way at once); another failure is retried.
    entry.catch((error: unknown) => { if (!(error instanceof DirectWriterRefusal)) cache.delete(key); });
    cache.set(key, entry);
  }
  return entry;
}
