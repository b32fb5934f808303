import { encodeRef, isAnchorId } from '../../model/anchors.ts'
import { HelperError, type HelperDefinition } from './types.ts'

/** What follows the number, so that "artikel 2.2" never reads as an article of a statute (Jeugdwet art. 2.2). */
const ownDocument = ' van deze overeenkomst'

/**
 * Writes a cross-reference as an internal Markdown link whose title records the template place;
 * `transform/resolve-refs` replaces it by the article's or lid's number after numbering, and
 * reports an unknown id at that template place. The number is followed by "van deze overeenkomst":
 * the leden are numbered 6.1, 6.2, …, like the articles of the Jeugdwet, so a bare "artikel 2.2"
 * is ambiguous. `'kort'` leaves the words out, for the first numbers of an enumeration
 * ("de artikelen {{ref 'a' 'kort'}} en {{ref 'b'}}" → "de artikelen 4 en 5 van deze overeenkomst").
 */
export const ref: HelperDefinition = {
  name: 'ref',
  description: 'Het nummer van een artikel of lid, bij zijn id, gevolgd door "van deze overeenkomst" (met \'kort\' alleen het nummer, voor een opsomming); blijft juist als artikelen wegvallen of verschuiven.',
  params: [
    { name: 'id', description: "het id van een artikel (`## Titel {#id}`) of lid (`1. {#id} …`), tussen enkele aanhalingstekens", literal: { words: 'het id', quote: "'" } },
    { name: 'vorm', description: "optioneel 'kort': alleen het nummer, zonder \"van deze overeenkomst\" (voor de eerste nummers van een opsomming)", optional: true, literal: { words: 'de vorm', quote: "'" } },
  ],
  example: "artikel {{ref 'geschillen-verzoek'}} → artikel 6.3 van deze overeenkomst",
  fn([id, form], _root, call) {
    if (typeof id !== 'string' || !isAnchorId(id)) {
      throw new HelperError(`\`ref\` verwacht een id in kleine letters en streepjes, maar kreeg ${JSON.stringify(id)}.`)
    }
    if (form !== undefined && form !== 'kort') {
      throw new HelperError(`\`ref\` kent als tweede argument alleen 'kort', maar kreeg ${JSON.stringify(form)}.`)
    }
    return encodeRef(id, `${call.template}:${call.line}:${call.column}`) + (form === 'kort' ? '' : ownDocument)
  },
}
