/**
 * What a chosen document kind needs beyond the schema: keys the schema leaves optional (the
 * overeenkomst needs `dossier.ondertekening`). Checked before rendering, so the user gets a
 * dossier location and a reason instead of a template error.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { DocumentRequirements } from '../model/document-kind.ts'
import type { Dossier } from '../model/dossier.ts'
import { pointerToPlace } from './pointer-to-place.ts'
import type { ParsedYaml } from '../model/project.ts'

export function checkDocuments(yaml: ParsedYaml, dossier: Dossier, definitions: readonly DocumentRequirements[]): OogoError[] {
  const problems: OogoError[] = []
  for (const definition of definitions) {
    for (const { path, reason, example } of definition.requires) {
      if (lookup(dossier, path) !== undefined) continue
      const parent = path.slice(0, -1).join('.')
      problems.push(oogoError(ErrorCode.missingForDocument, 'validate',
        `Voor de ${definition.label} is \`${path.join('.')}\` nodig: ${reason}.`,
        pointerToPlace(yaml, path, 'key'), `Voeg${parent ? ` onder \`${parent}\`` : ''} toe: \`${example}\`.`))
    }
  }
  return problems
}

function lookup(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}
