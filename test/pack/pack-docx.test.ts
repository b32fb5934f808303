import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { Packer, type Document } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { packDocx } from "../../src/pack/pack-docx.ts";
import { normalizeDocx } from "../../src/pack/normalize-docx.ts";
import { buildTestDocument, sha256, TEST_DATE } from "./pack-child.ts";

const CHILD = fileURLToPath(new URL("./pack-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const pack = (doc: Document) => packDocx(doc, { date: TEST_DATE });
const raw = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));
const part = (zip: Uint8Array, name: string) => {
  const bytes = unzipSync(zip, { filter: (f) => f.name === name })[name];
  if (!bytes) throw new Error(`no ${name} in the zip`);
  return strFromU8(bytes);
};

/** Bookmark marks of a part in document order. */
function bookmarks(xml: string) {
  return [...xml.matchAll(/<w:bookmark(Start|End)\b([^>]*)>/g)].map(([, kind, attrs]) => ({
    start: kind === "Start",
    id: Number(/w:id="(-?\d+)"/.exec(attrs!)![1]),
    name: /w:name="([^"]*)"/.exec(attrs!)?.[1],
  }));
}

/** Entries of a zip read from its central directory, with the DOS time/date of both headers. */
function zipEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  expect(eocd).toBeGreaterThanOrEqual(0);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      localTime: view.getUint16(local + 10, true),
      localDate: view.getUint16(local + 12, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe("packDocx", () => {
  it("gives identical bytes for the same document built twice in one process", async () => {
    // Precondition: without normalisation two builds really differ. (Separate documents: packing mutates a
    // Document, e.g. an ExternalHyperlink keeps the relationship id of its first pack.)
    const [rawFirst, rawSecond] = [await raw(buildTestDocument("A")), await raw(buildTestDocument("A"))];
    expect(part(rawSecond, "word/document.xml")).not.toBe(part(rawFirst, "word/document.xml"));
    const first = await pack(buildTestDocument("A"));
    const second = await pack(buildTestDocument("A")); // sees the advanced global bookmark counter
    expect(sha256(second)).toBe(sha256(first));
  });

  it("writes the given date as dcterms:created and dcterms:modified", async () => {
    const core = part(await pack(buildTestDocument("A")), "docProps/core.xml");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:modified>');
    expect(core).toContain("<dc:title>Testdocument A</dc:title>");
  });

  it("rejects a date that isn't a real YYYY-MM-DD", async () => {
    for (const date of ["2026-02-30", "15-01-2026", "2026-01-15T10:00:00Z", ""]) {
      await expect(packDocx(buildTestDocument("A"), { date })).rejects.toThrow(RangeError);
    }
  });

  it("gives the same bytes in child processes in three time zones as in process", async () => {
    const inProcess = sha256(await pack(buildTestDocument("A")));
    const hashes = ["UTC", "America/New_York", "Asia/Tokyo"].map((TZ) =>
      execFileSync(process.execPath, ["--import", "tsx", CHILD], { cwd: ROOT, env: { ...process.env, TZ }, encoding: "utf8" }).trim(),
    );
    expect(hashes).toEqual([inProcess, inProcess, inProcess]);
  }, 60_000);

  it("dates every zip entry 1980-01-01 00:00:00 in both headers, with valid CRCs", async () => {
    const zip = await pack(buildTestDocument("A"));
    const entries = zipEntries(zip);
    const files = unzipSync(zip);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
    const DOS_1980_01_01 = (0 << 9) | (1 << 5) | 1; // years since 1980, month, day
    for (const entry of entries) {
      expect({ name: entry.name, date: entry.date, time: entry.time, localDate: entry.localDate, localTime: entry.localTime }).toEqual({
        name: entry.name,
        date: DOS_1980_01_01,
        time: 0,
        localDate: DOS_1980_01_01,
        localTime: 0,
      });
      expect(entry.method).toBe(8); // deflate, like docx's own zip
      expect(entry.crc).toBe(crc32(files[entry.name]!) >>> 0);
    }
  });

  it("numbers bookmarks from 1 in order of appearance, whatever was built before", async () => {
    await pack(buildTestDocument("A")); // advance docx's global counters
    const before = bookmarks(part(await raw(buildTestDocument("A")), "word/document.xml"));
    expect(Math.min(...before.map((b) => b.id))).toBeGreaterThan(1); // precondition: the counter did advance

    const zip = await pack(buildTestDocument("A"));
    const body = part(zip, "word/document.xml");
    const marks = [...bookmarks(body), ...bookmarks(part(zip, "word/footnotes.xml"))];
    const startIds = marks.filter((m) => m.start).map((m) => m.id);
    expect(startIds).toEqual([1, 2, 3, 4]); // _Toc1, artikel_1, _Toc2 in the body, voetnoot_1 in the footnote
    // Every start has exactly one end with the same id, after it.
    for (const id of startIds) {
      const at = marks.map((m, i) => (m.id === id ? i : -1)).filter((i) => i >= 0);
      expect(at).toHaveLength(2);
      expect(marks[at[0]!]!.start && !marks[at[1]!]!.start).toBe(true);
    }
    expect(marks.filter((m) => m.start).map((m) => m.name)).toEqual(["_Toc1", "artikel_1", "_Toc2", "voetnoot_1"]);
    // The TOC's hyperlinks and PAGEREF fields follow the renamed bookmarks.
    expect([...body.matchAll(/w:anchor="(_Toc\d+)"/g)].map((m) => m[1])).toEqual(["_Toc1", "_Toc2"]);
    expect([...body.matchAll(/PAGEREF (_Toc\d+)/g)].map((m) => m[1])).toEqual(["_Toc1", "_Toc2"]);
    expect(body).toContain('w:anchor="artikel_1"');
  });

  it("gives the same bytes for concurrent packs as for packs one after the other", async () => {
    const random = Math.random;
    const seqA = sha256(await pack(buildTestDocument("A")));
    const seqB = sha256(await pack(buildTestDocument("B")));
    const [a, b] = await Promise.all([pack(buildTestDocument("A")), pack(buildTestDocument("B"))]);
    expect([sha256(a), sha256(b)]).toEqual([seqA, seqB]);
    expect(seqA).not.toBe(seqB);
    expect(Math.random).toBe(random); // the seeded PRNG never leaks out, even when packs overlap
  });

  it("restores Math.random and keeps the queue going when packing fails", async () => {
    const random = Math.random;
    await expect(packDocx({} as Document, { date: TEST_DATE })).rejects.toThrow();
    expect(Math.random).toBe(random);
    expect(sha256(await pack(buildTestDocument("A")))).toBe(sha256(await pack(buildTestDocument("A"))));
  });

  it("changes nothing but dates, zip times, bookmark numbers and the seeded ids", async () => {
    const before = unzipSync(await raw(buildTestDocument("A")));
    const after = unzipSync(await pack(buildTestDocument("A")));
    expect(Object.keys(after)).toEqual(Object.keys(before)); // same entries, docx's order
    expect(Object.keys(after)[0]).toBe("word/_rels/document.xml.rels");
    expect(strFromU8(after["[Content_Types].xml"]!)).toBe(strFromU8(before["[Content_Types].xml"]!));
    // The relationships differ only in the random hyperlink id, and every r:id in the body resolves.
    const rels = (files: typeof before) => strFromU8(files["word/_rels/document.xml.rels"]!);
    const mask = (xml: string) => xml.replace(/Id="rId[a-z0-9_-]{21}"/g, 'Id="rId*"');
    expect(mask(rels(after))).toBe(mask(rels(before)));
    for (const [, id] of strFromU8(after["word/document.xml"]!).matchAll(/r:id="([^"]+)"/g)) expect(rels(after)).toContain(`Id="${id}"`);
    // Parts without dates, bookmarks or nanoids are byte-identical to docx's.
    const touched = new Set(["docProps/core.xml", "word/document.xml", "word/footnotes.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml"]);
    // The styles and settings differ only in what accessible-docx.ts adds: heading outline levels, the theme font language.
    const text = (files: typeof before, name: string) => strFromU8(files[name]!);
    const withoutAdditions = (xml: string) => xml
      .replace(/<w:pPr><w:outlineLvl w:val="\d"\/><\/w:pPr>|<w:outlineLvl w:val="\d"\/>/g, "")
      .replace('<w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>', "<w:rPrDefault/>");
    expect(text(after, "word/styles.xml")).toContain('<w:outlineLvl w:val="0"/>');
    expect(withoutAdditions(text(after, "word/styles.xml"))).toBe(text(before, "word/styles.xml"));
    expect(text(after, "word/settings.xml").replace('<w:themeFontLang w:val="nl-NL"/>', "")).toBe(text(before, "word/settings.xml"));
    for (const name of Object.keys(before).filter((n) => !touched.has(n))) {
      expect(sha256(after[name]!), name).toBe(sha256(before[name]!));
    }
  });

  it("normalises idempotently", async () => {
    const once = await pack(buildTestDocument("A"));
    expect(sha256(normalizeDocx(once, { date: TEST_DATE }))).toBe(sha256(once));
  });
});
