/**
 * The command line as data: every command with its Dutch description, arguments and options, and the use case it
 * runs. main.ts turns this table into commander commands; `oogo --help` and the README's list come from it. The use
 * cases are imported only when their command runs, so `oogo --help` starts fast.
 */
import type { ExitCode } from '../errors.ts'
import type { Terminal } from '../app/terminal.ts'

export interface OptionSpec {
  /** commander's syntax: `-u, --uit <map>`, `--concept`, `--document <soort...>`. */
  flags: string
  description: string
  choices?: readonly string[]
  required?: boolean
}

export interface CommandSpec {
  name: string
  alias?: string
  description: string
  /** commander's syntax: `<dossier>`, `[bestand]`, `<dossier...>`, with a description. */
  arguments?: readonly (readonly [string, string])[]
  usage?: string
  options?: readonly OptionSpec[]
  /** The arguments in order (a variadic one as an array), the flags, the terminal → the exit code. */
  run?: (args: readonly unknown[], flags: Record<string, unknown>, terminal: Terminal) => Promise<ExitCode>
  subcommands?: readonly CommandSpec[]
}

const kindsText = 'overeenkomst, uitnodiging, verslag, verzoek, motivering, bijlage-jeugdplan'
const config: OptionSpec = { flags: '--config <bestand>', description: 'projectinstellingen (standaard: oogo.config.yaml in deze map, als die er is)' }
const templates: OptionSpec = { flags: '--sjablonen <map>', description: 'map met uw eigen sjablonen; wat daar niet in staat, komt uit oogo zelf' }
const houseStyle: OptionSpec = { flags: '--huisstijl <bestand>', description: 'Word-document (.docx) met de huisstijl (standaard: templates/huisstijl.docx)' }
const documents: OptionSpec = { flags: '-d, --document <soort...>', description: `alleen deze documentsoort(en): ${kindsText}; op verzoek ook checklist` }

type Args = readonly unknown[]
type Flags = Record<string, unknown>

