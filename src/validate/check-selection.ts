/**
 * `--vergadering` and `--partij` must name a meeting or party of this dossier.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { Selection } from '../model/document-kind.ts'
import type { Dossier } from '../model/dossier.ts'
import { didYouMean } from '../text/suggest.ts'

export function checkSelection(file: string, dossier: Dossier, selection: Selection): OogoError[] {
  const meetings = (dossier.vergaderingen ?? []).map((m) => m.id)
  const parties = [...dossier.partijen.gemeenten, ...dossier.partijen.samenwerkingsverbanden, ...(dossier.partijen.mbo_instellingen ?? [])].map((p) => p.id)
  const unknown = (flag: string, id: string, known: string[]) => oogoError(ErrorCode.unknownSelection, 'validate',
    `${flag} ${id}: het dossier heeft geen ${flag === '--vergadering' ? 'vergadering' : 'partij'} met dit id.`,
    { file }, didYouMean(id, known) ?? `Bekend: ${known.join(', ') || 'geen'}.`)
  return [
    ...selection.meetings.filter((id) => !meetings.includes(id)).map((id) => unknown('--vergadering', id, meetings)),
    ...selection.parties.filter((id) => !parties.includes(id)).map((id) => unknown('--partij', id, parties)),
  ]
}
