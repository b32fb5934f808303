/**
 * oogo's own check of every document it made, after packing and before anything is written: the zip opens, every
 * XML part is UTF-8, well-formed and holds only characters XML 1.0 allows, and every internal relationship points to
 * a part that is in the package. A document that fails is a bug in oogo, never a success: `verifyDocx` throws an
 * Error naming the document (the command line reports it with exit code 4). Cheap on purpose: one inflate per part,
 * and a part that is the same text as the one last verified under its name (styles, theme, numbering: the same in
 * every document of a house style) is not parsed again; that halves the time (26 documents of the sample: ~0.2 s).
 */
import { relationshipsPartOf } from './part-names.ts'
import { readRelationships } from './relationships.ts'
import { codePointName, firstNonXmlCharacter } from './xml-characters.ts'
import { parseXml } from './xml.ts'
import { unzipParts } from './zip.ts'

/** Per part name, the text last found well-formed: one package's worth of memory at most. */
const lastVerified = new Map<string, string>()

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels')

/** The part whose relationships `rels` holds: `word/_rels/document.xml.rels` → `word/document.xml`, `_rels/.rels` → `''`. */
function sourceOf(rels: string): string | undefined {
  const match = /^(?:(.*)\/)?_rels\/(.*)\.rels$/.exec(rels)
  if (!match) return undefined
  const [, folder, name] = match
  return name === '' ? '' : folder === undefined ? name! : `${folder}/${name!}`
}

/** Throws an Error naming `fileName` and the first fault, when `bytes` is no sound Word package. */
export function verifyDocx(bytes: Uint8Array, fileName: string): void {
  const fail = (why: string): never => { throw new Error(`oogo maakte een onjuist document ${fileName}: ${why}`) }
  let parts: Map<string, Uint8Array>
  try {
    parts = unzipParts(bytes)
  } catch (error) {
    return fail(`het zip-bestand opent niet (${(error as Error).message})`)
  }
  if (!parts.has('[Content_Types].xml')) fail('[Content_Types].xml ontbreekt')
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const texts = new Map<string, string>()
  for (const [name, data] of parts) {
    if (!isXmlPart(name)) continue
    let text: string
    try {
      text = decoder.decode(data)
    } catch {
      return fail(`${name} is geen geldige UTF-8`)
    }
    const codePoint = firstNonXmlCharacter(text)
    if (codePoint !== undefined) fail(`${name} bevat het teken ${codePointName(codePoint)}, dat XML 1.0 niet toestaat`)
    if (lastVerified.get(name) !== text) {
      if (!parseXml(text)) fail(`${name} is geen welgevormde XML`)
      lastVerified.set(name, text)
    }
    texts.set(name, text)
  }
  for (const name of texts.keys()) {
    const source = sourceOf(name)
    if (source === undefined || relationshipsPartOf(source) !== name) continue
    for (const relationship of readRelationships(source, (part) => texts.get(part))) {
      if (!relationship.external && !parts.has(relationship.target)) {
        fail(`${name} verwijst met ${relationship.id} naar ${relationship.target}, maar dat deel ontbreekt`)
      }
    }
  }
}
