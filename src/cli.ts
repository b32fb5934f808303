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
import type { GenerateFlags } from './app/generate.ts'
import type { BatchFlags } from './app/batch/batch.ts'
import type { CheckFlags } from './app/check.ts'
import type { InitFlags } from './app/init.ts'
import type { PreviewFlags } from './app/preview.ts'
import type { TemplatesCopyFlags } from './app/templates-copy.ts'
import type { TemplatesTestFlags } from './app/templates-test.ts'

// `oogo velden | head`: the reader went away. Stop quietly — the one place that ends the process
// directly, because nothing more can be written and no stack trace may reach the user.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok)
  throw error
})

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
  .option('--sjablonen <map>', 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf')
  .option('--huisstijl <bestand>', 'Word-document (.docx) met de huisstijl: opmaakprofielen, lettertypen, marges en logo (standaard: templates/huisstijl.docx)')
  .addOption(new Option('-e, --emit <vorm>', 'druk de ingevulde tekst of het documentmodel af in plaats van te schrijven').choices(['tekst', 'model']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string, flags: GenerateFlags) => {
    const { runGenerate } = await import('./app/generate.ts')
    process.exitCode = await runGenerate(dossier, flags)
  })

program.command('batch')
  .description('controleer en maak de documenten van veel dossiers tegelijk, elk dossier in een eigen map, met manifest.json')
  .argument('<map|dossiers...>', 'een map (alle *.yaml daaronder) of dossierbestanden')
  .usage('<map|dossiers...> --uit <map> [opties]')
  .requiredOption('-u, --uit <map>', 'map voor de documenten: één submap per dossier, en manifest.json')
  .option('-p, --parallel <n>', 'aantal dossiers tegelijk (standaard: het aantal processorkernen)')
  .option('-d, --document <soort...>', 'alleen deze documentsoort(en): overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlage-jeugdplan; op verzoek ook checklist')
  .option('--doorgaan', 'maak de geldige dossiers ook als er ongeldige zijn (afsluitcode blijft 1)')
  .option('--forceer', 'maak alles opnieuw, ook wat niet veranderd is')
  .option('--config <bestand>', 'projectinstellingen (standaard: oogo.config.yaml in deze map, als die er is)')
  .option('--sjablonen <map>', 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf')
  .option('--huisstijl <bestand>', 'Word-document (.docx) met de huisstijl (standaard: templates/huisstijl.docx)')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (inputs: string[], flags: BatchFlags) => {
    const { runBatch } = await import('./app/batch/batch.ts')
    process.exitCode = await runBatch(inputs, flags)
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
    const { runCheck } = await import('./app/check.ts')
    process.exitCode = runCheck(dossiers, flags)
  })

program.command('regels')
  .alias('rules')
  .description('toon alle regels met hun niveau, standaardernst en grondslag')
  .addOption(new Option('-f, --formaat <vorm>', 'vorm van de lijst').choices(['tekst', 'markdown']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (flags: { formaat?: 'tekst' | 'markdown' }) => {
    const { rulesMarkdown, rulesText } = await import('./app/rules-list.ts')
    process.stdout.write(flags.formaat === 'markdown' ? rulesMarkdown() : rulesText())
  })

program.command('checklist')
  .description('toon de checklist OOGO jeugd (naar de Wegwijzer §4.2) voor een dossier')
  .argument('<dossier>', 'het dossierbestand (.yaml)')
  .usage('<dossier>')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string) => {
    const { runChecklist } = await import('./app/checklist.ts')
    process.exitCode = runChecklist(dossier)
  })

program.command('init')
  .description('schrijf een nieuw dossier met uitleg; met --regio of --gemeente met de gemeenten en samenwerkingsverbanden uit de referentiegegevens')
  .argument('[bestand]', 'het nieuwe dossier (standaard: dossier.yaml); een bestaand bestand wordt nooit overschreven')
  .usage('[opties] [bestand]')
  .option('--regio <code>', 'de gemeenten en samenwerkingsverbanden van deze jeugdregio (CBS-code, bijvoorbeeld JZ03, of de naam)')
  .option('--gemeente <code>', 'deze gemeente en haar samenwerkingsverbanden (CBS-code, bijvoorbeeld GM0394, of de naam)')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (file: string | undefined, flags: InitFlags) => {
    const { runInit } = await import('./app/init.ts')
    process.exitCode = runInit(file, flags)
  })

