/**
 * `oogo sjablonen test`: every document kind of every shipped test dossier against a baseline — the project's
 * test/sjablonen/ for the built-in templates, an organisation's own for its templates. Runs in process; whatever
 * is written goes into temporary folders, and test/sjablonen/ is checked to be left alone.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTemplatesTest } from '../../src/app/templates-test.ts'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { findTestDossiers, readStoredTexts } from '../../src/load/load-snapshots.ts'
import { root } from '../support/helpers.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'

const stored = join(root, 'test', 'sjablonen')
const temp = () => mkdtempSync(join(tmpdir(), 'oogo-sjablonen-test-'))
const allDossiers = 'voorbeeld, escaping, gecombineerd-ondersteuningsplan, haarlemmermeer-gemeente, haarlemmermeer-geschil, holland-rijnland-regio'

function storedCopy(dir = join(temp(), 'sjablonen')): string {
  cpSync(stored, dir, { recursive: true })
  return dir
}

/** The project's baseline, file by file: what no run with --sjablonen may change. */
const projectBaseline = () => readStoredTexts(stored).map((s) => `${s.file}\n${s.text}`)

/** An override folder with the overeenkomst's notice period changed; with `baseline`, the built-in texts as its baseline. */
function sixMonths(options: { baseline?: boolean } = {}): string {
  const dir = temp()
  const text = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
  expect(text).toContain('een opzegtermijn van drie maanden')
  writeFileSync(join(dir, 'overeenkomst.md.hbs'), text.replace('een opzegtermijn van drie maanden', 'een opzegtermijn van zes maanden'))
  if (options.baseline) storedCopy(join(dir, 'basislijn'))
  return dir
}

/** What an installed oogo has: package.json and its "files", without dist (the code runs in process) and without git. */
function installedCopy(): string {
  const dir = temp()
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest))
  for (const entry of manifest.files.filter((f) => f !== 'dist')) cpSync(join(root, entry), join(dir, entry), { recursive: true })
  expect(existsSync(join(dir, 'test'))).toBe(false)
  expect(existsSync(join(dir, '.git'))).toBe(false)
  return dir
}

describe('the test dossiers and the baseline of the built-in templates', () => {
  it('ship with the package, each a byte-for-byte copy of the sample or its fixture', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }
    expect(manifest.files).toContain('data')
    const dossiers = findTestDossiers()
    expect(dossiers.map((d) => d.name).join(', ')).toBe(allDossiers)
    for (const { name, file } of dossiers) {
      expect(file).toBe(join(root, 'data', 'testdossiers', `${name}.yaml`))
      const origin = name === 'voorbeeld' ? join(root, 'samples', 'voorbeeld-dossier.yaml') : join(root, 'test', 'fixtures', name, 'dossier.yaml')
      expect(readFileSync(file, 'utf8'), `${file} is a copy of ${origin}`).toBe(readFileSync(origin, 'utf8'))
    }
  })

  it('has every kind of the sample, the checklist too, and a folder per test dossier', () => {
    expect(readdirSync(join(stored, 'voorbeeld')).sort()).toEqual(
      ['bijlage-jeugdplan.md', 'checklist.md', 'motivering.md', 'overeenkomst.md', 'uitnodiging.md', 'verslag.md', 'verzoek.md'])
    expect(readFileSync(join(stored, 'voorbeeld', 'uitnodiging.md'), 'utf8')).toMatch(/^<!-- uitnodiging-2026-02-verkenning-den-helder\.docx -->\n# Overlegcommissie OOGO Kop van Noord-Holland\n/)
    expect(readdirSync(stored).sort()).toEqual(findTestDossiers().map((d) => d.name).sort())
  })

  it('matches the built-in templates (exit 0)', async () => {
    const terminal = captureTerminal()
    expect(await runTemplatesTest({}, terminal)).toBe(0)
    expect(terminal.stdout()).toMatch(/6 testdossiers, 25 documenten: 25 gelijk, 0 anders, 0 nieuw, 0 verdwenen\.\nBasislijn: test\/sjablonen\n/)
    expect(terminal.stdout()).toContain('Alle documenten zijn gelijk aan de basislijn.')
    expect(terminal.stderr()).toBe('')
  })
})

