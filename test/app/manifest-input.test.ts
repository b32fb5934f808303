/**
 * manifest.json is input: a manifest that names a path outside --uit (or not of oogo's form) is treated as absent —
 * everything is built again and nothing it names is removed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBatch, type BatchStats } from '../../src/app/batch/batch.ts'
import { previousManifest } from '../../src/app/batch/incremental.ts'
import { samplePath } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const tmp = mkdtempSync(join(tmpdir(), 'oogo-manifest-input-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function batch(input: string, out: string) {
  let stats: BatchStats | undefined
  const terminal = captureTerminal()
  const code = await runBatch([input], { uit: out, parallel: 1, document: ['overeenkomst'] }, terminal, (s) => (stats = s))
  return { code, stats, stderr: terminal.stderr() }
}

describe('a manifest with a path outside the output folder', () => {
  it('is treated as absent: the next batch rebuilds and removes nothing outside --uit', async () => {
    const input = join(tmp, 'in')
    mkdirSync(input)
    cpSync(samplePath, join(input, 'voorbeeld.yaml'))
    const out = join(tmp, 'uit')
    expect((await batch(input, out)).code).toBe(0)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const { dossiers, ...header } = manifest
    expect(previousManifest(out, header)).toEqual(manifest)

    mkdirSync(join(tmp, 'outside'))
    writeFileSync(join(tmp, 'outside', 'victim.txt'), 'van de gebruiker')
    // The dossier looks changed (so it is rebuilt) and names the victim as one of its old documents.
    dossiers[0].sha256 = '0'.repeat(64)
    dossiers[0].documents.push({ path: '../outside/victim.txt', kind: 'verslag', sha256: '1'.repeat(64), size: 16 })
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2))
    expect(previousManifest(out, header)).toBeUndefined()

    const again = await batch(input, out)
    expect({ code: again.code, stats: again.stats }).toMatchObject({ code: 0, stats: { built: 1, unchanged: 0, documents: 1, invalid: 0 } })
    expect(again.stderr).not.toContain('victim')
    expect(readFileSync(join(tmp, 'outside', 'victim.txt'), 'utf8')).toBe('van de gebruiker')
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).dossiers[0].documents.map((d: { path: string }) => d.path))
      .toEqual(dossiers[0].documents.slice(0, -1).map((d: { path: string }) => d.path))
  })
})
