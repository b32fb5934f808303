import { dutchDate } from '../text/dutch-dates.ts'
import { meetingKind } from './meeting-terms.ts'
import type { Finding, Rule } from './types.ts'

/**
 * A dispute arises in a meeting with OOGO-status (not the bijzondere vergadering itself) whose verslag records
 * "geen overeenstemming" on the disputed item; the bijzondere vergadering follows that meeting.
 */
export const gcGeschilOntstaan: Rule = {
  id: 'GC-GESCHIL-ONTSTAAN',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 ("Indien partijen geen overeenstemming bereiken", eerst een bijzondere vergadering); de overeenkomst OOGO jeugd van partijen',
  title: 'Een geschil ontstaat in een OOGO-vergadering waarvan het verslag over het agendapunt geen overeenstemming vastlegt, en de bijzondere vergadering volgt daarop.',
  check({ dossier }) {
    const dispute = dossier.geschil
    if (!dispute) return []
    const meetings = dossier.vergaderingen ?? []
    const index = meetings.findIndex((m) => m.id === dispute.ontstaan_in)
    const origin = meetings[index]
    if (!origin) return [] // an unknown id is a reference error
    const findings: Finding[] = []
    if (origin.soort !== 'oogo') {
      findings.push({ path: ['geschil', 'ontstaan_in'], message: `Het geschil ontstond volgens het dossier in de ${meetingKind[origin.soort]} van ${dutchDate(origin.datum)}. Een geschil ontstaat in een vergadering met OOGO-status (soort: oogo), niet in ${origin.soort === 'algemeen' ? 'een algemeen overleg, waarin geen overeenstemming wordt gezocht' : 'de bijzondere vergadering zelf'}.`,
        suggestion: 'Verwijs in `geschil.ontstaan_in` naar de OOGO-vergadering waarin over het agendapunt geen overeenstemming werd bereikt.' })
    } else if (origin.verslag) {
      const point = origin.verslag.punten.find((p) => p.agendapunt === dispute.agendapunt)
      if (point?.uitkomst !== 'geen-overeenstemming') {
        findings.push({ ...(point ? { path: ['vergaderingen', index, 'verslag', 'punten', origin.verslag.punten.indexOf(point), 'uitkomst'] } : { path: ['vergaderingen', index, 'verslag', 'punten'], at: 'key' as const }),
          message: `Het verslag van de OOGO-vergadering van ${dutchDate(origin.datum)}, waarin het geschil ontstond, legt over het agendapunt van het geschil (\`${dispute.agendapunt}\`) ${point ? `niet "geen overeenstemming" vast maar "${point.uitkomst}"` : 'niets vast'}.`,
          suggestion: 'Leg in het verslag `uitkomst: geen-overeenstemming` vast voor dat agendapunt, of controleer `geschil.ontstaan_in` en `geschil.agendapunt`.' })
      }
    }
    const specialIndex = meetings.findIndex((m) => m.id === dispute.bijzondere_vergadering)
    const special = meetings[specialIndex]
    if (special && special.datum <= origin.datum) {
      findings.push({ path: ['vergaderingen', specialIndex, 'datum'], message: `De bijzondere vergadering van ${dutchDate(special.datum)} ligt niet na de vergadering van ${dutchDate(origin.datum)} waarin het geschil ontstond.` })
    }
    return findings
  },
}
