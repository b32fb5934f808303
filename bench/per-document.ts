/**
 * Per document, in process: oogo's whole pipeline beside three other ways to make the SAME Word document, in the same
 * run, interleaved round by round (so a busy neighbour hits all of them alike), each contender in a worker thread of
 * its own (bench/contender-worker.ts: its own heap and JIT, nothing of one charged to another), CPU time per
 * document, min and median.
 *
 * How each contender was made fair (the output says it too):
 * - oogo: `assemble()` on the sample dossier for one document kind: validation, rules, derivation, templates,
 *   parsing, numbering and references, Word build, determinism pass and packing; the dossier is loaded once (as in
 *   `oogo batch`, where the templates and reference data are read once per run).
 * - docxtemplater + pizzip and Carbone (docx → docx, no LibreOffice): their template IS oogo's own .docx of that
 *   document, with every run of text that holds a value of the dossier (a name, an address, a date as written, the
 *   kenmerk, …) turned into a tag. So both fill exactly oogo's paragraphs, styles, numbering, header and footer: the
 *   same parts, the same volume. After filling, their word/document.xml is compared with oogo's and the output says
 *   whether it is byte for byte the same text. docxtemplater gets the template as bytes in memory and unzips it per
 *   document (its documented use); Carbone reads it from a file per document (its only way for a zipped template;
 *   the file is in the OS cache after the warm-up).
 * - `docx` direct: the same document model (paragraphs, tables, styles, header, footer) built with the `docx` library
 *   and packed with Packer.toBuffer, as hand-written docx code would: no validation, templates, model or
 *   determinism pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import carbone from 'carbone'
import Docxtemplater from 'docxtemplater'
import { strFromU8, unzipSync } from 'fflate'
import PizZip from 'pizzip'
import { assemble } from '../src/assemble.ts'
import type { Project } from '../src/model/project.ts'
import { defaultOptions } from '../src/options.ts'
import type { ContenderSetup } from './contender-worker.ts'
import { cpuMs, heading, median, min, minMed, row, target } from './measure.ts'

const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** Every value of the dossier as it can appear in a document: strings as they are, ISO dates also as "9 december 2025". */
export function dossierValues(data: unknown): string[] {
  const values = new Set<string>()
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const text = node.trim()
      if (text.length >= 3 && !text.includes('\n')) values.add(text)
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
      if (iso) values.add(`${Number(iso[3])} ${dutchMonths[Number(iso[2]) - 1]} ${iso[1]}`)
    } else if (node instanceof Date) {
      values.add(`${node.getUTCDate()} ${dutchMonths[node.getUTCMonth()]} ${node.getUTCFullYear()}`)
    } else if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') Object.values(node).forEach(visit)
  }
  visit(data)
  return [...values].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
}

/** 0 → 'a', 25 → 'z', 26 → 'ba': a suffix without digits (a name with digits would be a finding of its own). */
const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(97 + (n % 26))

/**
 * `count` variants of the project, each with another title, kenmerk and name of the first gemeente's
 * representative, so that every document made is a new one: oogo keeps deflated parts by their exact content, and
 * making the same document over and over would measure that cache instead of the pipeline. In a real batch every
 * dossier's document and header differ; only the house style's static parts repeat. Made before any timing; `from`
 * numbers on from an earlier call's.
 */
