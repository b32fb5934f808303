/**
 * The Dutch words for the dossier's closed lists, as documents print them.
 */
import type { Besluit, Grondslag, Thema, Uitkomst, VergaderSoort, VerzoekSoort } from '../model/dossier.ts'

export const themeLabels: Record<Thema, string> = {
  'preventie-en-toegang': 'Preventie en toegang',
  'integraal-arrangeren': 'Integraal arrangeren',
  overgangen: 'Overgangen',
  hoe: 'Hoe? (voorbereiding van het OOGO)',
  voorwaarden: 'Voorwaarden',
  overig: 'Overig',
}

/** The order of the themes (Wegwijzer §5.7, then "overig"). */
export const themeOrder: readonly Thema[] = ['preventie-en-toegang', 'integraal-arrangeren', 'overgangen', 'hoe', 'voorwaarden', 'overig']

export const basisLabels: Record<Grondslag, string> = {
  jeugd: 'jeugdplan, art. 2.2 Jeugdwet',
  'ondersteuningsplan-po': 'ondersteuningsplan PO, art. 18a WPO',
  'ondersteuningsplan-vo': 'ondersteuningsplan VO, art. 2.47 WVO 2020',
}

export const outcomeLabels: Record<Uitkomst, string> = {
  overeenstemming: 'overeenstemming bereikt',
  'geen-overeenstemming': 'geen overeenstemming bereikt',
  aangehouden: 'aangehouden',
  kennisgenomen: 'voor kennisgeving aangenomen',
}

export const meetingLabels: Record<VergaderSoort, string> = {
  oogo: 'vergadering met OOGO-status',
  algemeen: 'algemeen overleg',
  bijzonder: 'bijzondere vergadering',
}

export const decisionLabels: Record<Besluit, string> = {
  overnemen: 'overnemen',
  'deels-overnemen': 'deels overnemen',
  'niet-overnemen': 'niet overnemen',
}

export const requestLabels: Record<VerzoekSoort, string> = {
  advies: 'advies',
  bemiddeling: 'bemiddeling',
  'bindend-advies': 'bindend advies',
  arbitrage: 'arbitrage',
}
