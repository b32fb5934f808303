/**
 * The shared check of JW-2.2-PO-SWV and JW-2.2-VO-SWV, per sector.
 */
import type { Dossier, Sector } from '../model/dossier.ts'
import type { Finding } from './types.ts'

const sectorName = { po: 'primair onderwijs (PO)', vo: 'voortgezet onderwijs (VO)' } as const
const act = { po: 'art. 18a WPO', vo: 'art. 2.47 WVO 2020' } as const

/** an SWV of the sector takes part, and it covers every gemeente in scope. */
export function swvCoverage(dossier: Dossier, sector: Sector): Finding[] {
  const swvs = dossier.partijen.samenwerkingsverbanden.filter((s) => s.sector === sector)
  if (swvs.length === 0) {
    return [{
      path: ['partijen', 'samenwerkingsverbanden'],
      at: 'key',
      message: `Er is geen samenwerkingsverband ${sectorName[sector]} als partij; het OOGO jeugd wordt gevoerd met het samenwerkingsverband PO én het samenwerkingsverband VO.`,
      suggestion: `Voeg het samenwerkingsverband ${sector.toUpperCase()} (${act[sector]}) toe met \`sector: ${sector}\`.`,
    }]
  }
  return dossier.partijen.gemeenten.flatMap((gemeente, i) => swvs.some((s) => s.gemeenten.includes(gemeente.id)) ? [] : [{
    path: ['partijen', 'gemeenten', i, 'id'],
    message: `Gemeente ${gemeente.naam} valt onder geen enkel samenwerkingsverband ${sectorName[sector]} in dit dossier.`,
    suggestion: `Voeg \`${gemeente.id}\` toe aan \`gemeenten\` van het samenwerkingsverband ${sector.toUpperCase()} waarvan het gebied deze gemeente omvat.`,
  }])
}

