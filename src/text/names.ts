/** Names of gemeenten as people write them and as oogo compares them or makes ids of them. */

/** Case, accents, spacing, curly apostrophes and a CBS suffix such as " (L.)" or " (NH.)" do not count. */
export function comparableName(name: string): string {
  return withoutAccents(name).replace(/[‘’]/g, "'")
    .replace(cbsSuffix, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** "Den Helder" → `den-helder`, "Beek (L.)" → `beek`, "'s-Hertogenbosch" → `s-hertogenbosch`, "Súdwest-Fryslân" → `sudwest-fryslan`. */
export function slug(name: string, fallback: string): string {
  return withoutAccents(name).replace(cbsSuffix, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || fallback
}

const cbsSuffix = /\s*\((?:[A-Za-z]+\.)+\)\s*$/
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')
