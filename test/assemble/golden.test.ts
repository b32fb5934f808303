/**
 * One test per fixture folder (test/fixtures/<case>/, see test/support/fixtures.ts): the dossier is assembled in memory
 * and compared with the stored list of files (the fan-out), the text and model of the first document of each kind,
 * or — when it must fail — with the whole error objects.
 * `npx vitest -u` updates the stored files; in CI a missing file fails the test.
 */
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleFile, root, samplePath } from '../support/helpers.ts'
import { assembleFixture, fixtureNames, fixturesDir } from '../support/fixtures.ts'

const cases = [
  // The sample is the contract's own example: its snapshots live beside the fixtures.
  { name: 'voorbeeld', assemble: () => assembleFile(relative(root, samplePath), { emit: 'model' }) },
  ...fixtureNames().map((name) => ({ name, assemble: () => assembleFixture(name, { emit: 'model' }) })),
]

describe('fixtures', () => {
  it('has the sample and 31 fixture cases', () => expect(cases.length).toBe(32))

  for (const { name, assemble } of cases) {
    const dir = join(fixturesDir, name)
    it(name, async () => {
      const result = await assemble()
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
