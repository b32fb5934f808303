/**
 * The fuzz harness in small (`npm run fuzz` runs ten thousand and more): 60 mutated dossiers and 20 mutated template
 * sets from a fixed seed, each through `assemble` or the static template check, must keep the invariant of
 * test/fuzz/harness.ts — no internal error, every error located and in Dutch, nothing made on an error, no
 * `undefined` or Markdown residue in a document, a bounded time and number of warnings.
 */
import { describe, expect, it } from 'vitest'
import { checkProblems } from './harness.ts'
import { runFuzz } from './run.ts'
import { random } from './prng.ts'
import { mutateDossier } from './mutate-dossier.ts'
import { assembleText, sampleText, sampleWith } from '../support/helpers.ts'

describe('fuzz', () => {
  it('keeps the invariant for 60 dossiers and 20 template sets (seed 12)', async () => {
    const summary = await runFuzz({ seed: 12, dossiers: 60, templates: 20 })
    expect(summary.failures.map((f) => `${f.kind} #${f.index} (${f.what.slice(0, 160)}): ${f.violations.join('; ').slice(0, 400)}`)).toEqual([])
    expect(summary.dossiers).toBe(60)
    expect(summary.templates).toBe(20)
    // The mutations reach the documents, not only the schema: a share of the cases is made in full.
    expect(summary.produced).toBeGreaterThan(12)
  }, 60_000)

  it('makes the same case from the same seed', () => {
    const a = mutateDossier(random(7), { name: 'voorbeeld', text: sampleText })
    const b = mutateDossier(random(7), { name: 'voorbeeld', text: sampleText })
    expect(a).toEqual(b)
  })

  it('reports what it is built to catch: an English, unlocated or undefined-bearing message', () => {
    const violations: string[] = []
    checkProblems([
      { code: 'dossier/schema', severity: 'error', stage: 'validate', message: 'Cannot read properties of undefined', place: { file: 'dossier.yaml', line: 3 } },
      { code: 'dossier/schema', severity: 'error', stage: 'validate', message: 'Onbekende sleutel.', place: { file: 'dossier.yaml' } },
      { code: 'regel/X', severity: 'warning', stage: 'validate', message: 'Partij `undefined` ontbreekt.', place: { file: 'dossier.yaml', path: '/a' } },
    ], violations)
    expect(violations).toEqual([
      'not Dutch: dossier.yaml:3 dossier/schema: Cannot read properties of undefined',
      'undefined, NaN or [object …] in a message: dossier.yaml:3 dossier/schema: Cannot read properties of undefined',
      'error without line or path: dossier.yaml:? dossier/schema Onbekende sleutel.',
      'undefined, NaN or [object …] in a message: dossier.yaml:? regel/X: Partij `undefined` ontbreekt.',
    ])
  })

  it('reports a key that is a list at its place (found by the fuzzer: a process warning and an [object Object] key)', async () => {
    const result = await assembleText(sampleWith(['versie: 1\n', 'versie: 1\n? [a, b]\n: x\n']), { emit: 'model' })
    expect(result.problems).toEqual([{ code: 'yaml/syntax', severity: 'error', stage: 'load', message: 'Een sleutel moet een tekst zijn.',
      place: { file: 'dossier.yaml', line: 4, column: 3 }, suggestion: 'Schrijf de sleutel als een woord, zoals `naam:`.' }])
  })

  it('counts the findings of one rule beyond 25 in one (a meeting in 1900 and one in 2199: not 298 warnings)', async () => {
    const result = await assembleText(sampleWith(['    datum: 2026-02-12\n', '    datum: 1900-02-12\n'], ['    datum: 2026-04-09\n', '    datum: 2199-04-09\n']), { emit: 'model' })
    const perYear = result.problems.filter((p) => p.code === 'regel/PR-VERGADERINGEN-PER-JAAR')
    expect(perYear.map((p) => p.message)).toEqual(['In 1901 is geen vergadering gehouden; afgesproken is ten minste 2 per jaar. Dezelfde bevinding geldt nog 297 keer.'])
  })
})
