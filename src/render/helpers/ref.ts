import { encodeRef, isAnchorId } from '../../model/anchors.ts'
import { HelperError, type HelperDefinition } from './types.ts'

/**
 * Writes a cross-reference as an internal Markdown link whose title records the template place;
 * `transform/resolve-refs` replaces it by the article's or lid's number after numbering, and
 * reports an unknown id at that template place.
 */
export const ref: HelperDefinition = {
  name: 'ref',
  description: 'Het nummer van een artikel of lid, bij zijn id; blijft juist als artikelen wegvallen of verschuiven.',
  params: [{ name: 'id', description: "het id van een artikel (`## Titel {#id}`) of lid (`1. {#id} …`), tussen enkele aanhalingstekens" }],
  example: "artikel {{ref 'geschillen'}} → artikel 6",
  fn([id], _root, call) {
    if (typeof id !== 'string' || !isAnchorId(id)) {
      throw new HelperError(`\`ref\` verwacht een id in kleine letters en streepjes, maar kreeg ${JSON.stringify(id)}.`)
    }
    return encodeRef(id, `${call.template}:${call.line}:${call.column}`)
  },
}
