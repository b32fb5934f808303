/**
 * The second lawyer's read of the verzoek, the motivering and the bijlage: the same facts in all three (the
 * version of the jeugdplan the raad gets, whether the raad hears the SWV's view), a college that takes over no
 * recommendation does not follow the Commissie "niet volledig", one raad date is a sentence rather than a list,
 * and a list of names that ends in "Kaag en Braassem" shows where it ends. In process: built-in templates, real views.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deriveFacts } from '../../src/derive/index.ts'
import { list } from '../../src/derive/request.ts'
import { builtInTemplatesDir, loadTemplates } from '../../src/load/load-project.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import type { ReferenceData } from '../../src/model/reference-data.ts'
import { documentDefinitions } from '../../src/plan/index.ts'
import { renderTemplate } from '../../src/render/render-template.ts'

const root = join(import.meta.dirname, '..', '..')
const read = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Dossier
const sample = read('samples/voorbeeld-dossier.yaml')
const haarlemmermeer = read('test/fixtures/haarlemmermeer-geschil/dossier.yaml')
const templates = loadTemplates(builtInTemplatesDir)
const reference = (): ReferenceData => ({ source: 'testgegevens', municipalities: new Map(), regions: new Map(), swvCodes: new Set() })

function render(dossier: Dossier, kind: string, concept = false): string[] {
  const definition = documentDefinitions.find((d) => d.kind === kind)!
  return definition.plan(dossier, deriveFacts(dossier, reference), { meetings: [], parties: [] }).map((plan) => {
    const result = renderTemplate(templates, plan.template, plan.view, concept)
    expect(result.problems).toEqual([])
    return result.text!.replace(/\u00a0/g, ' ')
  })
}

/** The sample where Den Helder's motivering names the version of 25 augustus 2026 but does not quote the SWV's view. */
function withoutQuotedView(): Dossier {
  const copy = structuredClone(sample)
  const denHelder = copy.motiveringen!.find((m) => m.gemeente === 'den-helder')!
  delete denHelder.visie_swv
  denHelder.jeugdplan_versie = '2026-08-25'
  return copy
}

describe('the same facts in the motivering and the bijlage', () => {
  it('the bijlage names the version the raad gets and says the raad hears the SWV view, as the motivering does', () => {
    const dossier = withoutQuotedView()
    const [denHelder] = render(dossier, 'motivering')
    expect(denHelder).toContain('De visie van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland op het concept jeugdplan is als bijlage 3 bij dit voorstel gevoegd en wordt bij de behandeling van het voorstel met de raad besproken.\n')
    expect(denHelder).toContain('vast te stellen in de versie van 25 augustus 2026 die als bijlage 2 bij dit voorstel is gevoegd.\n')
    const [bijlage] = render(dossier, 'bijlage-jeugdplan')
    expect(bijlage).toContain('Bij besluit van 1 september 2026 heeft het college van burgemeester en wethouders van de gemeente Den Helder het advies gedeeltelijk overgenomen. De gemeenteraad behandelt het advies, de motivering van het college en het jeugdplan (versie van 25 augustus 2026) in zijn vergadering van 24 september 2026. Het college legt de raad daarbij ook de visie van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland op het jeugdplan voor.\n')
  })

  it('asks in a concept for the view the motivering only announces as an annex', () => {
    const [concept] = render(withoutQuotedView(), 'motivering', true)
    expect(concept).toContain('met de raad besproken. [aanvullen: de visie van het samenwerkingsverband (visie_swv), of voeg haar als bijlage 3 bij]')
  })
})