describe('oogo sjablonen test --sjablonen: the organisation\'s own baseline', () => {
  it('shows a change once per template, with the test dossiers it affects, and exits 1 with the hint', async () => {
    const dir = sixMonths({ baseline: true })
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, terminal)).toBe(1)
    const out = terminal.stdout()
    expect(out).toContain(`anders  overeenkomst  bij 6 testdossiers: ${allDossiers}\n` +
      `--- basislijn  ${join(dir, 'basislijn', 'voorbeeld', 'overeenkomst.md')} (en 5 andere testdossiers: dezelfde wijziging)\n` +
      '+++ nu         overeenkomst met de sjablonen van nu\n@@ ')
    expect(out).toMatch(/\n-1\. \{#looptijd-opzegging\} .*opzegtermijn van drie maanden\.\n\+1\. \{#looptijd-opzegging\} .*opzegtermijn van zes maanden\.\n/)
    // Once, not once per dossier; and only that line: the references keep no template place, so the folder does not matter.
    expect(out.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l))).toHaveLength(2)
    expect(out.match(/^anders /gm)).toHaveLength(1)
    expect(out).toContain('6 anders')
    expect(out).toContain(`Basislijn: ${join(dir, 'basislijn')}\n`)
    expect(out).toContain(`Controleer de verschillen; neem de nieuwe tekst op in de basislijn met \`oogo sjablonen test --sjablonen ${dir} --bijwerken\`.`)
    expect(out).not.toContain('\x1b[')
  })

  it('colours the diff and marks the changed words only on a terminal', async () => {
    const terminal = captureTerminal(true)
    expect(await runTemplatesTest({ sjablonen: sixMonths({ baseline: true }) }, terminal)).toBe(1)
    expect(terminal.stdout()).toContain('\x1b[7mdrie\x1b[27m')
    expect(terminal.stdout()).toContain('\x1b[7mzes\x1b[27m')
  })

  it('says how to make a baseline on the first run, then --bijwerken makes it in the folder and never in test/sjablonen', async () => {
    const before = projectBaseline()
    const dir = sixMonths()
    const first = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, first)).toBe(1)
    expect(first.stdout()).toBe(`Er is nog geen basislijn: ${join(dir, 'basislijn')} bevat geen opgeslagen teksten.\n` +
      'De basislijn is de tekst die de sjablonen nu maken voor de testdossiers van oogo; elke volgende\n' +
      '`oogo sjablonen test` toont wat een wijziging in een sjabloon aan die tekst verandert.\n' +
      `Maak de basislijn met \`oogo sjablonen test --sjablonen ${dir} --bijwerken\`: die slaat 25 documenten van 6 testdossiers op in ${join(dir, 'basislijn')}.\n` +
      'Lees die teksten na voordat u ze als basislijn aanneemt, en bewaar de map bij uw sjablonen.\n')
    expect(existsSync(join(dir, 'basislijn'))).toBe(false)

    const update = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, bijwerken: true }, update)).toBe(0)
    expect(update.stdout()).toContain(`opgeslagen: ${join(dir, 'basislijn', 'voorbeeld', 'overeenkomst.md')}\n`)
    expect(update.stdout()).toContain('25 teksten in de basislijn bijgewerkt.')
    expect(readFileSync(join(dir, 'basislijn', 'voorbeeld', 'overeenkomst.md'), 'utf8')).toContain('een opzegtermijn van zes maanden')
    expect(readdirSync(join(dir, 'basislijn')).sort()).toEqual(findTestDossiers().map((d) => d.name).sort())
    expect(projectBaseline()).toEqual(before)
  })

  it('keeps the baseline where --basislijn says, from the command line', async () => {
    const dir = sixMonths()
    const baseline = join(temp(), 'gemeente-basislijn')
    storedCopy(baseline)
    const run = await runCli(['sjablonen', 'test', '--sjablonen', dir, '--basislijn', baseline])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`--- basislijn  ${join(baseline, 'voorbeeld', 'overeenkomst.md')} (en 5 andere`)
    expect(run.stdout).toContain(`\`oogo sjablonen test --sjablonen ${dir} --basislijn ${baseline} --bijwerken\``)
    expect(existsSync(join(dir, 'basislijn'))).toBe(false)
  })

  it('refuses the project\'s own test/sjablonen as the baseline of an organisation (exit 2)', async () => {
    const before = projectBaseline()
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: sixMonths(), basislijn: join(stored, 'voorbeeld'), bijwerken: true }, terminal)).toBe(2)
    expect(terminal.stderr()).toContain('dat is de basislijn van de sjablonen van oogo zelf (test/sjablonen/); eigen sjablonen hebben hun eigen basislijn.')
    expect(projectBaseline()).toEqual(before)
  })

  it('reports a template fault once, with the test dossiers it shows in, exits 1 and updates nothing', async () => {
    const dir = sixMonths({ baseline: true })
    writeFileSync(join(dir, 'verslag.md.hbs'), '# Verslag\n\n{{#if vergadering}}\n')
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, bijwerken: true }, terminal)).toBe(1)
    const fault = new RegExp(`${join(dir, 'verslag.md.hbs')}:3:1  .*\\[sjabloon/syntax\\]`, 'g')
    expect(terminal.stderr().match(fault)).toHaveLength(1)
    expect(terminal.stderr()).toMatch(/^fout in de sjablonen, bij alle 6 testdossiers:\n/)
    expect(terminal.stderr()).toContain('Er is niets bijgewerkt')
    expect(readFileSync(join(dir, 'basislijn', 'voorbeeld', 'overeenkomst.md'), 'utf8')).toBe(readFileSync(join(stored, 'voorbeeld', 'overeenkomst.md'), 'utf8'))
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

