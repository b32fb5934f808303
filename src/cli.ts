#!/usr/bin/env node
/**
 * The `oogo` program: the command line (cli/main.ts) on the process's own streams. Sets the exit code, never ends
 * the process itself — except when the reader of the output went away.
 */
import { setFlagsFromString } from 'node:v8'
import { ExitCode } from './errors.ts'
import { main } from './cli/main.ts'
import { processTerminal } from './cli/terminal.ts'

// V8's optimising compiler is tuned for servers that run for hours; an `oogo` run lasts from a tenth of a second to a
// minute, and the compiler spent more CPU on the functions it optimised than they won back (on 2 cores it also takes
// the core the work needs). Fifteen times the default budget (67,584) before a function is considered: `controleer`
// ~530 → ~360 ms CPU, `genereer` of the sample 2.2 → 1.3 s, a batch of 49 dossiers 10.0 → 7.5 s. The output does not
// depend on it. The library (index.ts) leaves the flags of its host alone.
setFlagsFromString('--interrupt-budget=1000000')

// `oogo velden | head`: the reader went away. Stop quietly — nothing more can be written and no stack trace may
// reach the user.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok)
  throw error
})

process.exitCode = await main(process.argv.slice(2), processTerminal())
