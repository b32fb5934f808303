/**
 * The zip container of an Office package (.docx, .dotx): its parts by name, in and out. The only place that knows
 * fflate: pack/ zips the documents it writes through this, load/ unpacks a house style through this.
 *
 * A package from a user (a house style) is opened with `openZip`: its central directory is read and checked against
 * limits before anything is inflated, and a part is inflated only when asked for, in small steps, never to more than
 * the size its header declares. So a zip bomb costs a few kB of memory, not gigabytes, whatever its headers say.
 */
import { Inflate, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate'

/** The parts of a package by name, in zip order: text (XML) or bytes. */
export type Parts = Map<string, string | Uint8Array>

// Local-time constructor on purpose: fflate writes the DOS time from the local getters (getHours(), ...), so only
// a local 1980-01-01 00:00 gives the same bytes in every TZ (a UTC instant did not). Made at every zip, not once:
// a Date made at load time is another local time after the zone changed (the in-process TZ test found that).
const zipTime = () => new Date(1980, 0, 1, 0, 0, 0)
const ZIP_LEVEL = 6 // fflate's default, which is what docx's bundled zipSync uses

/**
 * The parts of a zip package by name, in zip order. Throws when the bytes are not a zip archive. `maxPartSize`
 * (bytes, unpacked) leaves out larger parts, so a small file cannot unpack to gigabytes.
 */
export function unzipParts(bytes: Uint8Array, maxPartSize = Infinity): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes, { filter: (file) => file.originalSize <= maxPartSize })))
}

/** Zips the parts in their order, every entry with the same fixed time and compression level. */
export function zipParts(parts: Parts): Uint8Array {
  const encoder = new TextEncoder()
  const out: Zippable = {}
  const mtime = zipTime()
  for (const [name, part] of parts) {
    out[name] = [typeof part === 'string' ? encoder.encode(part) : part, { mtime, level: ZIP_LEVEL }]
  }
  return zipSync(out, { mtime, level: ZIP_LEVEL })
}

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
  packedSize: number
  size: number
  localHeader: number
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
    const entry = { name, flags, method: u16(at + 10), packedSize: u32(at + 20), size: u32(at + 24), localHeader: u32(at + 42) }
    total += entry.size
    if (total > limits.maxTotalSize) throw new ZipError({ kind: 'total-too-large', size: total, limit: limits.maxTotalSize })
    entries.set(name, entry)
    at = next
  }

  return {
    names: [...entries.keys()],
    read(name, maxSize) {
      const entry = entries.get(name)
      if (!entry) return undefined
      if (entry.size > maxSize) throw new ZipError({ kind: 'part-too-large', name, size: entry.size, limit: maxSize })
      const unreadable = () => new ZipError({ kind: 'part-unreadable', name })
      const local = entry.localHeader
      if (local + 30 > bytes.length || u32(local) !== LOCAL) throw unreadable()
      const start = local + 30 + u16(local + 26) + u16(local + 28)
      if (start + entry.packedSize > bytes.length || entry.flags & 1) throw unreadable() // cut short, or encrypted
      const packed = bytes.subarray(start, start + entry.packedSize)
      if (entry.method === 0) {
        if (entry.packedSize !== entry.size) throw unreadable()
        return packed.slice()
      }
      if (entry.method !== 8) throw unreadable()
      return inflateTo(packed, entry.size, unreadable)
    },
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
