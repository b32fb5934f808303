/**
 * The editor's keywords in our schemas. `errorMessage` is the Dutch text the YAML extension of VS Code
 * (yaml-language-server) shows instead of its own English one ("String does not match the pattern of …") when a
 * `pattern`, `format`, `enum`, `const` or `type` of the same schema object fails; oogo shows the same text as its
 * suggestion (validate-dossier.ts). For ajv it is an annotation: registered, so that strict mode accepts it, and
 * without effect on validation.
 */
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js'

/** Keywords the editor reads and ajv must accept without validating anything. */
export const editorKeywords = ['errorMessage'] as const

/** Lets `ajv` (strict mode) compile a schema that carries the editor's keywords. */
export function registerEditorKeywords(ajv: Ajv2020): Ajv2020 {
  for (const keyword of editorKeywords) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword, schemaType: 'string' })
  }
  return ajv
}

/** The schema's own Dutch text for this error (its `errorMessage`), when it has one; needs ajv's `verbose` option. */
export function editorMessage(error: ErrorObject): string | undefined {
  const text = (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage
  return typeof text === 'string' && text.trim() !== '' ? text : undefined
}
