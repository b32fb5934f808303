/**
 * One contender of the per-document section in a worker thread of its own (bench/per-document.ts): its own heap and
 * its own JIT state, so that what one contender leaves behind (garbage, a grown or shrunk young generation, code
 * optimised for other shapes) is never charged to the next. The main thread waits while a round runs and takes the
 * process's CPU time around it; the other workers are idle then.
 *
 * Messages: workerData says which contender and which document kind; the worker answers 'ready' once set up, and
 * 'done' after each { prepare: n } (untimed: oogo makes the next n dossiers) and each { round: n } (n runs, timed).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parentPort, workerData } from 'node:worker_threads'
import { Packer } from 'docx'
import { assemble } from '../src/assemble.ts'
import { buildDocument } from '../src/docx/build-document.ts'
import { loadProject } from '../src/load/load-project.ts'
import type { Project } from '../src/model/project.ts'
import { defaultOptions } from '../src/options.ts'
import { dossierValues, fairTemplate, fillCarbone, fillDocxtemplater, projectVariants } from './per-document.ts'

export interface ContenderSetup { contender: 'oogo' | 'docxtemplater' | 'carbone' | 'docx'; kind: string; work: string }

const setup = workerData as ContenderSetup
const loaded = loadProject({ dossier: join(import.meta.dirname, '..', 'samples', 'voorbeeld-dossier.yaml') })
if (!loaded.project) throw new Error('het voorbeelddossier laadt niet')
const project = loaded.project
const options = { ...defaultOptions, documents: [setup.kind] }
const first = (await assemble(project, options)).documents[0]
if (!first?.bytes) throw new Error(`het voorbeelddossier geeft geen ${setup.kind}`)

let run: () => Promise<unknown>
/** Before each round, untimed: oogo's dossiers for it (the previous round's are let go, as a batch lets go of each). */
let prepare: (runs: number) => void = () => {}
if (setup.contender === 'oogo') {
  let made = 0
  let variants: (Project | undefined)[] = []
  let next = 0
  prepare = (runs) => {
    // Variants number on from the previous round's, so every document is a new one; only this round's are kept.
    variants = projectVariants(project, runs, made)
    made += runs
    next = 0
  }
  run = async () => {
    // Each dossier is let go once its document is made, as `oogo batch` lets go of a dossier once it is done.
    const project = variants[next]!
    variants[next++] = undefined
    const r = await assemble(project, options)
    if (!r.documents[0]?.bytes) throw new Error('oogo maakte niets')
  }
} else if (setup.contender === 'docx') {
  const model = first.model
  run = () => Packer.toBuffer(buildDocument(model))
} else {
  const fair = fairTemplate(first.bytes, dossierValues(project.dossier.data))
  if (setup.contender === 'docxtemplater') {
    run = async () => fillDocxtemplater(fair.docxtemplater, fair.data)
  } else {
    const file = join(setup.work, `${setup.kind}-carbone-worker.docx`)
    writeFileSync(file, fair.carbone)
    run = () => fillCarbone(file, fair.data)
  }
}

/**
 * After preparing, untimed, for every contender alike: two collections of the young generation only, which move what
 * was just made (oogo's dossiers for the round, ~36 kB each) to the old generation. Without them the collections
 * during the round copied all of the round's dossiers, where a batch has only the one it works on: a cost of the
 * bench making them all at once, charged to the round. Not a full collection (gc() without a type): that shrinks the
 * young generation, and the round would pay for growing it again.
 */
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as (options: { type: 'minor' }) => void

parentPort!.on('message', async (message: { prepare: number } | { round: number }) => {
  if ('prepare' in message) {
    prepare(message.prepare)
    collect({ type: 'minor' })
    collect({ type: 'minor' })
  } else {
    for (let i = 0; i < message.round; i++) await run()
  }
  parentPort!.postMessage('done')
})
parentPort!.postMessage('ready')
