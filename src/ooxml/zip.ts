/**
 * The zip container of an Office package (.docx, .dotx): its parts by name, in and out. The only place that knows
 * fflate and pako: pack/ zips the documents it writes through this, load/ unpacks a house style through this.
 *
 * A package from a user (a house style) is opened with `openZip`: its central directory is read and checked against
 * limits before anything is inflated, and a part is inflated only when asked for, in small steps, never to more than
 * the size its header declares. So a zip bomb costs a few kB of memory, not gigabytes, whatever its headers say.
 */
import { crc32 as nativeCrc32 } from 'node:zlib' // CRC-32 is one function: zlib's is the same number, faster
import { deflateSync, Inflate, inflateSync, strFromU8, unzipSync } from 'fflate'
import { deflateRaw, Z_DEFAULT_STRATEGY, Z_FINISH, Z_OK, Z_STREAM_END, ZStream, zlibDeflate, zlibDeflateInit2, zlibDeflateReset } from 'pako'

/** The parts of a package by name, in zip order: text (XML) or bytes. */
export type Parts = Map<string, string | Uint8Array>

/**
 * How a part is deflated: the document body, new in every document, fast (zlib's level 1, its deflate_fast, as pako
 * writes it in JavaScript); every other part small (fflate, level 6). Deflating the body is the largest single cost of
 * making a document. For the overeenkomst of the sample: fflate at level 6 0.95 ms and 8.4 kB, fflate at level 1
 * 0.56 ms and 10.1 kB, pako at level 1 0.37 ms and 9.8 kB (less on a kept stream: deflateFast). The other parts are
 * the same in every document of a house style and come from the cache (EntryCache below), so they keep the smaller
 * level-6 bytes at no cost per document. Decided by the name alone, and both in pure JavaScript, so the same parts
 * give the same bytes on every machine and every Node version (node:zlib does not: see zipParts).
 */
export const levelOf = (name: string): 1 | 6 => (name === 'word/document.xml' ? 1 : 6)

/** A part's DEFLATE data at its level (levelOf): level 1 by pako, level 6 by fflate. */
export const deflatePart = (bytes: Uint8Array, level: 1 | 6): Uint8Array => (level === 1 ? deflateFast(bytes) : deflateSync(bytes, { level: 6 }))

/**
 * pako's `deflateRaw(bytes, { level: 1 })`, byte for byte, on one zlib stream kept for every document and reset
 * before each (zlib's deflateReset: the same output as a new stream), into one output buffer that grows as needed:
 * a new stream took its window, hash tables and buffers anew every time (256 kB), about a sixth of the time (bodies
 * of 1 to 63 kB: 0.26 → 0.21 ms).
 */
function deflateFast(bytes: Uint8Array): Uint8Array {
  stream ??= newStream()
  if (zlibDeflateReset(stream) !== Z_OK) return deflateRaw(bytes, { level: 1 })
  // zlib's deflateBound for a raw stream, with room to spare.
  const bound = bytes.length + (bytes.length >> 12) + (bytes.length >> 14) + (bytes.length >> 25) + 64
  if (output.length < bound) output = new Uint8Array(bound)
  stream.input = bytes
  stream.next_in = 0
  stream.avail_in = bytes.length
  stream.output = output
  stream.next_out = 0
  stream.avail_out = output.length
  if (zlibDeflate(stream, Z_FINISH) !== Z_STREAM_END) return deflateRaw(bytes, { level: 1 })
  return output.slice(0, stream.next_out)
}

let stream: ZStream | undefined
let output = new Uint8Array(0)
function newStream(): ZStream {
  const made = new ZStream()
  // DEFLATE (8), a raw stream of a 32 kB window (-15), zlib's default memory level (8) and strategy: deflateRaw's.
  if (zlibDeflateInit2(made, 1, 8, -15, 8, Z_DEFAULT_STRATEGY) !== Z_OK) throw new Error('zip: pako did not start')
  return made
}

/**
 * The parts of a zip package by name, in zip order. Throws when the bytes are not a zip archive. `maxPartSize`
 * (bytes, unpacked) leaves out larger parts, so a small file cannot unpack to gigabytes.
 */
