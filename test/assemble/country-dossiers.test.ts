/**
 * The whole-country test data (test/support/country-dossiers.ts): the right number of dossiers,
 * unique names, deterministic text, and a sample of them passes `checkDossier` without errors and
 * assembles.
 */
import { describe, expect, it } from 'vitest'
import { assemble } from '../../src/assemble.ts'
import { validate as checkDossier } from '../../src/validate/index.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { defaultOptions } from '../../src/options.ts'
import { assignRegions, loadCountryReference, municipalityDossiers, regionDossiers, type GeneratedDossier } from '../support/country-dossiers.ts'
import type { Project } from '../../src/model/project.ts'

const reference = loadCountryReference()
const regions = regionDossiers(reference)
const municipalities = municipalityDossiers(reference)

function project(dossier: GeneratedDossier): Project {
  const read = sourceFromString(dossier.name, dossier.text)
  if (!read.source) throw new Error(`${dossier.name}: ${read.problems.map((p) => p.message).join('; ')}`)
  const loaded = projectFromText(read.source)
  if (!loaded.project) throw new Error(`${dossier.name}: ${loaded.problems.map((p) => p.message).join('; ')}`)
  return loaded.project
}

function errorsOf(dossier: GeneratedDossier): string[] {
  return checkDossier(project(dossier)).filter((p) => p.severity === 'error').map((p) => `${dossier.name}: ${p.code} ${p.message}`)
}

const hasDispute = (d: GeneratedDossier) => /^geschil:/m.test(d.text)

describe('whole-country test dossiers', () => {
  it('yields 42 region and 342 gemeente dossiers with unique names', () => {
    expect(regions).toHaveLength(42)
    expect(municipalities).toHaveLength(342)
    const names = [...regions, ...municipalities].map((d) => d.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^(regio-jz\d{2}|gemeente-gm\d{4})-[a-z0-9-]+\.yaml$/)
  })

  it('puts every gemeente in exactly one region, keeps the worked regions and marks the rest as synthetic', () => {
    const assigned = assignRegions(reference)
    const all = assigned.flatMap((r) => r.gemeenten)
    expect(all).toHaveLength(342)
    expect(new Set(all).size).toBe(342)
    const jz18 = assigned.find((r) => r.code === 'JZ18')!
    expect(jz18.gemeenten).toHaveLength(13)
    expect(jz18.synthetic).toBe(false)
    expect(assigned.filter((r) => r.synthetic)).toHaveLength(37)
    for (const r of assigned) expect(r.gemeenten.length).toBeGreaterThan(0)
    const synthetic = regions.find((d) => d.name.startsWith('regio-jz01-'))!
    expect(synthetic.text).toMatch(/^# LET OP: .*SYNTHETISCHE TESTDATA/m)
    expect(regions.find((d) => d.name.startsWith('regio-jz18-'))!.text).not.toMatch(/SYNTHETISCHE/)
  })

  it('has a dispute in about one in five dossiers', () => {
    const share = [...regions, ...municipalities].filter(hasDispute).length / 384
    expect(share).toBeGreaterThan(0.1)
    expect(share).toBeLessThan(0.3)
  })

  it('gives byte-identical text when generated twice', () => {
    expect(regionDossiers(loadCountryReference())).toEqual(regions)
    expect(municipalityDossiers(loadCountryReference())).toEqual(municipalities)
  })

  // Six regions (JZ18 with 13 gemeenten, a synthetic one, one with a dispute) and ten gemeenten
  // (spread over the GM codes, with a dispute and a gemeente formed after 2015 among them).
  const disputeRegion = regions.find((d) => hasDispute(d) && !d.name.startsWith('regio-jz18-'))!
  const regionSample = [...new Set([
    ...['jz01', 'jz03', 'jz18', 'jz41', 'jz43'].map((code) => regions.find((d) => d.name.startsWith(`regio-${code}-`))!),
    disputeRegion,
  ])]
  const disputeMunicipality = municipalities.find(hasDispute)!
  const postSwv = municipalities.find((d) => d.text.includes('geen SWV'))!
  const municipalitySample = [...new Set([
    ...Array.from({ length: 8 }, (_, i) => municipalities[i * 42]!),
    disputeMunicipality,
    postSwv,
  ])]

  it('the sample of regions passes checkDossier without errors (and without warnings)', () => {
    expect(regionSample.length).toBeGreaterThanOrEqual(6)
    expect(regionSample.some(hasDispute)).toBe(true)
    for (const dossier of regionSample) {
      const problems = checkDossier(project(dossier))
      expect(problems.filter((p) => p.severity === 'error').map((p) => p.message), dossier.name).toEqual([])
      expect(problems.filter((p) => p.code === 'regel/GC-MOTIVERING-PER-GEMEENTE'), dossier.name).toEqual([])
    }
    expect(project(regionSample.find((d) => d.name.startsWith('regio-jz18-'))!).dossier.data).toMatchObject({ partijen: { gemeenten: { length: 13 } } })
  })

  it('the sample of gemeenten passes checkDossier without errors', () => {
    expect(municipalitySample.length).toBeGreaterThanOrEqual(10)
    expect(municipalitySample.flatMap(errorsOf)).toEqual([])
  })

  it('assembles two of them in text mode', async () => {
    for (const dossier of [disputeRegion, municipalities[0]!]) {
      const result = await assemble(project(dossier), { ...defaultOptions, emit: 'text' })
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
      const kinds = new Set(result.documents.map((d) => d.kind))
      expect(kinds).toContain('overeenkomst')
      expect(kinds).toContain('uitnodiging')
      expect(kinds).toContain('verslag')
      if (hasDispute(dossier)) expect(kinds).toContain('motivering')
      expect(result.documents.find((d) => d.kind === 'overeenkomst')!.text).toContain(dossier === disputeRegion ? 'Samenwerkingsverband' : 'gemeente')
    }
  })
})
