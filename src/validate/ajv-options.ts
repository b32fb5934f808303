/**
 * How oogo's schemas are compiled, at build time (scripts/compile-schemas.ts) and at run time alike (a schema
 * changed since the build, validate-dossier.ts): every error at once, strict about the schema itself, and with the
 * failing schema object in each error (`verbose`: its `errorMessage` is the Dutch text of the message).
 */
export const ajvOptions = { allErrors: true, strict: true, verbose: true } as const

/** The ajv-formats formats the schemas use. */
export const formatNames = ['date'] as const
