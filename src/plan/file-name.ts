/**
 * File names made only of lower-case ASCII letters, digits and dashes, whatever the ids or the
 * kenmerk contain, so nothing can escape the output folder or trip a file system.
 */
export function slug(text: string, maxLength = 60): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const cleaned = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '')
  return cleaned === '' ? 'x' : cleaned
}

export function documentFileName(...parts: string[]): string {
  return `${parts.map((p) => slug(p)).join('-')}.docx`
}

/** What names a planned document apart from the others, and its file name. */
export interface NamedDocument { fileName: string; kind: string; sender?: string; view: object }

/**
 * The file names of one run, made unique: a slug cuts an id at 60 characters and joins ids with dashes, so two
 * documents can get one name (ids that differ after the 60th character; `a-b` + `c` and `a` + `b-c`; `V1` and
 * `v1`), and the second would overwrite the first. Every name shared by more than one document gets a short
 * suffix derived from the full ids of its document (the meeting, the recipient, the sender), so the same dossier
 * always gives the same names and a name that nobody shares stays as it was. Returns the names in order.
 */
export function uniqueFileNames(documents: readonly NamedDocument[]): string[] {
  const count = new Map<string, number>()
  for (const d of documents) count.set(d.fileName, (count.get(d.fileName) ?? 0) + 1)
  const taken = new Set(documents.map((d) => d.fileName))
  const names = documents.map((d) => d.fileName)
  const seen = new Set<string>()
  documents.forEach((d, i) => {
    if (count.get(d.fileName)! === 1) return
    const base = d.fileName.replace(/\.docx$/, '')
    // The ids first; when even those are alike (no ids to tell them apart), the whole content; last the place.
    const keys = [identity(d), JSON.stringify(d.view) ?? '', `${identity(d)}#${i}`]
    for (const key of keys) {
      const name = `${base}-${shortHash(key)}.docx`
      if (!taken.has(name) && !seen.has(name)) {
        names[i] = name
        seen.add(name)
        return
      }
    }
    let n = 2 // only reached when hashes collide: a counter, still deterministic
    while (taken.has(`${base}-${n}.docx`) || seen.has(`${base}-${n}.docx`)) n++
    names[i] = `${base}-${n}.docx`
    seen.add(names[i]!)
  })
  return names
}

/** The full ids a document is made for: its kind, meeting, recipient and sender. */
function identity(d: NamedDocument): string {
  const view = d.view as { vergadering?: { id?: unknown }; ontvanger?: { id?: unknown } }
  return JSON.stringify([d.kind, view.vergadering?.id ?? null, view.ontvanger?.id ?? null, d.sender ?? null])
}

/** Eight hex digits of FNV-1a (64 bit) over the UTF-16 code units: stable across runs and machines. */
export function shortHash(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0').slice(0, 8)
}