export const commands: readonly CommandSpec[] = [
  {
    name: 'genereer', alias: 'build',
    description: 'controleer een dossier en maak de Word-documenten',
    arguments: [['<dossier>', 'het dossierbestand (.yaml)']],
    usage: '[opties] <dossier>',
    options: [
      { flags: '-u, --uit <map>', description: 'map voor de documenten (standaard: uit)' },
      documents,
      { flags: '--vergadering <id...>', description: 'alleen documenten over deze vergadering(en) (id uit het dossier)' },
      { flags: '--partij <id...>', description: 'alleen documenten voor deze partij(en) (id uit het dossier)' },
      { flags: '-c, --concept', description: 'markeer elke pagina als CONCEPT' },
      config,
      templates,
      { flags: '--huisstijl <bestand>', description: 'Word-document (.docx) met de huisstijl: opmaakprofielen, lettertypen, marges en logo (standaard: templates/huisstijl.docx)' },
      { flags: '-e, --emit <vorm>', description: 'druk af in plaats van te schrijven: de ingevulde tekst (tekst, met de regels waar meldingen naar verwijzen), het document zoals het gaat lezen (lezen: nummers en verwijzingen ingevuld) of het documentmodel (model)', choices: ['tekst', 'lezen', 'model'] },
      { flags: '--pdf', description: 'maak naast elk Word-document ook een PDF (PDF/A-2b, toegankelijk getagd), met LibreOffice' },
      { flags: '--alleen-pdf', description: 'maak alleen de PDF\'s, geen Word-documenten' },
    ],
    run: async ([dossier]: Args, flags: Flags, terminal) => (await import('../app/generate.ts')).runGenerate(dossier as string, flags, terminal),
  },
  {
    name: 'batch',
    description: 'controleer en maak de documenten van veel dossiers tegelijk, elk dossier in een eigen map, met manifest.json',
    arguments: [['<map|dossiers...>', 'een map (alle *.yaml daaronder) of dossierbestanden']],
    usage: '<map|dossiers...> --uit <map> [opties]',
    options: [
      { flags: '-u, --uit <map>', description: 'map voor de documenten: één submap per dossier, en manifest.json', required: true },
      { flags: '-p, --parallel <n>', description: 'aantal dossiers tegelijk (standaard: het aantal processorkernen)' },
      documents,
      { flags: '--doorgaan', description: 'maak de geldige dossiers ook als er ongeldige zijn (afsluitcode blijft 1)' },
      { flags: '--forceer', description: 'maak alles opnieuw, ook wat niet veranderd is' },
      { flags: '--pdf', description: 'maak naast elk Word-document ook een PDF (PDF/A-2b, toegankelijk getagd), met LibreOffice (één proces per --parallel)' },
      { flags: '--alleen-pdf', description: 'maak alleen de PDF\'s, geen Word-documenten' },
      config,
      templates,
      houseStyle,
    ],
    run: async ([inputs]: Args, flags: Flags, terminal) => (await import('../app/batch/host.ts')).runBatchInThread(inputs as string[], flags as { uit: string }, terminal),
  },
  {
    name: 'controleer', alias: 'check',
    description: 'controleer dossiers aan de wet, de procedure van de Geschillencommissie en de praktijk',
    arguments: [['<dossier...>', 'een of meer dossierbestanden (.yaml)']],
    usage: '[opties] <dossier...>',
    options: [
      { flags: '-f, --formaat <vorm>', description: 'vorm van het rapport', choices: ['tekst', 'json'] },
      { flags: '-s, --streng', description: 'ook bij waarschuwingen afsluiten met code 1' },
      config,
    ],
    run: async ([dossiers]: Args, flags: Flags, terminal) => (await import('../app/check.ts')).runCheck(dossiers as string[], flags, terminal),
  },
  {
    name: 'regels', alias: 'rules',
    description: 'toon alle regels met hun niveau, standaardernst en grondslag',
    options: [{ flags: '-f, --formaat <vorm>', description: 'vorm van de lijst', choices: ['tekst', 'markdown'] }],
    run: async (_: Args, flags: Flags, terminal) => (await import('../app/rules-list.ts')).runRules(flags, terminal),
  },
  {
    name: 'checklist',
    description: 'toon de checklist OOGO jeugd (naar de Wegwijzer §4.2) voor een dossier',
    arguments: [['<dossier>', 'het dossierbestand (.yaml)']],
    usage: '<dossier>',
    run: async ([dossier]: Args, _: Flags, terminal) => (await import('../app/checklist.ts')).runChecklist(dossier as string, terminal),
  },
  {
    name: 'init',
    description: 'schrijf een nieuw dossier met uitleg; met --regio of --gemeente met de gemeenten en samenwerkingsverbanden uit de referentiegegevens',
    arguments: [['[bestand]', 'het nieuwe dossier (standaard: dossier.yaml); een bestaand bestand wordt nooit overschreven']],
    usage: '[opties] [bestand]',
    options: [
      { flags: '--regio <code>', description: 'de gemeenten en samenwerkingsverbanden van deze jeugdregio (CBS-code, bijvoorbeeld JZ03, of de naam)' },
      { flags: '--gemeente <code>', description: 'deze gemeente en haar samenwerkingsverbanden (CBS-code, bijvoorbeeld GM0394, of de naam)' },
    ],
    run: async ([file]: Args, flags: Flags, terminal) => (await import('../app/init.ts')).runInit(file as string | undefined, flags, terminal),
  },
  {
    name: 'velden', alias: 'fields',
    description: 'toon de velden die een sjabloon kan gebruiken, per document, en de helpers',
    options: [{ flags: '-f, --formaat <vorm>', description: 'vorm van de lijst', choices: ['markdown', 'json'] }],
    run: async (_: Args, flags: Flags, terminal) => (await import('../app/fields.ts')).runFields(flags, terminal),
  },
  {
    name: 'voorbeeld', alias: 'preview',
    description: 'toon één document zoals het gaat lezen (nummers en verwijzingen ingevuld) en schrijf het Word-bestand; met --watch alleen wat verandert, met --browser als webpagina',
    arguments: [['<dossier>', 'het dossierbestand (.yaml)']],
    usage: '[opties] <dossier>',
    options: [
      { flags: '-d, --document <soort>', description: `de documentsoort (${kindsText} of checklist); de eerste van die soort`, required: true },
      { flags: '-c, --concept', description: 'markeer het document als CONCEPT' },
      { flags: '-w, --watch', description: 'kijk mee: opnieuw bij elke wijziging van het dossier of een sjabloon (Ctrl-C stopt)' },
      { flags: '-b, --browser', description: 'toon het document als webpagina (http://localhost), die bij elke wijziging vanzelf bijwerkt (Ctrl-C stopt)' },
      { flags: '--poort <nummer>', description: 'poort van de webpagina bij --browser (standaard: een vrije poort)' },
      templates,
      { flags: '-u, --uit <map>', description: 'map voor het Word-bestand (standaard: uit)' },
      houseStyle,
      config,
    ],
    run: async ([dossier]: Args, flags: Flags, terminal) => (await import('../app/preview.ts')).runPreview(dossier as string, flags, terminal),
  },
  {
    name: 'sjablonen', alias: 'templates',
    description: 'eigen sjablonen: controleren, kopiëren en testen',
    usage: '<opdracht> [opties]',
    subcommands: [
      {
        name: 'controleer', alias: 'check',
        description: 'controleer alle sjablonen en gedeelde stukken zonder dossier: velden, helpers, gedeelde stukken, verwijzingen en opbouw',
        options: [templates],
        run: async (_: Args, flags: Flags, terminal) => (await import('../app/templates-check.ts')).runTemplatesCheck(flags, terminal),
      },
      {
        name: 'kopieer', alias: 'copy',
        description: 'kopieer een ingebouwd sjabloon naar uw eigen map, om het daar aan te passen',
        arguments: [['<sjabloon>', 'een documentsoort (overeenkomst, uitnodiging, …) of een gedeeld stuk (partials/adresblok)']],
        usage: '<sjabloon> --naar <map> [opties]',
        options: [
          { flags: '--naar <map>', description: 'uw map met eigen sjablonen (wordt gemaakt als die er nog niet is)', required: true },
          { flags: '--overschrijven', description: 'vervang een bestand dat er al staat' },
        ],
        run: async ([name]: Args, flags: Flags, terminal) => (await import('../app/templates-copy.ts')).runTemplatesCopy(name as string, flags as { naar: string }, terminal),
      },
      {
        name: 'naar-word', alias: 'to-word',
        description: 'schrijf een sjabloon als Word-document om het in Word te bewerken, met de gedeelde stukken die het gebruikt',
        arguments: [['<sjabloon>', 'een documentsoort (overeenkomst, uitnodiging, …) of een gedeeld stuk (partials/adresblok)']],
        usage: '<sjabloon> --naar <map> [opties]',
        options: [
          { flags: '--naar <map>', description: 'map voor het Word-document (wordt gemaakt als die er nog niet is)', required: true },
          templates,
          { flags: '--overschrijven', description: 'vervang een Word-document dat er al staat' },
        ],
        run: async ([name]: Args, flags: Flags, terminal) => (await import('../app/templates-word.ts')).runTemplatesToWord(name as string, flags as { naar: string }, terminal),
      },
      {
        name: 'van-word', alias: 'from-word',
        description: 'lees een in Word bewerkt sjabloon terug in uw eigen map: controleer het en toon de wijziging',
        arguments: [['<bestand>', 'het bewerkte Word-document (.docx) van `sjablonen naar-word`']],
        usage: '<bestand> --sjablonen <map> [opties]',
        options: [
          { flags: '--sjablonen <map>', description: 'uw map met eigen sjablonen, waarin het sjabloon wordt geschreven', required: true },
          { flags: '--proef', description: 'toon alleen de controle en de wijziging; schrijf niets' },
        ],
        run: async ([file]: Args, flags: Flags, terminal) => (await import('../app/templates-word.ts')).runTemplatesFromWord(file as string, flags as { sjablonen: string }, terminal),
      },
      {
        name: 'test',
        description: 'vul alle sjablonen in voor de testdossiers van oogo en vergelijk met de basislijn (de opgeslagen tekst): die van oogo zelf, of met --sjablonen die in <map>/basislijn/',
        options: [templates,
          { flags: '--basislijn <map>', description: 'map met de basislijn (standaard <map van --sjablonen>/basislijn, zonder --sjablonen test/sjablonen van oogo)' },
          { flags: '--bijwerken', description: 'neem de tekst van nu op in de basislijn' }],
        run: async (_: Args, flags: Flags, terminal) => (await import('../app/templates-test.ts')).runTemplatesTest(flags, terminal),
      },
    ],
  },
]
