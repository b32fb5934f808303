import { normalizeSwvCode } from '../text/swv-code.ts'
import type { Rule } from './types.ts'

/**
 * C-07: at the scale of the jeugdhulpregio every SWV with territory in the region takes part.
 * "Territory" comes from the reference data (2015 state); gemeenten it does not know, or knows
 * without SWV's (formed after 2015), are skipped: CBS-GEMEENTE reports unknown codes.
 */
export const prSwvInRegio: Rule = {
  id: 'PR-SWV-IN-REGIO',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'Wegwijzer OOGO jeugd §3.3 en checklist punt 5; SWV-indeling stand 2015',
  title: 'Op de schaal van de jeugdhulpregio is elk samenwerkingsverband PO en VO van de gemeenten in het dossier partij (SWV-indeling van 2015).',
  check({ dossier, reference }) {
    if (dossier.dossier.schaal !== 'jeugdhulpregio') return []
    const { municipalities } = reference()
    const parties = new Set(dossier.partijen.samenwerkingsverbanden.map((s) => normalizeSwvCode(s.code)))
    const served = new Map<string, { naam: string; id: string }[]>()
    for (const gemeente of dossier.partijen.gemeenten) {
      const known = municipalities.get(gemeente.gm_code)
      if (!known) continue
      for (const code of [...known.po, ...known.vo]) {
        const list = served.get(code) ?? []
        if (!list.some((g) => g.id === gemeente.id)) list.push({ naam: gemeente.naam, id: gemeente.id })
        served.set(code, list)
      }
    }
    return [...served.keys()].filter((code) => !parties.has(code)).sort().map((code) => {
      const gemeenten = served.get(code)!
      const sector = code.slice(0, 2).toLowerCase()
      return {
        path: ['partijen', 'samenwerkingsverbanden'],
        at: 'key' as const,
        message: `Samenwerkingsverband ${code} is geen partij, maar bedient volgens de SWV-indeling van 2015 (mogelijk verouderd) ${gemeenten.length === 1 ? 'gemeente' : 'de gemeenten'} ${joinDutch(gemeenten.map((g) => g.naam))}. Op de schaal van de jeugdhulpregio neemt elk samenwerkingsverband in de regio deel.`,
        suggestion: `Voeg samenwerkingsverband ${code} toe als partij (sector: ${sector}, gemeenten: [${gemeenten.map((g) => g.id).join(', ')}]), of ga na of de indeling sinds 2015 is gewijzigd.`,
      }
    })
  },
}

function joinDutch(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}