export function projectVariants(project: Project, count: number, from = 0): Project[] {
  return Array.from({ length: count }, (_, j) => {
    const i = from + j
    const data = structuredClone(project.dossier.data) as { dossier: { titel: string; kenmerk: string }; partijen?: { gemeenten?: { vertegenwoordiger?: { naam: string } }[] } }
    const suffix = letters(i + 1)
    data.dossier.titel = `${data.dossier.titel} ${suffix}`
    data.dossier.kenmerk = `${data.dossier.kenmerk}-${suffix}`
    const rep = data.partijen?.gemeenten?.[0]?.vertegenwoordiger
    if (rep) rep.naam = `${rep.naam}-${suffix}`
    return { ...project, dossier: { ...project.dossier, data } }
  })
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export interface FairTemplate {
  /** The template for docxtemplater ({v1}) and for Carbone ({d.v1}), both from oogo's own .docx. */
  docxtemplater: Uint8Array
  carbone: Uint8Array
  data: Record<string, string>
  tags: number
  /** oogo's own word/document.xml, to compare the filled templates with. */
  documentXml: string
}

/**
 * oogo's .docx → a template: in word/document.xml and every header and footer part, each occurrence of a dossier
 * value inside a text run becomes a tag of its own (longest values first, never overlapping). The other parts are
 * taken over byte for byte.
 */
export function fairTemplate(docx: Uint8Array, values: readonly string[]): FairTemplate {
  const files = unzipSync(docx)
  const data: Record<string, string> = {}
  let tags = 0
  const dt: Record<string, string> = {}
  const cb: Record<string, string> = {}
  const escaped = values.map((v) => [v, escapeXml(v)] as const)
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue
    const xml = strFromU8(bytes)
    if (xml.includes('{') || xml.includes('}')) throw new Error(`${name} bevat al { of }: geen eerlijk sjabloon te maken`)
    const toTags = (tag: (id: string) => string) => xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (_m, open: string, text: string, close: string) => {
      // Cut the run's text into literal pieces and values, longest value first.
      let pieces: (string | { value: string })[] = [text]
      for (const [value, xmlValue] of escaped) {
        pieces = pieces.flatMap((piece) => {
          if (typeof piece !== 'string' || !piece.includes(xmlValue)) return [piece]
          const parts = piece.split(xmlValue)
          return parts.flatMap((part, i) => (i === 0 ? [part] : [{ value }, part]))
        })
      }
      return open + pieces.map((piece) => {
        if (typeof piece === 'string') return piece
        const id = `v${++tags}`
        data[id] = piece.value
        return tag(id)
      }).join('') + close
    })
    const before = tags
    dt[name] = toTags((id) => `{${id}}`)
    tags = before // the same numbering for the Carbone variant
    cb[name] = toTags((id) => `{d.${id}}`)
  }
  const withParts = (parts: Record<string, string>) => {
    const zip = new PizZip()
    for (const [name, bytes] of Object.entries(files)) zip.file(name, parts[name] ?? bytes)
    return zip.generate({ type: 'uint8array', compression: 'DEFLATE' })
  }
  return { docxtemplater: withParts(dt), carbone: withParts(cb), data, tags, documentXml: strFromU8(files['word/document.xml']!) }
}

export function fillDocxtemplater(template: Uint8Array, data: Record<string, string>): Buffer {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true })
  doc.render(data)
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export function fillCarbone(templateFile: string, data: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    carbone.render(templateFile, data, {}, (err: unknown, result: Buffer | string) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)))
      else resolve(result as Buffer)
    })
  })
}

/** 'ja': byte for byte oogo's document.xml; 'ja, …': the same apart from how an empty run is written; 'NEE'. */
function sameAs(filled: string, oogo: string): string {
  if (filled === oogo) return 'ja, byte voor byte'
  const emptyRuns = (xml: string) => xml.replace(/<w:t xml:space="preserve"><\/w:t>/g, '<w:t/>')
  return emptyRuns(filled) === emptyRuns(oogo) ? 'ja (een lege <w:t> als <w:t/> geschreven)' : 'NEE'
}

const documentXmlOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!)

interface Contender { name: ContenderSetup['contender']; perRound: number }

/** A worker thread of bench/contender-worker.ts; under tsx (as `npm run bench` runs) it registers tsx first. */
function startContender(setup: ContenderSetup): Promise<Worker> {
  const file = new URL('./contender-worker.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register();\nawait import(${JSON.stringify(file)});\n`
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: setup })
  return new Promise((resolve, reject) => {
    worker.once('error', reject)
    worker.once('message', (m) => (m === 'ready' ? resolve(worker) : reject(new Error(`onverwacht bericht ${String(m)}`))))
  })
}

/** A message to a contender's worker: { prepare: n } (untimed) or { round: n }; resolves when it is done. */
function ask(worker: Worker, message: { prepare: number } | { round: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject)
    worker.once('message', () => { worker.off('error', reject); resolve() })
    worker.postMessage(message)
  })
}

/** One round: the dossiers made first (untimed), then `runs` runs, with this process's CPU time around them. */
async function round(worker: Worker, runs: number): Promise<number> {
  await ask(worker, { prepare: runs })
  return cpuMs(() => ask(worker, { round: runs }))
}

/**
 * Rounds of every contender, interleaved, each in a worker thread of its own; CPU ms (of the whole process: the
 * active worker and its GC threads, the others idle) per document of each round. Before, they shared this process's
 * heap with a full collection before every round: that collection alone made oogo's rounds 2–3× slower than in a
 * batch (it throws away the young generation's grown size and much of the JIT's state), so the contenders were
 * measured cold instead of each as it runs for real.
 */
const WARM_UP_ROUNDS = 5

async function measureRounds(contenders: readonly Contender[], rounds: number, kind: string, work: string): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  const workers = new Map<string, Worker>()
  try {
    for (const c of contenders) workers.set(c.name, await startContender({ contender: c.name, kind, work }))
    // Warm-up, untimed: five rounds' worth each, so that every contender is measured as it runs in a batch, not while
    // its JIT tiers up (oogo's rounds, in a worker of their own, kept getting faster over the first few hundred documents).
    for (const c of contenders) await round(workers.get(c.name)!, c.perRound * WARM_UP_ROUNDS)
    for (let r = 0; r < rounds; r++) {
      for (const c of contenders) {
        const used = await round(workers.get(c.name)!, c.perRound)
        times.get(c.name)!.push(used / c.perRound)
      }
    }
  } finally {
    await Promise.all([...workers.values()].map((w) => w.terminate()))
  }
  return times
}

