/**
 * `oogo genereer`: load, assemble, then write the documents or print a dump.
 */
import { assemble } from '../assemble.ts'
import { documentKinds } from '../plan/index.ts'
import { ExitCode, exitCodeFor } from '../errors.ts'
import { loadProject } from '../load/load-project.ts'
import { defaultOptions, type AssembleOptions } from '../options.ts'
import { didYouMean } from '../text/suggest.ts'
import { writeDocuments } from '../write/write-documents.ts'
import { reportProblems, reportSkipped, reportWritten } from '../cli/report.ts'
import { loadHouseStyles, loadSettings } from './settings.ts'

export interface GenerateFlags {
  uit?: string
  document?: string[]
  vergadering?: string[]
  partij?: string[]
  concept?: boolean
  config?: string
  emit?: 'tekst' | 'model'
  /** `--sjablonen <map>`: the organisation's own templates, over the built-in ones. */
  sjablonen?: string
  /** `--huisstijl <bestand.docx>`: the house style of every document without a gemeente's own. */
  huisstijl?: string
}

export async function runGenerate(dossier: string, flags: GenerateFlags): Promise<ExitCode> {
  const unknown = (flags.document ?? []).filter((k) => !documentKinds.includes(k))
  if (unknown.length > 0) {
    for (const kind of unknown) {
      process.stderr.write(`Onbekende documentsoort '${kind}'. ${didYouMean(kind, documentKinds) ?? ''} Beschikbaar: ${documentKinds.join(', ')}.\n`)
    }
    return ExitCode.usage
  }
  const { settings, houseStyles: references, problems: configProblems } = loadSettings(flags.config)
  if (!settings) {
    reportProblems(configProblems)
    return exitCodeFor(configProblems)
  }
  const houseStyles = loadHouseStyles(flags.huisstijl, references)
  if (exitCodeFor(houseStyles.problems) !== ExitCode.ok) {
    reportProblems(houseStyles.problems)
    return exitCodeFor(houseStyles.problems)
  }
  const options: AssembleOptions = {
    ...defaultOptions,
    documents: flags.document ?? [],
    draft: flags.concept ?? false,
    emit: flags.emit === 'tekst' ? 'text' : flags.emit === 'model' ? 'model' : 'docx',
    meetings: flags.vergadering ?? [],
    parties: flags.partij ?? [],
    rules: settings,
    ...(houseStyles.houseStyle ? { houseStyle: houseStyles.houseStyle } : {}),
    ...(houseStyles.municipalHouseStyles.size > 0 ? { municipalHouseStyles: houseStyles.municipalHouseStyles } : {}),
  }
  const loaded = loadProject({ dossier, ...(flags.sjablonen === undefined ? {} : { templatesDir: flags.sjablonen }) })
  if (!loaded.project) {
    reportProblems([...houseStyles.problems, ...loaded.problems])
    return exitCodeFor(loaded.problems)
  }
  const result = await assemble(loaded.project, options)
  reportProblems([...houseStyles.problems, ...result.problems]) // house style warnings (a logo in EMF) too
  reportSkipped(result.skipped)
  const code = exitCodeFor(result.problems)
  if (code !== ExitCode.ok) return code

  if (options.emit === 'text') {
    const several = result.documents.length > 1
    for (const d of result.documents) process.stdout.write(several ? `<!-- ${d.fileName} -->\n${d.text}\n` : d.text)
    return ExitCode.ok
  }
  if (options.emit === 'model') {
    process.stdout.write(JSON.stringify(result.documents.map((d) => d.model), null, 2) + '\n')
    return ExitCode.ok
  }
  const folder = flags.uit ?? 'uit'
  const files = result.documents.map((d) => ({ fileName: d.fileName, bytes: d.bytes! }))
  const written = writeDocuments(folder, files)
  reportProblems(written.problems)
  reportWritten(written.written.map((file, i) => ({ kind: result.documents[i]!.kind, file })))
  return exitCodeFor(written.problems)
}
