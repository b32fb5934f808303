/** Small images for the house-style tests, made in memory (no fixture files). */
import { crc32, deflateSync } from 'node:zlib'

/** A w×h PNG of one colour. */
export function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()]
  const raw = Uint8Array.from(Array.from({ length: height }, () => row).flat())
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]))
}
