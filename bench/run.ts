/**
 * `npm run bench`: every speed target of issue 16, measured in one run on this machine, side by side with the other
 * ways to make the same documents, each target printed as "DOEL <wat>: <gemeten> | <doel> | gehaald / NIET gehaald"
 * and at the end all of them again as one Markdown table (for the README's performance section).
 *
 * From a fresh clone: `npm ci && npm run build && npm run bench` (the start, watch and batch sections run
 * dist/cli.js, so build first; pandoc is optional: `apt-get install -y pandoc`).
 *
 * Sections, in order:
 * 1. per document, in process (bench/per-document.ts): oogo's whole pipeline against docxtemplater + pizzip,
 *    Carbone docx → docx (no LibreOffice) and the `docx` library directly, for the sample's overeenkomst and
 *    uitnodiging, with templates made from oogo's own .docx (see there how each was made fair); CPU time per document;
 * 2. per document kind and the sample's whole set, oogo alone (reference);
 * 3. whole processes (bench/start.ts): `oogo --help` and `oogo controleer <sample>` beside `node -e 0`;
 * 4. `oogo voorbeeld --watch` (bench/start.ts): from saving a template to the new preview;
 * 5. the whole country (bench/batch.ts): `oogo batch --parallel 2`, a rerun without changes, pandoc, peak RSS for
 *    42, 342 and 3,000 dossiers;
 * 6. PDF (bench/pdf.ts): seconds per PDF, oogo's one LibreOffice run beside one soffice per document.
 *
 * Switches (environment variables):
 *   BENCH_RONDES=7        rounds of every measurement (min and median are printed; at least 5 for the targets)
 *   BENCH_N=60            overeenkomsten per round per contender in section 1 (uitnodigingen: twice as many). With
 *                         20, a round of oogo lasted 0.14 s, and whether a round held one of the heap's larger
 *                         collections, and where the CPU clock's steps fell, moved its figure by 10–15 % from run to
 *                         run (docxtemplater's minimum 12.7–14.9 ms, oogo's 5.8–7.1 ms, the median ratio 1.8×
 *                         against a minimum of 2.0–2.2×). With 60 the rounds are three times as long; the figures
 *                         still vary (minimum ratio 2.09, 2.20, 1.74 and 1.97× in four runs, docxtemplater 10.5–13.2 ms,
 *                         before the Word step was loaded once; after it 2.29–2.80× in five runs on 3 December 2026)
 *   BENCH_START=10        runs of each whole process in section 3 (median of 10 is the target's)
 *   BENCH_WATCH=7         saves in section 4; 0 skips it
 *   BENCH_BATCH=0         skips section 5
 *   BENCH_LAND_MAX_S=900  section 5 stops starting new rounds of the country once this many seconds have passed
 *                         (the output says how many rounds ran)
 *   BENCH_GROOT=0         skips the 3,000 dossiers of section 5 (about eight times the country: minutes)
 *   BENCH_PARALLEL=2      --parallel of `oogo batch`
 *   BENCH_PDF=0           skips section 6
 * Per document and per kind, CPU time of this process is measured (user + system, all threads), not wall time: on a
 * shared machine wall time mostly measures the neighbours. Whole processes are timed by the wall clock (that is what
 * their targets say), with their CPU time beside it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { assemble } from '../src/assemble.ts'
import { loadProject } from '../src/load/load-project.ts'
import { defaultOptions } from '../src/options.ts'
import { documentKinds } from '../src/plan/index.ts'
import { runBatchSection } from './batch.ts'
import { cpuMs, envCount, heading, minMed, ms, printSummary, row, target } from './measure.ts'
import { runPdfSection } from './pdf.ts'
import { projectVariants, runPerDocumentSection } from './per-document.ts'
import { runStartSection, runWatchSection } from './start.ts'

const root = join(import.meta.dirname, '..')
const rounds = Math.max(1, envCount('BENCH_RONDES', 7))
const perRound = Math.max(1, envCount('BENCH_N', 60))
const startRuns = Math.max(1, envCount('BENCH_START', 10))
const saves = envCount('BENCH_WATCH', 7)

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js ontbreekt: eerst `npm run build`.')
  process.exit(2)
}

const loaded = loadProject({ dossier: join(root, 'samples', 'voorbeeld-dossier.yaml') })
if (!loaded.project) throw new Error('het voorbeelddossier laadt niet')
const project = loaded.project
const work = mkdtempSync(join(tmpdir(), 'oogo-bench-'))

console.log(`oogo bench — Node ${process.version}, ${cpus().length} kernen (${cpus()[0]?.model ?? '?'}), belasting bij de start ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
console.log(`${rounds} rondes per meting; oordeel op het minimum (CPU per document) of de mediaan (hele processen); opwarmen telt niet mee.`)

try {
  // 1. Per document, against the other generators.
  await runPerDocumentSection(project, { rounds, perRound, work: join(work, 'per-document') })

  // 2. Per kind and the sample's whole set, oogo alone: CPU ms per document.
  heading(`oogo per documentsoort, voorbeelddossier, CPU-tijd per document, ${rounds} rondes, elk document nieuw (ter vergelijking)`)
  for (const kind of documentKinds) {
    const options = { ...defaultOptions, documents: [kind] }
    const count = (await assemble(project, options)).documents.length
    if (count === 0) continue
    const runs = Math.max(1, Math.round(perRound / count))
    const variants = projectVariants(project, runs * rounds)
    const times: number[] = []
    for (let i = 0; i < runs; i++) await assemble(project, options) // warm-up, untimed
    for (let r = 0; r < rounds; r++) times.push((await cpuMs(async () => { for (let i = 0; i < runs; i++) await assemble(variants[r * runs + i]!, options) })) / (runs * count))
    row(`${kind} (${count} in het dossier)`, minMed(times))
  }
  const all = await assemble(project, defaultOptions)
  const setVariants = projectVariants(project, rounds)
  const setTimes: number[] = []
  for (let r = 0; r < rounds; r++) setTimes.push((await cpuMs(() => assemble(setVariants[r]!, defaultOptions))))
  row(`het hele dossier (${all.documents.length} documenten)`, minMed(setTimes, (x) => ms(x, 0)), `${ms(Math.min(...setTimes) / all.documents.length)} per document (min)`)
  row('piekgeheugen (RSS) van dit bench-proces tot hier', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

  // 3 and 4. Whole processes.
  runStartSection(startRuns)
  if (saves > 0) await runWatchSection(saves, join(work, 'watch'))
  else target('`oogo voorbeeld --watch`: opslaan → nieuwe voorvertoning (mediaan)', 'niet gemeten (BENCH_WATCH=0)', '≤ 100 ms', undefined)

  // 5. The country.
  if (process.env['BENCH_BATCH'] !== '0') {
    await runBatchSection(project, {
      rounds,
      maxSeconds: envCount('BENCH_LAND_MAX_S', 900),
      parallel: Math.max(1, envCount('BENCH_PARALLEL', 2)),
      large: process.env['BENCH_GROOT'] !== '0',
      work: join(work, 'batch'),
    })
  } else {
    for (const [what, goal] of [['het hele land, `oogo batch --parallel 2`', '≤ 20 s'], ['het hele land opnieuw, zonder wijzigingen', '≤ 2 s'], ['oogo batch t.o.v. pandoc, per document', '≥ 25× zo snel'], ['piekgeheugen bij 42 / 342 / 3.000 dossiers', '≤ 300 MB en vlak']] as const) {
      target(what, 'niet gemeten (BENCH_BATCH=0)', goal, undefined)
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

printSummary()

// 6. PDF (issue 15), last: it takes minutes and has no target of issue 16.
if (process.env['BENCH_PDF'] !== '0') await runPdfSection()
