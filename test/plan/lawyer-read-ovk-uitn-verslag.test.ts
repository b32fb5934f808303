/**
 * A second lawyer's read of the overeenkomst, uitnodiging and verslag (issue 11):
 * - an SWV whose name is no noun phrase ("Unita") and whose rechtsvorm the dossier gives is "de vereniging Unita" in
 *   every one of these documents, and its partijblok does not repeat "samenwerkingsverband" and the rechtsvorm;
 * - the evaluation article speaks of one gemeenteraad when one gemeente is party;
 * - the invitation to a bijzondere vergadering does not call OOGO-status a notion of the Jeugdwet (it is the
 *   overeenkomst's term): the meeting is part of the OOGO meant in art. 2.2 lid 3.
 */
import { describe, expect, it } from 'vitest'
import { assembleFixture } from '../support/fixtures.ts'
import { assembleText, sampleWith } from '../support/helpers.ts'

const plain = (text: string) => text.replaceAll('\u00A0', ' ')

/** The sample with the SWV VO renamed "Unita", a vereniging. */
const unitaText = sampleWith(
  ['naam: Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland', 'naam: Unita\n      rechtsvorm: vereniging'],
)

async function texts(text: string, options: Record<string, unknown>): Promise<string[]> {
  const result = await assembleText(text, { emit: 'text' as const, ...options })
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  return result.documents.map((d) => plain(d.text))
}

describe('an SWV named by a name that is no noun phrase, with its rechtsvorm', () => {
  it('is "de vereniging Unita" in the partijblok, without the rechtsvorm twice', async () => {
    const [agreement] = await texts(unitaText, { documents: ['overeenkomst'] })
    const block = agreement!.split('\n').find((line) => line.includes('**de vereniging Unita**'))
    expect(block).toBe('1. **de vereniging Unita**, samenwerkingsverband als bedoeld in artikel 2.47 van de Wet voortgezet onderwijs 2020 '
      + 'met code VO2701, kantoorhoudende aan Middenweg 18, 1782 BG Den Helder, te dezen rechtsgeldig vertegenwoordigd door '
      + 'L. Dekker MBA, voorzitter college van bestuur;')
  })

  it('is "de vereniging Unita" in the invitation and the minutes too', async () => {
    const [letter] = await texts(unitaText, { documents: ['uitnodiging'], meetings: ['2026-04-oogo'], parties: ['swv-vo-kop'] })
    expect(letter).toContain('nodig ik u als lid van de overlegcommissie namens de vereniging Unita uit voor de vergadering met OOGO-status')
    expect(letter).toContain('Ook kan de vereniging Unita zich in de vergadering door een ander laten vertegenwoordigen;')
    const [minutes] = await texts(unitaText, { documents: ['verslag'], meetings: ['2026-04-oogo'] })
    expect(minutes).toContain('**Aanwezig namens de vereniging Unita:** L. Dekker MBA (voorzitter college van bestuur); K. Smit (beleidsmedewerker)')
  })

  it('without a rechtsvorm stays "het samenwerkingsverband Unita"', async () => {
    const text = sampleWith(['naam: Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland', 'naam: Unita'])
    const [minutes] = await texts(text, { documents: ['verslag'], meetings: ['2026-04-oogo'] })
    expect(minutes).toContain('**Aanwezig namens het samenwerkingsverband Unita:**')
  })
})

describe('the overeenkomst of one gemeente', () => {
  it('evaluates after the gemeenteraad (singular) has adopted the jeugdplan', async () => {
    const result = await assembleFixture('haarlemmermeer-geschil', { documents: ['overeenkomst'], emit: 'text' })
    const line = plain(result.documents[0]!.text).split('\n').find((l) => l.includes('Partijen evalueren'))
    expect(line).toBe('1. {#evaluatie-moment} Partijen evalueren de werking van deze overeenkomst en van het OOGO in de overlegcommissie, '
      + 'in ieder geval nadat de gemeenteraad het jeugdplan heeft vastgesteld en voordat het overleg over het concept van een volgend '
      + 'jeugdplan begint.')
  })

  it('of several gemeenten evaluates after the gemeenteraden (plural)', async () => {
    const [agreement] = await texts(sampleWith(), { documents: ['overeenkomst'] })
    expect(agreement).toContain('in ieder geval nadat de gemeenteraden het jeugdplan hebben vastgesteld en voordat het overleg')
  })
})

describe('the invitation to a bijzondere vergadering', () => {
  it('places the meeting in the OOGO of art. 2.2 lid 3 Jeugdwet, without calling OOGO-status a statutory notion', async () => {
    const [letter] = await texts(sampleWith(), { documents: ['uitnodiging'], meetings: ['2026-05-bijzonder'], parties: ['texel'] })
    const line = letter!.split('\n').find((l) => l.startsWith('**Deze vergadering is de bijzondere vergadering'))
    expect(line).toBe('**Deze vergadering is de bijzondere vergadering over het geschil met als onderwerp ‘Bekostiging van de '
      + 'jeugdhulpcomponent van onderwijszorgarrangementen’, dat is ontstaan in de vergadering van 9 april 2026 bij het agendapunt '
      + '‘Onderwijszorgarrangementen voor thuiszitters’. Zij wordt gehouden om mogelijke alternatieven te bespreken en gezamenlijk '
      + 'het onderwerp en de inhoud van het geschil te concretiseren. Zij heeft OOGO-status: zij maakt deel uit van het op '
      + 'overeenstemming gericht overleg over het concept jeugdplan, bedoeld in artikel 2.2, derde lid, van de Jeugdwet.**')
    expect(letter).not.toContain('in de zin van artikel 2.2')
  })
})

describe('the verslag', () => {
  it('is signed in a table with a column "Handtekening", one row per signatory, so each has room to sign', async () => {
    const [minutes] = await texts(sampleWith(), { documents: ['verslag'], meetings: ['2026-04-oogo'] })
    expect(minutes!.slice(minutes!.indexOf('## Vaststelling')).trim()).toBe([
      '## Vaststelling {-}',
      '',
      'Vastgesteld in de vergadering van de Overlegcommissie OOGO Kop van Noord-Holland van \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_.',
      '',
      '| Hoedanigheid | Naam | Handtekening |',
      '|----------|----------|------------|',
      '| De voorzitter | S. Visser-Bakker |  |',
      '| De secretaris | R. Molenaar |  |',
    ].join('\n'))
  })
})
