/**
 * The batch section of `npm run bench`: the whole country with `oogo batch --parallel 2` as its own process, pandoc
 * beside it, a rerun without changes, and peak RSS for 42, 342 and 3,000 dossiers.
 *
 * - The country: the 42 jeugdregio dossiers and the 342 gemeente dossiers of test/support/country-dossiers.ts in one
 *   folder (real gemeenten and regions, synthetic composition outside the five worked regions), built into a fresh
 *   --uit folder per round (all removed after the last round). Wall seconds (the target) and CPU seconds (user +
 *   system of the process and its worker threads, /usr/bin/time) per round; min and median. Rounds stop early when
 *   BENCH_LAND_MAX_S is used up (the output says how many ran).
 * - Rerun without changes: `oogo batch` again into the --uit of the last round (the manifest says nothing changed).
 * - pandoc: the Markdown of every document of the sample dossier (emit 'text': the same texts oogo builds, a mix of
 *   long and short documents like the country's) converted with one `pandoc -f markdown -t docx` process per
 *   document, as a script would, one round just before each round of the country; ms per document, wall and CPU.
 *   The ratio is CPU per document against the country batch's CPU per document, so it does not depend on how many
 *   cores either used. Without pandoc: "overgeslagen".
 * - Peak RSS of the whole batch process for the 42 region dossiers, the 342 gemeente dossiers and 3,000 dossiers (the
 *   country repeated with another file name and kenmerk per copy; BENCH_GROOT=0 skips this one, which takes about
 *   eight times the country).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { assemble } from '../src/assemble.ts'
import type { Project } from '../src/model/project.ts'
import { defaultOptions } from '../src/options.ts'
import { loadCountryReference, municipalityDossiers, regionDossiers, type GeneratedDossier } from '../test/support/country-dossiers.ts'
import { haveTimeBinary, heading, mb, median, min, minMed, ms, row, runChild, seconds, target } from './measure.ts'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')

export interface BatchSettings { rounds: number; maxSeconds: number; parallel: number; large: boolean; work: string }

interface BatchRun { wallS: number; cpuS?: number; systemS?: number; peakRss?: number; documents: number; dossiers: number; failed: boolean; tail: string }

function countDocx(dir: string): number {
  if (!existsSync(dir)) return 0
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countDocx(join(dir, entry.name))
    else if (entry.name.endsWith('.docx')) n++
  }
  return n
}

/** `node dist/cli.js batch <in> --uit <out> --parallel <n>` as one process. */
function batch(input: string, out: string, parallel: number): BatchRun {
  const run = runChild(process.execPath, [cli, 'batch', input, '--uit', out, '--parallel', String(parallel)], { cwd: root })
  const dossiers = readdirSync(input).filter((f) => f.endsWith('.yaml')).length
  return {
    wallS: run.wallMs / 1000,
    ...(run.cpuMs !== undefined ? { cpuS: run.cpuMs / 1000 } : {}),
    ...(run.systemMs !== undefined ? { systemS: run.systemMs / 1000 } : {}),
    ...(run.peakRss !== undefined ? { peakRss: run.peakRss } : {}),
    documents: countDocx(out),
    dossiers,
    failed: run.status !== 0,
    tail: (run.stdout + run.stderr).trim().split('\n').slice(-3).join('\n'),
  }
}

function writeSet(dir: string, set: readonly GeneratedDossier[]): void {
  mkdirSync(dir, { recursive: true })
  for (const dossier of set) writeFileSync(join(dir, dossier.name), dossier.text)
}

/** `count` dossiers: the country over and over, each copy with its own file name and kenmerk. */
function repeated(country: readonly GeneratedDossier[], count: number): GeneratedDossier[] {
  const out: GeneratedDossier[] = []
  for (let copy = 0; out.length < count; copy++) {
    for (const d of country) {
      if (out.length === count) break
      if (copy === 0) { out.push(d); continue }
      const text = d.text.replace(/^(\s+kenmerk: )(.+)$/m, `$1$2-K${copy + 1}`)
      if (text === d.text) throw new Error(`${d.name}: geen kenmerk gevonden om te veranderen`)
      out.push({ name: `k${copy + 1}-${d.name}`, text })
    }
  }
  return out
}

function pandocAvailable(): boolean {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' })
  return !probe.error && probe.status === 0
}

/**
 * pandoc, one process per document over the sample's texts: `round()` converts them all once and gives wall and CPU ms
 * per document (the first conversion, to warm the disk cache, is not timed).
 */
