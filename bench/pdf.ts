/**
 * The PDF section of `npm run bench`: seconds per document for PDF/A-2b, tagged PDF, oogo's way beside the way a
 * user's script does it, measured in the same run on the same .docx files with the same export filter.
 *
 * - oogo: `convertToPdf` (src/pdf/convert-to-pdf.ts), the function `genereer --pdf` uses: all documents of a run in
 *   ONE headless LibreOffice process, with a fresh profile folder of its own each time (part of the figure, as in
 *   the product) and the determinism pass over every PDF;
 * - baseline: one `soffice --headless --convert-to <pdfExportFilter>` process per document. All baseline processes
 *   share ONE profile folder, made by an untimed warm-up conversion: a user's script uses the user's one
 *   LibreOffice profile, which already exists. It is also the cheaper variant of the baseline (a fresh profile per
 *   process costs each start more), so the ratio is not flattered.
 *
 * Two sets: the sample (samples/voorbeeld-dossier.yaml, 26 documents) and one region: the gemeente dossiers of
 * jeugdregio JZ18 Holland Rijnland (13 gemeenten, a real composition, test/support/country-dossiers.ts). The region
 * is measured through `runBatch(..., { pdf: true })` when `regionThroughBatch` says so (assembly, writing and PDF,
 * as `oogo batch --pdf` does it, with --parallel LibreOffice processes side by side; plus one round of convertToPdf
 * alone for reference), else with `convertToPdf` over all the region's documents in one call (PDF only).
 * The region's baseline converts a spread sample of `regionBaselineSample` documents and extrapolates per document.
 *
 * Rounds: min and median are printed. oogo's way runs ≥ 3 rounds on the sample; a baseline whose first round takes
 * more than 30 s runs once (the output says so). BENCH_PDF=0 skips the section; without `soffice` it prints one
 * line saying it is skipped.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { runBatch, type BatchFlags } from '../src/app/batch/batch.ts'
import { assemble } from '../src/assemble.ts'
import { loadProject } from '../src/load/load-project.ts'
import { defaultOptions } from '../src/options.ts'
import { convertToPdf, libreOfficePackage, pdfExportFilter, pdfNameFor } from '../src/pdf/convert-to-pdf.ts'
import { assignRegions, loadCountryReference, municipalityDossiers } from '../test/support/country-dossiers.ts'
import { captureTerminal } from '../test/support/terminal.ts'

const root = join(import.meta.dirname, '..')

/** THE switch for the region: true: `oogo batch --pdf` (BatchFlags.pdf), in process; false: convertToPdf in one call. */
const regionThroughBatch = true

/** The region measured: its code in data/referentie/ (JZ18 Holland Rijnland: 13 gemeenten). */
const regionCode = 'JZ18'
/** Documents of the region converted one process each for the baseline (spread over the region's documents). */
const regionBaselineSample = 12
/** Rounds of oogo's way (at least), and the time after which a slow measurement is not repeated. */
const minRounds = 3
const oneRoundOver = 30

interface Docx { folder: string; fileName: string; bytes: Uint8Array }
interface Timing { rounds: number[]; documents: number; failed: number; cut: boolean }

const min = (xs: readonly number[]) => Math.min(...xs)
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Is `soffice` there? The reason when it is not. */
function sofficeMissing(): string | undefined {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 })
  if (probe.error) return `het programma soffice is niet gevonden in het zoekpad (PATH); installeer LibreOffice (Debian/Ubuntu: apt-get install ${libreOfficePackage})`
  if (probe.status !== 0) return `soffice --version eindigde met code ${probe.status}`
  return undefined
}

/** Every document of one dossier, assembled in process (as genereer does before writing). */
async function documentsOf(dossier: string, folder: string): Promise<Docx[]> {
  const loaded = loadProject({ dossier })
  if (!loaded.project) throw new Error(`${dossier} does not load`)
  const result = await assemble(loaded.project, defaultOptions)
  if (result.problems.some((p) => p.severity === 'error')) throw new Error(`${dossier} does not build`)
  return result.documents.map((d) => ({ folder, fileName: d.fileName, bytes: d.bytes! }))
}

/** Repeats `round` (which returns its seconds and counts) at least `rounds` times, once when the first is slow. */
async function measure(rounds: number, round: () => Promise<{ seconds: number; documents: number; failed: number }>): Promise<Timing> {
  const first = await round()
  const result: Timing = { rounds: [first.seconds], documents: first.documents, failed: first.failed, cut: first.seconds > oneRoundOver && rounds > 1 }
  if (result.cut) return result
  for (let i = 1; i < rounds; i++) {
    const next = await round()
    result.rounds.push(next.seconds)
    result.failed += next.failed
  }
  return result
}

