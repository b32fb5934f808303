/**
 * `oogo sjablonen naar-word` and `oogo sjablonen van-word`: a template as a Word document and back (work in progress).
 */
import { ExitCode } from '../errors.ts'
import type { Terminal } from './terminal.ts'

export async function runTemplatesToWord(_name: string, _flags: { naar: string; sjablonen?: string; overschrijven?: boolean }, terminal: Terminal): Promise<ExitCode> {
  return terminal.usageError('Nog niet beschikbaar.')
}

export async function runTemplatesFromWord(_file: string, _flags: { sjablonen: string; proef?: boolean }, terminal: Terminal): Promise<ExitCode> {
  return terminal.usageError('Nog niet beschikbaar.')
}