export interface PerDocumentSettings { rounds: number; perRound: number; work: string }

/** One document kind of the sample: oogo, docxtemplater, Carbone and docx direct. Returns oogo's min ms/doc. */
async function compareKind(project: Project, kind: 'overeenkomst' | 'uitnodiging', settings: PerDocumentSettings, factor: number): Promise<number> {
  const options = { ...defaultOptions, documents: [kind] }
  const built = await assemble(project, options)
  if (built.problems.some((p) => p.severity === 'error') || !built.documents[0]?.bytes) throw new Error(`het voorbeelddossier geeft geen ${kind}`)
  const count = built.documents.length
  const first = built.documents[0]!
  const fair = fairTemplate(first.bytes!, dossierValues(project.dossier.data))
  const carboneFile = join(settings.work, `${kind}-carbone.docx`)
  mkdirSync(settings.work, { recursive: true })
  writeFileSync(carboneFile, fair.carbone)

  // The filled templates must give oogo's own text: otherwise the comparison is not about the same document.
  const sameDt = sameAs(documentXmlOf(fillDocxtemplater(fair.docxtemplater, fair.data)), fair.documentXml)
  const sameCb = sameAs(documentXmlOf(await fillCarbone(carboneFile, fair.data)), fair.documentXml)

  // Per round about the same amount of work for each: oogo's run makes `count` documents at once, each run of a
  // variant of its own (projectVariants: every document new, as in a real batch).
  const oogoRuns = Math.max(1, Math.round(settings.perRound / count))
  const contenders: Contender[] = [
    { name: 'oogo', perRound: oogoRuns },
    { name: 'docxtemplater', perRound: settings.perRound },
    { name: 'carbone', perRound: settings.perRound },
    { name: 'docx', perRound: settings.perRound },
  ]
  const times = await measureRounds(contenders, settings.rounds, kind, settings.work)
  const oogo = times.get('oogo')!.map((t) => t / count)
  const dt = times.get('docxtemplater')!
  const cb = times.get('carbone')!
  const dx = times.get('docx')!

  heading(`Per document: ${kind} van het voorbeelddossier (${count} in het dossier), CPU-tijd per document, ${settings.rounds} rondes`)
  console.log(`Sjabloon van docxtemplater en Carbone: oogo's eigen .docx van dit document met ${fair.tags} tags op de plaatsen van de`)
  console.log('waarden uit het dossier (namen, adressen, data, kenmerk): dezelfde alinea\'s, stijlen, nummering, kop- en voettekst.')
  console.log(`Ingevuld gelijk aan oogo's word/document.xml: docxtemplater ${sameDt}; Carbone ${sameCb}.`)
  row('oogo, hele keten in het proces', minMed(oogo), 'dossier → controle → sjabloon → model → Word → zip; elk document nieuw')
  row('docxtemplater + pizzip, sjabloon uit oogo\'s .docx', minMed(dt), `oogo ${(min(dt) / min(oogo)).toFixed(2)}× zo snel (min), ${(median(dt) / median(oogo)).toFixed(2)}× (med)`)
  row('Carbone docx → docx (zonder LibreOffice)', minMed(cb), `oogo ${(min(cb) / min(oogo)).toFixed(2)}× zo snel (min), ${(median(cb) / median(oogo)).toFixed(2)}× (med)`)
  row('`docx` direct: hetzelfde model, Packer.toBuffer', minMed(dx), `oogo / docx direct ${(min(oogo) / min(dx)).toFixed(2)}× (alleen ter vergelijking)`)
  const ratioDt = min(dt) / min(oogo)
  target(`${kind}: oogo t.o.v. docxtemplater (CPU per document, min)`, `${ratioDt.toFixed(2)}× zo snel (${min(oogo).toFixed(1)} tegen ${min(dt).toFixed(1)} ms)`, `≥ ${factor}× zo snel`, ratioDt >= factor)
  if (kind === 'overeenkomst') {
    const ratioCb = min(cb) / min(oogo)
    target('overeenkomst: oogo t.o.v. Carbone docx → docx (CPU per document, min)', `${ratioCb.toFixed(2)}× zo snel (${min(oogo).toFixed(1)} tegen ${min(cb).toFixed(1)} ms)`, 'sneller (> 1×)', ratioCb > 1)
  }
  return min(oogo)
}

export async function runPerDocumentSection(project: Project, settings: PerDocumentSettings): Promise<{ overeenkomst: number; uitnodiging: number }> {
  const overeenkomst = await compareKind(project, 'overeenkomst', settings, 2)
  const uitnodiging = await compareKind(project, 'uitnodiging', { ...settings, perRound: settings.perRound * 2 }, 3)
  return { overeenkomst, uitnodiging }
}