/** oogo's way: all `docs` through convertToPdf, one LibreOffice process. */
async function oogoConvert(docs: readonly Docx[]): Promise<{ seconds: number; documents: number; failed: number }> {
  const start = performance.now()
  const converted = await convertToPdf(docs.map((d) => ({ source: d.bytes, shownPdf: join(d.folder, pdfNameFor(d.fileName)) })))
  const seconds = (performance.now() - start) / 1000
  const failed = converted.pdfs.filter((p) => p === undefined).length
  if (converted.problems.length > 0) console.error(converted.problems.map((p) => `  ${p.code}: ${p.message}`).join('\n'))
  return { seconds, documents: docs.length, failed }
}

/** The region through `oogo batch --pdf` in process: assembly, writing and PDF of every dossier in `dir`. */
async function oogoBatch(dir: string, work: string, parallel: number): Promise<{ seconds: number; documents: number; failed: number }> {
  const out = mkdtempSync(join(work, 'batch-uit-'))
  try {
    const flags: BatchFlags = { uit: out, parallel, pdf: true }
    const terminal = captureTerminal()
    const start = performance.now()
    const code = await runBatch([dir], flags, terminal)
    const seconds = (performance.now() - start) / 1000
    const docx = countFiles(out, '.docx')
    const pdfs = countFiles(out, '.pdf')
    if (code !== 0) console.error(terminal.all().slice(0, 2000))
    return { seconds, documents: pdfs, failed: docx - pdfs }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

function countFiles(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name), ext)
    else if (entry.name.endsWith(ext)) n++
  }
  return n
}

/** Writes `docs` under `dir` (one folder per dossier: file names repeat across dossiers); returns their paths. */
function writeDocx(docs: readonly Docx[], dir: string): string[] {
  return docs.map((d) => {
    const folder = join(dir, basename(d.folder))
    mkdirSync(folder, { recursive: true })
    const path = join(folder, d.fileName)
    writeFileSync(path, d.bytes)
    return path
  })
}

/** The baseline: one `soffice --convert-to` process per file, all with the one (warmed) profile `profile`. */
function sofficeEach(paths: readonly string[], profile: string, out: string): { seconds: number; documents: number; failed: number } {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  let failed = 0
  const start = performance.now()
  for (const path of paths) {
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', pdfExportFilter, '--outdir', out, path],
      { stdio: 'ignore', timeout: 120_000 })
    if (run.status !== 0 || !existsSync(join(out, pdfNameFor(basename(path))))) failed++
    rmSync(join(out, pdfNameFor(basename(path))), { force: true }) // names repeat across dossiers
  }
  return { seconds: (performance.now() - start) / 1000, documents: paths.length, failed }
}

