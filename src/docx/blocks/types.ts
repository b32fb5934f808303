import type { FileChild } from 'docx'
import type { Block } from '../../model/types.ts'
import type { BuildContext } from '../build-context.ts'

/** Builds nested blocks at a list nesting depth (0 = not in a list). */
export type BuildBlocks = (blocks: readonly Block[], depth: number, context: BuildContext) => FileChild[]
