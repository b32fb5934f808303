import { enumeration } from './party-names.ts'
import type { Rule } from './types.ts'

/**
 * The optional keys for finished documents (DOSSIER.md): where one is missing, a final document prints a neutral
 * sentence instead of the fact. One finding lists them all. Off by default: a dossier without them is valid and its
 * documents are correct; a practice that wants every document complete switches it on.
 */
export const prAfronding: Rule = {
  id: 'PR-AFRONDING',
  level: 'C',
  severity: 'uit',
  basis: 'praktijk; geen wettelijke eis: gegevens die een definitief document anders met een neutrale zin openlaat (optionele sleutels voor voltooide documenten)',
  title: 'Het dossier vermeldt de gegevens waarvoor een definitief document anders een neutrale zin schrijft (burgemeester, rechtsvorm, secretariaat, standpunten, jeugdplanversie en dergelijke).',
  check({ dossier }) {
    const missing = new Map<string, string[]>()
    const note = (key: string, who?: string) => {
      const list = missing.get(key) ?? []
      if (who !== undefined) list.push(who)
      missing.set(key, list)
    }
    if (!dossier.dossier.citeertitel) note('dossier.citeertitel')
    if (dossier.dossier.ondertekening && dossier.dossier.ondertekening.gezamenlijk === undefined) note('dossier.ondertekening.gezamenlijk')
    for (const g of dossier.partijen.gemeenten) if (!g.burgemeester) note('burgemeester', g.id)
    for (const s of dossier.partijen.samenwerkingsverbanden) {
      if (!s.rechtsvorm) note('rechtsvorm', s.id)
      if (!s.statutaire_zetel) note('statutaire_zetel', s.id)
      if (!s.kvk) note('kvk', s.id)
    }
    if (!dossier.overlegcommissie.secretariaat) note('overlegcommissie.secretariaat')
    if (dossier.geschil?.verzoek && !dossier.geschillenregeling?.adres) note('geschillenregeling.adres')
    const meetings = dossier.vergaderingen ?? []
    for (const m of meetings) {
      if (!m.verslag) continue
      if (m.soort !== 'bijzonder' && !m.verslag.vorig_verslag && meetings.some((x) => x.datum < m.datum)) note('verslag.vorig_verslag', m.id)
      if (m.id === dossier.geschil?.bijzondere_vergadering && !m.verslag.standpunten?.length) note('verslag.standpunten', m.id)
    }
    for (const m of dossier.motiveringen ?? []) {
      if (m.reacties.some((r) => r.besluit !== 'niet-overnemen' && !r.wijziging)) note('reacties[].wijziging', m.gemeente)
      if (!m.jeugdplan_versie) note('jeugdplan_versie', m.gemeente)
      if (!m.financien) note('financien', m.gemeente)
    }
    if (missing.size === 0) return []
    const list = [...missing].map(([key, ids]) => ids.length > 0 ? `\`${key}\` (${ids.join(', ')})` : `\`${key}\``)
    return [{
      path: ['dossier'],
      at: 'key',
      message: `Een definitief document schrijft een neutrale zin waar het dossier deze gegevens niet vermeldt: ${enumeration(list)}.`,
      suggestion: 'Vul deze sleutels aan (zie "Optionele sleutels voor voltooide documenten" in de beschrijving van het dossier), of maak een concept (`--concept`) om te zien waar ze ontbreken.',
    }]
  },
}
