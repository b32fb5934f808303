import { councilFunction as council } from './party-names.ts'
import type { Rule } from './types.ts'

/** the procedure is agreed by SWV's and colleges; the raad is no party or signatory. */
export const jwRaadGeenPartij: Rule = {
  id: 'JW-2.2-RAAD-GEEN-PARTIJ',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3, tweede volzin, Jeugdwet (procedure vastgesteld door samenwerkingsverband en college)',
  title: 'De gemeenteraad is geen partij: gemeenten worden vertegenwoordigd door (een lid van) het college.',
  check({ dossier }) {
    const message = (who: string) => `${who} wijst op de gemeenteraad; de raad is geen partij bij het OOGO jeugd maar stelt het jeugdplan vast. De gemeente wordt vertegenwoordigd namens het college.`
    const suggestion = 'Vermeld de wethouder of burgemeester die het college vertegenwoordigt.'
    const forGemeente = (id: string) => dossier.partijen.gemeenten.some((g) => g.id === id)
    const secretaris = dossier.overlegcommissie.secretaris
    return [
      ...dossier.partijen.gemeenten.flatMap((g, i) => council.test(g.vertegenwoordiger.functie)
        ? [{ path: ['partijen', 'gemeenten', i, 'vertegenwoordiger', 'functie'], message: message(`De functie van de vertegenwoordiger van ${g.naam} (${g.vertegenwoordiger.functie})`), suggestion }] : []),
      ...(dossier.overlegcommissie.leden ?? []).flatMap((l, i) => council.test(l.functie) && forGemeente(l.namens)
        ? [{ path: ['overlegcommissie', 'leden', i, 'functie'], message: message(`De functie van commissielid ${l.naam} (${l.functie})`), suggestion }] : []),
      ...(council.test(secretaris.functie) && forGemeente(secretaris.namens)
        ? [{ path: ['overlegcommissie', 'secretaris', 'functie'], message: message(`De functie van secretaris ${secretaris.naam} (${secretaris.functie})`), suggestion: 'Vermeld een medewerker van het college als secretaris.' }] : []),
    ]
  },
}
