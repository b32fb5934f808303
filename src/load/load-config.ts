/**
 * The optional project configuration `oogo.config.yaml`: rule severities and default terms.
 * Given with `--config`, or found in the current folder. Read and parsed here (with positions);
 * validate/validate-config.ts checks it.
 */
import { existsSync } from 'node:fs'
import type { OogoError } from '../errors.ts'
import { parseYaml } from './parse-yaml.ts'
import { readSource } from './read-source.ts'
import type { LoadedConfig } from '../model/project.ts'

export const configFileName = 'oogo.config.yaml'

/** `file` when given (it must exist), else `oogo.config.yaml` in the current folder when present. */
export function loadConfig(file: string | undefined): { config?: LoadedConfig; problems: OogoError[] } {
  if (file === undefined && !existsSync(configFileName)) return { problems: [] }
  const read = readSource(file ?? configFileName)
  if (!read.source) return { problems: read.problems }
  const parsed = parseYaml(read.source)
  if (!parsed.yaml) return { problems: parsed.problems }
  return { config: { yaml: parsed.yaml, data: parsed.data }, problems: [] }
}
