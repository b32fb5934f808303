/**
 * oogo's own check of every document it made, after packing and before anything is written: the zip opens, every
 * part inflates to the size and CRC-32 its header declares, every XML part is UTF-8, well-formed and holds only
 * characters XML 1.0 allows, and every internal relationship points to a part that is in the package. A document that
 * fails is a bug in oogo, never a success: `verifyDocx` throws an Error naming the document (the command line reports
 * it with exit code 4).
 *
 * Cheap on purpose. A part stored as the very bytes (and method, CRC and size) of the part last found sound under
 * its name is sound again, and is not even inflated: the styles, numbering, settings, fonts and theme of a house style
 * are the same in every document, so only the body, the header with the kenmerk and the properties are read. Their
 * XML is checked in one pass (well-formed.ts), not parsed into a tree. A part whose stored bytes are exactly what
 * zipParts just deflated from a text (zip.ts, zippedText) is checked as that text, without inflating it again.
 */
import { relationshipsPartOf } from './part-names.ts'
import { readRelationships } from './relationships.ts'
import { isWellFormed } from './well-formed.ts'
import { codePointName, firstNonXmlCharacter } from './xml-characters.ts'
import { crc32 as nativeCrc32, inflateRawSync } from 'node:zlib'
import { openZip, zippedText, type PackedPart, type ZipPackage } from './zip.ts'
import type { HouseRelationship } from '../model/house-style.ts'

/** A part found sound: as it was stored, and, for a relationships part, its relationships. */
interface Sound {
  stored: PackedPart
  relationships?: HouseRelationship[]
}

/** Per part name, the part last found sound under it: one package's worth of memory at most. */
const lastSound = new Map<string, Sound>()

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels')

/** The part whose relationships `rels` holds: `word/_rels/document.xml.rels` → `word/document.xml`, `_rels/.rels` → `''`. */
function sourceOf(rels: string): string | undefined {
  const match = /^(?:(.*)\/)?_rels\/(.*)\.rels$/.exec(rels)
  if (!match) return undefined
  const [, folder, name] = match
  return name === '' ? '' : folder === undefined ? name! : `${folder}/${name!}`
}

/**
 * Whether two parts are stored as the same bytes with the same header: then they unpack to the same content. The
 * bytes are compared natively (memcmp): the static parts of every document are compared, some 10 kB per document.
 */
function sameStored(a: PackedPart, b: PackedPart): boolean {
  if (a.method !== b.method || a.crc !== b.crc || a.size !== b.size || a.packed.length !== b.packed.length) return false
  return Buffer.from(a.packed.buffer, a.packed.byteOffset, a.packed.length).equals(b.packed)
}

/**
 * The bytes of a stored part, inflated by Node's zlib (a check reads them; it never writes them, so the zlib a Node
 * binary was built with cannot change oogo's output), never to more than the size its header declares. Undefined when
 * the data is no DEFLATE stream or does not come to exactly that size; a tenth of the time of fflate's inflate.
 */
function unpacked(part: PackedPart): Uint8Array | undefined {
  if (part.method === 0) return part.packed.length === part.size ? part.packed : undefined
  if (part.method !== 8) return undefined
  try {
    const out = inflateRawSync(part.packed, { maxOutputLength: Math.max(1, part.size) })
    return out.length === part.size ? out : undefined
  } catch {
    return undefined
  }
}

/**
 * Every UTF-16 unit XML 1.0 allows taken one by one, surrogates included: a text without any other is clean at once;
 * one with a surrogate or a forbidden unit is looked at by code point (firstNonXmlCharacter), which a regular
 * expression with `u` does several times slower over a whole body.
 */
const SUSPECT_UNIT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/
const firstForbidden = (text: string): number | undefined => (SUSPECT_UNIT.test(text) ? firstNonXmlCharacter(text) : undefined)

const noLimits = { maxEntries: Infinity, maxTotalSize: Infinity }
/** Larger than any part oogo writes (a logo of a house style is at most 10 MB): a header that says more is wrong. */
const MAX_PART_SIZE = 256 * 1024 * 1024

/** Throws an Error naming `fileName` and the first fault, when `bytes` is no sound Word package. */
export function verifyDocx(bytes: Uint8Array, fileName: string): void {
  const fail = (why: string): never => { throw new Error(`oogo maakte een onjuist document ${fileName}: ${why}`) }
  const unreadable = (error: unknown): never => fail(`het zip-bestand opent niet (${(error as Error).message})`)
  let zip: ZipPackage
  try {
    zip = openZip(bytes, noLimits)
  } catch (error) {
    return unreadable(error)
  }
  const names = new Set(zip.names)
  if (!names.has('[Content_Types].xml')) fail('[Content_Types].xml ontbreekt')
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const relationships = new Map<string, HouseRelationship[]>()
  for (const name of zip.names) {
    let stored: PackedPart
    try {
      stored = zip.packed(name)!
    } catch (error) {
      return unreadable(error)
    }
    const last = lastSound.get(name)
    if (last && sameStored(last.stored, stored)) {
      if (last.relationships) relationships.set(name, last.relationships)
      continue
    }
    if (stored.size > MAX_PART_SIZE) fail(`${name} is groter dan ${MAX_PART_SIZE / 1024 / 1024} MB`)
    // A part zipped just now from a text (the body, the header with the kenmerk) is that text: it is not inflated again.
    const known = isXmlPart(name) ? zippedText(name, stored) : undefined
    let data: Uint8Array | undefined
    if (known === undefined) {
      data = unpacked(stored) ?? fail(`${name} is beschadigd: het pakt niet uit tot de ${stored.size} bytes die de zip opgeeft`)
      if (nativeCrc32(data) !== stored.crc) fail(`${name} is beschadigd: de controlesom (CRC-32) klopt niet`)
    }
    const sound: Sound = { stored: { ...stored, packed: stored.packed.slice() } }
    if (isXmlPart(name)) {
      let text: string
      try {
        text = known ?? decoder.decode(data)
      } catch {
        return fail(`${name} is geen geldige UTF-8`)
      }
      const codePoint = firstForbidden(text)
      if (codePoint !== undefined) fail(`${name} bevat het teken ${codePointName(codePoint)}, dat XML 1.0 niet toestaat`)
      if (!isWellFormed(text)) fail(`${name} is geen welgevormde XML`)
      const source = sourceOf(name)
      if (source !== undefined && relationshipsPartOf(source) === name) {
        sound.relationships = readRelationships(source, (part) => (part === name ? text : undefined))
        relationships.set(name, sound.relationships)
      }
    }
    lastSound.set(name, sound)
  }
  for (const [name, list] of relationships) {
    for (const relationship of list) {
      if (!relationship.external && !names.has(relationship.target)) {
        fail(`${name} verwijst met ${relationship.id} naar ${relationship.target}, maar dat deel ontbreekt`)
      }
    }
  }
}
