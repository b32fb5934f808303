import type { Finding, Rule } from './types.ts'

/** C-08 (jeugdregio): the regio's code is in the CBS list of 2025 (no JZ40) and the naam is its CBS name. */
export const cbsJeugdregio: Rule = {
  id: 'CBS-JEUGDREGIO',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'CBS-gebiedsindeling 2025 (jeugdregio\'s JZ01 t/m JZ43, zonder JZ40)',
  title: 'De jeugdregio heeft een CBS-code uit de gebiedsindeling 2025 en de naam die het CBS bij die code voert.',
  check({ dossier, reference }): Finding[] {
    const regio = dossier.dossier.regio
    if (!regio) return []
    const { regions } = reference()
    const known = regions.get(regio.code)
    if (known === undefined) {
      const sameName = [...regions].filter(([, naam]) => comparable(naam) === comparable(regio.naam))
      return [{
        path: ['dossier', 'regio', 'code'],
        message: `${regio.code} (${regio.naam}) is geen jeugdregio in de CBS-gebiedsindeling 2025; die kent ${regions.size} jeugdregio's, JZ01 tot en met JZ43 zonder JZ40.`,
        suggestion: sameName.length > 0
          ? `Bedoelde u ${sameName.map(([code, naam]) => `${code} (${naam})`).join(' of ')}?`
          : 'Zoek de code van de jeugdregio op in de CBS-gebiedsindeling 2025.',
      }]
    }
    if (comparable(known) === comparable(regio.naam)) return []
    return [{
      path: ['dossier', 'regio', 'naam'],
      message: `De naam "${regio.naam}" wijkt af van de naam die het CBS (gebiedsindeling 2025) bij ${regio.code} voert: "${known}".`,
      suggestion: `Gebruik naam: ${known}`,
    }]
  },
}

function comparable(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase()
}
