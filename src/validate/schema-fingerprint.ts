/**
 * A short fingerprint of a JSON schema's content (its JSON text as parsed, in key order), so that a validator
 * compiled at build time (compiled-schemas.ts) is used only for exactly the schema it was compiled from: a schema
 * changed since is compiled at run time instead, never checked against the old rules.
 */

/** 53-bit hash (cyrb53) of the schema's JSON text, as 14 hex digits. Not cryptographic: it tells versions apart. */
export function schemaFingerprint(schema: object): string {
  const text = JSON.stringify(schema)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}