export function unzipParts(bytes: Uint8Array, maxPartSize = Infinity): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes, { filter: (file) => file.originalSize <= maxPartSize })))
}

/**
 * Zips the parts in their order, every entry with the same fixed time and deflated as its name says (deflatePart):
 * the container byte for byte what fflate's `zipSync` writes with `{ mtime: local 1980-01-01 00:00 }` (a test holds
 * the two side by side), but a part whose exact content was zipped before is not deflated again. The styles,
 * numbering, settings, fonts and theme of a house style are the same text in every document (34 kB); their entries
 * come from a cache (EntryCache below). The container is written here, not by fflate's streaming `Zip` with ready-made
 * entries: that one writes a data descriptor after every entry (flag bit 3), so its bytes would differ from before.
 * DEFLATE stays in pure JavaScript (deflatePart): node:zlib is faster, but its bytes depend on the zlib the Node binary
 * was built with (its bundled Chromium zlib, or a distribution's system zlib), and the manifest holds the documents'
 * hashes, so every machine and Node version must write the same bytes.
 */
export function zipParts(parts: Parts): Uint8Array {
  const entries: { name: Uint8Array; utf8Name: boolean; entry: ZipEntryData; offset: number }[] = []
  let offset = 0
  let central = 0
  lastZipped.clear()
  for (const [name, part] of parts) {
    const encodedName = encoder.encode(name)
    if (encodedName.length > 0xffff) throw new Error('zip: part name too long')
    const entry = entryOf(part, levelOf(name))
    if (typeof part === 'string') lastZipped.set(name, { entry, text: part })
    entries.push({ name: encodedName, utf8Name: encodedName.length !== name.length, entry, offset })
    offset += LOCAL_HEADER + encodedName.length + entry.data.length
    central += CENTRAL_HEADER + encodedName.length
  }
  const out = new Uint8Array(offset + central + END_RECORD)
  const view = new DataView(out.buffer)
  let at = offset
  for (const { name, utf8Name, entry, offset: local } of entries) {
    writeHeader(view, local, LOCAL, name.length, utf8Name, entry)
    out.set(name, local + LOCAL_HEADER)
    out.set(entry.data, local + LOCAL_HEADER + name.length)
    writeHeader(view, at, CENTRAL, name.length, utf8Name, entry)
    view.setUint32(at + 42, local, true)
    out.set(name, at + CENTRAL_HEADER)
    at += CENTRAL_HEADER + name.length
  }
  view.setUint32(at, EOCD, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, central, true)
  view.setUint32(at + 16, offset, true)
  return out
}

/**
 * The text parts of the package zipParts wrote last, each with the entry it became: one package's worth of memory.
 * verify-docx.ts reads a part's text from here instead of inflating it again when its stored bytes, CRC and size are
 * exactly that entry's (zippedText). A text read is let go: the body of a document is 120 kB or more in memory, and
 * kept until the next document it could outlive a collection of the young generation and be copied to the old one.
 */
const lastZipped = new Map<string, { entry: ZipEntryData; text: string }>()

/**
 * The text that `name` was zipped from by the last zipParts, when `stored` is exactly its entry (the same deflated
 * bytes, CRC-32 and size), once: those bytes inflate to that text's UTF-8 (DEFLATE is lossless; every document oogo
 * makes is also read back by LibreOffice and unzip in the tests). Undefined for any other part.
 */
export function zippedText(name: string, stored: PackedPart): string | undefined {
  const last = lastZipped.get(name)
  if (!last || stored.method !== 8 || stored.crc !== last.entry.crc || stored.size !== last.entry.size) return undefined
  const data = last.entry.data
  if (stored.packed.length !== data.length) return undefined
  if (!Buffer.from(stored.packed.buffer, stored.packed.byteOffset, stored.packed.length).equals(data)) return undefined
  lastZipped.delete(name)
  return last.text
}

/** A part as a zip entry: its deflated bytes, the CRC-32 and size of what they inflate to. */
interface ZipEntryData {
  data: Uint8Array
  crc: number
  size: number
}

