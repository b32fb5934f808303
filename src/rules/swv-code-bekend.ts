import { normalizeSwvCode } from '../text/swv-code.ts'
import type { Finding, Rule } from './types.ts'

const stand = 'volgens de SWV-indeling van 2015 (testgegevens, mogelijk verouderd)'

/**
 * C-08 (SWV's): each SWV code is known, agrees with the SWV's sector, and covers the gemeenten
 * listed for it, all according to the 2015 state of the Regeling regio-indeling.
 */
export const swvCodeBekend: Rule = {
  id: 'SWV-CODE-BEKEND',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO (BWBR0032324), stand 2015',
  title: 'Elke SWV-code bestaat, past bij de sector en hoort bij de gemeenten die het samenwerkingsverband bedient (SWV-indeling van 2015).',
  check({ dossier, reference }) {
    const { municipalities, swvCodes } = reference()
    const byId = new Map(dossier.partijen.gemeenten.map((g) => [g.id, g]))
    return dossier.partijen.samenwerkingsverbanden.flatMap((swv, i): Finding[] => {
      const code = normalizeSwvCode(swv.code)
      const path = ['partijen', 'samenwerkingsverbanden', i]
      const prefix = code.slice(0, 2).toLowerCase()
      const listed = (gmCode: string) => {
        const known = municipalities.get(gmCode)
        return known ? (prefix === 'po' ? known.po : known.vo) : []
      }
      if (!swvCodes.has(code)) {
        const candidates = [...new Set(swv.gemeenten.flatMap((id) => listed(byId.get(id)?.gm_code ?? '')))].sort()
        return [{
          path: [...path, 'code'],
          message: `SWV-code ${code} (${swv.naam}) komt niet voor ${stand}.`,
          suggestion: candidates.length > 0
            ? `De gemeenten van dit samenwerkingsverband vallen ${stand} onder ${joinDutch(candidates)}.`
            : 'Controleer de code bij DUO of in de Regeling regio-indeling passend onderwijs; een samenwerkingsverband dat na 2015 is ontstaan, staat niet in deze gegevens.',
        }]
      }
      const findings: Finding[] = []
      if (prefix !== swv.sector) {
        findings.push({
          path: [...path, 'code'],
          message: `${code} is ${stand} een samenwerkingsverband ${prefix.toUpperCase()}, maar ${swv.naam} heeft sector ${swv.sector}.`,
          suggestion: `Gebruik een ${swv.sector.toUpperCase()}-code, of sector: ${prefix}.`,
        })
      }
      swv.gemeenten.forEach((id, j) => {
        const gemeente = byId.get(id)
        if (!gemeente) return
        const codes = listed(gemeente.gm_code)
        if (codes.length === 0 || codes.includes(code)) return
        findings.push({
          path: [...path, 'gemeenten', j],
          message: `Gemeente ${gemeente.naam} valt ${stand} onder ${joinDutch(codes)}, niet onder ${code}.`,
          suggestion: `Ga na of ${gemeente.naam} tot het gebied van ${swv.naam} hoort; zo niet, haal ${id} weg uit de gemeenten van dit samenwerkingsverband.`,
        })
      })
      return findings
    })
  },
}

function joinDutch(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}
