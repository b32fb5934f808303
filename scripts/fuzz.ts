/**
 * `npm run fuzz [-- --dossiers 10000 --sjablonen 1000 --seed 1 --toon 10]`: mutated dossiers and templates, run in
 * process (test/fuzz/), with counts, the slowest case and the largest number of warnings. Exit code 1 when a case broke
 * the invariant (test/fuzz/harness.ts); each such case can be made again from the seed and its index.
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { runFuzz } from '../test/fuzz/run.ts'

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a whole number`)
  return value
}

const seed = flag('seed', 1)
const dossiers = flag('dossiers', 10_000)
const templates = flag('sjablonen', 1_000)
const show = flag('toon', 10)
const started = performance.now()
let last = 0
const summary = await runFuzz({
  seed, dossiers, templates, onProgress: (done) => {
    if (!process.stderr.isTTY || performance.now() - last < 500) return
    last = performance.now()
    process.stderr.write(`\r${done}/${dossiers + templates}`)
  },
})
if (process.stderr.isTTY) process.stderr.write('\r')
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`seed ${seed}: ${summary.dossiers} dossiers, ${summary.templates} template sets in ${seconds} s`)
console.log(`  produced documents: ${summary.produced}; thrown (internal errors): ${summary.thrown}`)
console.log(`  failed: ${summary.failed.dossier} dossiers, ${summary.failed.template} template sets`)
console.log(`  slowest case: ${Math.round(summary.slowest.ms)} ms — ${summary.slowest.what.slice(0, 200)}`)
console.log(`  most warnings: ${summary.mostWarnings.count} — ${summary.mostWarnings.what.slice(0, 200)}`)
const byViolation = new Map<string, number>()
for (const f of summary.failures) for (const v of new Set(f.violations.map((v) => v.replace(/\d+/g, 'N').slice(0, 120)))) byViolation.set(v, (byViolation.get(v) ?? 0) + 1)
for (const [violation, count] of [...byViolation].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(count).padStart(5)}× ${violation}`)
if (summary.failures.length) {
  const dir = join('uit', 'fuzz')
  mkdirSync(dir, { recursive: true })
  for (const f of summary.failures.slice(0, 200)) writeFileSync(join(dir, `${f.kind}-${f.index}.${f.kind === 'dossier' ? 'yaml' : 'md.hbs'}`), f.input)
  writeFileSync(join(dir, 'failures.json'), JSON.stringify(summary.failures.map(({ input, ...rest }) => rest), null, 2))
  for (const f of summary.failures.slice(0, show)) console.log(`\n${f.kind} #${f.index} (seed ${f.seed}): ${f.what.slice(0, 300)}\n  ${f.violations.join('\n  ')}`)
  console.log(`\nThe first ${Math.min(200, summary.failures.length)} inputs are in ${dir}/.`)
}
process.exitCode = summary.failures.length ? 1 : 0