program.command('velden')
  .alias('fields')
  .description('toon de velden die een sjabloon kan gebruiken, per document, en de helpers')
  .addOption(new Option('-f, --formaat <vorm>', 'vorm van de lijst').choices(['markdown', 'json']))
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (flags: { formaat?: 'markdown' | 'json' }) => {
    const { fieldsJson, fieldsMarkdown } = await import('./app/fields.ts')
    process.stdout.write(flags.formaat === 'json' ? `${JSON.stringify(fieldsJson(), null, 2)}\n` : fieldsMarkdown())
  })

program.command('voorbeeld')
  .alias('preview')
  .description('toon de ingevulde tekst van één document en schrijf het Word-bestand; met --watch opnieuw bij elke wijziging')
  .argument('<dossier>', 'het dossierbestand (.yaml)')
  .usage('[opties] <dossier>')
  .requiredOption('-d, --document <soort>', 'de documentsoort (overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlage-jeugdplan of checklist); de eerste van die soort')
  .option('-w, --watch', 'kijk mee: opnieuw bij elke wijziging van het dossier of een sjabloon (Ctrl-C stopt)')
  .option('--sjablonen <map>', 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf')
  .option('-u, --uit <map>', 'map voor het Word-bestand (standaard: uit)')
  .option('--huisstijl <bestand>', 'Word-document (.docx) met de huisstijl (standaard: templates/huisstijl.docx)')
  .option('--config <bestand>', 'projectinstellingen (standaard: oogo.config.yaml in deze map, als die er is)')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (dossier: string, flags: PreviewFlags) => {
    const { runPreview } = await import('./app/preview.ts')
    process.exitCode = await runPreview(dossier, flags)
  })

const templates = program.command('sjablonen')
  .alias('templates')
  .description('eigen sjablonen: controleren, kopiëren en testen')
  .usage('<opdracht> [opties]')
  .helpOption('-h, --help', 'toon deze hulp')
  // Without a subcommand commander shows this help on stderr: let it through (errors stay silent).
  .configureOutput({ writeErr: (text) => void process.stderr.write(text), outputError: () => {} })

templates.command('controleer')
  .alias('check')
  .description('controleer alle sjablonen en gedeelde stukken zonder dossier: velden, helpers, gedeelde stukken, verwijzingen en opbouw')
  .option('--sjablonen <map>', 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (flags: { sjablonen?: string }) => {
    const { runTemplatesCheck } = await import('./app/templates-check.ts')
    process.exitCode = runTemplatesCheck(flags)
  })

templates.command('kopieer')
  .alias('copy')
  .description('kopieer een ingebouwd sjabloon naar uw eigen map, om het daar aan te passen')
  .argument('<sjabloon>', 'een documentsoort (overeenkomst, uitnodiging, …) of een gedeeld stuk (partials/adresblok)')
  .usage('<sjabloon> --naar <map> [opties]')
  .requiredOption('--naar <map>', 'uw map met eigen sjablonen (wordt gemaakt als die er nog niet is)')
  .option('--overschrijven', 'vervang een bestand dat er al staat')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (name: string, flags: TemplatesCopyFlags) => {
    const { runTemplatesCopy } = await import('./app/templates-copy.ts')
    process.exitCode = runTemplatesCopy(name, flags)
  })

templates.command('test')
  .description('vul alle sjablonen in voor de testdossiers van het project en vergelijk met de opgeslagen tekst (test/sjablonen/)')
  .option('--sjablonen <map>', 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf')
  .option('--bijwerken', 'sla de nieuwe tekst op als de opgeslagen tekst')
  .helpOption('-h, --help', 'toon deze hulp')
  .action(async (flags: TemplatesTestFlags) => {
    const { runTemplatesTest } = await import('./app/templates-test.ts')
    process.exitCode = await runTemplatesTest(flags)
  })

try {
  if (process.argv.length <= 2) {
    // `oogo` alone: the help, as usage (commander would send it to the silenced stderr).
    process.stdout.write(program.helpInformation())
    process.exitCode = ExitCode.usage
  } else await program.parseAsync(process.argv)
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
