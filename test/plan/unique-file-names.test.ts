/**
 * No document of a run overwrites another: a slug cuts an id at 60 characters and joins ids with dashes, so two
 * documents could get one file name. Every run makes its names unique before anything is written.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { runGenerate } from '../../src/app/generate.ts'
import { deriveFacts } from '../../src/derive/index.ts'
import { loadProject } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { documentFileName, uniqueFileNames } from '../../src/plan/file-name.ts'
import { planDocuments } from '../../src/plan/index.ts'
import { assembleText, samplePath, sampleText } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const safeBasename = /^[a-z0-9]+(-[a-z0-9]+)*\.docx$/

describe('unique file names', () => {
  it('two meetings whose ids differ only after the 60th character get 26 documents with 26 names', async () => {
    const stem = `2026-04-${'overleg'.repeat(9)}` // 71 characters: a slug keeps 60
    const text = sampleText.replaceAll('2026-04-oogo', `${stem}-een`).replaceAll('2026-05-bijzonder', `${stem}-twee`)
    const result = await assembleText(text, { emit: 'model' })
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    const names = result.documents.map((d) => d.fileName)
    expect(names).toHaveLength(26)
    expect(new Set(names).size).toBe(26)
    // Only the names that were shared changed; the suffix comes from the full ids, so it is the same every run.
    const verslagen = names.filter((n) => n.startsWith('verslag-')).sort()
    const cut = `verslag-${stem.slice(0, 60)}`
    expect(verslagen).toEqual(['verslag-2026-02-verkenning.docx', expect.stringMatching(new RegExp(`^${cut}-[0-9a-f]{8}\\.docx$`)), expect.stringMatching(new RegExp(`^${cut}-[0-9a-f]{8}\\.docx$`))])
  })

  it('ids joined into one name (a-b + c and a + b-c) get two names; a name nobody shares stays as it was', () => {
    const docs = [
      { kind: 'uitnodiging', fileName: documentFileName('uitnodiging', 'a-b', 'c'), view: { vergadering: { id: 'a-b' }, ontvanger: { id: 'c' } } },
      { kind: 'uitnodiging', fileName: documentFileName('uitnodiging', 'a', 'b-c'), view: { vergadering: { id: 'a' }, ontvanger: { id: 'b-c' } } },
      { kind: 'uitnodiging', fileName: documentFileName('uitnodiging', 'a', 'd'), view: { vergadering: { id: 'a' }, ontvanger: { id: 'd' } } },
    ]
    const names = uniqueFileNames(docs)
    expect(names).toEqual([expect.stringMatching(/^uitnodiging-a-b-c-[0-9a-f]{8}\.docx$/), expect.stringMatching(/^uitnodiging-a-b-c-[0-9a-f]{8}\.docx$/), 'uitnodiging-a-d.docx'])
    expect(names[0]).not.toBe(names[1])
    expect(uniqueFileNames(docs)).toEqual(names)
  })

  it('property: for random ids (long, colliding, Unicode) every document gets its own safe file name', () => {
    const loaded = loadProject({ dossier: samplePath })
    const original = loaded.project!.dossier.data as Dossier
    const ids = [...new Set([...original.vergaderingen!.map((m) => m.id), ...original.partijen.gemeenten.map((g) => g.id), ...original.partijen.samenwerkingsverbanden.map((s) => s.id)])]
    const random = mulberry32(13)
    const pieces = ['a', 'a-b', 'b-c', 'c', 'x'.repeat(59), 'é', 'É', 'ß', '日本', '🙂', '-', '--', ' ', 'den-helder', '0']
    const randomId = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('').slice(0, 100 + Math.floor(random() * 20))
    let documents = 0
    for (let run = 0; run < 40; run++) {
      const renamed = new Map(ids.map((id) => [id, run % 2 ? `${'m'.repeat(60)}${randomId()}` : randomId()]))
      const dossier = renameIds(original, renamed) as Dossier
      const { planned } = planDocuments(dossier, deriveFacts(dossier, loaded.project!.reference), { documents: [], selection: { meetings: [], parties: [] }, draft: false, dossierSha256: '0' })
      const names = planned.map((p) => p.fileName)
      // Deterministic: the same dossier gives the same names.
      expect(planDocuments(dossier, deriveFacts(dossier, loaded.project!.reference), { documents: [], selection: { meetings: [], parties: [] }, draft: false, dossierSha256: '0' }).planned.map((p) => p.fileName)).toEqual(names)
      expect(new Set(names).size).toBe(names.length)
      for (const name of names) {
        expect(name).toMatch(safeBasename)
        expect(name.length).toBeLessThanOrEqual(255)
      }
      documents += names.length
    }
    expect(documents).toBeGreaterThan(40 * 20)
  })
})

/** Every string in `value` that is an old id becomes its new id, so references keep pointing at their part. */
describe('writing documents for random ids', () => {
  it('property: as many files as reported, each a document of the run, and nothing outside --uit', async () => {
    const loaded = loadProject({ dossier: samplePath })
    const original = loaded.project!.dossier.data as Dossier
    const ids = [...new Set([...original.vergaderingen!.map((m) => m.id), ...original.partijen.gemeenten.map((g) => g.id), ...original.partijen.samenwerkingsverbanden.map((s) => s.id)])]
    const random = mulberry32(29)
    // Valid ids (lower case, digits, single dashes, at most 100) that collide after 60 characters or when joined.
    const pieces = ['a', 'a-b', 'b-c', 'c', 'x'.repeat(59), '0', 'den-helder']
    const validId = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join('-').slice(0, 100).replace(/-+$/, '')
    for (let run = 0; run < 3; run++) {
      const used = new Set<string>()
      const renamed = new Map(ids.map((id) => {
        let next = validId()
        while (used.has(next)) next = `${next}-${used.size}`.slice(-100).replace(/^-+/, '')
        used.add(next)
        return [id, next]
      }))
      // Two meetings whose ids differ only after the 60th character, whatever the random rest.
      const [first, second] = original.vergaderingen!.map((m) => m.id)
      renamed.set(first!, `${'m'.repeat(60)}-${renamed.get(first!)}`.slice(0, 100).replace(/-+$/, ''))
      renamed.set(second!, `${'m'.repeat(60)}-z-${renamed.get(second!)}`.slice(0, 100).replace(/-+$/, ''))
      const base = mkdtempSync(join(tmpdir(), 'oogo-random-ids-'))
      const dossier = join(base, 'dossier.yaml')
      writeFileSync(dossier, stringify(renameIds(original, renamed)))
      const uit = join(base, 'uit')
      mkdirSync(uit)
      const terminal = captureTerminal()
      expect(await runGenerate(dossier, { uit, document: ['uitnodiging', 'verslag'] }, terminal), terminal.stderr()).toBe(0)
      const reported = Number(/(\d+) documenten geschreven/.exec(terminal.stdout())?.[1])
      const files = readdirSync(uit)
      expect(files).toHaveLength(reported)
      expect(reported).toBe(21) // 18 uitnodigingen and 3 verslagen: none lost to a shared name
      for (const file of files) expect(file).toMatch(safeBasename)
      expect(readdirSync(base).sort()).toEqual(['dossier.yaml', 'uit'])
    }
  })
})

function renameIds(value: unknown, renamed: Map<string, string>): unknown {
  if (typeof value === 'string') return renamed.get(value) ?? value
  if (Array.isArray(value)) return value.map((v) => renameIds(v, renamed))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameIds(v, renamed)]))
  return value
}

/** A seeded PRNG: the same ids every run. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
