import { dutchDate } from '../text/dutch-dates.ts'
import type { Finding, Rule } from './types.ts'

/** B-03: a verzoek only after a held bijzondere vergadering on the same dispute. */
export const gcBijzondereVergadering: Rule = {
  id: 'GC-BIJZONDERE-VERGADERING',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 (eerst een bijzondere vergadering die onderwerp en inhoud van het geschil concretiseert); procedure Geschillencommissie oogo-jeugdplan',
  title: 'Een verzoek volgt op een gehouden bijzondere vergadering over hetzelfde geschil waarin geen overeenstemming werd bereikt (op de dag zelf kan, na afloop).',
  check({ dossier }) {
    const dispute = dossier.geschil
    if (!dispute?.verzoek) return []
    const meetings = dossier.vergaderingen ?? []
    if (!dispute.bijzondere_vergadering) {
      return [{
        path: ['geschil'],
        at: 'key',
        message: 'Er is een verzoek aan de Geschillencommissie, maar geen bijzondere vergadering over het geschil: die gaat aan het verzoek vooraf.',
        suggestion: 'Houd eerst een bijzondere vergadering (soort: bijzonder) en vermeld haar in `geschil.bijzondere_vergadering`.',
      }]
    }
    const index = meetings.findIndex((m) => m.id === dispute.bijzondere_vergadering)
    const special = meetings[index]
    if (!special) return [] // an unknown id is a reference error
    const findings: Finding[] = []
    const path = ['vergaderingen', index] as const
    if (!special.verslag) {
      findings.push({ path: [...path, 'id'], message: `De bijzondere vergadering van ${dutchDate(special.datum)} heeft geen verslag; het verslag legt onderwerp en inhoud van het geschil vast.`,
        suggestion: 'Voeg het verslag van de bijzondere vergadering toe.' })
    } else if (!special.verslag.punten.some((p) => p.agendapunt === dispute.agendapunt)) {
      findings.push({ path: [...path, 'verslag', 'punten'], at: 'key', message: `Het verslag van de bijzondere vergadering bespreekt het agendapunt van het geschil (\`${dispute.agendapunt}\`) niet.` })
    }
    if (!special.agendapunten.includes(dispute.agendapunt)) {
      findings.push({ path: [...path, 'agendapunten'], message: `De bijzondere vergadering heeft het agendapunt van het geschil (\`${dispute.agendapunt}\`) niet op de agenda.` })
    }
    const point = special.verslag?.punten.find((p) => p.agendapunt === dispute.agendapunt)
    if (point?.uitkomst === 'overeenstemming') {
      findings.push({ path: [...path, 'verslag', 'punten', special.verslag!.punten.indexOf(point), 'uitkomst'],
        message: `In de bijzondere vergadering van ${dutchDate(special.datum)} is over het agendapunt van het geschil overeenstemming bereikt; dan is er geen geschil meer om aan de Geschillencommissie voor te leggen.`,
        suggestion: 'Verwijder `geschil.verzoek`, of controleer de uitkomst in het verslag van de bijzondere vergadering.' })
    }
    // A verzoek on the day of the bijzondere vergadering is lawful: it is made after the meeting ends.
    if (dispute.verzoek.datum < special.datum) {
      findings.push({ path: ['geschil', 'verzoek', 'datum'], message: `Het verzoek van ${dutchDate(dispute.verzoek.datum)} ligt vóór de bijzondere vergadering van ${dutchDate(special.datum)}.` })
    }
    // That the bijzondere vergadering follows the meeting where the dispute arose is rule GC-GESCHIL-ONTSTAAN.
    return findings
  },
}
