/**
 * `--vergadering` and `--partij` must name a meeting or party of this dossier.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { Selection } from '../model/document-kind.ts'
import type { Dossier } from '../model/dossier.ts'
import { didYouMean, suggestId } from '../text/suggest.ts'

export function checkSelection(file: string, dossier: Dossier, selection: Selection): OogoError[] {
  const meetings = (dossier.vergaderingen ?? []).map((m) => m.id)
  const parties = [...dossier.partijen.gemeenten, ...dossier.partijen.samenwerkingsverbanden, ...(dossier.partijen.mbo_instellingen ?? [])].map((p) => p.id)
  // A party by its name (`--partij "Den Helder"`) gets its id suggested, with whose id it is.
  const things = [
    ...dossier.partijen.gemeenten.map((p) => ({ id: p.id, naam: p.naam, soort: 'gemeente' })),
    ...dossier.partijen.samenwerkingsverbanden.map((p) => ({ id: p.id, naam: p.naam, soort: 'samenwerkingsverband' })),
    ...(dossier.partijen.mbo_instellingen ?? []).map((p) => ({ id: p.id, naam: p.naam, soort: 'mbo-instelling' })),
  ]
  const unknown = (flag: string, id: string, known: string[], suggestion: string | undefined) => oogoError(ErrorCode.unknownSelection, 'validate',
    `${flag} ${id}: het dossier heeft geen ${flag === '--vergadering' ? 'vergadering' : 'partij'} met dit id.`,
    { file }, suggestion ?? `Bekend: ${known.join(', ') || 'geen'}.`)
  return [
    ...selection.meetings.filter((id) => !meetings.includes(id)).map((id) => unknown('--vergadering', id, meetings, didYouMean(id, meetings))),
    ...selection.parties.filter((id) => !parties.includes(id)).map((id) => unknown('--partij', id, parties, suggestId(id, things))),
  ]
}
