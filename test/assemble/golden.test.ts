/**
 * One test per fixture folder (test/fixtures/<case>/): the dossier is assembled in memory and
 * compared with the stored list of files (the fan-out), the text and model of the first document
 * of each kind, or — when it must fail — with the whole error objects.
 * `npx vitest -u` updates the stored files; in CI a missing file fails the test.
 *
 * A folder may hold `templates/` (an override folder, as `--sjablonen`: its templates replace the built-in ones) and
 * `opties.json` (`{"documents": [...], "draft": true}`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleFile, root, samplePath } from '../support/helpers.ts'

const fixtures = join(root, 'test', 'fixtures')

interface Case { name: string; dossier: string; dir: string }

const cases: Case[] = [
  // The sample is the contract's own example: its snapshots live beside the fixtures.
  { name: 'voorbeeld', dossier: relative(root, samplePath), dir: join(fixtures, 'voorbeeld') },
  ...readdirSync(fixtures)
    .filter((name) => existsSync(join(fixtures, name, 'dossier.yaml')))
    .map((name) => ({ name, dossier: relative(root, join(fixtures, name, 'dossier.yaml')), dir: join(fixtures, name) })),
]

describe('fixtures', () => {
  it('has fixture folders', () => expect(cases.length).toBeGreaterThan(5))

  for (const { name, dossier, dir } of cases) {
    it(name, async () => {
      const optionsFile = join(dir, 'opties.json')
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
      const templates = existsSync(join(dir, 'templates')) ? relative(root, join(dir, 'templates')) : undefined
      const result = await assembleFile(dossier, { ...options, emit: 'model' }, templates)
      const errors = result.problems.filter((p) => p.severity === 'error')
      if (result.problems.length > 0) {
        await expect(JSON.stringify(result.problems, null, 2) + '\n').toMatchFileSnapshot(join(dir, 'expected.errors.json'))
      } else {
        expect(existsSync(join(dir, 'expected.errors.json')), 'no problems expected').toBe(false)
      }
      if (errors.length > 0) {
        expect(result.documents).toEqual([])
        expect(existsSync(join(dir, 'expected.text.md')), 'a failing case has no text').toBe(false)
        return
      }
      const files = [...result.documents.map((d) => d.fileName), ...result.skipped.map((s) => `(overgeslagen: ${s.kind} — ${s.reason})`)]
      await expect(files.join('\n') + '\n').toMatchFileSnapshot(join(dir, 'expected.files.txt'))
      const firstOfKind = result.documents.filter((d, i) => result.documents.findIndex((e) => e.kind === d.kind) === i)
      const text = firstOfKind.map((d) => `<!-- ${d.fileName} -->\n${d.text}`).join('\n')
      await expect(text).toMatchFileSnapshot(join(dir, 'expected.text.md'))
      await expect(JSON.stringify(firstOfKind.map((d) => d.model), null, 2) + '\n').toMatchFileSnapshot(join(dir, 'expected.model.json'))
    })
  }
})
