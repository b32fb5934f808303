/**
 * The verzoek and the motivering as a lawyer reads them: the copy goes to every other party, a college signs as
 * a college, the raad adopts a determinate version, decisions are participles, the raadsbesluit ends in text.
 */
import { describe, expect, it } from 'vitest'
import { deriveFacts } from '../../src/derive/index.ts'
import { documentDefinitions } from '../../src/plan/index.ts'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { renderTemplate } from '../../src/render/render-template.ts'
import type { Dossier } from '../../src/model/dossier.ts'
import { fixture } from '../support/fixtures.ts'

function documents(name: string, kind: string, draft = false): string[] {
  const { dossierFile, dossierText } = fixture(name)
  const project = projectFromText(sourceFromString(dossierFile, dossierText).source!).project!
  const dossier = project.dossier.data as Dossier
  const definition = documentDefinitions.find((d) => d.kind === kind)!
  return definition.plan(dossier, deriveFacts(dossier, project.reference), { meetings: [], parties: [] })
    // Dates keep their day and month together with a no-break space; the expectations below use plain spaces.
    .map((plan) => renderTemplate(project.templates, plan.template, plan.view, draft).text!.replace(/\u00a0/g, " "))
}

describe('verzoek', () => {
  it('sends the copy to every party that does not ask, also the SWV PO that is on neither side', () => {
    const [text] = documents('voltooid', 'verzoek')
    expect(text).toContain('Een afschrift van dit verzoek met de bijlagen is gelijktijdig gezonden aan de colleges van burgemeester en wethouders van de gemeenten Den Helder, Hollands Kroon, Schagen en Texel, en aan het Samenwerkingsverband Passend Primair Onderwijs Kop van Noord-Holland.')
    expect(text).toContain('## Andere partij bij het OOGO {-}')
    expect(text).toContain('Aan de Geschillencommissie oogo-jeugdplan\\\nPostbus 85191\\\n3508 AD Utrecht\\\ninfo@onderwijsgeschillen.nl')
    expect(text).toContain('1. Overeenkomst OOGO jeugd Kop van Noord-Holland 2026 van 15 januari 2026, met de procedure voor het OOGO')
    expect(text).toContain('- de raad van de gemeente Hollands Kroon: 1 oktober 2026;')
  })

  it('a college asks as a college: the secretaris and the burgemeester sign', () => {
    const [text] = documents('haarlemmermeer-geschil', 'verzoek')
    expect(text!.slice(text!.indexOf('## Ondertekening')).trimEnd()).toBe([
      '## Ondertekening {-}', '', 'Hoofddorp, 10 juni 2026', '', 'Burgemeester en wethouders van Haarlemmermeer,', '', 'de secretaris,', '',
      '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_', '', 'de burgemeester,', '',
      '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_',
    ].join('\n'))
    expect(documents('haarlemmermeer-geschil', 'verzoek', true)[0]).toContain('[aanvullen: naam van de burgemeester (burgemeester)]')
  })
})

describe('motivering', () => {
  it('adopts a determinate version and names the change per recommendation', () => {
    const [denHelder] = documents('voltooid', 'motivering')
    expect(denHelder).toContain('vast te stellen in de versie van 25 augustus 2026 die als bijlage 2 bij het voorstel van het college is gevoegd.')
    expect(denHelder).toContain('- Aanbeveling 3 (gedeeltelijk overgenomen): Paragraaf 5.3 van het jeugdplan noemt één regionale functionaris met doorzettingsmacht.')
    expect(denHelder).toContain('| 3 | Wijs per gemeente een functionaris met doorzettingsmacht aan voor vastgelopen situaties. | gedeeltelijk overgenomen |')
    expect(denHelder).toContain('Dat voorstel legt de versie van 1 september 2026 voor, een andere versie dan dit voorstel: de raden stellen dus niet dezelfde tekst vast.')
    expect(denHelder).toContain('## Visie van het Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland {-}')
    expect(denHelder!.trimEnd().endsWith('De raad voornoemd,\n\nde griffier,\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\nde voorzitter,\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\\nmr. J. Jansen')).toBe(true)
  })

  it('without a recorded version the dictum still names the attached one', () => {
    const [text] = documents('haarlemmermeer-geschil', 'motivering')
    expect(text).toContain('vast te stellen in de versie die als bijlage 2 bij het voorstel van het college is gevoegd.')
    expect(text).toContain('Het jeugdplan is een plan van de gemeente Haarlemmermeer alleen;')
    expect(text).not.toContain('aanvullen')
  })
})
