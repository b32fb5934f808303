/**
 * The batch section of `npm run bench`: the whole-country test set (42 region dossiers and 342
 * gemeente dossiers, test/support/country-dossiers.ts) built in one go, beside two baselines
 * measured in the same run: pandoc (one process per document) and docxtemplater (in process).
 *
 * How the set is built is decided in one place, `buildBatch`: with `oogo batch` available in
 * dist/cli.js it runs `node dist/cli.js batch <map> --uit <map> --parallel <n>`; otherwise the
 * in-process loop of bench/batch-loop.ts (load → assemble → write, sequentially, one process).
 * Peak RSS is that of the child process (`/usr/bin/time -f %M` when present).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx'
import Docxtemplater from 'docxtemplater'
import PizZip from 'pizzip'
import { loadCountryReference, municipalityDossiers, regionDossiers, type GeneratedDossier } from '../test/support/country-dossiers.ts'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const timeBinary = '/usr/bin/time'

export interface BatchRun {
  how: string
  dossiers: number
  documents: number
  seconds: number
  /** Peak RSS of the child process in bytes; undefined when it could not be measured. */
  peakRss?: number
  failed: number
}

/** Does dist/cli.js know `batch`? (`oogo batch --help` exits 0 and names the command.) */
export function batchCommandAvailable(): boolean {
  if (!existsSync(cli)) return false
  const run = spawnSync(process.execPath, [cli, 'help', 'batch'], { encoding: 'utf8' })
  return run.status === 0 && /batch/.test(run.stdout) && /--parallel/.test(run.stdout)
}

/** Runs a command, under /usr/bin/time -f %M when present; returns stdout, seconds and peak RSS. */
function timed(command: string, args: string[]): { status: number | null; stdout: string; stderr: string; seconds: number; peakRss?: number } {
  const withTime = existsSync(timeBinary)
  const start = performance.now()
  const run = withTime
    ? spawnSync(timeBinary, ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const seconds = (performance.now() - start) / 1000
  let peakRss: number | undefined
  let stderr = run.stderr ?? ''
  if (withTime) {
    const lines = stderr.trimEnd().split('\n')
    const kb = Number(lines.at(-1))
    if (Number.isFinite(kb)) { peakRss = kb * 1024; stderr = lines.slice(0, -1).join('\n') }
  }
  return { status: run.status, stdout: run.stdout ?? '', stderr, seconds, ...(peakRss !== undefined ? { peakRss } : {}) }
}

function countDocx(dir: string): number {
  if (!existsSync(dir)) return 0
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countDocx(join(dir, entry.name))
    else if (entry.name.endsWith('.docx')) n++
  }
  return n
}

/** THE switch: builds every dossier in `dir` into `out`, with `oogo batch` when there is one. */
export function buildBatch(dir: string, out: string, parallel: number, useBatchCommand: boolean): BatchRun {
  const dossiers = readdirSync(dir).filter((f) => f.endsWith('.yaml')).length
  if (useBatchCommand) {
    const run = timed(process.execPath, [cli, 'batch', dir, '--uit', out, '--parallel', String(parallel)])
    return { how: `oogo batch --parallel ${parallel}`, dossiers, documents: countDocx(out), seconds: run.seconds, ...(run.peakRss !== undefined ? { peakRss: run.peakRss } : {}), failed: run.status === 0 ? 0 : 1 }
  }
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  const run = timed(tsx, [join(root, 'bench', 'batch-loop.ts'), dir, out])
  const last = run.stdout.trim().split('\n').at(-1) ?? ''
  let parsed: { dossiers: number; documents: number; failed: number } = { dossiers: 0, documents: countDocx(out), failed: dossiers }
  try { parsed = JSON.parse(last) } catch { /* the loop failed; reported below */ }
  if (run.status !== 0) console.error(run.stderr.slice(0, 2000))
  return { how: 'in-process loop, sequential (no `oogo batch`)', dossiers: parsed.dossiers, documents: parsed.documents, seconds: run.seconds, ...(run.peakRss !== undefined ? { peakRss: run.peakRss } : {}), failed: parsed.failed }
}

function writeSet(dir: string, set: GeneratedDossier[]): void {
  for (const dossier of set) writeFileSync(join(dir, dossier.name), dossier.text)
}

