/**
 * "Bedoelde u …?": the closest known name to a misspelt one.
 */
import { distance } from 'fastest-levenshtein'
import { comparableName } from './names.ts'

/** The candidate closest to `input`, if it is close enough to be a plausible typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  // Candidates may come from a dossier that failed its schema: only texts can be meant.
  if (typeof input !== 'string') return undefined
  const list = [...candidates].filter((c): c is string => typeof c === 'string')
  // A shortened or lengthened name (`regio` for `jeugdhulpregio`) is a plausible slip too.
  const needleLower = input.toLowerCase()
  const containing = list.filter((c) => needleLower.length >= 4 && (c.toLowerCase().includes(needleLower) || needleLower.includes(c.toLowerCase())))
  if (containing.length === 1) return containing[0]
  let best: string | undefined
  let bestDistance = Infinity
  const needle = input.toLowerCase()
  for (const candidate of list) {
    const d = distance(needle, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  // Allow about one typo per three characters, and at least two edits for short names.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closest(input, candidates)
  return match === undefined ? undefined : `Bedoelde u \`${match}\`?`
}

/** Something an id names: its id, its name and what it is ("gemeente", "samenwerkingsverband"). */
export interface IdentifiedThing { id: string; naam?: unknown; soort: string }

/**
 * Where an id is needed, the id to suggest — never a name: for a misspelt id (`den-heldr`) the id it is close to; for
 * the name written instead of the id (`Den Helder`, `Den Heldr`) the id of that thing, saying whose id it is.
 */
export function suggestId(input: string, known: readonly IdentifiedThing[]): string | undefined {
  if (typeof input !== 'string') return undefined
  const things = known.filter((t) => typeof t.id === 'string')
  // "gemeente Den Helder"; a name that already says what it is ("Samenwerkingsverband …") as it is.
  const label = (t: IdentifiedThing) => typeof t.naam !== 'string' || t.naam.trim() === '' ? `${t.soort} \`${t.id}\``
    : t.naam.trim().toLowerCase().startsWith(t.soort.toLowerCase()) ? t.naam.trim() : `${t.soort} ${t.naam.trim()}`
  const named = (t: IdentifiedThing) => typeof t.naam === 'string' ? comparableName(t.naam) : undefined
  // The name itself: the reader knows what they meant; only the form is wrong.
  const byName = things.filter((t) => named(t) === comparableName(input))
  if (byName.length === 1) return `Verwijs met het id, niet met de naam: \`${byName[0]!.id}\` is het id van ${label(byName[0]!)}.`
  // A misspelt id: the id it is close to.
  const id = closest(input, things.map((t) => t.id))
  if (id !== undefined) return `Bedoelde u \`${id}\`?`
  // A misspelt name: the id of the thing of that name, said as such.
  const name = closest(comparableName(input), things.flatMap((t) => named(t) ?? []))
  const thing = things.find((t) => name !== undefined && named(t) === name)
  return thing ? `Bedoelde u \`${thing.id}\`? Dat is het id van ${label(thing)}.` : undefined
}

/** `a`, `a of b`, `a, b of c` with back-quotes, for lists of allowed values. */
export function listOfValues(values: readonly unknown[], conjunction = 'of'): string {
  const quoted = values.map((v) => `\`${String(v)}\``)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`
}
