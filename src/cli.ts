#!/usr/bin/env node
/**
 * The command line: commander only. Maps flags onto AssembleOptions, calls loadProject() and
 * assemble(), writes files or dumps, prints the problems and sets process.exitCode (never
 * process.exit). Heavy modules are imported inside the actions, so `oogo --help` starts fast.
 */
import { Command, CommanderError, Option } from 'commander'
import { ExitCode } from './errors.ts'
import { dutchHelp, usageMessage } from './cli/help-nl.ts'
import { engineVersion } from './version.ts'
import type { GenerateFlags } from './cli/generate.ts'

const program = new Command('oogo')
  .usage('[opties] [opdracht]')
  .description('Documenten voor het OOGO jeugd (art. 2.2 lid 3 Jeugdwet) uit één dossier in YAML.')
  .version(engineVersion, '-V, --version', 'toon het versienummer')
  .helpOption('-h, --help', 'toon deze hulp')
  .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
  .configureHelp(dutchHelp)
  .configureOutput({ writeErr: () => {}, outputError: () => {} })
  .exitOverride()

program.command('genereer')
  .alias('build')
  .description('controleer een dossier en maak de Word-documenten')
  .argument('<dossier>', 'het dossierbestand (.yaml)')
  .usage('[opties] <dossier>')
  .option('-u, --uit <map>', 'map voor de documenten (standaard: uit)')
  .option('-d, --document <soort...>', 'alleen deze documentsoort(en): overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlage-jeugdplan')
  .option('--vergadering <id...>', 'alleen documenten over deze vergadering(en) (id uit het dossier)')
  .option('--partij <id...>', 'alleen documenten voor deze partij(en) (id uit het dossier)')
  .option('-c, --concept', 'markeer elke pagina als CONCEPT')
  .addOption(new Option('-e, --emit <vorm>', 'druk de ingevulde tekst of het documentmodel af in plaats van te schrijven').choices(['tekst', 'model']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string, flags: GenerateFlags) => {
    const { runGenerate } = await import('./cli/generate.ts')
    process.exitCode = await runGenerate(dossier, flags)
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    const message = usageMessage(error)
    if (message) process.stderr.write(`${message}\nGebruik 'oogo --help' voor de mogelijkheden.\n`)
    process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.usage
  } else {
    const { reportInternalError } = await import('./cli/report.ts')
    process.exitCode = reportInternalError(error)
  }
}