/** `count` items spread evenly over `list` (first, …, near the end), in order. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list]
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!)
}

const row = (what: string, value: string, target: string) => console.log(`${what.padEnd(52)}${value.padStart(14)}   ${target}`)
const perDoc = (seconds: number, documents: number) => `${(seconds / Math.max(1, documents)).toFixed(3)} s/doc`
const roundsNote = (t: Timing) => (t.cut ? `1 round (it took > ${oneRoundOver} s)` : t.rounds.length === 1 ? '1 round' : `min of ${t.rounds.length} rounds; median ${perDoc(median(t.rounds), t.documents)}`)
const failedNote = (t: Timing) => (t.failed > 0 ? `, ${t.failed} WITHOUT PDF` : '')

export async function runPdfSection(): Promise<void> {
  const missing = sofficeMissing()
  if (missing !== undefined) {
    console.log(`\npdf — overgeslagen: ${missing}.`)
    return
  }
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1) ?? 'LibreOffice'
  const parallel = Math.max(1, Math.min(2, cpus().length))
  const work = mkdtempSync(join(tmpdir(), 'oogo-bench-pdf-'))
  try {
    const profile = join(work, 'profiel-baseline')

    // The sample: 26 documents.
    const sample = await documentsOf(join(root, 'samples', 'voorbeeld-dossier.yaml'), 'voorbeeld-dossier')
    const samplePaths = writeDocx(sample, join(work, 'sample-docx'))
    // Warm-up, untimed: makes the baseline's shared profile and brings LibreOffice into the disk cache for both ways.
    sofficeEach(samplePaths.slice(0, 1), profile, join(work, 'warm-up'))
    const sampleOogo = await measure(minRounds, () => oogoConvert(sample))
    const sampleBase = await measure(minRounds, async () => sofficeEach(samplePaths, profile, join(work, 'baseline-pdf')))

    // One region: the gemeente dossiers of regionCode.
    const reference = loadCountryReference()
    const region = assignRegions(reference).find((r) => r.code === regionCode)
    if (!region) throw new Error(`region ${regionCode} not found`)
    const prefixes = region.gemeenten.map((gm) => `gemeente-${gm.toLowerCase()}-`)
    const dossiers = municipalityDossiers(reference).filter((d) => prefixes.some((p) => d.name.startsWith(p)))
    const regionDir = join(work, 'regio')
    mkdirSync(regionDir)
    const regionDocs: Docx[] = []
    for (const dossier of dossiers) {
      writeFileSync(join(regionDir, dossier.name), dossier.text)
      regionDocs.push(...await documentsOf(join(regionDir, dossier.name), dossier.name.replace(/\.yaml$/, '')))
    }
    const regionOogo = await measure(minRounds, () => regionThroughBatch ? oogoBatch(regionDir, work, parallel) : oogoConvert(regionDocs))
    // With the batch: the conversion alone (one LibreOffice process, no assembly), one round, for reference.
    const regionConvert = regionThroughBatch ? await measure(1, () => oogoConvert(regionDocs)) : undefined
    const baseSample = spread(regionDocs, regionBaselineSample)
    const regionBase = await measure(1, async () => sofficeEach(writeDocx(baseSample, join(work, 'regio-docx')), profile, join(work, 'baseline-pdf')))

    const sampleRatio = (min(sampleBase.rounds) / sampleBase.documents) / (min(sampleOogo.rounds) / sampleOogo.documents)
    const regionRatio = (min(regionBase.rounds) / regionBase.documents) / (min(regionOogo.rounds) / regionOogo.documents)
    console.log(`\npdf — PDF/A-2b, tagged, bookmarks (pdfExportFilter), ${version.replace(/\s*\(.*$/, '')}, ${cpus().length} cores; oogo: one LibreOffice process per run, fresh profile included`)
    row('what', 'measured', 'target / reference')
    row(`sample (${sampleOogo.documents} documents): oogo, convertToPdf${failedNote(sampleOogo)}`, perDoc(min(sampleOogo.rounds), sampleOogo.documents),
      `${min(sampleOogo.rounds).toFixed(1)} s/set, ${roundsNote(sampleOogo)}`)
    row(`  baseline: soffice per document${failedNote(sampleBase)}`, perDoc(min(sampleBase.rounds), sampleBase.documents),
      `${min(sampleBase.rounds).toFixed(1)} s/set, ${roundsNote(sampleBase)}; one shared, warmed profile`)
    row('  ratio baseline / oogo (per document)', `${sampleRatio.toFixed(1)}×`, 'reference only')
    const how = regionThroughBatch ? `oogo batch --pdf --parallel ${parallel}` : 'convertToPdf, all in one call (PDF only)'
    row(`${regionCode} ${region.naam}: ${dossiers.length} gemeente dossiers`, `${regionDocs.length} docs`, '')
    row(`  oogo: ${how}${failedNote(regionOogo)}`, perDoc(min(regionOogo.rounds), regionOogo.documents),
      `${min(regionOogo.rounds).toFixed(1)} s/region, ${roundsNote(regionOogo)}`)
    if (regionThroughBatch) row('', '', `(in process: assembly, .docx, ${parallel} LibreOffice processes side by side, manifest)`)
    if (regionConvert) {
      row(`  oogo: convertToPdf alone, all in one call${failedNote(regionConvert)}`, perDoc(min(regionConvert.rounds), regionConvert.documents),
        `${min(regionConvert.rounds).toFixed(1)} s/region, ${roundsNote(regionConvert)}; one process, PDF only`)
    }
    row(`  baseline: soffice per document, ${regionBase.documents} of ${regionDocs.length}${failedNote(regionBase)}`, perDoc(min(regionBase.rounds), regionBase.documents),
      `extrapolated: ${((min(regionBase.rounds) / regionBase.documents) * regionDocs.length).toFixed(0)} s for the region; ${roundsNote(regionBase)}`)
    row(`  ratio baseline / oogo (per document)`, `${regionRatio.toFixed(1)}×`, regionConvert
      ? `reference only; against convertToPdf alone: ${((min(regionBase.rounds) / regionBase.documents) / (min(regionConvert.rounds) / regionConvert.documents)).toFixed(1)}×`
      : 'reference only')
    console.log('Baseline: all processes share one profile folder, made by an untimed warm-up, as a user\'s script uses the user\'s existing profile;')
    console.log(`a fresh profile per process costs more, so the ratio is not flattered. The region's baseline converts ${regionBase.documents} documents spread`)
    console.log(`evenly over its ${regionDocs.length} (every kind) and extrapolates; the sample's baseline converts all ${sampleBase.documents}.`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