function pandocRunner(texts: readonly string[], work: string): { round(): { wall: number; cpu: number } } {
  const dir = join(work, 'pandoc')
  mkdirSync(dir, { recursive: true })
  const inputs = texts.map((text, i) => { const file = join(dir, `doc-${i}.md`); writeFileSync(file, text); return file })
  const convert = (file: string) => {
    const run = runChild('pandoc', ['-f', 'markdown', '-t', 'docx', file, '-o', file.replace(/\.md$/, '.docx')])
    if (run.status !== 0) throw new Error(`pandoc faalde: ${run.stderr.slice(0, 500)}`)
    return run
  }
  convert(inputs[0]!)
  return {
    round() {
      let wall = 0
      let cpu = 0
      for (const file of inputs) { const run = convert(file); wall += run.wallMs; cpu += run.cpuMs ?? run.wallMs }
      return { wall: wall / inputs.length, cpu: cpu / inputs.length }
    },
  }
}

export async function runBatchSection(project: Project, settings: BatchSettings): Promise<void> {
  const reference = loadCountryReference()
  const regions = regionDossiers(reference)
  const municipalities = municipalityDossiers(reference)
  const country = [...regions, ...municipalities]
  const countryDir = join(settings.work, 'land')
  writeSet(countryDir, country)
  const p = settings.parallel

  // pandoc over the sample's documents, as Markdown, a round of it just before each round of the country: the two
  // sides of the ratio are measured in the same minutes, on a machine whose speed drifts (the same code measured 4.70
  // and 3.28 ms per document an hour apart).
  const texts = (await assemble(project, { ...defaultOptions, emit: 'text' })).documents.map((d) => d.text)
  const pandoc = pandocAvailable() ? { runner: pandocRunner(texts, settings.work), wall: [] as number[], cpu: [] as number[] } : undefined

  // The country, fresh output per round, within the time limit. A round's output is removed only after the last
  // round: removing 6,000 files just before a round made the kernel's share of that round 4 to 6 s instead of 1 to 2
  // (the file system's own work on what was deleted), which is this bench's cleanup, not oogo's work.
  const rounds: BatchRun[] = []
  const sectionStart = performance.now()
  let out = ''
  const outputs: string[] = []
  for (let r = 0; r < settings.rounds; r++) {
    if (pandoc) {
      const round = pandoc.runner.round()
      pandoc.wall.push(round.wall)
      pandoc.cpu.push(round.cpu)
    }
    out = join(settings.work, `land-uit-${r}`)
    outputs.push(out)
    const run = batch(countryDir, out, p)
    rounds.push(run)
    if (run.failed) { console.error(`oogo batch faalde:\n${run.tail}`); break }
    if ((performance.now() - sectionStart) / 1000 > settings.maxSeconds) break
  }
  const reruns: BatchRun[] = []
  for (let r = 0; r < settings.rounds; r++) reruns.push(batch(countryDir, out, p))
  for (const dir of outputs) rmSync(dir, { recursive: true, force: true })

  // Peak RSS for 42 and 342 dossiers (one run each), and 3,000.
  const sizes: [string, GeneratedDossier[]][] = [['42 regiodossiers', regions], ['342 gemeentedossiers', municipalities]]
  if (settings.large) sizes.push(['3.000 dossiers (het land herhaald)', repeated(country, 3000)])
  const rss: [string, BatchRun][] = []
  for (const [label, set] of sizes) {
    const dir = join(settings.work, `set-${set.length}`)
    writeSet(dir, set)
    const uit = join(settings.work, `set-${set.length}-uit`)
    rss.push([label, batch(dir, uit, p)])
    rmSync(dir, { recursive: true, force: true })
    rmSync(uit, { recursive: true, force: true })
  }

  const good = rounds.filter((r) => !r.failed)
  const documents = good[0]?.documents ?? 0
  const wall = good.map((r) => r.wallS)
  const cpu = good.flatMap((r) => (r.cpuS === undefined ? [] : [r.cpuS]))
  console.log(`\n(belasting van de machine na de metingen: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; boven ${cpus().length} wachten de processen op elkaar en zegt de wandkloktijd vooral iets over de buren)`)
  heading(`Het hele land: ${country.length} dossiers (${regions.length} regio's + ${municipalities.length} gemeenten), \`oogo batch --parallel ${p}\`, ${good.length} ronde(s)${good.length < settings.rounds ? ` (BENCH_LAND_MAX_S = ${settings.maxSeconds} s bereikt)` : ''}`)
  if (good.length === 0) {
    console.log(`oogo batch faalde: ${rounds[0]?.tail ?? ''}`)
    target('het hele land met `oogo batch --parallel 2`', 'mislukt', '≤ 20 s', false)
    return
  }
  row('documenten per ronde', String(documents), `${good[0]!.dossiers} dossiers`)
  row('wandkloktijd', minMed(wall, seconds), `${(documents / min(wall)).toFixed(0)} documenten per seconde (beste ronde)`)
  if (cpu.length) row('CPU-tijd (proces en werkthreads)', minMed(cpu, seconds), `${ms((min(cpu) * 1000) / documents, 2)} CPU per document; CPU / ${p} kernen = ${seconds(min(cpu) / p)}`)
  // The kernel's share, mostly creating the documents' files: on this kind of virtual machine 1 to 2 s for the country,
  // 4 to 7 s when thousands of files had just been removed (and a bare loop creating 3,000 files 0.1 to 0.9 s).
  const system = good.flatMap((r) => (r.systemS === undefined ? [] : [r.systemS]))
  if (system.length) row('  waarvan systeemtijd (kernel)', minMed(system, seconds), 'vooral het aanmaken van de bestanden; wisselt sterk per machine en per ronde')
  row('piekgeheugen (RSS)', mb(Math.max(...good.map((r) => r.peakRss ?? 0)) || undefined), haveTimeBinary ? '' : '/usr/bin/time ontbreekt: niet gemeten')
  target(`het hele land (${documents} documenten), \`oogo batch --parallel ${p}\` (min)`, `${seconds(min(wall))} (med ${seconds(median(wall))})`, '≤ 20 s', min(wall) <= 20)
  const rerunWall = reruns.map((r) => r.wallS)
  row('opnieuw zonder wijzigingen', minMed(rerunWall, seconds), reruns.some((r) => r.failed) ? 'faalde' : '')
  target('het hele land opnieuw, zonder wijzigingen (min)', `${seconds(min(rerunWall))} (med ${seconds(median(rerunWall))})`, '≤ 2 s', min(rerunWall) <= 2 && !reruns.some((r) => r.failed))

  if (pandoc === undefined) {
    row('pandoc, één proces per document', 'ontbreekt', 'pandoc is niet geïnstalleerd (`apt-get install -y pandoc`)')
    target('oogo batch t.o.v. pandoc, per document', 'pandoc ontbreekt', '≥ 25× zo snel', undefined)
  } else {
    row(`pandoc md → docx, één proces per document (${texts.length} teksten)`, minMed(pandoc.wall), `CPU ${minMed(pandoc.cpu)} per document`)
    const oogoCpu = cpu.length ? (min(cpu) * 1000) / documents : (min(wall) * 1000 * p) / documents
    const ratio = min(pandoc.cpu) / oogoCpu
    row('oogo batch, per document', ms(oogoCpu, 2), `CPU-tijd van de beste ronde / ${documents} documenten`)
    const oogoWall = (min(wall) * 1000) / documents
    row('  en in wandkloktijd', `${(min(pandoc.wall) / oogoWall).toFixed(1)}× zo snel`, `oogo ${ms(oogoWall, 2)} per document met --parallel ${p}, pandoc ${ms(min(pandoc.wall))} één na één (ter vergelijking)`)
    target('oogo batch t.o.v. pandoc, CPU per document (min)', `${ratio.toFixed(1)}× zo snel (${ms(oogoCpu, 2)} tegen ${ms(min(pandoc.cpu))})`, '≥ 25× zo snel', ratio >= 25)
  }

  heading('Piekgeheugen (RSS) van het hele `oogo batch`-proces naar aantal dossiers')
  const biggest = good.reduce((a, b) => ((a.peakRss ?? 0) >= (b.peakRss ?? 0) ? a : b))
  const bySize: [string, BatchRun][] = [...rss.slice(0, 2), [`${country.length} (het hele land, hoogste van de rondes)`, biggest], ...rss.slice(2)]
  for (const [label, run] of bySize) row(label, mb(run.peakRss), `${run.documents} documenten, ${seconds(run.wallS)}${run.failed ? ', FAALDE' : ''}`)
  if (!settings.large) row('3.000 dossiers', 'overgeslagen', 'BENCH_GROOT=0')
  const peaks = bySize.flatMap(([, r]) => (r.peakRss === undefined ? [] : [r.peakRss]))
  const highest = peaks.length ? Math.max(...peaks) : undefined
  const spread = peaks.length > 1 ? Math.max(...peaks) - Math.min(...peaks) : undefined
  const counts = bySize.map(([l]) => l.split(' ')[0]).join(' / ')
  target(`piekgeheugen bij ${counts} dossiers`, highest === undefined ? 'niet gemeten' : bySize.map(([, r]) => mb(r.peakRss)).join(' / '), '≤ 300 MB', highest === undefined ? undefined : highest <= 300 * 1024 * 1024)
  target('piekgeheugen vlak (hoogste − laagste)', spread === undefined ? 'niet gemeten' : mb(spread), '≤ 60 MB verschil', spread === undefined ? undefined : spread <= 60 * 1024 * 1024)
}
