/**
 * `npm run bench`: the speed of the whole pipeline against a baseline measured in the same run.
 *
 * - ours: assemble() on the sample (validate → derive → render → parse → transform → build →
 *   pack) per overeenkomst, in process, after an untimed warm-up;
 * - baseline: the same Word document (same paragraphs, styles, tables, header and footer)
 *   written with docx directly and packed with Packer.toBuffer: what hand-written docx code for
 *   this contract costs, without validation, templates, model or determinism pass. The target
 *   (≤ 1.5×) is against this one;
 * - for reference, a minimal document: the same text as unstyled paragraphs;
 * - the cold start of `oogo --help` as a new process.
 * Figures are printed side by side with the targets; ratios matter more than milliseconds on a
 * shared machine. TECH-NOTES §8 has the reference figures of the same kind.
 *
 * Then the batch section (bench/batch.ts): the whole-country test set built with `oogo batch` (or
 * an in-process loop when that command is absent) beside pandoc and docxtemplater. BENCH_BATCH=0
 * skips it. Last the PDF section (bench/pdf.ts): seconds per PDF for the sample and a region, oogo's
 * one LibreOffice run beside one `soffice --convert-to` per document. BENCH_PDF=0 skips it.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { assemble } from '../src/assemble.ts'
import { loadProject } from '../src/load/load-project.ts'
import { defaultOptions } from '../src/options.ts'
import { documentKinds } from '../src/plan/index.ts'
import { buildDocument } from '../src/docx/build-document.ts'
import { runBatchSection } from './batch.ts'
import { runPdfSection } from './pdf.ts'

const root = join(import.meta.dirname, '..')
const n = Number(process.env['BENCH_N'] ?? 200)

async function timePerRun(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn() // warm-up, untimed
  const start = performance.now()
  for (let i = 0; i < runs; i++) await fn()
  return (performance.now() - start) / runs
}

const loaded = loadProject({ dossier: join(root, 'samples', 'voorbeeld-dossier.yaml') })
if (!loaded.project) throw new Error('the sample does not load')
const project = loaded.project

const agreementOnly = { ...defaultOptions, documents: ['overeenkomst'] }
const { text, model } = (await assemble(project, { ...agreementOnly, emit: 'model' })).documents[0]!
const lines = text.split('\n').filter((l) => l.trim() !== '')
const minimal = await timePerRun(n, () => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })))
const baseline = await timePerRun(n, () => Packer.toBuffer(buildDocument(model)))
const rssBaseline = process.memoryUsage().rss

const ours = await timePerRun(n, async () => {
  const result = await assemble(project, agreementOnly)
  // The sample's warnings (GC-MOTIVERING-PER-GEMEENTE) do not stop a build; only errors do.
  if (result.problems.some((p) => p.severity === 'error') || !result.documents[0]?.bytes) throw new Error('the sample did not build')
})
const peakRss = process.resourceUsage().maxRSS * 1024

// Per document kind, and the sample's whole set (26 documents), each in process.
const perKind: [string, number, number][] = []
for (const kind of documentKinds) {
  const options = { ...defaultOptions, documents: [kind] }
  const count = (await assemble(project, options)).documents.length
  const runs = Math.max(10, Math.ceil(n / Math.max(1, count)))
  perKind.push([kind, count, (await timePerRun(runs, () => assemble(project, options))) / count])
}
const setCount = (await assemble(project, defaultOptions)).documents.length
const wholeSet = await timePerRun(Math.max(10, Math.ceil(n / 10)), () => assemble(project, defaultOptions))
const peakRssAll = process.resourceUsage().maxRSS * 1024

const cold: number[] = []
for (let i = 0; i < 10; i++) {
  const start = performance.now()
  spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--help'])
  cold.push(performance.now() - start)
}
cold.sort((a, b) => a - b)
const coldMedian = cold[Math.floor(cold.length / 2)]!

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const row = (what: string, value: string, target: string) => console.log(`${what.padEnd(52)}${value.padStart(14)}   ${target}`)
console.log(`oogo bench — Node ${process.version}, N = ${n} per measurement, warm-up excluded\n`)
row('what', 'measured', 'target / reference')
row('minimal: same text as plain paragraphs, docx', `${minimal.toFixed(1)} ms/doc`, 'reference only')
row('baseline: same document written with docx directly', `${baseline.toFixed(1)} ms/doc`, 'TECH-NOTES: 18.7 ms/doc for a 9-page document')
row('oogo: overeenkomst, whole pipeline in process', `${ours.toFixed(1)} ms/doc`, 'TECH-NOTES pipeline without parse/model: 25.8 ms/doc')
row('ratio oogo / baseline', `${(ours / baseline).toFixed(2)}×`, `≤ 1.5× ${ours / baseline <= 1.5 ? '(gehaald)' : '(NIET gehaald)'}`)
row('ratio oogo / minimal document', `${(ours / minimal).toFixed(2)}×`, 'reference only')
row('peak RSS after the overeenkomst runs', mb(peakRss), `TECH-NOTES: 173–197 MB; baseline phase ended at ${mb(rssBaseline)}`)
for (const [kind, count, ms] of perKind) row(`  ${kind} (${count} in the sample)`, `${ms.toFixed(1)} ms/doc`, '')
row(`sample's whole set (${setCount} documents)`, `${wholeSet.toFixed(0)} ms/set`, `${(wholeSet / setCount).toFixed(1)} ms/doc`)
row('peak RSS (whole bench process)', mb(peakRssAll), '')
row('cold start `oogo --help` (median of 10)', `${coldMedian.toFixed(0)} ms`, `< 300 ms ${coldMedian < 300 ? '(gehaald)' : '(NIET gehaald)'}`)

if (process.env['BENCH_BATCH'] !== '0') {
  // The sample overeenkomst as rendered text (Markdown), the input of the pandoc and docxtemplater baselines.
  const rendered = (await assemble(project, { ...agreementOnly, emit: 'text' })).documents[0]!.text
  await runBatchSection(rendered, ours)
}

if (process.env['BENCH_PDF'] !== '0') await runPdfSection() // bench/pdf.ts: PDF per document, oogo beside soffice per document
