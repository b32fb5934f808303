/**
 * The command line as a user runs it: exit codes, Dutch output, what is and is not written. One row per case, like
 * pandoc's command tests. The cases run `main` in process (test/support/terminal.ts); a few run the built program
 * (`node dist/cli.js`, built by `npm test`) to prove that it is the same.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { root, sampleWith } from '../support/helpers.ts'
import { main } from '../../src/cli/main.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'

const cli = join(root, 'dist', 'cli.js')
const sample = 'samples/voorbeeld-dossier.yaml'

function runProcess(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
const run = (args: string[]) => runCli(args, { cwd: root })

const temp = () => mkdtempSync(join(tmpdir(), 'oogo-cli-'))
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+[.](js|ts):\d+/)

describe('oogo genereer', () => {
  it('writes every document of the sample and lists them (the built program)', () => {
    const out = temp()
    const { code, stdout, stderr } = runProcess(['genereer', sample, '--uit', out])
    expect(stderr).toContain('waarschuwing: Er is een advies van 9 juli 2026, maar geen motivering van het college van Schagen')
    expect(stderr).toContain('6 waarschuwingen.')
    expect(stderr).not.toContain('fout')
    expect(code).toBe(0)
    const files = readdirSync(out)
    expect(files).toHaveLength(26)
    expect(stdout).toMatch(new RegExp(`overeenkomst +${join(out, 'overeenkomst-oogo-jz03-2026.docx')} +\\d+,\\d kB`))
    expect(stdout).toContain('26 documenten geschreven (1 overeenkomst, 18 uitnodiging, 3 verslag, 1 verzoek, 2 motivering, 1 bijlage-jeugdplan).')
    for (const file of files) expect(Object.keys(unzipSync(readFileSync(join(out, file))))).toContain('word/document.xml')
  })

  it('narrows with --document, --vergadering and --partij, and says what it skipped', async () => {
    const out = temp()
    const { code, stdout, stderr } = await run(['genereer', sample, '--uit', out, '--vergadering', '2026-04-oogo', '--partij', 'texel'])
    expect(code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['uitnodiging-2026-04-oogo-texel.docx', 'verslag-2026-04-oogo.docx'])
    expect(stdout).toContain('2 documenten geschreven (1 uitnodiging, 1 verslag).')
    expect(stderr).toContain('overgeslagen: overeenkomst — niets voor de gekozen vergadering of partij')
  })

  it('exits 2 for a --partij the dossier does not have', async () => {
    const { code, stderr } = await run(['genereer', sample, '--partij', 'texell'])
    expect(code).toBe(2)
    expect(stderr).toContain('--partij texell: het dossier heeft geen partij met dit id.  [opdracht/onbekend-id]')
    expect(stderr).toContain('Bedoelde u `texel`?')
  })

  it('has the English alias build', async () => {
    const out = temp()
    expect((await run(['build', sample, '--uit', out, '--document', 'overeenkomst'])).code).toBe(0)
    expect(readdirSync(out)).toEqual(['overeenkomst-oogo-jz03-2026.docx'])
  })

  it('prints the rendered text with --emit tekst and writes nothing', async () => {
    const out = temp()
    const { code, stdout } = await run(['genereer', sample, '--document', 'overeenkomst', '--emit', 'tekst', '--uit', join(out, 'uit')])
    expect(code).toBe(0)
    expect(stdout.startsWith('# Overeenkomst OOGO jeugd\n\nOOGO jeugd Kop van Noord-Holland 2027–2030\n')).toBe(true)
    expect(existsSync(join(out, 'uit'))).toBe(false)
  })

  it('prints the document model as JSON with --emit model', async () => {
    const { code, stdout } = await run(['genereer', sample, '--emit', 'model'])
    expect(code).toBe(0)
    const models = JSON.parse(stdout)
    expect(models).toHaveLength(26)
    expect(models[0].meta).toMatchObject({ kind: 'overeenkomst', reference: 'OOGO-JZ03-2026', date: '2026-01-15', draft: false })
  })

  it('marks a draft with --concept', async () => {
    const { stdout } = await run(['genereer', sample, '--concept', '--emit', 'model'])
    expect(JSON.parse(stdout)[0].meta.draft).toBe(true)
  })

  it('reports every fault of a bad dossier with its place, exits 1 and writes nothing', async () => {
    const dir = temp()
    const dossier = join(dir, 'dossier.yaml')
    writeFileSync(dossier, sampleWith(
      ['    verzoekers: [swv-vo-kop]', '    verzoekerz: [swv-vo-kop]'],
      ['schaal: jeugdhulpregio ', 'schaal: regio '],
      ['namens: texel, afgemeld: true', 'namens: texell, afgemeld: true'],
    ))
    const { code, stdout, stderr } = await run(['genereer', dossier, '--uit', join(dir, 'uit')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.split('\n').filter((l) => l.startsWith(dossier))).toEqual([
      `${dossier}:9:11  /dossier/schaal  \`dossier.schaal\` heeft de onbekende waarde \`regio\`.  [dossier/schema]`,
      `${dossier}:125:36  /vergaderingen/0/verslag/afwezig/0/namens  \`texell\` is geen bekend id van een partij.  [dossier/onbekende-verwijzing]`,
      `${dossier}:208:5  /geschil/verzoek/verzoekerz  Onbekende sleutel \`verzoekerz\` in \`geschil.verzoek\`.  [dossier/schema]`,
    ])
    expect(stderr).toContain('    Bedoelde u `verzoekers`?') // and no echo "verplichte sleutel verzoekers ontbreekt"
    expect(stderr).toContain('    Bedoelde u `jeugdhulpregio`? Kies ondersteuningsplan, gemeente of jeugdhulpregio.')
    expect(stderr).toContain('    Bedoelde u `texel`?')
    expect(stderr).toContain('3 fouten; er is niets geschreven.')
    expect(existsSync(join(dir, 'uit'))).toBe(false)
    noStackTrace(stderr)
  })

  it.each([
    { name: 'a file that does not exist', args: ['genereer', 'bestaat-niet.yaml'], exit: 3, message: 'bestaat-niet.yaml  Het bestand bestaat niet.  [bestand/niet-gevonden]' },
    { name: 'a directory', args: ['genereer', 'samples'], exit: 3, message: 'samples  Dit is een map, geen bestand.  [bestand/is-map]' },
    { name: 'an unknown option', args: ['genereer', sample, '--uitvoer', 'x'], exit: 2, message: "Onbekende optie --uitvoer.\nGebruik 'oogo --help' voor de mogelijkheden.\n" },
    { name: 'an unknown command', args: ['genereren', sample], exit: 2, message: 'Onbekende opdracht genereren. Bedoelde u genereer?' },
    { name: 'a missing argument', args: ['genereer'], exit: 2, message: 'Het argument dossier ontbreekt.' },
    { name: 'a wrong --emit', args: ['genereer', sample, '--emit', 'pdf'], exit: 2, message: 'Ongeldige waarde voor -e, --emit <vorm>; kies uit tekst, lezen, model.' },
    { name: 'an unknown document kind', args: ['genereer', sample, '--document', 'overeenkomt'], exit: 2, message: "Onbekende documentsoort 'overeenkomt'. Bedoelde u `overeenkomst`?" },
  ])('$name: exit $exit with a Dutch message', async ({ args, exit, message }) => {
    const { code, stderr } = await run(args)
    expect(code).toBe(exit)
    expect(stderr).toContain(message)
    noStackTrace(stderr)
  })

  it('rejects a non-UTF-8 file with its place', async () => {
    const dossier = join(temp(), 'latin1.yaml')
    writeFileSync(dossier, Buffer.concat([Buffer.from('versie: 1\ndossier:\n  titel: Gemeente '), Buffer.from([0xe9]), Buffer.from('n\n')]))
    const { code, stderr } = await run(['genereer', dossier])
    expect(code).toBe(1)
    expect(stderr).toContain(`${dossier}:3:19  Het bestand is geen geldige UTF-8-tekst.  [bestand/geen-utf8]`)
  })

  it('exits 3 when the output folder cannot be made', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'bestand'), 'x')
    const { code, stderr } = await run(['genereer', sample, '--uit', join(dir, 'bestand', 'uit')])
    expect(code).toBe(3)
    expect(stderr).toContain('De uitvoermap kan niet worden gemaakt (ENOTDIR).  [schrijven/mislukt]')
  })

  it('leaves no temporary files behind', async () => {
    const out = temp()
    await run(['genereer', sample, '--uit', out])
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([])
  })
})

describe('oogo --help and --version', () => {
  it('shows Dutch help', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Gebruik: oogo [opties] [opdracht]')
    expect(stdout).toContain('genereer|build [opties] <dossier>')
    expect(stdout).not.toMatch(/Usage|Options|Commands/)
  })

  it('shows Dutch help for a command', async () => {
    const { stdout } = await run(['help', 'genereer'])
    expect(stdout).toContain('Gebruik: oogo genereer|build [opties] <dossier>')
    expect(stdout).toContain('(keuze: tekst, lezen, model)')
  })

  it('runs through npx as the README says (the bin is executable)', async () => {
    expect(statSync(cli).mode & 0o111).not.toBe(0)
    const result = spawnSync('npx', ['--no-install', 'oogo', '--version'], { cwd: root, encoding: 'utf8' })
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })

  it('prints the version of package.json', async () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`)
  })
})

describe('a bug in oogo', () => {
  const failing = [{ name: 'genereer', description: 'faalt', run: async () => { throw new TypeError("Cannot read properties of undefined (reading 'naam')") } }]

  it('exits 4 with a Dutch message and no stack trace', async () => {
    const terminal = captureTerminal()
    expect(await main(['genereer'], terminal, failing)).toBe(4)
    expect(terminal.stdout()).toBe('')
    expect(terminal.stderr()).toBe("Interne fout in oogo: Cannot read properties of undefined (reading 'naam')\n" +
      'Dit is een fout in oogo, niet in uw dossier. Meld het alstublieft, met het dossier en deze melding (met OOGO_DEBUG=1 toont oogo ook de technische details).\n')
  })

  it('shows the stack trace with OOGO_DEBUG', async () => {
    const terminal = captureTerminal(false, { debug: true })
    expect(await main(['genereer'], terminal, failing)).toBe(4)
    expect(terminal.stderr()).toMatch(/\n {4}at .+main\.ts:\d+/)
  })
})
