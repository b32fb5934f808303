/**
 * The registry of rules, in the order reports list them: level A (statute), B (Geschillencommissie
 * procedure and the agreed procedure), C (practice). Adding a rule is adding a file and a line here.
 */
import { cbsGemeente } from './cbs-gemeente.ts'
import { cbsJeugdregio } from './cbs-jeugdregio.ts'
import { gcAdviesOfBemiddeling } from './gc-advies-of-bemiddeling.ts'
import { gcAdviesVierWeken } from './gc-advies-vier-weken.ts'
import { gcBijzondereVergadering } from './gc-bijzondere-vergadering.ts'
import { gcCommissie } from './gc-commissie.ts'
import { gcCommissieSamenstelling } from './gc-commissie-samenstelling.ts'
import { gcMotiveringNaAdvies } from './gc-motivering-na-advies.ts'
import { gcMotiveringPerGemeente } from './gc-motivering-per-gemeente.ts'
import { gcMotiveringVolledig } from './gc-motivering-volledig.ts'
import { gcNietBindend } from './gc-niet-bindend.ts'
import { gcVerzoekers } from './gc-verzoekers.ts'
import { gcVerzoekschrift } from './gc-verzoekschrift.ts'
import { gcVisieSwv } from './gc-visie-swv.ts'
import { jwGeschillenregeling } from './jw-geschillenregeling.ts'
import { jwOnderwijs } from './jw-onderwijs.ts'
import { jwOogoOverConcept } from './jw-oogo-over-concept.ts'
import { jwOogoGepland } from './jw-oogo-gepland.ts'
import { jwOogoVoorVaststelling } from './jw-oogo-voor-vaststelling.ts'
import { jwPoSwv } from './jw-po-swv.ts'
import { jwRaadGeenPartij } from './jw-raad-geen-partij.ts'
import { jwVoSwv } from './jw-vo-swv.ts'
import { ovkBijzondereVergaderingTermijn } from './ovk-bijzondere-vergadering-termijn.ts'
import { ovkVerzoekSoort } from './ovk-verzoek-soort.ts'
import { prGrondslagPerPunt } from './pr-grondslag-per-punt.ts'
import { prOogoTijdig } from './pr-oogo-tijdig.ts'
import { prStukkenTermijn } from './pr-stukken-termijn.ts'
import { prSwvInRegio } from './pr-swv-in-regio.ts'
import { prUitnodigingTermijn } from './pr-uitnodiging-termijn.ts'
import { prVergaderingenPerJaar } from './pr-vergaderingen-per-jaar.ts'
import { swvCodeBekend } from './swv-code-bekend.ts'
import { gcAdviesNaVerzoek } from './gc-advies-na-verzoek.ts'
import { gcGeschilOntstaan } from './gc-geschil-ontstaan.ts'
import { gcRaadNaAdvies } from './gc-raad-na-advies.ts'
import { gcUitnodigingVooraf } from './gc-uitnodiging-vooraf.ts'
import { gwMachtiging } from './gw-machtiging.ts'
import { jwProcedureVooraf } from './jw-procedure-vooraf.ts'
import { ovkOvereenstemmingAanwezig } from './ovk-overeenstemming-aanwezig.ts'
import { ovkVerslag } from './ovk-verslag.ts'
import { prAfronding } from './pr-afronding.ts'
import { wvoMboBevoegdGezag } from './wvo-mbo-bevoegd-gezag.ts'
import { wvoMboUitgenodigd } from './wvo-mbo-uitgenodigd.ts'
import type { Rule } from './types.ts'
import { wvoMbo } from './wvo-mbo.ts'

export const rules: readonly Rule[] = [
  // A: statute
  jwGeschillenregeling, jwPoSwv, jwVoSwv, jwOogoVoorVaststelling, jwOogoGepland, jwOogoOverConcept, jwProcedureVooraf, jwRaadGeenPartij, jwOnderwijs, wvoMbo,
  wvoMboUitgenodigd, wvoMboBevoegdGezag, gwMachtiging,
  // B: the Geschillencommissie's procedure and the procedure the parties agreed
  gcCommissieSamenstelling, gcUitnodigingVooraf, ovkOvereenstemmingAanwezig, ovkVerslag, gcGeschilOntstaan, gcBijzondereVergadering, ovkBijzondereVergaderingTermijn, gcVerzoekers, gcAdviesOfBemiddeling,
  gcAdviesNaVerzoek, ovkVerzoekSoort, gcVerzoekschrift, gcAdviesVierWeken, gcNietBindend, gcMotiveringVolledig, gcVisieSwv, gcMotiveringPerGemeente, gcMotiveringNaAdvies, gcRaadNaAdvies, gcCommissie,
  // C: practice (configurable)
  prUitnodigingTermijn, prStukkenTermijn, prOogoTijdig, prGrondslagPerPunt, prVergaderingenPerJaar, prSwvInRegio, cbsGemeente, cbsJeugdregio, swvCodeBekend, prAfronding,
]

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id)
}

export type { Finding, Level, Rule, RuleContext, RuleSeverity } from './types.ts'