describe('the motivering', () => {
  it('a college that takes over no recommendation does not follow the Commissie, and says why with the table', () => {
    const [text] = render(haarlemmermeer, 'motivering')
    expect(text).toContain("## Kanttekeningen en risico's {-}\n\nHet college volgt de Commissie niet: aanbeveling 1 is niet overgenomen; aanbeveling 2 is niet overgenomen. Het advies is niet bindend; waarom het college daarvan afwijkt, staat bij die aanbevelingen in de tabel onder ‘Argumenten’.\n")
  })

  it('a college that takes over some names the other colleges in full and what they decided differently', () => {
    const [denHelder] = render(sample, 'motivering')
    expect(denHelder).toContain('Het college volgt de Commissie niet volledig: aanbeveling 3 is gedeeltelijk overgenomen. Het advies is niet bindend; waarom het college daarvan afwijkt, staat bij de aanbeveling in de tabel onder ‘Argumenten’.')
    expect(denHelder).toContain('Het college van burgemeester en wethouders van de gemeente Texel heeft niet over alle aanbevelingen hetzelfde besloten als dit college (voorstel aan de raad voor de vergadering van 5 oktober 2026): aanbeveling 1 is daar niet overgenomen (hier: overgenomen); aanbeveling 3 is daar overgenomen (hier: gedeeltelijk overgenomen).')
    expect(denHelder).toContain('- Van het college van burgemeester en wethouders van de gemeente Hollands Kroon is nog geen voorstel aan de raad bekend; de raad behandelt het jeugdplan volgens de planning op 1 oktober 2026.')
    expect(denHelder).toContain("Dat college heeft niet over alle aanbevelingen hetzelfde besloten als dit college (zie ‘Kanttekeningen en risico's’).")
  })
})

describe('two colleges, one version, different decisions', () => {
  it('says so, and asks in a concept whether that version fits both', () => {
    const dossier = structuredClone(sample)
    for (const m of dossier.motiveringen!) m.jeugdplan_versie = '2026-09-01'
    const line = '- De raad van de gemeente Texel behandelt het voorstel van zijn college op 5 oktober 2026. Dat voorstel legt de versie van 1 september 2026 voor, dezelfde versie als dit voorstel. Toch heeft dat college niet over alle aanbevelingen hetzelfde besloten als dit college (zie ‘Kanttekeningen en risico\'s’).'
    expect(render(dossier, 'motivering')[0]).toContain(`${line}\n`)
    expect(render(dossier, 'motivering', true)[0]).toContain(`${line} [aanvullen: ga na of dezelfde versie met de besluiten van beide colleges strookt]\n`)
  })
})

describe('the verzoek', () => {
  it('one gemeente: the raad date is a sentence, or a neutral sentence when it is not known', () => {
    const [text] = render(haarlemmermeer, 'verzoek')
    expect(text).toContain("## Tijdpad van de raadsbehandeling {-}\n\nHet jeugdplan wordt vastgesteld door de raad van de gemeente Haarlemmermeer. Volgens de planning behandelt de raad het jeugdplan op 12 november 2026.\n\nVerzoeker verzoekt")
    const unknown = structuredClone(haarlemmermeer)
    delete unknown.partijen.gemeenten[0]!.raadsbehandeling_jeugdplan
    expect(render(unknown, 'verzoek')[0]).toContain('Het jeugdplan wordt vastgesteld door de raad van de gemeente Haarlemmermeer. De datum waarop de raad het jeugdplan behandelt, is nog niet bekend.\n')
    expect(render(unknown, 'verzoek', true)[0]).toContain('is nog niet bekend. [aanvullen: datum van de raadsbehandeling (raadsbehandeling_jeugdplan)]\n')
  })
})

describe('a list of names', () => {
  it('puts a comma before the last "en" only when the last name has "en" in it', () => {
    expect(list(['Leiden', 'Alphen aan den Rijn', 'Kaag en Braassem'])).toBe('Leiden, Alphen aan den Rijn, en Kaag en Braassem')
    expect(list(['Kaag en Braassem', 'Leiden'])).toBe('Kaag en Braassem en Leiden')
    expect(list(['het college van burgemeester en wethouders van de gemeente Den Helder', 'het college van burgemeester en wethouders van de gemeente Texel']))
      .toBe('het college van burgemeester en wethouders van de gemeente Den Helder en het college van burgemeester en wethouders van de gemeente Texel')
    expect(list(['Beek'])).toBe('Beek')
  })
})
