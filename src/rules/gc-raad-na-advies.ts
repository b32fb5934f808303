import { dutchDate } from '../text/dutch-dates.ts'
import type { Finding, Rule } from './types.ts'

/**
 * B-12: once a gemeente's dispute is before the Geschillencommissie for advice, its raad adopts the jeugdplan only
 * after the advice, and after its college's motivering (the college offers advies, motivering and concept together).
 * A raad that adopted before the verzoek is not concerned.
 */
export const gcRaadNaAdvies: Rule = {
  id: 'GC-RAAD-NA-ADVIES',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 (het college "biedt het advies, de motivering en het concept jeugdplan aan de gemeenteraad aan"); procedure Geschillencommissie oogo-jeugdplan',
  title: 'Na een verzoek om advies behandelt de raad het jeugdplan pas na het advies en na de motivering van zijn college.',
  check({ dossier }) {
    const request = dossier.geschil?.verzoek
    if (!request || request.soort !== 'advies') return []
    const advice = dossier.geschil?.advies
    const findings: Finding[] = []
    dossier.partijen.gemeenten.forEach((g, i) => {
      const raad = g.raadsbehandeling_jeugdplan
      if (!raad || raad < request.datum) return
      const path = ['partijen', 'gemeenten', i, 'raadsbehandeling_jeugdplan']
      const motivering = (dossier.motiveringen ?? []).find((m) => m.gemeente === g.id)
      if (!advice) {
        findings.push({ path, message: `De raad van ${g.naam} behandelt het jeugdplan op ${dutchDate(raad)}, maar op het verzoek om advies van ${dutchDate(request.datum)} is nog geen advies in het dossier: het college biedt de raad het advies, zijn motivering en het concept jeugdplan samen aan.`,
          suggestion: 'Voeg het advies toe (`geschil.advies`) zodra het er is, of verschuif de raadsbehandeling.' })
      } else if (raad < advice.datum) {
        findings.push({ path, message: `De raad van ${g.naam} behandelt het jeugdplan op ${dutchDate(raad)}, vóór het advies van de Geschillencommissie van ${dutchDate(advice.datum)}.`,
          suggestion: 'Verschuif de raadsbehandeling tot na het advies en de motivering van het college.' })
      } else if (motivering && raad < motivering.raadsvergadering) {
        findings.push({ path, message: `De raad van ${g.naam} behandelt het jeugdplan op ${dutchDate(raad)}, vóór de raadsvergadering van ${dutchDate(motivering.raadsvergadering)} waarin het college zijn motivering bij het advies aanbiedt.`,
          suggestion: 'Behandel het jeugdplan in of na de raadsvergadering van de motivering, of pas `raadsvergadering` van de motivering aan.' })
      }
    })
    return findings
  },
}
