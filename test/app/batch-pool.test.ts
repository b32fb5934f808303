/**
 * The worker pool of `oogo batch` replaces a worker whose heap grew past a limit (src/app/batch/pool.ts): here the
 * limit is 0, so the workers are replaced after every dossier but the last; every dossier is still answered exactly
 * once, each answer says the worker's heap, and the pool closes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { startPool } from '../../src/app/batch/pool.ts'
import type { WorkerReply } from '../../src/app/batch/worker.ts'
import { samplePath } from '../support/helpers.ts'

// Counts the pools started (the first, then one per replacement).
const started = vi.hoisted(() => ({ pools: 0 }))
vi.mock('tinypool', async (importOriginal) => {
  const original = await importOriginal<typeof import('tinypool')>()
  class Counted extends original.Tinypool {
    constructor(...args: ConstructorParameters<typeof original.Tinypool>) {
      super(...args)
      started.pools++
    }
  }
  return { ...original, Tinypool: Counted }
})

const tmp = mkdtempSync(join(tmpdir(), 'oogo-pool-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

it('replaces the workers when their heap passes the limit, and loses no dossier', async () => {
  const pool = startPool(1, { above: 0, within: 0 })
  const replies: WorkerReply[] = []
  const setup = { documents: ['overeenkomst'], out: tmp, fingerprint: '- -' }
  try {
    await pool.runAll(3, (i) => ({ type: 'check', id: i, path: samplePath, setup }), (reply) => replies.push(reply), () => false)
  } finally {
    await pool.close()
  }
  expect(started.pools).toBe(3) // after the first and the second dossier; not after the last
  expect(replies.map((r) => [r.type, r.id])).toEqual([['checked', 0], ['checked', 1], ['checked', 2]])
  for (const reply of replies) expect(reply.type !== 'failed' && reply.heap).toBeGreaterThan(1024 * 1024)
}, 120_000)
