import type { Dossier, Persoon } from '../model/dossier.ts'
import { comparableName } from '../text/names.ts'
import type { Finding, Rule } from './types.ts'

// Functions that belong to a gemeente or a samenwerkingsverband, not to the board of an mbo-instelling.
const otherParty = /\b(wethouder|burgemeester|(gemeente)?raadslid|gemeentesecretaris|griffier|gemeente|samenwerkingsverband|swv)\b/i

/** the mbo-instelling takes part through its bevoegd gezag (or someone on its behalf), not through another party. */
export const wvoMboBevoegdGezag: Rule = {
  id: 'WVO-2.47-MBO-BEVOEGD-GEZAG',
  level: 'A',
  severity: 'fout',
  basis: 'art. 2.47 lid 10, tweede volzin, WVO 2020 (uitgenodigd wordt "het bevoegd gezag van een instelling voor beroepsonderwijs")',
  title: 'Namens een mbo-instelling treedt alleen haar bevoegd gezag op of iemand namens dat bevoegd gezag, niet een persoon van een gemeente of samenwerkingsverband.',
  check({ dossier }) {
    const mbo = dossier.partijen.mbo_instellingen ?? []
    if (mbo.length === 0) return []
    const isMbo = (id: string) => mbo.some((m) => m.id === id)
    const others = peopleOfOtherParties(dossier)
    const findings: Finding[] = []
    const judge = (person: Persoon, namens: string, path: Finding['path']) => {
      const role = others.get(comparableName(person.naam))
      const reason = role ? `treedt elders in het dossier op namens ${role}` : otherParty.test(person.functie) ? `heeft de functie ${person.functie}` : undefined
      if (!reason) return
      const name = mbo.find((m) => m.id === namens)!.naam
      findings.push({ path, message: `${person.naam} treedt op namens ${name}, maar ${reason}. Een mbo-instelling wordt vertegenwoordigd door haar bevoegd gezag of iemand namens dat bevoegd gezag, niet door een gemeente of samenwerkingsverband.`,
        suggestion: `Vermeld een bestuurder of medewerker van ${name}, of de partij namens wie deze persoon werkelijk optreedt.` })
    }
    mbo.forEach((m, i) => judge(m.vertegenwoordiger, m.id, ['partijen', 'mbo_instellingen', i, 'vertegenwoordiger', 'naam']))
    const commissie = dossier.overlegcommissie
    if (isMbo(commissie.secretaris.namens)) judge(commissie.secretaris, commissie.secretaris.namens, ['overlegcommissie', 'secretaris', 'naam'])
    ;(commissie.leden ?? []).forEach((l, i) => { if (isMbo(l.namens)) judge(l, l.namens, ['overlegcommissie', 'leden', i, 'naam']) })
    ;(dossier.vergaderingen ?? []).forEach((v, i) => (v.verslag?.aanwezig ?? []).forEach((a, j) => {
      if (isMbo(a.namens)) judge(a, a.namens, ['vergaderingen', i, 'verslag', 'aanwezig', j, 'naam'])
    }))
    return findings
  },
}

/** Everyone who acts for a gemeente or SWV anywhere in the dossier, by comparable name, with the party's name. */
function peopleOfOtherParties(dossier: Dossier): Map<string, string> {
  const people = new Map<string, string>()
  const name = (id: string) => {
    const g = dossier.partijen.gemeenten.find((x) => x.id === id)
    if (g) return `de gemeente ${g.naam}`
    return dossier.partijen.samenwerkingsverbanden.find((s) => s.id === id)?.naam
  }
  const add = (naam: string | undefined, id: string) => {
    const party = name(id)
    if (naam && party && !people.has(comparableName(naam))) people.set(comparableName(naam), party)
  }
  for (const g of dossier.partijen.gemeenten) { add(g.vertegenwoordiger.naam, g.id); add(g.burgemeester, g.id) }
  for (const s of dossier.partijen.samenwerkingsverbanden) add(s.vertegenwoordiger.naam, s.id)
  const commissie = dossier.overlegcommissie
  add(commissie.voorzitter.naam, commissie.voorzitter.namens)
  add(commissie.secretaris.naam, commissie.secretaris.namens)
  for (const l of commissie.leden ?? []) add(l.naam, l.namens)
  for (const v of dossier.vergaderingen ?? []) for (const a of v.verslag?.aanwezig ?? []) add(a.naam, a.namens)
  return people
}
