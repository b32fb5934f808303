/**
 * Every id under `huisstijlen` in the project configuration should be a gemeente of this dossier. A warning: one
 * configuration serves many dossiers.
 */
import { ErrorCode, oogoError, type OogoError, type Place } from '../errors.ts'
import type { Dossier } from '../model/dossier.ts'
import { suggestId } from '../text/suggest.ts'

export function checkHouseStyles(dossier: Dossier, named: ReadonlyMap<string, { place: Place }>): OogoError[] {
  const gemeenten = dossier.partijen.gemeenten.map((g) => g.id)
  return [...named].filter(([id]) => !gemeenten.includes(id)).map(([id, { place }]) => oogoError(
    ErrorCode.unknownReference, 'validate',
    `\`huisstijlen\` noemt \`${id}\`, maar dat is geen gemeente van dit dossier; die huisstijl wordt niet gebruikt.`,
    place, suggestId(id, dossier.partijen.gemeenten.map((g) => ({ id: g.id, naam: g.naam, soort: 'gemeente' }))) ?? `Gemeenten in dit dossier: ${gemeenten.join(', ')}.`, 'warning'))
}
