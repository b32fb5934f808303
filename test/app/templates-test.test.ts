/**
 * `oogo sjablonen test`: every document kind of every test dossier against test/sjablonen/.
 * Runs in process; `--bijwerken` writes only into a temporary copy of the stored texts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTemplatesTest } from '../../src/app/templates-test.ts'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { findTestDossiers } from '../../src/load/load-snapshots.ts'
import { root } from '../support/helpers.ts'
import { captureTerminal } from '../support/terminal.ts'

const stored = join(root, 'test', 'sjablonen')
const temp = () => mkdtempSync(join(tmpdir(), 'oogo-sjablonen-test-'))

function storedCopy(): string {
  const dir = join(temp(), 'sjablonen')
  cpSync(stored, dir, { recursive: true })
  return dir
}

/** An override folder with the overeenkomst's notice period changed. */
function sixMonths(): string {
  const dir = temp()
  const text = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
  expect(text).toContain('een opzegtermijn van drie maanden')
  writeFileSync(join(dir, 'overeenkomst.md.hbs'), text.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden'))
  return dir
}

describe('the stored texts', () => {
  it('are there for every kind of the sample, the checklist too', () => {
    expect(readdirSync(join(stored, 'voorbeeld')).sort()).toEqual(
      ['bijlage-jeugdplan.md', 'checklist.md', 'motivering.md', 'overeenkomst.md', 'uitnodiging.md', 'verslag.md', 'verzoek.md'])
    expect(readFileSync(join(stored, 'voorbeeld', 'uitnodiging.md'), 'utf8')).toMatch(/^<!-- uitnodiging-2026-02-verkenning-den-helder\.docx -->\n# Overlegcommissie OOGO Kop van Noord-Holland\n/)
  })

  it('leave out the fixtures with templates of their own and those with faults in the dossier', () => {
    const names = findTestDossiers().map((d) => d.name)
    expect(names[0]).toBe('voorbeeld')
    expect(names).not.toContain('sjabloon-html')
    expect(readdirSync(stored).sort()).toEqual(names.filter((n) => !n.startsWith('fout-')).sort())
  })

  it('match the built-in templates (exit 0)', async () => {
    const terminal = captureTerminal()
    expect(await runTemplatesTest({}, terminal)).toBe(0)
    expect(terminal.stdout()).toMatch(/6 testdossiers, 25 documenten: 25 gelijk, 0 anders, 0 nieuw, 0 verdwenen\./)
    expect(terminal.stdout()).toContain('Alle documenten zijn gelijk aan de opgeslagen tekst.')
    expect(terminal.stderr()).toBe('')
  })
})

describe('oogo sjablonen test --sjablonen', () => {
  it('shows exactly the changed line as a unified diff, and exits 1 with the hint', async () => {
    const dir = sixMonths()
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, terminal)).toBe(1)
    const out = terminal.stdout()
    expect(out).toContain('anders  voorbeeld/overeenkomst  test/sjablonen/voorbeeld/overeenkomst.md')
    expect(out).toMatch(/\n-1\. \{#looptijd-opzegging\} .*opzegtermijn van drie maanden\.\n\+1\. \{#looptijd-opzegging\} .*opzegtermijn van zes maanden\.\n/)
    // Only that line differs: the references keep no template place, so the folder does not matter.
    expect(out.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l))).toHaveLength(2 * 6)
    expect(out).toContain('6 anders')
    expect(out).toContain(`Controleer de verschillen; accepteer de nieuwe tekst met \`oogo sjablonen test --sjablonen ${dir} --bijwerken\`.`)
    expect(out).not.toContain('\x1b[')
  })

  it('colours the diff and marks the changed words only on a terminal', async () => {
    const terminal = captureTerminal(true)
    expect(await runTemplatesTest({ sjablonen: sixMonths() }, terminal)).toBe(1)
    expect(terminal.stdout()).toContain('\x1b[7mdrie\x1b[27m')
    expect(terminal.stdout()).toContain('\x1b[7mzes\x1b[27m')
  })

  it('reports a template fault per test dossier, exits 1 and updates nothing', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'verslag.md.hbs'), '# Verslag\n\n{{#if vergadering}}\n')
    const snapshots = storedCopy()
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, bijwerken: true }, terminal, { snapshots })).toBe(1)
    expect(terminal.stderr()).toMatch(new RegExp(`${join(dir, 'verslag.md.hbs')}:3:1  .*\\[sjabloon/syntax\\]`))
    expect(terminal.stderr()).toContain('Er is niets bijgewerkt')
    expect(readFileSync(join(snapshots, 'voorbeeld', 'verslag.md'), 'utf8')).toBe(readFileSync(join(stored, 'voorbeeld', 'verslag.md'), 'utf8'))
  })

  it('reports a misspelt override file once, before any dossier', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'overeenkomt.md.hbs'), 'x')
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, terminal)).toBe(1)
    expect(terminal.stderr()).toContain('Bedoelde u `overeenkomst`?')
    expect(terminal.stdout()).toBe('')
  })
})

describe('oogo sjablonen test --bijwerken', () => {
  it('stores the new texts, new and removed ones too, after which the test passes', async () => {
    const snapshots = storedCopy()
    rmSync(join(snapshots, 'escaping', 'checklist.md'))
    writeFileSync(join(snapshots, 'escaping', 'verouderd.md'), 'oud\n')
    writeFileSync(join(snapshots, 'voorbeeld', 'verslag.md'), 'oud\n')
    const dir = sixMonths()

    const before = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, before, { snapshots })).toBe(1)
    expect(before.stdout()).toContain('nieuw  escaping/checklist')
    expect(before.stdout()).toContain('verdwenen  escaping/verouderd')
    expect(before.stdout()).toContain('`verouderd` is geen documentsoort')

    const update = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, bijwerken: true }, update, { snapshots })).toBe(0)
    expect(update.stdout()).toContain(`bijgewerkt: ${join(snapshots, 'voorbeeld', 'overeenkomst.md')}`)
    expect(update.stdout()).toContain(`opgeslagen: ${join(snapshots, 'escaping', 'checklist.md')}`)
    expect(update.stdout()).toContain(`verwijderd: ${join(snapshots, 'escaping', 'verouderd.md')}`)
    expect(update.stdout()).toContain('9 opgeslagen teksten bijgewerkt.')
    expect(existsSync(join(snapshots, 'escaping', 'verouderd.md'))).toBe(false)
    expect(readFileSync(join(snapshots, 'voorbeeld', 'overeenkomst.md'), 'utf8')).toContain('een opzegtermijn van zes maanden')
    expect(readdirSync(join(snapshots, 'voorbeeld')).filter((n) => n.endsWith('.tmp'))).toEqual([])

    expect(await runTemplatesTest({ sjablonen: dir }, captureTerminal(), { snapshots })).toBe(0)
  })

  it('says so when there is nothing to update', async () => {
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ bijwerken: true }, terminal, { snapshots: storedCopy() })).toBe(0)
    expect(terminal.stdout()).toContain('Niets bij te werken.')
  })

  it('reads stored texts with Windows line endings as equal', async () => {
    const snapshots = storedCopy()
    const file = join(snapshots, 'voorbeeld', 'overeenkomst.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'))
    expect(await runTemplatesTest({}, captureTerminal(), { snapshots })).toBe(0)
  })

  it('exits 3 where there are no test dossiers (an installed package)', async () => {
    const terminal = captureTerminal()
    expect(await runTemplatesTest({}, terminal, { root: temp() })).toBe(3)
    expect(terminal.stderr()).toContain('Hier zijn geen testdossiers.')
  })
})
