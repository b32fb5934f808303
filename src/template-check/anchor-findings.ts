/**
 * The findings about ids once a document template is walked (checker.ts collects the anchors and references with
 * the guards around them, anchor-guards.ts says when a guard holds):
 *
 * - a reference outside the condition its article or lid is under (in a document where the condition does not
 *   hold, the id is not there and the document stops at the reference),
 * - an id defined twice where both can be in one document, or inside `{{#each}}` (once per element),
 * - a partial that defines ids, included at two places that can be in one document.
 */
import { ErrorCode } from '../errors.ts'
import { anchorPlaces, coverage, exclusive, guardHolds, type Guard, type GuardedPlace } from './anchor-guards.ts'
import type { FieldNode } from './field-model.ts'

export interface AnchorFinding {
  code: ErrorCode
  file: string
  at: { line: number; column: number }
  message: string
  suggestion: string
}

type Placed = GuardedPlace & { id: string }

/** "regel 12" in the same file, "templates/partials/x.md.hbs:12" in another. */
const lineOf = (place: { file: string; line: number }, from: string) => place.file === from ? `regel ${place.line}` : `${place.file}:${place.line}`

/** Every reference that some document reaches without its article or lid. */
export function conditionalAnchors(anchors: readonly Placed[], refs: readonly Placed[], index: ReadonlyMap<string, FieldNode>): AnchorFinding[] {
  const byId = new Map<string, Guard[][]>()
  for (const anchor of anchors) byId.set(anchor.id, [...(byId.get(anchor.id) ?? []), [...anchor.guards]])
  const covered = new Map([...byId].map(([id, lists]) => [id, coverage(lists)]))
  const findings: AnchorFinding[] = []
  for (const ref of refs) {
    const lists = covered.get(ref.id)
    if (!lists) continue // an unknown id: reported as such by the checker
    const missing = lists.map((guards) => guards.filter((g) => !guardHolds(g, ref, index)))
    if (missing.some((m) => m.length === 0)) continue
    const first = missing.sort((a, b) => a.length - b.length)[0]![0]!
    const anchor = anchors.find((a) => a.id === ref.id && a.guards.includes(first)) ?? anchors.find((a) => a.id === ref.id)!
    findings.push({
      code: ErrorCode.templateConditionalAnchor, file: ref.file, at: ref,
      message: `De verwijzing naar \`${ref.id}\` staat buiten de voorwaarde van dat artikel of lid: \`{#${ref.id}}\` (${lineOf(anchor, ref.file)}) staat binnen ${first.label} (${lineOf(first, ref.file)}). ` +
        'In een document waarin die voorwaarde niet geldt, ontbreekt het, en stopt het maken van het document bij deze verwijzing.',
      suggestion: `Zet de verwijzing binnen dezelfde voorwaarde of gebruik ${first.wrap} rond de zin met de verwijzing.`,
    })
  }
  return findings
}

/** An id defined twice where both can be in one document, or inside a list (once per element). */
export function duplicateAnchors(anchors: readonly Placed[]): AnchorFinding[] {
  const findings: AnchorFinding[] = []
  const seen = new Map<string, GuardedPlace[]>()
  for (const anchor of anchors) {
    const repeats = anchor.guards.find((g) => g.repeats && g.holds)
    if (repeats) {
      findings.push({
        code: ErrorCode.templateDuplicateAnchor, file: anchor.file, at: anchor,
        message: `Het id \`{#${anchor.id}}\` staat binnen ${repeats.label} (${lineOf(repeats, anchor.file)}): bij meer dan één element van \`${repeats.repeats}\` komt het meer dan eens in het document, en weet een verwijzing niet welk artikel of lid bedoeld is.`,
        suggestion: 'Zet het id buiten de lijst, of laat het weg: een element van een lijst kan geen eigen id hebben.',
      })
    }
    const earlier = seen.get(anchor.id) ?? []
    // The same place seen again is the same partial walked under other facts, not a second id.
    const clash = earlier.find((e) => !samePlace(e, anchor) && !exclusive(e.guards, anchor.guards))
    if (clash) {
      findings.push({
        code: ErrorCode.templateDuplicateAnchor, file: anchor.file, at: anchor,
        message: `Het id \`{#${anchor.id}}\` staat ook bij een ander artikel of lid (${lineOf(clash, anchor.file)}); een verwijzing ernaar weet niet welke bedoeld is.`,
        suggestion: 'Geef elk artikel en lid een eigen id. Staat er altijd maar één van de twee in het document, zet ze dan in {{#if …}} en het {{else}}-deel daarvan.',
      })
    }
    seen.set(anchor.id, [...earlier, anchor])
  }
  return findings
}

/**
 * A partial with ids included here while an earlier inclusion can be in the same document: each of its ids twice.
 * Records the inclusion in `calls` (per partial name, for this document).
 */
export function partialIncludedTwice(name: string, source: { text: string }, call: GuardedPlace, calls: Map<string, GuardedPlace[]>): AnchorFinding | undefined {
  const ids = [...new Set(anchorPlaces(source).map((a) => a.id))]
  if (ids.length === 0) return undefined
  const before = calls.get(name) ?? []
  calls.set(name, [...before, call])
  if (before.some((c) => samePlace(c, call))) return undefined
  const earlier = before.find((c) => !exclusive(c.guards, call.guards))
  if (!earlier) return undefined
  return {
    code: ErrorCode.templateDuplicateAnchor, file: call.file, at: call,
    message: `Het deelsjabloon \`${name}\` staat hier voor de tweede keer in het document (eerder: ${lineOf(earlier, call.file)}); ` +
      `de ${ids.length === 1 ? 'id' : 'ids'} ${ids.map((id) => `\`{#${id}}\``).join(', ')} ${ids.length === 1 ? 'komt' : 'komen'} daardoor twee keer voor.`,
    suggestion: 'Neem het deelsjabloon één keer op, of haal de ids eruit en zet ze in het sjabloon zelf.',
  }
}

const samePlace = (a: GuardedPlace, b: GuardedPlace) => a.file === b.file && a.line === b.line && a.column === b.column
