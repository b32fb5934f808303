/**
 * A fuzz run: `dossiers` mutated dossiers through `assemble` and `templates` mutated template sets through the static
 * check (and a fifth of them through `assemble` with the sample), every case made from `seed` and its index alone.
 * Shared by `npm run fuzz` (scripts/fuzz.ts, many cases) and the test (test/fuzz/fuzz.test.ts, a few hundred).
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { parse } from 'yaml'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import { documentKinds } from '../../src/plan/registry.ts'
import { fixture, fixtureNames } from '../support/fixtures.ts'
import { root, samplePath } from '../support/helpers.ts'
import { runDossier, runTemplates, type Outcome } from './harness.ts'
import { mutateDossier } from './mutate-dossier.ts'
import { mutateTemplates } from './mutate-template.ts'
import { caseSeed, random } from './prng.ts'

export interface Failure { kind: 'dossier' | 'template'; index: number; seed: number; what: string; violations: string[]; input: string }

export interface Summary {
  dossiers: number
  templates: number
  failures: Failure[]
  /** Cases with at least one violation, by kind. */
  failed: { dossier: number; template: number }
  /** Cases that threw (an internal error). */
  thrown: number
  slowest: { ms: number; what: string }
  mostWarnings: { count: number; what: string }
  /** Cases that ended without an error and with documents. */
  produced: number
}

/** The bases: the sample and every fixture whose dossier is valid YAML. */
export function bases(): { name: string; text: string }[] {
  const all = [{ name: relative(root, samplePath), text: readFileSync(samplePath, 'utf8') }]
  for (const name of fixtureNames()) {
    const { dossierText, templates } = fixture(name)
    if (templates) continue
    try {
      if (((d) => d && typeof d === 'object')(parse(dossierText, { logLevel: 'silent' }))) all.push({ name, text: dossierText })
    } catch { /* a fixture of broken YAML: the text mutations cover those */ }
  }
  return all
}

const kindNames = (): string[] => [...documentKinds]

export async function runFuzz(options: { seed: number; dossiers: number; templates: number; onProgress?: (done: number) => void }): Promise<Summary> {
  const summary: Summary = { dossiers: 0, templates: 0, failures: [], failed: { dossier: 0, template: 0 }, thrown: 0, slowest: { ms: 0, what: '' }, mostWarnings: { count: 0, what: '' }, produced: 0 }
  const baseList = bases()
  const builtIn = loadTemplates(builtInTemplatesDir)
  const sample = baseList[0]!
  const kinds = kindNames()
  const record = (kind: Failure['kind'], index: number, seed: number, what: string, input: string, outcome: Outcome) => {
    if (outcome.ms > summary.slowest.ms) summary.slowest = { ms: outcome.ms, what }
    if (outcome.warnings > summary.mostWarnings.count) summary.mostWarnings = { count: outcome.warnings, what }
    if (outcome.thrown !== undefined) summary.thrown++
    if (outcome.documents > 0 && outcome.errors === 0) summary.produced++
    if (outcome.violations.length) {
      summary.failed[kind]++
      summary.failures.push({ kind, index, seed, what, violations: outcome.violations, input })
    }
  }

  for (let index = 0; index < options.dossiers; index++) {
    const seed = caseSeed(options.seed, index)
    const rng = random(seed)
    const made = mutateDossier(rng, rng.pick(baseList))
    const emit = rng.chance(0.03) ? 'docx' : rng.chance(0.3) ? 'text' : 'model'
    const documents = rng.chance(0.2) ? [rng.pick(kinds)] : []
    const outcome = await runDossier('dossier.yaml', made.text, { emit, documents, draft: rng.chance(0.3) })
    summary.dossiers++
    record('dossier', index, seed, `${made.base}: ${made.mutations.join('; ')} (${emit})`, made.text, outcome)
    options.onProgress?.(summary.dossiers + summary.templates)
  }

  for (let index = 0; index < options.templates; index++) {
    const seed = caseSeed(options.seed ^ 0x5bd1e995, index)
    const rng = random(seed)
    const made = mutateTemplates(rng, builtIn)
    const what = `${made.target}: ${made.mutations.join('; ')}`
    const outcome = runTemplates(made.templates)
    if (rng.chance(0.2)) {
      const rendered = await runDossier(sample.name, sample.text, { emit: 'model' }, made.templates)
      outcome.violations.push(...rendered.violations)
      outcome.ms += rendered.ms
    }
    summary.templates++
    const changed = made.templates.documents.get(made.target) ?? [...made.templates.partials.values()].find((t) => t.file === made.target)
    record('template', index, seed, what, changed?.text ?? '', outcome)
    options.onProgress?.(summary.dossiers + summary.templates)
  }
  return summary
}
