import { dutchDateInText, isIsoDate } from '../../text/dutch-dates.ts'
import { HelperError, type HelperDefinition } from './types.ts'

export const datum: HelperDefinition = {
  name: 'datum',
  description: 'Een datum uit het dossier (JJJJ-MM-DD) voluit in het Nederlands; dag, maand en jaar blijven op één regel.',
  params: [{ name: 'datum', description: 'een datum uit het dossier' }],
  example: '{{datum jeugdplan.concept_datum}} → 2 maart 2026',
  fn([value]) {
    if (!isIsoDate(value)) throw new HelperError(`\`datum\` verwacht een datum als JJJJ-MM-DD, maar kreeg ${JSON.stringify(value)}.`)
    return dutchDateInText(value)
  },
}
