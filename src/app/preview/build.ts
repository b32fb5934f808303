/**
 * One preview run without output: load, assemble the kind, take the first document; then, when the caller has shown
 * it, `write()` builds and writes that document's `.docx` — the text is on the screen before the Word file is made,
 * and only the first document of the kind is made (18 uitnodigingen of the sample are one). Everything a caller
 * shows (the terminal, the page) comes from the result; nothing is printed or thrown for a fault in the dossier, a
 * template or the settings.
 */
import { assemble, type AssembledDocument } from '../../assemble.ts'
import { hasErrors, type OogoError } from '../../errors.ts'
import type { HouseStyle } from '../../model/house-style.ts'
import { loadProject } from '../../load/load-project.ts'
import { verifyDocx } from '../../ooxml/verify-docx.ts'
import type { AssembleOptions } from '../../options.ts'
import { makeDocx } from '../../pack/direct-docx.ts'
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
    /** Warnings of the run. */
    problems: OogoError[]
    /** Builds the document's `.docx` as `oogo genereer` does and writes it: the problems of writing, and what was written. */
    write(): Promise<{ problems: OogoError[]; written: WrittenFile[] }>
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
  // Every document of the kind is checked and filled in (assemble() has no "first only"), as its model: the Word
  // file is made for the first alone, by write().
  const result = await assemble(loaded.project, { ...options, emit: 'model' })
  const problems = [...setupProblems, ...result.problems]
  if (hasErrors(problems)) return { ok: false, problems }
  const first = result.documents[0]
  if (!first) return { ok: false, problems, nothing: result.skipped.find((s) => s.kind === kind)?.reason ?? 'niets van deze soort' }
  const houseStyle = houseStyleOf(first, options)
  return {
    ok: true,
    document: first,
    template: loaded.project.templates.documents.get(kind)?.file ?? `${kind}.md.hbs`,
    count: result.documents.length,
    ...(houseStyle ? { houseStyle } : {}),
    problems,
    async write() {
      // What assemble() does for emit 'docx': the same house style and date, and the same check of the result.
      const bytes = await makeDocx(first.model, houseStyle, first.model.meta.date)
      verifyDocx(bytes, first.fileName)
      return writeDocuments(flags.uit ?? 'uit', [{ fileName: first.fileName, bytes }])
    },
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
