/**
 * `oogo controleer`, `oogo regels` and `oogo checklist` as a user runs them, the JSON report
 * against its own schema, the project configuration, and the README's rule table.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { rulesMarkdown } from '../../src/app/rules-list.ts'
import { rules } from '../../src/rules/index.ts'
import { root, sampleWith } from '../support/helpers.ts'
import { runCli } from '../support/terminal.ts'

const sample = 'samples/voorbeeld-dossier.yaml'
const run = (args: string[], cwd = root) => runCli(args, { cwd })
const temp = () => mkdtempSync(join(tmpdir(), 'oogo-check-'))
function dossierWith(...edits: Parameters<typeof sampleWith>): string {
  const file = join(temp(), 'dossier.yaml')
  writeFileSync(file, sampleWith(...edits))
  return file
}

describe('oogo controleer', () => {
  it('reports the sample grouped by severity, with basis, place and suggestion', async () => {
    const { code, stdout } = await run(['controleer', sample])
    expect(code).toBe(0)
    expect(stdout).toContain([
      'samples/voorbeeld-dossier.yaml',
      '  Waarschuwingen (6)',
      '    GW-171-MACHTIGING  A.M. de Boer (wethouder Jeugd en Onderwijs) tekent de overeenkomst namens de gemeente Den Helder, maar het dossier vermeldt geen aanwijzing door de burgemeester. De burgemeester vertegenwoordigt de gemeente; een ander kan dat alleen als de burgemeester hem of haar daartoe heeft aangewezen.',
      '        grondslag: art. 171 lid 1 en 2 Gemeentewet (de burgemeester vertegenwoordigt de gemeente en kan een ander aanwijzen om dat te doen)',
      '        plaats:    samples/voorbeeld-dossier.yaml:30:7  /partijen/gemeenten/0/vertegenwoordiger',
      '        suggestie: Vermeld de datum van het aanwijzingsbesluit van de burgemeester in `vertegenwoordiger.machtiging`, of laat de burgemeester tekenen.',
      '    GC-MOTIVERING-PER-GEMEENTE  Er is een advies van 9 juli 2026, maar geen motivering van het college van Hollands Kroon aan de raad, die het jeugdplan op 1 oktober 2026 behandelt.',
      '        grondslag: Wegwijzer OOGO jeugd §2.2 (het college "biedt het advies, de motivering en het concept jeugdplan aan de gemeenteraad aan")',
      '        plaats:    samples/voorbeeld-dossier.yaml:33:11  /partijen/gemeenten/1/id',
      '        suggestie: Voeg onder `motiveringen` een motivering toe met `gemeente: hollands-kroon`.',
    ].join('\n'))
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Samenvatting: 1 dossier, 0 fouten, 6 waarschuwingen.')
  })

  it('exits 1 on warnings with --streng, and has the English alias check', async () => {
    expect((await run(['check', sample, '--streng'])).code).toBe(1)
  })

  it('exits 1 on an error and checks several dossiers in one run', async () => {
    const broken = dossierWith(['    soort: advies\n', '    soort: bindend-advies\n'])
    const { code, stdout } = await run(['controleer', sample, broken])
    expect(code).toBe(1)
    expect(stdout).toContain(`${broken}\n  Fouten (1)\n    GC-ADVIES-OF-BEMIDDELING  Een verzoek om bindend advies is in het OOGO jeugd niet mogelijk.`)
    expect(stdout).toContain(`        plaats:    ${broken}:209:12  /geschil/verzoek/soort`)
    expect(stdout).toContain('Samenvatting: 2 dossiers, 1 fout, 12 waarschuwingen.')
  })

  it('writes a JSON report that matches its schema and the stored snapshot of the sample', async () => {
    const { code, stdout } = await run(['controleer', sample, '--formaat', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(root, 'schemas', 'controle-rapport.schema.json'), 'utf8')))
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 6 })
    expect(report.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['GW-171-MACHTIGING', 'GC-MOTIVERING-PER-GEMEENTE',
      'GW-171-MACHTIGING', 'GC-MOTIVERING-PER-GEMEENTE', 'GW-171-MACHTIGING', 'GW-171-MACHTIGING'])
    expect(report.files[0].findings[1]).toEqual({
      rule: 'GC-MOTIVERING-PER-GEMEENTE',
      level: 'B',
      severity: 'warning',
      message: 'Er is een advies van 9 juli 2026, maar geen motivering van het college van Hollands Kroon aan de raad, die het jeugdplan op 1 oktober 2026 behandelt.',
      basis: 'Wegwijzer OOGO jeugd §2.2 (het college "biedt het advies, de motivering en het concept jeugdplan aan de gemeenteraad aan")',
      location: { file: 'samples/voorbeeld-dossier.yaml', line: 33, column: 11, path: '/partijen/gemeenten/1/id' },
      suggestion: 'Voeg onder `motiveringen` een motivering toe met `gemeente: hollands-kroon`.',
    })
    await expect(stdout).toMatchFileSnapshot(join(root, 'test', 'fixtures', 'voorbeeld', 'expected.controle.json'))
  })

  it('reports schema faults in the JSON report too, without a level or basis', async () => {
    const broken = dossierWith(['schaal: jeugdhulpregio ', 'schaal: regio '])
    const report = JSON.parse((await run(['controleer', broken, '--formaat', 'json'])).stdout)
    expect(report.files[0].findings).toEqual([{
      rule: 'dossier/schema', level: null, severity: 'error', basis: null,
      message: '`dossier.schaal` heeft de onbekende waarde `regio`.',
      location: { file: broken, line: 9, column: 11, path: '/dossier/schaal' },
      suggestion: 'Bedoelde u `jeugdhulpregio`? Kies ondersteuningsplan, gemeente of jeugdhulpregio.',
    }])
  })
})

describe('the project configuration', () => {
  it('switches practice rules off or makes them errors, and sets default terms', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'oogo.config.yaml'), 'regels:\n  GC-MOTIVERING-PER-GEMEENTE: uit\n  PR-UITNODIGING-TERMIJN: fout\ntermijnen:\n  oogo_dagen_voor_raad: 180\n')
    const dossier = join(dir, 'dossier.yaml')
    writeFileSync(dossier, sampleWith(['    uitnodiging: { datum: 2026-03-19 }', '    uitnodiging: { datum: 2026-04-01 }']))
    const report = JSON.parse((await run(['controleer', dossier, '--formaat', 'json'], dir)).stdout)
    // The invitation of 1 April for 9 April is late (14 days agreed): an error now. The OOGO meeting
    // of 9 April is less than 180 days before every raad: four warnings. The motiveringen: off.
    // (In the order of the file: the gemeenten come before the meetings; each gemeente's signatory without a
    // machtiging date, a statute rule, stays a warning.)
    expect(report.files[0].findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([
      ['GW-171-MACHTIGING', 'warning'], ['PR-OOGO-TIJDIG', 'warning'], ['GW-171-MACHTIGING', 'warning'], ['PR-OOGO-TIJDIG', 'warning'],
      ['GW-171-MACHTIGING', 'warning'], ['PR-OOGO-TIJDIG', 'warning'], ['GW-171-MACHTIGING', 'warning'], ['PR-OOGO-TIJDIG', 'warning'],
      ['PR-UITNODIGING-TERMIJN', 'error'],
    ])
  })

  it('refuses an unknown rule and a statute rule, with their place', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'instellingen.yaml'), 'regels:\n  PR-UITNODIGING-TERMIJNEN: uit\n  JW-2.2-VO-SWV: waarschuwing\n')
    const { code, stderr } = await run(['controleer', sample, '--config', 'instellingen.yaml'], dir)
    expect(code).toBe(1)
    expect(stderr).toContain('instellingen.yaml:2:3  /regels/PR-UITNODIGING-TERMIJNEN  Onbekende regel `PR-UITNODIGING-TERMIJNEN`.  [dossier/schema]\n    Bedoelde u `PR-UITNODIGING-TERMIJN`?')
    expect(stderr).toContain('instellingen.yaml:3:3  /regels/JW-2.2-VO-SWV  Regel `JW-2.2-VO-SWV` volgt uit de wet (art. 2.2 lid 3 Jeugdwet jo. art. 2.47 WVO 2020) en kan niet worden aangepast.')
  })

  it('exits 3 when the --config file does not exist', async () => {
    expect((await run(['controleer', sample, '--config', 'bestaat-niet.yaml'])).code).toBe(3)
  })
})

describe('controleer judges a dossier as genereer does', () => {
  /** The head line of every problem on stderr (genereer) or every finding of the JSON report (controleer), as `code place`. */
  const printed = (stderr: string) => [...stderr.matchAll(/^(\S+?)(?::(\d+):(\d+))?\s.*\[([^\]\s]+)\]$/gm)].map(([, file, line, column, code]) => `${code} ${file}${line ? `:${line}:${column}` : ''}`).sort()

  it('a house style the configuration names but that is missing: the same error, with where it is named', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'oogo.config.yaml'), 'huisstijlen:\n  den-helder: huisstijlen/den-helder.docx\n')
    const checked = await run(['controleer', join(root, sample)], dir)
    const generated = await run(['genereer', join(root, sample), '--uit', 'uit'], dir)
    expect(checked.code).toBe(3)
    expect(generated.code).toBe(3)
    expect(printed(checked.stderr)).toEqual(printed(generated.stderr))
    expect(printed(checked.stderr)).toEqual(['bestand/niet-gevonden huisstijlen/den-helder.docx'])
    expect(checked.stderr).toContain('huisstijlen/den-helder.docx  De huisstijl bestaat niet.  [bestand/niet-gevonden]\n' +
      '    Controleer het pad en de spelling van de bestandsnaam. De huisstijl is genoemd in oogo.config.yaml:2:15 (huisstijlen.den-helder).')
    expect(checked.stdout).toBe('')
  })

  it('a dossier without dossier.ondertekening: the overeenkomst needs it, in controleer too', async () => {
    const dossier = dossierWith(['  ondertekening:', '  ondertekening_weg:'])
    const text = readFileSync(dossier, 'utf8')
    const start = text.indexOf('  ondertekening_weg:')
    // Remove the whole block (the key and its indented lines).
    const lines = text.split('\n')
    const from = text.slice(0, start).split('\n').length - 1
    let to = from + 1
    while (/^ {4}/.test(lines[to] ?? '')) to++
    writeFileSync(dossier, [...lines.slice(0, from), ...lines.slice(to)].join('\n'))
    const checked = await run(['controleer', dossier, '--formaat', 'json'])
    const generated = await run(['genereer', dossier, '--uit', join(temp(), 'uit')])
    const findings = JSON.parse(checked.stdout).files[0].findings as { rule: string; severity: string; message: string; location: { path: string } }[]
    expect(findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({
      rule: 'dossier/ontbreekt-voor-document', location: expect.objectContaining({ path: '/dossier/ondertekening' }),
      message: 'Voor de Overeenkomst OOGO jeugd is `dossier.ondertekening` nodig: de overeenkomst vermeldt plaats en datum van ondertekening.',
    })])
    expect(checked.code).toBe(1)
    expect(generated.code).toBe(1)
    expect(generated.stderr).toContain('[dossier/ontbreekt-voor-document]')
  })
})

describe('oogo regels', () => {
  it('lists every rule with level, severity and basis', async () => {
    const { code, stdout } = await run(['rules'])
    expect(code).toBe(0)
    for (const r of rules) expect(stdout).toContain(`${r.id}  [`)
    expect(stdout).toContain('JW-2.2-VO-SWV  [A (wet), fout]\n    Een samenwerkingsverband VO neemt deel')
  })

  it('README.md carries the current rule table', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const table = /<!-- regels:begin -->\n([\s\S]*?)<!-- regels:end -->/.exec(readme)?.[1]
    expect(table, 'run: node dist/cli.js regels --formaat markdown, and paste between the markers').toBe(rulesMarkdown())
  })
})

describe('oogo checklist', () => {
  it('prints the checklist of the sample', async () => {
    const { code, stdout } = await run(['checklist', sample])
    expect(code).toBe(0)
    expect(stdout).toBe(readFileSync(join(root, 'test', 'fixtures', 'voorbeeld', 'expected.checklist.txt'), 'utf8'))
  })
})
