import type { Finding, Rule } from './types.ts'

const refused = { 'bindend-advies': 'bindend advies', arbitrage: 'arbitrage' } as Record<string, string>
const reason = 'De Geschillencommissie oogo-jeugdplan geeft in het OOGO jeugd alleen een niet-bindend advies of bemiddelt; bindend advies en arbitrage bestaan alleen voor het OOGO over het ondersteuningsplan.'

/** B-05: in the OOGO jeugd only advies or bemiddeling can be asked. */
export const gcAdviesOfBemiddeling: Rule = {
  id: 'GC-ADVIES-OF-BEMIDDELING',
  level: 'B',
  severity: 'fout',
  basis: 'procedure Geschillencommissie oogo-jeugdplan; Wegwijzer OOGO jeugd §2.2 ("Adviezen zijn niet bindend")',
  title: 'Een verzoek in het OOGO jeugd is een verzoek om advies of om bemiddeling, nooit om bindend advies of arbitrage.',
  check({ dossier }) {
    const findings: Finding[] = []
    const soort = dossier.geschil?.verzoek?.soort
    if (soort && refused[soort]) {
      findings.push({ path: ['geschil', 'verzoek', 'soort'], message: `Een verzoek om ${refused[soort]} is in het OOGO jeugd niet mogelijk. ${reason}`, suggestion: 'Kies `advies` of `bemiddeling`.' })
    }
    ;(dossier.geschillenregeling?.verzoek_soorten ?? []).forEach((s, i) => {
      if (refused[s]) findings.push({ path: ['geschillenregeling', 'verzoek_soorten', i], message: `De geschillenregeling kan voor het OOGO jeugd geen ${refused[s]} toestaan. ${reason}`, suggestion: 'Laat alleen `advies` en/of `bemiddeling` staan; regel bindend advies of arbitrage voor het ondersteuningsplan onder `geschillenregeling.ondersteuningsplan`.' })
    })
    return findings
  },
}
