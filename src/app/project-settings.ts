/**
 * The project configuration for a command: `--config <file>` or `oogo.config.yaml` in the current folder, validated,
 * as rule settings, with the house styles it names per gemeente (not yet read). Apart from settings.ts, which reads
 * the house styles' Word files, so that a command that needs none (`oogo controleer` of a project without
 * `huisstijlen`) does not load a .docx reader.
 */
import type { OogoError } from '../errors.ts'
import { loadConfig } from '../load/load-config.ts'
import { configSchemaFile, loadSchema } from '../load/load-project.ts'
import { validateConfig, type HouseStyleReference } from '../validate/validate-config.ts'
import type { RuleSettings } from '../model/rule-settings.ts'

export function loadSettings(file: string | undefined): { settings?: RuleSettings; houseStyles?: HouseStyleReference[]; problems: OogoError[] } {
  const loaded = loadConfig(file)
  if (loaded.problems.length > 0) return { problems: loaded.problems }
  const { settings, houseStyles, problems } = validateConfig(loaded.config, loadSchema(configSchemaFile))
  return problems.length > 0 ? { problems } : { settings, houseStyles, problems: [] }
}
