import { dutchDate } from '../text/dutch-dates.ts'
import { addDays, daysBetween } from '../text/iso-dates.ts'
import { count, lead, meetingKind } from './meeting-terms.ts'
import type { Finding, Rule } from './types.ts'

/**
 * C-02: the papers reach the parties at least the agreed number of days before the meeting. The
 * dossier has no date on which papers were sent, so they are taken to go with the invitation.
 */
export const prStukkenTermijn: Rule = {
  id: 'PR-STUKKEN-TERMIJN',
  level: 'C',
  severity: 'waarschuwing',
  basis: 'praktijk; geen wettelijke termijn: de termijn die partijen afspraken (procedure.termijnen.stukken_dagen_vooraf)',
  title: 'De stukken (aangenomen: meegestuurd met de uitnodiging) zijn ten minste het afgesproken aantal dagen vóór de vergadering verstuurd.',
  check({ dossier, terms }) {
    const limit = terms.stukken_dagen_vooraf
    if (limit === undefined) return []
    return (dossier.vergaderingen ?? []).flatMap((meeting, i) => {
      const papers = meeting.stukken ?? []
      if (papers.length === 0) return []
      const sent = meeting.uitnodiging.datum
      const latest = addDays(meeting.datum, -limit)
      const findings: Finding[] = []
      const days = daysBetween(sent, meeting.datum)
      if (days < limit) {
        findings.push({
          path: ['vergaderingen', i, 'uitnodiging', 'datum'],
          message: `De stukken voor de ${meetingKind[meeting.soort]} van ${dutchDate(meeting.datum)} gaan, naar wordt aangenomen, mee met de uitnodiging van ${dutchDate(sent)}: ${lead(days)}; afgesproken is ten minste ${count(limit)} vooraf.`,
          suggestion: `Verstuur de stukken uiterlijk op ${dutchDate(latest)}, of verschuif de vergadering naar ${dutchDate(addDays(sent, limit))} of later.`,
        })
      }
      papers.forEach((paper, j) => {
        if (paper.datum === undefined || paper.datum <= sent) return
        findings.push({
          path: ['vergaderingen', i, 'stukken', j, 'datum'],
          message: `Het stuk "${paper.titel}" is gedateerd ${dutchDate(paper.datum)}, na de uitnodiging van ${dutchDate(sent)}; het kan dus niet met de uitnodiging zijn meegestuurd.`,
          suggestion: paper.datum <= latest
            ? `Controleer de datum van het stuk. Is het later nagestuurd, dan geldt ook daarvoor de termijn van ${count(limit)}: uiterlijk ${dutchDate(latest)}.`
            : `Controleer de datum van het stuk. Is het later nagestuurd, dan was dat te laat: de termijn van ${count(limit)} vraagt verzending uiterlijk op ${dutchDate(latest)}.`,
        })
      })
      return findings
    })
  },
}
