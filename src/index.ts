/**
 * The public API of oogo: load a project, assemble its documents. Re-exports only.
 */
export { assemble, type AssembleResult, type AssembledDocument } from './assemble.ts'
export { loadProject, projectFromText, sourceFromString } from './load/load-project.ts'
export type { Project } from './model/project.ts'
export { defaultOptions, type AssembleOptions } from './options.ts'
export { ErrorCode, ExitCode, exitCodeFor, formatError, type OogoError, type Place } from './errors.ts'
export { documentKinds } from './plan/index.ts'
export { engineVersion } from './version.ts'
export type { DocModel } from './model/types.ts'
export type { Dossier } from './model/dossier.ts'
