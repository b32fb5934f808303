import type { ReferenceMunicipality } from '../model/reference-data.ts'
import type { Finding, Rule } from './types.ts'
import { comparableName } from '../text/names.ts'

/** C-08 (gemeenten): each gm_code is in the CBS list of 2025 and the naam is its CBS name. */
export const cbsGemeente: Rule = {
  id: 'CBS-GEMEENTE',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'CBS-gebiedsindeling 2025',
  title: 'Elke gemeente heeft een CBS-code uit de gebiedsindeling 2025 en de naam die het CBS bij die code voert.',
  check({ dossier, reference }) {
    const { municipalities } = reference()
    return dossier.partijen.gemeenten.flatMap((gemeente, i): Finding[] => {
      const known = municipalities.get(gemeente.gm_code)
      if (known && comparableName(known.naam) === comparableName(gemeente.naam)) return [] // the usual case: no search
      const name = comparableName(gemeente.naam)
      const sameName = [...municipalities.values()].filter((m) => comparableName(m.naam) === name)
      if (!known) {
        return [{
          path: ['partijen', 'gemeenten', i, 'gm_code'],
          message: `${gemeente.gm_code} (gemeente ${gemeente.naam}) staat niet in de CBS-gebiedsindeling 2025.`,
          suggestion: sameName.length > 0
            ? `Bedoelde u ${alternatives(sameName)}?`
            : 'Zoek de gemeentecode op in de CBS-gebiedsindeling 2025 (GM gevolgd door vier cijfers); bij een herindeling heeft de nieuwe gemeente een nieuwe code.',
        }]
      }
      const elsewhere = sameName.filter((m) => m.code !== known.code)
      return [{
        path: ['partijen', 'gemeenten', i, 'naam'],
        message: `De naam "${gemeente.naam}" wijkt af van de naam die het CBS (gebiedsindeling 2025) bij ${known.code} voert: "${known.naam}".`
          + (elsewhere.length > 0 ? ` "${gemeente.naam}" is bij het CBS ${alternatives(elsewhere)}.` : ''),
        suggestion: elsewhere.length > 0
          ? `Gebruik naam: ${known.naam}, of gm_code ${elsewhere.map((m) => m.code).join(' of ')} als ${gemeente.naam} bedoeld is.`
          : `Gebruik naam: ${known.naam}`,
      }]
    })
  },
}

function alternatives(found: ReferenceMunicipality[]): string {
  return found.map((m) => `${m.code} (${m.naam})`).join(' of ')
}
