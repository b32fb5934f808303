/**
 * The command line: the command table (commands.ts) read by commander, in Dutch. `main` parses the arguments, runs
 * the use case of the command and answers its exit code; everything it prints goes through the terminal. It never
 * ends the process and never lets an exception out: a usage error is exit 2, a bug in oogo exit 4 with a message.
 */
import { Command, CommanderError, Option } from 'commander'
import { ExitCode } from '../errors.ts'
import type { Terminal } from '../app/terminal.ts'
import { engineVersion } from '../version.ts'
import { commands, type CommandSpec } from './commands.ts'
import { dutchHelp, usageMessage } from './help-nl.ts'

export async function main(argv: readonly string[], terminal: Terminal, table: readonly CommandSpec[] = commands): Promise<ExitCode> {
  let code: ExitCode = ExitCode.ok
  const program = new Command('oogo')
    .usage('[opties] [opdracht]')
    .description('Documenten voor het OOGO jeugd (art. 2.2 lid 3 Jeugdwet) uit één dossier in YAML.')
    .version(engineVersion, '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .configureHelp(dutchHelp)
    // Help and version are output; commander's own error lines are replaced by the Dutch usage messages below.
    .configureOutput({ writeOut: (text) => terminal.write(text), writeErr: () => {}, outputError: () => {} })
    .exitOverride()
  for (const spec of table) addCommand(program, spec, terminal, (result) => { code = result })

  // `oogo` alone: the help, as a usage error.
  if (argv.length === 0) {
    terminal.write(program.helpInformation())
    return ExitCode.usage
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (error) {
    if (!(error instanceof CommanderError)) return terminal.internalError(error)
    const message = usageMessage(error)
    if (message) return terminal.usageError(message)
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage
  }
}

function addCommand(parent: Command, spec: CommandSpec, terminal: Terminal, done: (code: ExitCode) => void): void {
  const command = parent.command(spec.name).description(spec.description).helpOption('-h, --help', 'toon deze hulp')
  if (spec.alias) command.alias(spec.alias)
  if (spec.usage) command.usage(spec.usage)
  for (const [name, description] of spec.arguments ?? []) command.argument(name, description)
  for (const option of spec.options ?? []) {
    const made = new Option(option.flags, option.description)
    if (option.choices) made.choices(option.choices)
    if (option.required) made.makeOptionMandatory()
    command.addOption(made)
  }
  if (spec.subcommands) {
    // Without a subcommand commander shows the group's help on stderr: let that through.
    command.configureOutput({ writeOut: (text) => terminal.write(text), writeErr: (text) => terminal.writeError(text), outputError: () => {} })
    for (const sub of spec.subcommands) addCommand(command, sub, terminal, done)
  }
  const run = spec.run
  if (run) {
    command.action(async (...received: unknown[]) => {
      // commander passes the arguments, then the options, then the command itself.
      const args = received.slice(0, (spec.arguments ?? []).length)
      const flags = received[(spec.arguments ?? []).length] as Record<string, unknown>
      done(await run(args, flags, terminal))
    })
  }
}
