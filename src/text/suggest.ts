/**
 * "Bedoelde u …?": the closest known name to a misspelt one.
 */
import { distance } from 'fastest-levenshtein'

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

/** `a`, `a of b`, `a, b of c` with back-quotes, for lists of allowed values. */
export function listOfValues(values: readonly unknown[], conjunction = 'of'): string {
  const quoted = values.map((v) => `\`${String(v)}\``)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`
}
