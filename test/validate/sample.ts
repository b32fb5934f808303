/**
 * The sample dossier (samples/voorbeeld-dossier.yaml) as parsed YAML, optionally with a few edits: each test states
 * only its difference from the sample. Edits replace text exactly once, so a test never silently misses.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseYaml } from '../../src/load/parse-yaml.ts'
import type { ParsedYaml } from '../../src/model/project.ts'

export const sampleFile = 'dossier.yaml'
const sampleText = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'voorbeeld-dossier.yaml'), 'utf8')

/** YAML text → its parsed document and data; throws when the text is no valid YAML (a test's own mistake). */
export function parsed(text: string, file = sampleFile): { yaml: ParsedYaml; data: unknown } {
  const result = parseYaml({ file, text, sha256: '' })
  if (!result.yaml || result.problems.length > 0) throw new Error(`invalid YAML in test: ${JSON.stringify(result.problems)}`)
  return { yaml: result.yaml, data: result.data }
}

/** The sample with `from` replaced by `to`, for each edit (exactly once each). */
export function sampleWith(...edits: [from: string | RegExp, to: string][]): { yaml: ParsedYaml; data: unknown } {
  let text = sampleText
  for (const [from, to] of edits) {
    const next = text.replace(from, to)
    if (next === text) throw new Error(`edit not applied: ${String(from)}`)
    text = next
  }
  return parsed(text)
}
