/**
 * The fast way to a .docx: the static parts of the house style (static-parts.ts, built through docx once) around the
 * parts docx/direct writes for this document — the body, its hyperlink relationships, and the holes of the header and
 * properties filled in. The bytes are those of `packDocx(buildDocument(model, house), { date })`, which stays the
 * builder of record: test/docx/direct/ compares every part of both for every document of every fixture.
 *
 * What the direct writer cannot write as docx would (it refuses: `DirectWriterRefusal`) is built the docx way, so a
 * document is never written differently, only more slowly; `directDocx` says which way it went.
 */
import { buildDocument } from "../docx/build-document.ts";
import { documentBodyXml } from "../docx/direct/document-xml.ts";
import { DirectWriterRefusal } from "../docx/direct/writer-state.ts";
import { escapeXml } from "../docx/direct/xml.ts";
import type { HouseStyle } from "../model/house-style.ts";
import type { DocModel } from "../model/types.ts";
import { zipParts, type Parts } from "../ooxml/zip.ts";
import { packDocx, uniqueIds } from "./pack-docx.ts";
import { fill, shiftIds, staticParts } from "./static-parts.ts";

const DOCUMENT = "word/document.xml";
const RELS = "word/_rels/document.xml.rels";

/** The .docx of `model` in `house`: written directly when it can be, else built by docx. */
export async function makeDocx(model: DocModel, house: HouseStyle | undefined, date: string): Promise<Uint8Array> {
  const parts = await directParts(model, house, date).catch((error: unknown) => {
    if (error instanceof DirectWriterRefusal) return undefined;
    throw error;
  });
  return parts ? zipParts(parts) : packDocx(buildDocument(model, house), { date });
}

/** The parts written directly, normalised as pack/ normalises docx's; throws `DirectWriterRefusal` where it cannot. */
export async function directParts(model: DocModel, house: HouseStyle | undefined, date: string): Promise<Parts> {
  const { meta } = model;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !new Date(Date.parse(`${date}T00:00:00Z`)).toISOString().startsWith(date)) {
    throw new DirectWriterRefusal("a date that is not a valid YYYY-MM-DD"); // packDocx reports it
  }
  const values = { kind: meta.kind, title: meta.title, subject: meta.subject, reference: meta.reference, engineVersion: meta.engineVersion, dossierSha256: meta.dossierSha256 };
  for (const [field, value] of Object.entries(values)) {
    // docx leaves out or rewrites some properties when they are empty; the placeholders cannot show that.
    if (value === "") throw new DirectWriterRefusal(`an empty ${field}`);
  }
  const fixed = await staticParts(house, meta.draft);
  const body = documentBodyXml(model, house, uniqueIds());
  if (body.links.length > 0 && !fixed.linksSupported) throw new DirectWriterRefusal("links in a house style whose relationships differ");
  const fields: Record<string, string> = { timestamp: `${date}T00:00:00Z` };
  for (const [field, value] of Object.entries(values)) fields[field] = escapeXml(value);
  const out: Parts = new Map();
  for (const [name, part] of fixed.parts) {
    if (name === DOCUMENT) out.set(name, fixed.documentStart + body.xml + fixed.documentEnd);
    else if (name === RELS) {
      const links = body.links.map((link) => `<Relationship Id="${escapeXml(link.id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(link.target)}" TargetMode="External"/>`);
      out.set(name, fixed.relsStart + links.join("") + shiftIds(fixed.relsEnd, links.length));
    } else out.set(name, typeof part === "object" && !(part instanceof Uint8Array) ? fill(part.template, fields) : part);
  }
  return out;
}