const encoder = new TextEncoder()
const LOCAL_HEADER = 30
const CENTRAL_HEADER = 46
const END_RECORD = 22
/**
 * The DOS date and time of every entry: 1980-01-01 00:00, the earliest a zip can say. fflate took them from a local
 * `new Date(1980, 0, 1)`, whose local getters give these fields in every time zone; written as the number they make.
 */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1

/**
 * A local (30 bytes) or central (46 bytes) header as fflate's zipSync writes it: version 2.0 (made by MS-DOS),
 * flags only bit 11 for a UTF-8 name, DEFLATE, the fixed time, CRC and sizes, no extra field, comment or attributes.
 */
function writeHeader(view: DataView, at: number, signature: number, nameLength: number, utf8Name: boolean, entry: ZipEntryData): void {
  view.setUint32(at, signature, true)
  let field = at + 4
  if (signature === CENTRAL) {
    view.setUint16(field, 20, true) // version made by 2.0, host 0 (MS-DOS)
    field += 2
  }
  view.setUint16(field, 20, true) // version needed to extract
  view.setUint16(field + 2, utf8Name ? 0x800 : 0, true)
  view.setUint16(field + 4, 8, true) // DEFLATE
  view.setUint16(field + 6, DOS_TIME, true)
  view.setUint16(field + 8, DOS_DATE, true)
  view.setUint32(field + 10, entry.crc, true)
  view.setUint32(field + 14, entry.data.length, true)
  view.setUint32(field + 18, entry.size, true)
  view.setUint16(field + 22, nameLength, true)
  // extra field length, and in the central header comment length, disk, attributes: all 0 (the buffer's zeros)
}

/** The entry of a part: from the cache when this exact content was zipped before, else deflated now. */
function entryOf(part: string | Uint8Array, level: 1 | 6): ZipEntryData {
  const cache = typeof part === 'string' ? (level === 1 ? bodyEntries : textEntries) : (level === 1 ? bodyByteEntries : byteEntries)
  const key = typeof part === 'string' ? part : bytesKey(part)
  const cached = cache.get(key)
  if (cached) return cached
  const bytes = typeof part === 'string' ? encoder.encode(part) : part
  const entry = { data: deflatePart(bytes, level), crc: nativeCrc32(bytes), size: bytes.length }
  cache.add(key, entry)
  return entry
}

/** Bytes as a string of the same length, one character per byte: a Map key for a part that is no text. */
function bytesKey(bytes: Uint8Array): string {
  let key = ''
  for (let at = 0; at < bytes.length; at += 0x2000) key += String.fromCharCode(...bytes.subarray(at, at + 0x2000))
  return key
}

/**
 * Zip entries by the exact content they were made of, the least recently used dropped first beyond `budget` bytes
 * (content and deflated bytes together). Content is kept only when it comes round a second time: the first time,
 * only its CRC and size are noted, so the document body, new in every document, never fills the cache. Memory stays
 * at the budget however many documents a batch makes.
 */
class EntryCache {
  private readonly entries = new Map<string, { entry: ZipEntryData; used: number }>()
  private readonly seen = new Set<string>()
  private bytes = 0
  private clock = 0

  constructor(private readonly budget: number, private readonly maxSeen = 4096) {}

  get(key: string): ZipEntryData | undefined {
    const cached = this.entries.get(key)
    if (!cached) return undefined
    cached.used = ++this.clock
    return cached.entry
  }

  add(key: string, entry: ZipEntryData): void {
    const cost = EntryCache.cost(key, entry)
    if (cost > this.budget / 8) return
    const fingerprint = `${entry.crc}:${entry.size}`
    if (!this.seen.has(fingerprint)) {
      if (this.seen.size >= this.maxSeen) this.seen.delete(this.seen.values().next().value!)
      this.seen.add(fingerprint)
      return
    }
    this.entries.set(key, { entry, used: ++this.clock })
    this.bytes += cost
    if (this.bytes > this.budget) this.evict()
  }

  /** Drops the least recently used entries until the rest take at most three quarters of the budget. */
  private evict(): void {
    const byUse = [...this.entries].sort(([, a], [, b]) => a.used - b.used)
    for (const [key, { entry }] of byUse) {
      if (this.bytes <= (this.budget * 3) / 4) break
      this.entries.delete(key)
      this.bytes -= EntryCache.cost(key, entry)
    }
  }

