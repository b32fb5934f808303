/**
 * The same dossier and templates give byte-identical .docx files on any machine, in any time zone, on any day: a
 * build in this process under UTC and under UTC+14, and the built program in New York with the clock moved to 2031,
 * must produce the same bytes, and so must two builds in one process (docx's global counters).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleFile, root, sampleWarnings } from '../support/helpers.ts'

const cli = join(root, 'dist', 'cli.js')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The program, in its own process with this environment: the file names with the hashes of their bytes. */
function buildInProcess(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): string[] {
  const out = mkdtempSync(join(tmpdir(), 'oogo-det-'))
  const result = spawnSync(process.execPath, [...nodeArgs, cli, 'genereer', 'samples/voorbeeld-dossier.yaml', '--uit', out],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } })
  // Only the sample's two warnings (motiveringen still to be written) go to stderr.
  expect(result.stderr.match(/\[GC-MOTIVERING-PER-GEMEENTE\]/g)).toHaveLength(2)
  expect(result.status).toBe(0)
  return readdirSync(out).sort().map((f) => `${f} ${sha256(readFileSync(join(out, f)))}`)
}

/** The sample assembled in this process in time zone `zone`. */
async function buildHere(zone: string): Promise<string[]> {
  const before = process.env['TZ']
  process.env['TZ'] = zone
  try {
    const { documents } = await assembleFile('samples/voorbeeld-dossier.yaml')
    return documents.map((d) => `${d.fileName} ${sha256(d.bytes!)}`).sort()
  } finally {
    if (before === undefined) delete process.env['TZ']
    else process.env['TZ'] = before
  }
}

describe('determinism', () => {
  it('gives the same bytes for all 26 documents in other time zones and on another day', async () => {
    const utc = await buildHere('UTC')
    expect(utc).toHaveLength(26)
    expect(await buildHere('Pacific/Kiritimati')).toEqual(utc)
    expect(buildInProcess({ TZ: 'America/New_York' }, ['--import', join(root, 'test', 'support', 'shift-clock.mjs')])).toEqual(utc)
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
