/**
 * A batch worker reads the templates once per run (src/app/batch/worker.ts): every dossier of a run is made with the
 * templates the main thread checked and the manifest names, also when a template file changes on disk halfway; a
 * worker that starts after the change (one replaced for its heap) makes nothing with the changed templates and says why.
 * The worker's task handler is called in this process, as its thread would call it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import handle, { type WorkerReply, type WorkerSetup } from '../../src/app/batch/worker.ts'
import { loadTemplateSet, templateSetSha256 } from '../../src/load/load-project.ts'
import { discardSet } from '../../src/write/write-documents.ts'
import { root, samplePath } from '../support/helpers.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-worker-templates-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const own = join(tmp, 'sjablonen')
mkdirSync(own)
const template = join(own, 'verzoek.md.hbs')
cpSync(join(root, 'templates', 'verzoek.md.hbs'), template)

const setupNow = (): WorkerSetup => ({
  documents: ['verzoek'], out: join(tmp, 'uit'), fingerprint: '- -', sjablonen: own, templatesSha256: templateSetSha256(loadTemplateSet(own).templates!),
})

async function make(setup: WorkerSetup, id: number): Promise<Extract<WorkerReply, { type: 'made' }>> {
  const reply = await handle({ type: 'make', id, path: samplePath, folder: `dossier-${id}`, setup })
  if (reply.type !== 'made') throw new Error(`expected a made reply, got ${JSON.stringify(reply)}`)
  if (reply.set) discardSet(reply.set)
  return reply
}

it('makes every dossier of a run with the templates it began with, and refuses templates changed since', async () => {
  const run = setupNow()
  const first = await make(run, 1)
  expect(first.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(first.documents.map((d) => d.kind)).toEqual(['verzoek'])

  // The template changes on disk during the run: this run's next dossier is made as the first.
  writeFileSync(template, readFileSync(template, 'utf8').replace('# ', '# GEWIJZIGD '))
  const second = await make(run, 2)
  expect(second.documents.map((d) => d.sha256)).toEqual(first.documents.map((d) => d.sha256))

  // A worker that reads them only now (no templates of this run kept) makes nothing with them.
  const later = await make({ ...run, fingerprint: 'een nieuwe werker' }, 3)
  expect(later.documents).toEqual([])
  expect(later.problems).toEqual([{
    code: 'sjabloon/gewijzigd-tijdens-batch', severity: 'error', stage: 'load',
    message: 'De sjablonen zijn gewijzigd nadat deze batch begon; dit dossier is daarom niet gemaakt.',
    place: { file: own },
    suggestion: 'Start `oogo batch` opnieuw wanneer de sjablonen klaar zijn: een run maakt alle dossiers met dezelfde sjablonen.',
  }])

  // The next run begins with the changed templates and makes them.
  const next = await make(setupNow(), 4)
  expect(next.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(next.documents.map((d) => d.sha256)).not.toEqual(first.documents.map((d) => d.sha256))
})
