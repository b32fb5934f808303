import { dutchDate } from '../text/dutch-dates.ts'
import type { Rule } from './types.ts'

/** The Commissie gives an advies only when asked for one: a request for bemiddeling is answered with bemiddeling. */
export const gcAdviesNaVerzoek: Rule = {
  id: 'GC-ADVIES-NA-VERZOEK',
  level: 'B',
  severity: 'fout',
  basis: 'procedure Geschillencommissie oogo-jeugdplan (het verzoekschrift vermeldt of om advies of om bemiddeling wordt gevraagd; een advies volgt op een verzoek om advies)',
  title: 'Een advies van de Geschillencommissie volgt op een verzoek om advies, niet op een verzoek om bemiddeling of zonder verzoek.',
  check({ dossier }) {
    const dispute = dossier.geschil
    if (!dispute?.advies) return []
    if (!dispute.verzoek) {
      return [{ path: ['geschil', 'advies'], at: 'key', message: `Het dossier bevat een advies van de Geschillencommissie van ${dutchDate(dispute.advies.datum)}, maar geen verzoek: de Commissie adviseert alleen op een verzoek om advies.`,
        suggestion: 'Voeg het verzoek toe onder `geschil.verzoek` met `soort: advies`.' }]
    }
    // Bindend advies and arbitrage are refused by GC-ADVIES-OF-BEMIDDELING already; one error per fault.
    if (dispute.verzoek.soort !== 'bemiddeling') return []
    return [{ path: ['geschil', 'verzoek', 'soort'], message: `Het verzoek van ${dutchDate(dispute.verzoek.datum)} is een verzoek om bemiddeling, maar het dossier bevat een advies van ${dutchDate(dispute.advies.datum)}: een advies volgt alleen op een verzoek om advies.`,
      suggestion: 'Vermeld `soort: advies` als om advies is gevraagd; leg de uitkomst van bemiddeling vast in het verslag van de volgende vergadering en verwijder `geschil.advies`.' }]
  },
}
