/**
 * The zip container of an Office package (.docx, .dotx): its parts by name, in and out. The only place that knows
 * fflate: pack/ zips the documents it writes through this, load/ unpacks a house style through this.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate'

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