  /** What an entry holds: its key (two bytes a character at most) and its deflated bytes. */
  private static cost(key: string, entry: ZipEntryData): number {
    return 2 * key.length + entry.data.length + 64
  }
}

/**
 * The other text parts: those every document of a house style shares (some 40 kB a house style) and those of one
 * dossier (a header with its kenmerk, met again in each of its documents, then never). With 8 MB a batch worker's
 * cache filled up with the headers of some 300 dossiers it would never make again; 1 MB holds the shared ones, which
 * are used all the time and so never the least recently used, and the last dozens of dossiers'.
 */
const textEntries = new EntryCache(1024 * 1024)
/** Document bodies (level 1): one comes round again only when the same document is made twice (a rerun, a preview). */
const bodyEntries = new EntryCache(2 * 1024 * 1024)
const byteEntries = new EntryCache(4 * 1024 * 1024)
const bodyByteEntries = new EntryCache(1024 * 1024)

/** Why a package cannot be opened or a part of it cannot be read. */
export type ZipProblem =
  /** No zip archive, or one whose central directory or local headers do not add up. */
  | { kind: 'not-zip' }
  /** More entries than `maxEntries`. */
  | { kind: 'too-many-entries'; count: number; limit: number }
  /** Two entries with the same name (compared as OPC compares part names: ASCII case does not count). */
  | { kind: 'duplicate-name'; name: string }
  /** The entries together declare more unpacked bytes than `maxTotalSize`. */
  | { kind: 'total-too-large'; size: number; limit: number }
  /** One part declares more unpacked bytes than the caller allows for it. */
  | { kind: 'part-too-large'; name: string; size: number; limit: number }
  /** A part that cannot be inflated to the size its header declares: damaged, encrypted or compressed otherwise. */
  | { kind: 'part-unreadable'; name: string }

/** Thrown by `openZip` and `ZipPackage.read`; `problem` says what is wrong. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}`)
  }
}

export interface ZipLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number
  /** The unpacked bytes the entries declare, together. */
  maxTotalSize: number
}

/** An entry of the central directory: where its data is and what its header declares. */
interface ZipEntry {
  name: string
  flags: number
  method: number
  crc: number
  packedSize: number
  size: number
  localHeader: number
}

/** A part as it is stored: its bytes as they are in the zip (DEFLATE, or stored), and what its header declares. */
export interface PackedPart {
  /** 8: DEFLATE; 0: stored. */
  method: number
  /** The CRC-32 the header declares for the unpacked bytes. */
  crc: number
  /** The unpacked size the header declares. */
  size: number
  /** The bytes as stored (a view into the package's bytes). */
  packed: Uint8Array
}

