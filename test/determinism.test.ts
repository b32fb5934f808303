/**
 * The same dossier and templates give byte-identical .docx files on any machine, in any time
 * zone, on any day: two CLI runs under different TZ values, one with the clock moved to 2031,
 * must produce the same bytes, and so must two builds in one process (docx's global counters).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleFile, root, sampleWarnings } from './helpers.ts'

const cli = join(root, 'dist', 'cli.js')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function buildIn(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): string {
  const out = mkdtempSync(join(tmpdir(), 'oogo-det-'))
  const result = spawnSync(process.execPath, [...nodeArgs, cli, 'genereer', 'samples/voorbeeld-dossier.yaml', '--uit', out],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } })
  // Only the sample's two warnings (motiveringen still to be written) go to stderr.
  expect(result.stderr.match(/\[GC-MOTIVERING-PER-GEMEENTE\]/g)).toHaveLength(2)
  expect(result.stderr).toContain('2 waarschuwingen.')
  const files = readdirSync(out).sort()
  expect(files).toHaveLength(26)
  return files.map((f) => `${f} ${sha256(readFileSync(join(out, f)))}`).join('\n')
}

describe('determinism', () => {
  it('gives the same bytes for all 26 documents in other time zones and on another day', () => {
    const utc = buildIn({ TZ: 'UTC' })
    expect(buildIn({ TZ: 'America/New_York' })).toBe(utc)
    expect(buildIn({ TZ: 'Asia/Tokyo' }, ['--import', join(root, 'test', 'support', 'shift-clock.mjs')])).toBe(utc)
  })

  it('gives the same bytes for repeated builds in one process', async () => {
    const first = await assembleFile('samples/voorbeeld-dossier.yaml')
    const second = await assembleFile('samples/voorbeeld-dossier.yaml')
    expect(first.problems.map((p) => p.code)).toEqual(sampleWarnings)
    expect(second.documents.map((d) => sha256(d.bytes!))).toEqual(first.documents.map((d) => sha256(d.bytes!)))
  })

  it('takes the document dates from the dossier, not the clock', async () => {
    const { documents } = await assembleFile('samples/voorbeeld-dossier.yaml')
    const { unzipSync, strFromU8 } = await import('fflate')
    const core = strFromU8(unzipSync(documents[0]!.bytes!)['docProps/core.xml']!)
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:created>')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:modified>')
  })
})
