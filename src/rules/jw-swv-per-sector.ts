import type { Dossier, Sector } from '../model/dossier.ts'
import type { Finding, Rule } from './types.ts'

const sectorName = { po: 'primair onderwijs (PO)', vo: 'voortgezet onderwijs (VO)' } as const
const act = { po: 'art. 18a WPO', vo: 'art. 2.47 WVO 2020' } as const

/** an SWV of the sector takes part, and it covers every gemeente in scope. */
function check(dossier: Dossier, sector: Sector): Finding[] {
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

export const jwPoSwv: Rule = {
  id: 'JW-2.2-PO-SWV',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet jo. art. 18a WPO',
  title: 'Een samenwerkingsverband PO neemt deel, en elke gemeente valt onder een samenwerkingsverband PO van het dossier.',
  check: ({ dossier }) => check(dossier, 'po'),
}

export const jwVoSwv: Rule = {
  id: 'JW-2.2-VO-SWV',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3 Jeugdwet jo. art. 2.47 WVO 2020',
  title: 'Een samenwerkingsverband VO neemt deel, en elke gemeente valt onder een samenwerkingsverband VO van het dossier.',
  check: ({ dossier }) => check(dossier, 'vo'),
}
