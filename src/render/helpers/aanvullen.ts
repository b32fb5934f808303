import { HelperError, type HelperDefinition } from './types.ts'

/**
 * What the dossier does not record yet, in a concept: a visible `[aanvullen: …]` where the text needs it. In a final
 * document the helper prints nothing — the template's neutral sentence stands alone, and a rule warns.
 */
export const aanvullen: HelperDefinition = {
  name: 'aanvullen',
  description: 'In een concept (--concept) een zichtbare markering [aanvullen: …] voor wat het dossier nog niet vastlegt; in een definitief document niets.',
  params: [{ name: 'wat', description: 'wat er moet worden aangevuld, tussen aanhalingstekens', literal: { words: 'de omschrijving', quote: '"' } }],
  example: '{{aanvullen "datum machtiging"}} → [aanvullen: datum machtiging] (alleen in een concept)',
  fn([what], _root, call) {
    if (typeof what !== 'string' || what.trim() === '') throw new HelperError('`aanvullen` verwacht een omschrijving tussen aanhalingstekens.')
    return call.draft ? `[aanvullen: ${what}]` : ''
  },
}
