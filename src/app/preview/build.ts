/**
 * One preview run without output: load, assemble the kind, take the first document, write its `.docx`. Everything a
 * caller shows (the terminal, the page) comes from the result; nothing is printed or thrown for a fault in the
 * dossier, a template or the settings.
 */
import { assemble, type AssembledDocument } from '../../assemble.ts'
import { hasErrors, type OogoError } from '../../errors.ts'
import type { HouseStyle } from '../../model/house-style.ts'
import { loadProject } from '../../load/load-project.ts'
import type { AssembleOptions } from '../../options.ts'
import { writeDocuments, type WrittenFile } from '../../write/write-documents.ts'
import { assembleOptions } from '../settings.ts'

export interface PreviewFlags {
  document?: string
  watch?: boolean
  browser?: boolean
  poort?: string
  concept?: boolean
  sjablonen?: string
  uit?: string
  config?: string
  huisstijl?: string
}

export type PreviewBuild =
  | {
    ok: true
    document: AssembledDocument
    /** The template file of the kind, as the project names it. */
    template: string
    /** How many documents of the kind the dossier gives. */
    count: number
    /** The house style the document is built with, when not oogo's own. */
    houseStyle?: HouseStyle
    /** Warnings of the run, and the problems of writing the `.docx`. */
    problems: OogoError[]
    written: WrittenFile[]
  }
  | {
    ok: false
    problems: OogoError[]
    /** Why there is no document of the kind while nothing is wrong ("het dossier bevat geen verzoek …"). */
    nothing?: string
  }

/** `flags.document` must be a known kind (runPreview checks it first). */
export async function buildPreview(dossier: string, flags: PreviewFlags): Promise<PreviewBuild> {
  const kind = flags.document!
  const { options, problems: setupProblems } = assembleOptions({ document: [kind], ...pick(flags, 'config', 'huisstijl', 'concept') })
  if (!options) return { ok: false, problems: setupProblems }
  const loaded = loadProject({ dossier, ...(flags.sjablonen === undefined ? {} : { templatesDir: flags.sjablonen }) })
  if (!loaded.project) return { ok: false, problems: [...setupProblems, ...loaded.problems] }
  // Every document of the kind is built (assemble() has no "first only"); for the 18 uitnodigingen
  // of the sample that is about 150 ms, for one overeenkomst about 30 ms.
  const result = await assemble(loaded.project, options)
  const problems = [...setupProblems, ...result.problems]
  if (hasErrors(problems)) return { ok: false, problems }
  const first = result.documents[0]
  if (!first) return { ok: false, problems, nothing: result.skipped.find((s) => s.kind === kind)?.reason ?? 'niets van deze soort' }
  const written = writeDocuments(flags.uit ?? 'uit', [{ fileName: first.fileName, bytes: first.bytes! }])
  const houseStyle = houseStyleOf(first, options)
  return {
    ok: true,
    document: first,
    template: loaded.project.templates.documents.get(kind)?.file ?? `${kind}.md.hbs`,
    count: result.documents.length,
    ...(houseStyle ? { houseStyle } : {}),
    problems: [...problems, ...written.problems],
    written: written.written,
  }
}

/** The house style object behind the file the document names (`--huisstijl`, or its sender's from the configuration). */
function houseStyleOf(document: AssembledDocument, options: AssembleOptions): HouseStyle | undefined {
  if (document.houseStyle === undefined) return undefined
  const candidates = [options.houseStyle, ...[...(options.municipalHouseStyles?.values() ?? [])].map((m) => m.houseStyle)]
  return candidates.find((h) => h?.file === document.houseStyle)
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]])) as Pick<T, K>
}
