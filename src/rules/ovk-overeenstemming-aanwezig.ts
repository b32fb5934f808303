import type { Dossier, Grondslag } from '../model/dossier.ts'
import { dutchDate } from '../text/dutch-dates.ts'
import { meetingKind } from './meeting-terms.ts'
import { councilFunction, enumeration, hasOogoStatus, partyName } from './party-names.ts'
import type { Finding, Rule } from './types.ts'

/**
 * Overeenstemming is reached per gemeente: its college and every SWV whose area covers it must agree, so a
 * verslag cannot record agreement on an item while one of them was absent. For an item about an
 * ondersteuningsplan (combined OOGO) the SWV's of that sector and the colleges of the gemeenten in their area.
 */
export const ovkOvereenstemmingAanwezig: Rule = {
  id: 'OVK-OVEREENSTEMMING-AANWEZIG',
  level: 'B',
  // A warning: an absent party may have consented afterwards (in writing, or by adopting the verslag).
  severity: 'waarschuwing',
  basis: 'de overeenkomst OOGO jeugd van partijen (overeenstemming over een agendapunt alleen als alle partijen instemmen); art. 2.2 lid 3 Jeugdwet (overleg met het samenwerkingsverband PO en VO van de gemeente)',
  title: 'Overeenstemming over een agendapunt in een vergadering met OOGO-status staat alleen vast als het college van elke betrokken gemeente en elk samenwerkingsverband dat haar gebied omvat aanwezig was.',
  check({ dossier }) {
    const findings: Finding[] = []
    ;(dossier.vergaderingen ?? []).forEach((meeting, i) => {
      if (!hasOogoStatus(meeting) || !meeting.verslag) return
      // A raadslid present "namens" a gemeente does not speak for its college.
      const present = new Set(meeting.verslag.aanwezig
        .filter((a) => !(dossier.partijen.gemeenten.some((g) => g.id === a.namens) && councilFunction.test(a.functie)))
        .map((a) => a.namens))
      meeting.verslag.punten.forEach((point, j) => {
        if (point.uitkomst !== 'overeenstemming') return
        const item = dossier.agenda.find((a) => a.id === point.agendapunt)
        const absent = concerned(dossier, item?.grondslag).filter((id) => !present.has(id))
        if (absent.length === 0) return
        const who = absent.map((id) => partyName(dossier, id))
        findings.push({
          path: ['vergaderingen', i, 'verslag', 'punten', j, 'uitkomst'],
          message: `Het verslag van de ${meetingKind[meeting.soort]} van ${dutchDate(meeting.datum)} legt over agendapunt "${item?.titel ?? point.agendapunt}" overeenstemming vast, maar ${enumeration(who)} ${who.length === 1 ? 'was' : 'waren'} niet aanwezig. Overeenstemming over het jeugdplan van een gemeente vraagt de instemming van haar college en van elk samenwerkingsverband waarvan het gebied haar omvat.`,
          suggestion: `Vermeld wie namens ${absent.length === 1 ? 'die partij' : 'die partijen'} aanwezig was onder \`aanwezig\`; ${absent.length === 1 ? 'heeft zij' : 'hebben zij'} later schriftelijk ingestemd, vermeld dat dan in \`besproken\`; anders \`uitkomst: aangehouden\`.`,
        })
      })
    })
    return findings
  },
}

/** The parties whose consent the item needs, in dossier order: gemeenten first, then SWV's. */
function concerned(dossier: Dossier, grondslag: Grondslag | undefined): string[] {
  const sector = grondslag === 'ondersteuningsplan-po' ? 'po' : grondslag === 'ondersteuningsplan-vo' ? 'vo' : undefined
  const swvs = dossier.partijen.samenwerkingsverbanden.filter((s) => s.gemeenten.length > 0 && (!sector || s.sector === sector))
  const gemeenten = dossier.partijen.gemeenten.filter((g) => !sector || swvs.some((s) => s.gemeenten.includes(g.id)))
  return [...gemeenten.map((g) => g.id), ...swvs.filter((s) => s.gemeenten.some((id) => gemeenten.some((g) => g.id === id))).map((s) => s.id)]
}