/** pandoc, one process per document: ms/doc, or undefined when pandoc is not installed. */
export function pandocBaseline(markdown: string, runs: number, work: string): number | undefined {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) return undefined
  const input = join(work, 'overeenkomst.md')
  writeFileSync(input, markdown)
  const convert = (i: number) => {
    const run = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', input, '-o', join(work, `pandoc-${i}.docx`)])
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`)
  }
  convert(-1) // warm-up (disk cache), untimed
  const start = performance.now()
  for (let i = 0; i < runs; i++) convert(i)
  return (performance.now() - start) / runs
}

/** docxtemplater + pizzip, in process: a template with placeholders built with docx, filled N times; ms/doc. */
export async function docxtemplaterBaseline(text: string, runs: number): Promise<number> {
  const template = await Packer.toBuffer(new Document({
    sections: [{
      children: [
        new Paragraph({ text: '{titel}', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
        new Paragraph('Kenmerk: {kenmerk}'),
        new Paragraph('{#alineas}'),
        new Paragraph('{tekst}'),
        new Paragraph('{/alineas}'),
        new Paragraph('Opgemaakt te {plaats} op {datum}.'),
      ],
    }],
  }))
  const lines = text.split('\n').map((l) => l.replace(/^[#>*\-\s]+/, '').trim()).filter((l) => l !== '')
  const data = { titel: lines[0] ?? '', kenmerk: 'OOGO-JZ03-2026', alineas: lines.slice(1).map((tekst) => ({ tekst })), plaats: 'Schagen', datum: '15 januari 2026' }
  const fill = () => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true })
    doc.render(data)
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' })
  }
  fill() // warm-up, untimed
  const start = performance.now()
  for (let i = 0; i < runs; i++) fill()
  return (performance.now() - start) / runs
}

/** Prints the batch section. `agreementText`: the sample overeenkomst as rendered text (Markdown). */
export async function runBatchSection(agreementText: string, agreementMs?: number): Promise<void> {
  const parallel = Math.max(1, Math.min(2, cpus().length))
  const useBatch = batchCommandAvailable()
  const work = mkdtempSync(join(tmpdir(), 'oogo-bench-'))
  try {
    const reference = loadCountryReference()
    const sets: [string, GeneratedDossier[]][] = [['42 jeugdregio\'s', regionDossiers(reference)], ['342 gemeenten (whole country)', municipalityDossiers(reference)]]
    const runs: [string, BatchRun][] = []
    for (const [label, set] of sets) {
      const dir = join(work, `in-${set.length}`)
      const out = join(work, `uit-${set.length}`)
      mkdirSync(dir, { recursive: true })
      writeSet(dir, set)
      runs.push([label, buildBatch(dir, out, parallel, useBatch)])
      rmSync(out, { recursive: true, force: true })
    }
    const pandocRuns = 20
    const pandoc = pandocBaseline(agreementText, pandocRuns, work)
    const templaterRuns = 200
    const templater = await docxtemplaterBaseline(agreementText, templaterRuns)

    const mb = (bytes?: number) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`)
    const row = (what: string, value: string, target: string) => console.log(`${what.padEnd(52)}${value.padStart(14)}   ${target}`)
    const met = (ok: boolean) => (ok ? '(gehaald)' : '(NIET gehaald)')
    console.log(`\nbatch — whole-country test set (synthetic regional composition), ${cpus().length} cores, built with: ${runs[0]![1].how}`)
    row('what', 'measured', 'target / reference')
    for (const [label, run] of runs) {
      const perDoc = (run.seconds * 1000) / Math.max(1, run.documents)
      row(`${label}: dossiers built${run.failed ? ` (${run.failed} failed)` : ''}`, String(run.dossiers), '')
      row('  documents', String(run.documents), '')
      row('  total', `${run.seconds.toFixed(1)} s`, label.startsWith('342') ? `< 60 s on 2 cores ${met(run.seconds < 60)}` : '')
      row('  documents per second', `${(run.documents / run.seconds).toFixed(1)} doc/s`, `${perDoc.toFixed(1)} ms/doc (mix of all kinds, incl. start-up)`)
      row('  peak RSS (child process)', mb(run.peakRss), run.peakRss === undefined ? 'not measured (/usr/bin/time missing)' : `< 400 MB ${met(run.peakRss < 400 * 1024 * 1024)}`)
    }
    const country = runs.at(-1)![1]
    const ours = (country.seconds * 1000) / Math.max(1, country.documents)
    if (pandoc === undefined) {
      row('pandoc md→docx, one process per document', 'missing', 'pandoc is not installed: `apt-get install pandoc` (Debian/Ubuntu); skipped')
    } else {
      row(`pandoc md→docx, one process per doc, N=${pandocRuns}`, `${pandoc.toFixed(1)} ms/doc`, 'TECH-NOTES: 85.6–92.6 ms/doc (with --toc)')
      row('ratio pandoc / oogo batch (per document)', `${(pandoc / ours).toFixed(1)}×`, `≥ 10× faster ${met(pandoc / ours >= 10)}`)
    }
    row(`docxtemplater + pizzip, in process, N=${templaterRuns}`, `${templater.toFixed(1)} ms/doc`, 'TECH-NOTES: 10.0–10.4 ms/doc')
    row('ratio oogo batch / docxtemplater (per document)', `${(ours / templater).toFixed(2)}×`, `≤ 1× (at least as fast) ${met(ours <= templater)}`)
    if (agreementMs !== undefined) row('ratio oogo overeenkomst alone / docxtemplater', `${(agreementMs / templater).toFixed(2)}×`, 'reference only: same text; docxtemplater without styles, numbering or header')
    console.log('Per-document figures of the batch are a mix of short (uitnodiging) and long (overeenkomst) documents; the baselines fill the sample overeenkomst text.')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
