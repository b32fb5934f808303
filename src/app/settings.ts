/**
 * Settings → options, the one path for every command that assembles (genereer, voorbeeld, batch and its workers).
 *
 * The project configuration for a command (project-settings.ts: `--config <file>` or `oogo.config.yaml` in the
 * current folder, validated, as rule settings); and the house styles of `oogo genereer` (`--huisstijl` and the
 * configuration's `huisstijlen`), read from their .docx files.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { hasErrors, type OogoError } from '../errors.ts'
import { loadHouseStyle } from '../load/load-house-style.ts'
import { defaultOptions, type AssembleOptions, type MunicipalHouseStyle } from '../options.ts'
import type { HouseStyleReference } from '../validate/validate-config.ts'
import type { HouseStyle } from '../model/house-style.ts'
import { loadSettings } from './project-settings.ts'

export { loadSettings }

export interface LoadedHouseStyles {
  houseStyle?: HouseStyle
  municipalHouseStyles: Map<string, MunicipalHouseStyle>
  /** Errors (a file missing, not a Word document) and warnings (a logo oogo cannot take over). */
  problems: OogoError[]
}

/**
 * Reads `--huisstijl` (relative to the current folder) and each house style of the configuration (relative to the
 * configuration file's folder). A file named more than once is read once.
 */
export function loadHouseStyles(flag: string | undefined, references: readonly HouseStyleReference[] = []): LoadedHouseStyles {
  const problems: OogoError[] = []
  const read = new Map<string, HouseStyle | undefined>()
  const load = (path: string, shown: string, namedAt?: HouseStyleReference) => {
    const key = resolve(path)
    if (!read.has(key)) {
      const loaded = loadHouseStyle(shown)
      const where = namedAt ? `genoemd in ${namedAt.place.file}${namedAt.place.line ? `:${namedAt.place.line}:${namedAt.place.column ?? 1}` : ''} (huisstijlen.${namedAt.municipality})` : undefined
      problems.push(...loaded.problems.map((p) => (where ? { ...p, suggestion: p.suggestion ? `${p.suggestion} De huisstijl is ${where}.` : `De huisstijl is ${where}.` } : p)))
      read.set(key, loaded.houseStyle)
    }
    return read.get(key)
  }
  const result: LoadedHouseStyles = { municipalHouseStyles: new Map(), problems }
  if (flag !== undefined) {
    const houseStyle = load(flag, flag)
    if (houseStyle) result.houseStyle = houseStyle
  }
  for (const reference of references) {
    const path = isAbsolute(reference.file) ? reference.file : join(dirname(reference.place.file), reference.file)
    const houseStyle = load(path, path, reference)
    if (houseStyle) result.municipalHouseStyles.set(reference.municipality, { houseStyle, place: reference.place })
  }
  return result
}

/** The flags that shape an assembly, as the command line names them. */
export interface AssembleFlags {
  document?: readonly string[]
  vergadering?: readonly string[]
  partij?: readonly string[]
  concept?: boolean
  emit?: 'tekst' | 'lezen' | 'model'
  config?: string
  huisstijl?: string
}

/**
 * The options of an assembly from the flags, the project configuration and the house styles. `options` is absent
 * when any of them has an error; `problems` also holds the warnings (a logo oogo cannot take over), to be shown with
 * the assembly's own.
 */
export function assembleOptions(flags: AssembleFlags): { options?: AssembleOptions; problems: OogoError[] } {
  const { settings, houseStyles: references, problems } = loadSettings(flags.config)
  if (!settings) return { problems }
  const houseStyles = loadHouseStyles(flags.huisstijl, references)
  if (hasErrors(houseStyles.problems)) return { problems: houseStyles.problems }
  const options: AssembleOptions = {
    ...defaultOptions,
    documents: flags.document ?? [],
    draft: flags.concept ?? false,
    emit: flags.emit === 'tekst' ? 'text' : flags.emit === 'model' || flags.emit === 'lezen' ? 'model' : 'docx',
    meetings: flags.vergadering ?? [],
    parties: flags.partij ?? [],
    rules: settings,
    ...(houseStyles.houseStyle ? { houseStyle: houseStyles.houseStyle } : {}),
    ...(houseStyles.municipalHouseStyles.size > 0 ? { municipalHouseStyles: houseStyles.municipalHouseStyles } : {}),
  }
  return { options, problems: houseStyles.problems }
}
