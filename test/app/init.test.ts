/**
 * `oogo init`: a new, commented dossier. Filled in where it says `# IN TE VULLEN` (names, addresses, dates), it passes
 * the schema, the references and the rules that use the reference data; before that, every schema error points at
 * such a line. With `--regio` and `--gemeente` the gemeenten and samenwerkingsverbanden come from data/referentie/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validate as checkDossier } from '../../src/validate/index.ts'
import { ErrorCode } from '../../src/errors.ts'
import { findMunicipality, findRegion, idOf, runInit, type InitFlags } from '../../src/app/init.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { loadReferenceData, loadRegionCompositions } from '../../src/load/load-reference-data.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'

const referenceRules = ['CBS-GEMEENTE', 'CBS-JEUGDREGIO', 'SWV-CODE-BEKEND', 'PR-SWV-IN-REGIO']


/** Runs `oogo init` in a fresh folder; returns the exit code, what it printed and the file's text. */
function init(flags: InitFlags, name = 'dossier.yaml', folder = mkdtempSync(join(tmpdir(), 'oogo-init-'))) {
  const terminal = captureTerminal()
  const file = join(folder, name)
  const code = runInit(file, flags, terminal)
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr(), file, text: existsSync(file) ? readFileSync(file, 'utf8') : undefined }
}

/** What a user types where it says `# IN TE VULLEN`: a date for a date, a postcode for a postcode, else a name. */
function fill(text: string): string {
  const dates: Record<string, string> = { van: '2027-01-01', tot: '2030-12-31', concept_datum: '2026-03-02', collegebesluit: '2025-12-09' }
  let n = 0
  return text.replace(/^(\s*)([\w]+):(\s+)(# IN TE VULLEN.*)$/gm, (_m, indent: string, key: string, space: string, comment: string) => {
    const value = dates[key] ?? (key === 'postcode' ? '1234 AB' : `Ingevuld ${key} ${++n}`)
    return `${indent}${key}: ${value}${space}${comment}`
  })
}

/** Without known gemeenten, the codes are placeholders too: a real CBS code and SWV codes. */
const fillCodes = (text: string) => fill(text).replace(/gm_code: Ingevuld gm_code \d+/, 'gm_code: GM0400')
  .replace(/code: Ingevuld code \d+/, 'code: PO2701').replace(/code: Ingevuld code \d+/, 'code: VO2701')

/** What `oogo controleer` finds (the open markers as warnings). */
function check(text: string, file = 'dossier.yaml') {
  const { source } = sourceFromString(file, text)
  const { project } = projectFromText(source!)
  return checkDossier(project!, { openMarkers: 'warning' })
}

/** `dossier/open-markering` */
const openMarker = ErrorCode.openMarker