describe('oogo sjablonen test in an installed oogo (no git, no test/)', () => {
  it('tests an organisation\'s templates against its own baseline', async () => {
    const installed = installedCopy()
    const dir = sixMonths({ baseline: true })
    const terminal = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir }, terminal, { root: installed })).toBe(1)
    expect(terminal.stdout()).toContain(`anders  overeenkomst  bij 6 testdossiers: ${allDossiers}`)
    expect(terminal.stderr()).toBe('')
  })

  it('says how to make a baseline for the built-in templates, without exit 3', async () => {
    const installed = installedCopy()
    const terminal = captureTerminal()
    expect(await runTemplatesTest({}, terminal, { root: installed })).toBe(1)
    expect(terminal.stdout()).toContain(`Er is nog geen basislijn: ${join(installed, 'test', 'sjablonen')} bevat geen opgeslagen teksten.`)
    expect(terminal.stderr()).toBe('')
  })

  it('says the package is damaged when its test dossiers are missing', async () => {
    const installed = installedCopy()
    rmSync(join(installed, 'data', 'testdossiers'), { recursive: true })
    const terminal = captureTerminal()
    expect(await runTemplatesTest({}, terminal, { root: installed })).toBe(3)
    expect(terminal.stderr()).toContain('De testdossiers van oogo ontbreken.')
    expect(terminal.stderr()).toContain('installeer oogo opnieuw')
  })
})

describe('oogo sjablonen test --bijwerken', () => {
  it('stores the new texts, new and removed ones too, after which the test passes', async () => {
    const snapshots = storedCopy()
    rmSync(join(snapshots, 'escaping', 'checklist.md'))
    writeFileSync(join(snapshots, 'escaping', 'verouderd.md'), '<!-- verouderd.docx -->\noud\n')
    writeFileSync(join(snapshots, 'voorbeeld', 'verslag.md'), 'oud\n')
    mkdirSync(join(snapshots, 'weg'))
    writeFileSync(join(snapshots, 'weg', 'overeenkomst.md'), '<!-- overeenkomst.docx -->\noud\n')
    // What is not a stored text (no file name line at the top) is the editor's own: left alone.
    mkdirSync(join(snapshots, 'notities'))
    writeFileSync(join(snapshots, 'notities', 'wijzigingen.md'), '# Wijzigingen\n')
    const dir = sixMonths()

    const before = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, basislijn: snapshots }, before)).toBe(1)
    expect(before.stdout()).toContain('nieuw  checklist  bij testdossier escaping  (nog geen tekst in de basislijn)')
    expect(before.stdout()).toContain('verdwenen  escaping/verouderd')
    expect(before.stdout()).toContain('`verouderd` is geen documentsoort')
    expect(before.stdout()).toContain('verdwenen  weg/overeenkomst')
    expect(before.stdout()).toContain('dit testdossier bestaat niet meer')

    const update = captureTerminal()
    expect(await runTemplatesTest({ sjablonen: dir, basislijn: snapshots, bijwerken: true }, update)).toBe(0)
    expect(update.stdout()).toContain(`bijgewerkt: ${join(snapshots, 'voorbeeld', 'overeenkomst.md')}`)
    expect(update.stdout()).toContain(`opgeslagen: ${join(snapshots, 'escaping', 'checklist.md')}`)
    expect(update.stdout()).toContain(`verwijderd: ${join(snapshots, 'escaping', 'verouderd.md')}`)
    expect(update.stdout()).toContain('10 teksten in de basislijn bijgewerkt.')
    expect(existsSync(join(snapshots, 'escaping', 'verouderd.md'))).toBe(false)
    expect(existsSync(join(snapshots, 'weg'))).toBe(false)
    expect(readFileSync(join(snapshots, 'notities', 'wijzigingen.md'), 'utf8')).toBe('# Wijzigingen\n')
    expect(before.stdout()).not.toContain('notities')
    expect(readFileSync(join(snapshots, 'voorbeeld', 'overeenkomst.md'), 'utf8')).toContain('een opzegtermijn van zes maanden')
    expect(readdirSync(join(snapshots, 'voorbeeld')).filter((n) => n.endsWith('.tmp'))).toEqual([])

    expect(await runTemplatesTest({ sjablonen: dir, basislijn: snapshots }, captureTerminal())).toBe(0)
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
})
