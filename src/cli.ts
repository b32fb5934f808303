#!/usr/bin/env node
/**
 * The `oogo` program: the command line (cli/main.ts) on the process's own streams. Sets the exit code, never ends
 * the process itself — except when the reader of the output went away.
 */
import { ExitCode } from './errors.ts'
import { main } from './cli/main.ts'
import { processTerminal } from './cli/terminal.ts'

// `oogo velden | head`: the reader went away. Stop quietly — nothing more can be written and no stack trace may
// reach the user.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok)
  throw error
})

process.exitCode = await main(process.argv.slice(2), processTerminal())
