/**
 * The `pack` stage: `Document` → reproducible .docx bytes. docx names hyperlink relationships (and other parts) with
 * `uniqueId()`, a nanoid drawn from `Math.random` while packing, so `Packer.toBuffer` runs with `Math.random` swapped
 * for a seeded PRNG; `normalizeDocx` then fixes the dates, zip times and bookmark numbers. `Math.random` is global
 * state, so packs are queued one at a time rather than trusting that docx never yields mid-pack. Packing mutates a
 * Document (an ExternalHyperlink keeps the id of its first pack), so send a Document through here, not `Packer`, first.
 */
import { Packer, type Document } from "docx";
import { unzipParts, zipParts, type Parts } from "../ooxml/zip.ts";
import { normalizeDocx, normalizeParts } from "./normalize-docx.ts";

export interface PackOptions {
  /** ISO `YYYY-MM-DD`, written as `dcterms:created` and `dcterms:modified` (e.g. the dossier date). */
  date: string;
  /** Seed for the ids docx draws from `Math.random`; the default gives the same ids every time. */
  seed?: number;
}

export const DEFAULT_SEED = 0x00760760;

/** mulberry32: tiny, fast and good enough for ids that only have to be unique within one document. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Tail of the queue of packs. A failed pack must not block the next one, hence the catch.
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * docx's own compiler gives the package's parts before zipping (`Packer.pack` is `zipFiles(compiler.compile(…))`).
 * Taking them from there saves a deflate and an inflate of every part (a third of the pack time); the pinned docx
 * version has it, and should an upgrade drop it, packing falls back to `Packer.toBuffer` and unzipping.
 */
type Compiler = { compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Parts };
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

export async function packDocx(doc: Document, options: PackOptions): Promise<Uint8Array> {
  const packed = await compiled(doc, options);
  return packed instanceof Uint8Array ? normalizeDocx(packed, options) : zipParts(normalizeParts(packed, options));
}

/** The normalised parts of a Document, before zipping (docx/direct's static parts are taken from these). */
export async function packParts(doc: Document, options: PackOptions): Promise<Parts> {
  const packed = await compiled(doc, options);
  return normalizeParts(packed instanceof Uint8Array ? unzipParts(packed) : packed, options);
}

function compiled(doc: Document, options: PackOptions): Promise<Parts | Uint8Array> {
  return serialised(async () => {
    const random = Math.random;
    Math.random = mulberry32(options.seed ?? DEFAULT_SEED);
    try {
      return typeof compiler?.compile === "function" ? compiler.compile(doc, undefined, []) : await Packer.toBuffer(doc);
    } finally {
      Math.random = random;
    }
  });
}

/** The alphabet of docx's `uniqueId()` (nanoid's url alphabet), which it lowercases. */
const NANOID_ALPHABET = "57X6y3wQZNzYjJB2L_10pxbackgroundhimselfUTF-8DEMOGRAPHICSVqvt4KW9";

/** The ids docx's `uniqueId()` draws, in order, while a Document is packed with `seed`: what a hyperlink's relationship is named. */
export function uniqueIds(seed: number = DEFAULT_SEED): () => string {
  const random = mulberry32(seed);
  return () => {
    let id = "";
    for (let i = 0; i < 21; i++) id += NANOID_ALPHABET[(random() * 64) | 0];
    return id.toLowerCase();
  };
}
