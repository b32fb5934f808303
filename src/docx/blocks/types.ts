import type { FileChild } from 'docx'
import type { Block } from '../../model/types.ts'

/** Builds nested blocks at a list nesting depth (0 = not in a list). */
export type BuildBlocks = (blocks: readonly Block[], depth: number) => FileChild[]
