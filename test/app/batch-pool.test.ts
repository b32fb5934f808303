/**
 * The worker pool of `oogo batch` replaces a worker whose heap grew past a limit (src/app/batch/pool.ts): here the
 * limit is 0, so the workers are replaced after every dossier but the last; every dossier is still answered exactly
 * once, each answer says the worker's heap and comes from a worker of its own, and the pool closes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { startPool } from '../../src/app/batch/pool.ts'
import type { WorkerReply } from '../../src/app/batch/worker.ts'
import { loadTemplateSet, templateSetSha256 } from '../../src/load/load-project.ts'
import { samplePath } from '../support/helpers.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-pool-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

it('replaces the workers when their heap passes the limit, and loses no dossier', async () => {
  const pool = startPool(1, { above: 0, within: 0 })
  const replies: WorkerReply[] = []
  const setup = { documents: ['overeenkomst'], out: tmp, fingerprint: '- -', templatesSha256: templateSetSha256(loadTemplateSet().templates!) }
  try {
    await pool.runAll(3, (i) => ({ type: 'check', id: i, path: samplePath, setup }), (reply) => replies.push(reply), () => false)
  } finally {
    await pool.close()
  }
  expect(replies.map((r) => [r.type, r.id])).toEqual([['checked', 0], ['checked', 1], ['checked', 2]])
  for (const reply of replies) expect(reply.type !== 'failed' && reply.heap).toBeGreaterThan(1024 * 1024)
  // Replaced after the first and the second dossier (not after the last): each answered by a worker of its own.
  expect(new Set(replies.map((r) => (r.type === 'failed' ? undefined : r.thread))).size).toBe(3)
  expect(replies.every((r) => r.type !== 'failed' && typeof r.thread === 'number')).toBe(true)
}, 120_000)
