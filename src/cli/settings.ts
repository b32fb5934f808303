/**
 * The project configuration for a command: `--config <file>` or `oogo.config.yaml` in the
 * current folder, validated, as rule settings.
 */
import type { OogoError } from '../errors.ts'
import { loadConfig } from '../load/load-config.ts'
import { configSchemaFile, loadSchema } from '../load/load-project.ts'
import { validateConfig } from '../validate/validate-config.ts'
import type { RuleSettings } from '../validate/check-rules.ts'

export function loadSettings(file: string | undefined): { settings?: RuleSettings; problems: OogoError[] } {
  const loaded = loadConfig(file)
  if (loaded.problems.length > 0) return { problems: loaded.problems }
  const { settings, problems } = validateConfig(loaded.config, loadSchema(configSchemaFile))
  return problems.length > 0 ? { problems } : { settings, problems: [] }
}
