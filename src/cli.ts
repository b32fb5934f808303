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
import type { CheckFlags } from './cli/check.ts'

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
  .option('-d, --document <soort...>', 'alleen deze documentsoort(en): overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlage-jeugdplan; op verzoek ook checklist')
  .option('--vergadering <id...>', 'alleen documenten over deze vergadering(en) (id uit het dossier)')
  .option('--partij <id...>', 'alleen documenten voor deze partij(en) (id uit het dossier)')
  .option('-c, --concept', 'markeer elke pagina als CONCEPT')
  .option('--config <bestand>', 'projectinstellingen (standaard: oogo.config.yaml in deze map, als die er is)')
  .addOption(new Option('-e, --emit <vorm>', 'druk de ingevulde tekst of het documentmodel af in plaats van te schrijven').choices(['tekst', 'model']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string, flags: GenerateFlags) => {
    const { runGenerate } = await import('./cli/generate.ts')
    process.exitCode = await runGenerate(dossier, flags)
  })

program.command('controleer')
  .alias('check')
  .description('controleer dossiers aan de wet, de procedure van de Geschillencommissie en de praktijk')
  .argument('<dossier...>', 'een of meer dossierbestanden (.yaml)')
  .usage('[opties] <dossier...>')
  .addOption(new Option('-f, --formaat <vorm>', 'vorm van het rapport').choices(['tekst', 'json']))
  .option('-s, --streng', 'ook bij waarschuwingen afsluiten met code 1')
  .option('--config <bestand>', 'projectinstellingen (standaard: oogo.config.yaml in deze map, als die er is)')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossiers: string[], flags: CheckFlags) => {
    const { runCheck } = await import('./cli/check.ts')
    process.exitCode = runCheck(dossiers, flags)
  })

program.command('regels')
  .alias('rules')
  .description('toon alle regels met hun niveau, standaardernst en grondslag')
  .addOption(new Option('-f, --formaat <vorm>', 'vorm van de lijst').choices(['tekst', 'markdown']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (flags: { formaat?: 'tekst' | 'markdown' }) => {
    const { rulesMarkdown, rulesText } = await import('./cli/rules-list.ts')
    process.stdout.write(flags.formaat === 'markdown' ? rulesMarkdown() : rulesText())
  })

program.command('checklist')
  .description('toon de checklist OOGO jeugd (naar de Wegwijzer §4.2) voor een dossier')
  .argument('<dossier>', 'het dossierbestand (.yaml)')
  .usage('<dossier>')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string) => {
    const { runChecklist } = await import('./cli/checklist.ts')
    process.exitCode = runChecklist(dossier)
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