/** An opened package: the names of its entries, and each part's bytes on demand. */
export interface ZipPackage {
  /** The entry names, in central-directory order. */
  readonly names: readonly string[]
  /**
   * The bytes of part `name`, inflated now (not cached); undefined when the package has no such part. Throws a
   * ZipError when it declares more than `maxSize` bytes, or does not inflate to exactly what it declares.
   */
  read(name: string, maxSize: number): Uint8Array | undefined
  /**
   * Part `name` as it is stored, not inflated; undefined when the package has no such part. Throws a ZipError when its
   * local header is not where the central directory says, or its data runs past the end or is encrypted.
   */
  packed(name: string): PackedPart | undefined
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** Compressed bytes fed to the inflater at a time: at most about 1032 times as many come out (DEFLATE's limit). */
const INFLATE_STEP = 4096

/**
 * Opens a zip package from its central directory, inflating nothing. Throws a ZipError when it is no zip archive,
 * has more entries than `limits.maxEntries`, two entries of one name, or declares more than `limits.maxTotalSize`.
 * A zip64 archive declares sizes or counts beyond these limits, and is refused by them.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipPackage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number) => view.getUint16(at, true)
  const u32 = (at: number) => view.getUint32(at, true)
  const notZip = () => new ZipError({ kind: 'not-zip' })

  let end = bytes.length - 22
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  while (end >= stop && u32Safe(view, end) !== EOCD) end--
  if (end < stop) throw notZip()
  const count = u16(end + 10)
  if (count > limits.maxEntries) throw new ZipError({ kind: 'too-many-entries', count, limit: limits.maxEntries })

  const entries = new Map<string, ZipEntry>()
  const seen = new Set<string>()
  let total = 0
  let at = u32(end + 16)
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw notZip()
    const flags = u16(at + 8)
    const nameLength = u16(at + 28)
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32)
    if (next > bytes.length) throw notZip()
    // Bit 11: the name is UTF-8; otherwise read it as fflate does (Office writes ASCII names).
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0)
    const key = name.toLowerCase()
    if (seen.has(key)) throw new ZipError({ kind: 'duplicate-name', name })
    seen.add(key)
    const entry = { name, flags, method: u16(at + 10), crc: u32(at + 16), packedSize: u32(at + 20), size: u32(at + 24), localHeader: u32(at + 42) }
    total += entry.size
    if (total > limits.maxTotalSize) throw new ZipError({ kind: 'total-too-large', size: total, limit: limits.maxTotalSize })
    entries.set(name, entry)
    at = next
  }

  /** Where the stored bytes of `entry` are; throws when they are not in `bytes` or are encrypted. */
  const packedOf = (entry: ZipEntry): Uint8Array => {
    const unreadable = () => new ZipError({ kind: 'part-unreadable', name: entry.name })
    const local = entry.localHeader
    if (local + 30 > bytes.length || u32(local) !== LOCAL) throw unreadable()
    const start = local + 30 + u16(local + 26) + u16(local + 28)
    if (start + entry.packedSize > bytes.length || entry.flags & 1) throw unreadable() // cut short, or encrypted
    return bytes.subarray(start, start + entry.packedSize)
  }

  return {
    names: [...entries.keys()],
    read(name, maxSize) {
      const entry = entries.get(name)
      if (!entry) return undefined
      if (entry.size > maxSize) throw new ZipError({ kind: 'part-too-large', name, size: entry.size, limit: maxSize })
      const unreadable = () => new ZipError({ kind: 'part-unreadable', name })
      const packed = packedOf(entry)
      if (entry.method === 0) {
        if (entry.packedSize !== entry.size) throw unreadable()
        return packed.slice()
      }
      if (entry.method !== 8) throw unreadable()
      return inflateTo(packed, entry.size, unreadable)
    },
    packed(name) {
      const entry = entries.get(name)
      return entry && { method: entry.method, crc: entry.crc, size: entry.size, packed: packedOf(entry) }
    },
  }
}

/**
 * The bytes of a stored part, inflated in one go into a buffer of the size its header declares: for packages oogo
 * made itself (a user's package is read with `read`, in steps). Undefined when the data is no DEFLATE stream or does
 * not come to exactly that size; the CRC-32 is for the caller to check.
 */
export function unpack(part: PackedPart): Uint8Array | undefined {
  if (part.method === 0) return part.packed.length === part.size ? part.packed.slice() : undefined
  if (part.method !== 8) return undefined
  try {
    // Into a buffer of the declared size: whatever more the stream holds is not written, and then the CRC fails.
    const out = inflateSync(part.packed, { out: new Uint8Array(part.size) })
    return out.length === part.size ? out : undefined
  } catch {
    return undefined
  }
}

const u32Safe = (view: DataView, at: number) => (at >= 0 && at + 4 <= view.byteLength ? view.getUint32(at, true) : -1)

/**
 * Inflates `packed` into exactly `size` bytes, a little at a time: the moment more comes out than `size`, or it ends
 * short, or the data is no DEFLATE stream, `fail()` is thrown. Memory stays at `size` plus one step's output.
 */
function inflateTo(packed: Uint8Array, size: number, fail: () => Error): Uint8Array {
  const out = new Uint8Array(size)
  let written = 0
  let done = false
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > size) throw fail()
    out.set(chunk, written)
    written += chunk.length
    done = final
  })
  try {
    let at = 0
    do {
      inflater.push(packed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= packed.length)
      at += INFLATE_STEP
    } while (at < packed.length)
  } catch {
    throw fail()
  }
  if (!done || written !== size) throw fail()
  return out
}
