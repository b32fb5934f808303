/**
 * The registry of template helpers: the only helpers a template can call (Handlebars runs with
 * `knownHelpersOnly`). Adding a helper is adding a file and a line here.
 */
import { aanvullen } from './aanvullen.ts'
import { datum } from './datum.ts'
import { en } from './en.ts'
import { gelijk } from './gelijk.ts'
import { inWoorden } from './in-woorden.ts'
import { meervoud } from './meervoud.ts'
import { of } from './of.ts'
import { opsomming } from './opsomming.ts'
import { partij } from './partij.ts'
import { ref } from './ref.ts'
import { tijd } from './tijd.ts'
import type { HelperDefinition } from './types.ts'
import { voud } from './voud.ts'

export const helpers: readonly HelperDefinition[] = [datum, tijd, inWoorden, voud, opsomming, partij, ref, gelijk, en, of, meervoud, aanvullen]

export type { HelperCall, HelperDefinition } from './types.ts'
export { HelperError } from './types.ts'