describe('oogo init --regio JZ03', () => {
  const run = init({ regio: 'JZ03' })

  it('writes a commented dossier with the schema line and says what to do next', () => {
    expect(run.code).toBe(0)
    const [first] = run.text!.split('\n')
    expect(first).toMatch(/^# yaml-language-server: \$schema=(.+)$/)
    const schema = resolve(dirname(run.file), first!.split('$schema=')[1]!)
    expect(existsSync(schema) && schema.endsWith(join('schemas', 'dossier.schema.json'))).toBe(true)
    expect(run.text).toContain('# TE CONTROLEREN: de gemeenten van jeugdregio JZ03 volgens oogo')
    expect(run.stdout).toContain('geschreven: een dossier met 4 gemeenten en 2 samenwerkingsverbanden.')
    expect(run.stdout).toContain(`Vul de waarden met "# IN TE VULLEN" in; controleer die met "# TE CONTROLEREN" en haal dat commentaar daarna weg.\n` +
      `\`oogo controleer ${run.file}\` toont wat nog ontbreekt en wat nog te controleren is.\n`)
  })

  it('fills in the gemeenten and their SWV\'s from the reference data', () => {
    const data = parse(run.text!)
    expect(data.dossier).toMatchObject({ schaal: 'jeugdhulpregio', regio: { code: 'JZ03', naam: 'Kop van Noord-Holland' } })
    expect(data.partijen.gemeenten.map((g: { id: string; naam: string; gm_code: string }) => [g.id, g.naam, g.gm_code])).toEqual([
      ['den-helder', 'Den Helder', 'GM0400'], ['hollands-kroon', 'Hollands Kroon', 'GM1911'], ['schagen', 'Schagen', 'GM0441'], ['texel', 'Texel', 'GM0448'],
    ])
    expect(data.partijen.samenwerkingsverbanden.map((s: { id: string; code: string; sector: string; gemeenten: string[] }) => [s.id, s.code, s.sector, s.gemeenten])).toEqual([
      ['swv-po-2701', 'PO2701', 'po', ['den-helder', 'hollands-kroon', 'schagen', 'texel']],
      ['swv-vo-2701', 'VO2701', 'vo', ['den-helder', 'hollands-kroon', 'schagen', 'texel']],
    ])
  })

  it('fails the schema only where it says IN TE VULLEN', () => {
    const problems = check(run.text!)
    const lines = run.text!.split('\n')
    expect(problems.length).toBeGreaterThan(10)
    for (const p of problems.filter((p) => p.code !== openMarker)) {
      expect(p.code).toBe('dossier/schema')
      expect(lines[p.place.line! - 1], `${p.place.path}: ${p.message}`).toContain('# IN TE VULLEN')
    }
  })

  it('passes the schema, the references and the reference-data rules once those are filled in', () => {
    const filled = fill(run.text!)
    expect(filled).not.toMatch(/^\s*[\w]+:\s+# IN TE VULLEN/m)
    const problems = check(filled)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(problems.filter((p) => referenceRules.includes(p.rule?.id ?? ''))).toEqual([])
  })

  it('reports every TE CONTROLEREN marker, at its line with the YAML path, until the comment is removed', () => {
    const filled = fill(run.text!)
    const lines = filled.split('\n')
    const markers = check(filled).filter((p) => p.code === openMarker)
    expect(markers.map((p) => p.place.line)).toEqual(lines.flatMap((l, i) => (/(^|\s)# TE CONTROLEREN/.test(l) ? [i + 1] : [])))
    expect(markers.every((p) => p.severity === 'warning')).toBe(true)
    const functie = lines.findIndex((l) => l.includes('functie: wethouder Jeugd')) + 1
    expect(markers.find((p) => p.place.line === functie)).toEqual({
      code: 'dossier/open-markering', severity: 'warning', stage: 'validate',
      message: 'Nog te controleren: `partijen.gemeenten[den-helder].vertegenwoordiger.functie` (nu: `wethouder Jeugd`).',
      place: { file: 'dossier.yaml', line: functie, column: 9, path: '/partijen/gemeenten/0/vertegenwoordiger/functie' },
      suggestion: 'Controleer de waarde en haal daarna het commentaar `# TE CONTROLEREN` weg. Zolang het er staat, maakt `oogo genereer` alleen een concept (--concept).',
    })
    expect(markers.find((p) => p.place.path === '/partijen/gemeenten')?.message).toBe('Nog te controleren: `partijen.gemeenten` — de gemeenten van jeugdregio JZ03 volgens oogo.')
    const checked = filled.replace(/\s*# TE CONTROLEREN.*$/gm, '')
    expect(check(checked).filter((p) => p.code === openMarker)).toEqual([])
  })
})

describe('the other worked regions', () => {
  it.each([['JZ15', 1, 2], ['JZ18', 13, 7], ['JZ43', 3, 4]] as const)('%s: %i gemeenten, %i SWV\'s, valid once filled in', (regio, gemeenten, swvs) => {
    const run = init({ regio })
    expect(run.code).toBe(0)
    const data = parse(run.text!)
    expect(data.partijen.gemeenten).toHaveLength(gemeenten)
    expect(data.partijen.samenwerkingsverbanden).toHaveLength(swvs)
    const problems = check(fill(run.text!))
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(problems.filter((p) => referenceRules.includes(p.rule?.id ?? ''))).toEqual([])
  })

  it('JZ41: Beekdaelen has no SWV of 2015, and the dossier says so', () => {
    const run = init({ regio: 'JZ41' })
    const data = parse(run.text!)
    expect(data.partijen.gemeenten).toHaveLength(16)
    expect(data.partijen.gemeenten.map((g: { id: string }) => g.id)).toContain('beek') // "Beek (L.)"
    expect(run.text).toContain('# TE CONTROLEREN: Beekdaelen staat niet in de SWV-indeling van 2015')
    const errors = check(fill(run.text!)).filter((p) => p.severity === 'error')
    expect(errors.map((p) => p.rule?.id).sort()).toEqual(['JW-2.2-PO-SWV', 'JW-2.2-VO-SWV'])
    expect(errors.every((p) => p.message.includes('Beekdaelen'))).toBe(true)
  })

  it('the composition table matches the CBS names and codes', () => {
    const reference = loadReferenceData()
    const table = loadRegionCompositions()
    expect([...table.keys()]).toEqual(['JZ03', 'JZ15', 'JZ18', 'JZ41', 'JZ43'])
    for (const [regio, codes] of table) {
      expect(reference.regions.has(regio), regio).toBe(true)
      for (const code of codes) expect(reference.municipalities.has(code), code).toBe(true)
    }
    const csv = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'referentie', 'jeugdregio-gemeenten.csv'), 'utf8').trim().split(/\r?\n/).slice(1)
    for (const row of csv) {
      const [, code, naam] = row.split(',')
      expect(reference.municipalities.get(code!)!.naam).toBe(naam)
    }
  })
})

describe('oogo init --gemeente', () => {
  it('GM0394 gives Haarlemmermeer with PO2710 and VO2709 (2015), at the scale of one gemeente', () => {
    const run = init({ gemeente: 'GM0394' })
    expect(run.code).toBe(0)
    const data = parse(run.text!)
    expect(data.dossier.schaal).toBe('gemeente')
    expect(data.dossier.regio).toBeUndefined()
    expect(data.dossier.titel).toBe('OOGO jeugd Haarlemmermeer')
    expect(data.partijen.gemeenten.map((g: { id: string; naam: string; gm_code: string }) => [g.id, g.naam, g.gm_code])).toEqual([['haarlemmermeer', 'Haarlemmermeer', 'GM0394']])
    expect(data.partijen.samenwerkingsverbanden.map((s: { id: string; code: string; gemeenten: string[] }) => [s.id, s.code, s.gemeenten])).toEqual([
      ['swv-po-2710', 'PO2710', ['haarlemmermeer']], ['swv-vo-2709', 'VO2709', ['haarlemmermeer']],
    ])
    const problems = check(fill(run.text!))
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(problems.filter((p) => referenceRules.includes(p.rule?.id ?? ''))).toEqual([])
  })

  it('takes codes and names as people write them', () => {
    const reference = loadReferenceData()
    for (const input of ['GM0394', 'gm394', '394', ' GM 0394 ', 'Haarlemmermeer', 'haarlemmermeer']) expect(findMunicipality(input, reference), input).toBe('GM0394')
    expect(findMunicipality('Beek', reference)).toBe('GM0888') // "Beek (L.)"
    for (const input of ['JZ03', 'jz3', '3', 'Kop van Noord-Holland']) expect(findRegion(input, reference), input).toBe('JZ03')
    expect(findRegion('JZ40', reference)).toBeUndefined() // CBS has no JZ40
    expect(['Den Helder', "'s-Hertogenbosch", 'Súdwest-Fryslân', 'Nuenen, Gerwen en Nederwetten', 'Stein (L.)'].map(idOf))
      .toEqual(['den-helder', 's-hertogenbosch', 'sudwest-fryslan', 'nuenen-gerwen-en-nederwetten', 'stein'])
  })

  it('quotes names that YAML would misread', () => {
    const run = init({ gemeente: 'GM0796' }) // 's-Hertogenbosch
    expect(run.code).toBe(0)
    expect(run.text).toContain('naam: "\'s-Hertogenbosch"')
    expect(parse(run.text!).partijen.gemeenten[0].naam).toBe("'s-Hertogenbosch")
  })
})

describe('what oogo init refuses', () => {
  it('an unknown region or gemeente is a usage error with a suggestion, and writes nothing', () => {
    const region = init({ regio: 'JZ99' })
    expect(region.code).toBe(2)
    expect(region.stderr).toContain('Onbekende jeugdregio `JZ99`.')
    expect(region.text).toBeUndefined()
    expect(init({ regio: 'Kop van Noordholland' }).stderr).toContain('Bedoelde u `JZ03` (Kop van Noord-Holland)?')
    const gemeente = init({ gemeente: 'Den Heldr' })
    expect(gemeente.code).toBe(2)
    expect(gemeente.stderr).toContain('Onbekende gemeente `Den Heldr`.')
    expect(gemeente.stderr).toContain('Bedoelde u `GM0400` (Den Helder)?')
    expect(gemeente.text).toBeUndefined()
    expect(init({ gemeente: 'GM9999' }).code).toBe(2)
    expect(init({ regio: 'JZ03', gemeente: 'GM0400' }).code).toBe(2)
  })

  it('never overwrites a file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'oogo-init-'))
    writeFileSync(join(folder, 'dossier.yaml'), 'mijn werk\n')
    const run = init({ regio: 'JZ03' }, 'dossier.yaml', folder)
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('dit bestand bestaat al; oogo init overschrijft geen bestanden.')
    expect(readFileSync(join(folder, 'dossier.yaml'), 'utf8')).toBe('mijn werk\n')
  })
})

describe('without known gemeenten', () => {
  it('a region whose composition is unknown: says so, and writes one gemeente to fill in', () => {
    const run = init({ regio: 'JZ01' })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('oogo kent de gemeenten van jeugdregio JZ01 (Groningen) niet; het dossier krijgt één gemeente om in te vullen.')
    const data = parse(run.text!)
    expect(data.dossier.regio).toEqual({ code: 'JZ01', naam: 'Groningen' })
    expect(data.partijen.gemeenten).toHaveLength(1)
    expect(data.partijen.gemeenten[0].gm_code).toBeNull()
    expect(check(fillCodes(run.text!)).filter((p) => p.severity === 'error')).toEqual([])
  })

  it('no options: an empty dossier that is valid once filled in', () => {
    const run = init({})
    expect(run.code).toBe(0)
    expect(parse(run.text!).dossier.schaal).toBe('gemeente')
    expect(check(fillCodes(run.text!)).filter((p) => p.severity === 'error')).toEqual([])
  })
})

/** Every finding a command printed (genereer: stderr) or reported (controleer --formaat json), as `code line:column`. */
function findingsOf(output: string): string[] {
  return [...output.matchAll(/^\S+?:(\d+):(\d+)\s.*\[([^\]\s]+)\]$/gm)].map(([, line, column, code]) => `${code} ${line}:${column}`).sort()
}
function reportedBy(json: string): string[] {
  const report = JSON.parse(json) as { files: { findings: { rule: string; location: { line: number; column: number } }[] }[] }
  return report.files[0]!.findings.map((f) => `${f.rule} ${f.location.line}:${f.location.column}`).sort()
}

describe('oogo init, controleer and genereer judge a new dossier the same way', () => {
  it('filled in but without ondertekening and with TE CONTROLEREN markers: the same findings, at the same places', async () => {
    const run = init({ regio: 'JZ03' })
    writeFileSync(run.file, fill(run.text!))
    const checked = await runCli(['controleer', run.file, '--formaat', 'json'])
    const generated = await runCli(['genereer', run.file, '--uit', join(dirname(run.file), 'uit')])
    const findings = reportedBy(checked.stdout)
    expect(findings.filter((f) => f.startsWith('dossier/ontbreekt-voor-document'))).toHaveLength(1)
    expect(findings.filter((f) => f.startsWith(openMarker))).toHaveLength(15)
    expect(findingsOf(generated.stderr)).toEqual(findings)
    expect(generated.stderr).toContain('Voor de Overeenkomst OOGO jeugd is `dossier.ondertekening` nodig')
    expect([checked.code, generated.code]).toEqual([1, 1])
    expect(existsSync(join(dirname(run.file), 'uit'))).toBe(false)
    // The markers: a warning in controleer, an error for a definitive document.
    expect(JSON.parse(checked.stdout).summary).toEqual({ files: 1, errors: 1, warnings: findings.length - 1 })
    expect(generated.stderr).toContain(`16 fouten, ${findings.length - 16} waarschuwingen; er is niets geschreven.`)
    const functie = fill(run.text!).split('\n').findIndex((l) => l.includes('functie: wethouder Jeugd')) + 1
    expect(generated.stderr).toContain(`dossier.yaml:${functie}:9  /partijen/gemeenten/0/vertegenwoordiger/functie  Nog te controleren: `)
  })

  it('a concept is made with the markers as warnings; a definitive document is not', async () => {
    const run = init({ regio: 'JZ03' })
    const signed = fill(run.text!).replace(/^  # ondertekening:.*\n.*\n.*\n/m, '  ondertekening:\n    plaats: Schagen\n    datum: 2026-01-15\n')
    expect(signed).toContain('  ondertekening:\n    plaats: Schagen\n')
    writeFileSync(run.file, signed)
    const out = join(dirname(run.file), 'uit')
    const definitive = await runCli(['genereer', run.file, '--document', 'overeenkomst', '--uit', out])
    expect(definitive.code).toBe(1)
    expect(definitive.stderr).toMatch(/\n15 fouten, \d+ waarschuwingen; er is niets geschreven\.\n/)
    const concept = await runCli(['genereer', run.file, '--document', 'overeenkomst', '--concept', '--uit', out])
    expect(concept.code, concept.stderr).toBe(0)
    expect(findingsOf(concept.stderr).filter((f) => f.startsWith(openMarker))).toHaveLength(15)
    expect(readdirSync(out)).toEqual([expect.stringMatching(/^overeenkomst.*\.docx$/)])
  })

  it('as written, with nothing filled in: the same findings', async () => {
    const run = init({ gemeente: 'GM0394' })
    const checked = await runCli(['controleer', run.file, '--formaat', 'json'])
    const generated = await runCli(['genereer', run.file, '--uit', join(dirname(run.file), 'uit')])
    expect(findingsOf(generated.stderr)).toEqual(reportedBy(checked.stdout))
    expect(reportedBy(checked.stdout).length).toBeGreaterThan(20)
  })
})
