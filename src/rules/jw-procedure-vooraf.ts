import { dutchDate } from '../text/dutch-dates.ts'
import { hasOogoStatus } from './party-names.ts'
import type { Finding, Rule } from './types.ts'

/**
 * The procedure comes first: each college decides to sign (art. 160 Gemeentewet) on or before the signing, and the
 * parties sign the procedure on or before the first meeting with OOGO-status, which takes place "overeenkomstig" it.
 */
export const jwProcedureVooraf: Rule = {
  id: 'JW-2.2-PROCEDURE-VOORAF',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.2 lid 3, tweede volzin, Jeugdwet (het overleg vindt plaats overeenkomstig een procedure, vastgesteld door samenwerkingsverband en college); art. 160 lid 1 onder e Gemeentewet (het college besluit tot privaatrechtelijke rechtshandelingen)',
  title: 'Elk collegebesluit ligt op of vóór de ondertekening, en de ondertekening op of vóór de eerste vergadering met OOGO-status.',
  check({ dossier }) {
    const findings: Finding[] = []
    const signing = dossier.dossier.ondertekening?.datum
    const first = (dossier.vergaderingen ?? []).map((m, i) => ({ m, i })).filter(({ m }) => hasOogoStatus(m))
      .sort((a, b) => a.m.datum.localeCompare(b.m.datum))[0]
    dossier.partijen.gemeenten.forEach((g, i) => {
      const path = ['partijen', 'gemeenten', i, 'collegebesluit']
      if (signing && g.collegebesluit > signing) {
        findings.push({ path, message: `Het collegebesluit van ${g.naam} (${dutchDate(g.collegebesluit)}) ligt na de ondertekening van de overeenkomst op ${dutchDate(signing)}: het college besluit eerst, daarna wordt getekend.`,
          suggestion: 'Controleer de datum van het collegebesluit en die van de ondertekening (`dossier.ondertekening.datum`).' })
      } else if (first && g.collegebesluit > first.m.datum) {
        findings.push({ path, message: `Het collegebesluit van ${g.naam} (${dutchDate(g.collegebesluit)}) ligt na de eerste vergadering met OOGO-status (${dutchDate(first.m.datum)}): het overleg vindt plaats volgens een procedure die het college al heeft vastgesteld.`,
          suggestion: 'Controleer de datum van het collegebesluit, of houd de vergadering zonder OOGO-status (`soort: algemeen`).' })
      }
    })
    if (signing && first && signing > first.m.datum) {
      findings.push({ path: ['dossier', 'ondertekening', 'datum'], message: `De overeenkomst is getekend op ${dutchDate(signing)}, na de eerste vergadering met OOGO-status (${dutchDate(first.m.datum)}): het overleg vindt plaats volgens een procedure die partijen al hebben vastgesteld.`,
        suggestion: 'Controleer de datum van de ondertekening, of houd de eerdere vergadering zonder OOGO-status (`soort: algemeen`).' })
    }
    return findings
  },
}
