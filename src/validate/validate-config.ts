/**
 * The project configuration against `schemas/config.schema.json`, then its meaning: every rule
 * id exists, and statute rules (level A) cannot be switched off or softened. Gives the settings
 * the rule runner uses.
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { LoadedConfig } from '../load/load-config.ts'
import { rules } from '../rules/index.ts'
import { didYouMean } from '../util/suggest.ts'
import { defaultRuleSettings, type RuleSettings, type SeverityOverride } from './check-rules.ts'
import { pointerToPlace } from './pointer-to-place.ts'
import { validateDossier } from './validate-dossier.ts'

interface ConfigData {
  regels?: Record<string, SeverityOverride>
  termijnen?: RuleSettings['terms']
}

export function validateConfig(config: LoadedConfig | undefined, schema: object): { settings: RuleSettings; problems: OogoError[] } {
  if (!config) return { settings: defaultRuleSettings, problems: [] }
  const problems = validateDossier(config.yaml, config.data, schema)
  if (problems.length > 0) return { settings: defaultRuleSettings, problems }
  const data = (config.data ?? {}) as ConfigData
  for (const id of Object.keys(data.regels ?? {})) {
    const rule = rules.find((r) => r.id === id)
    const place = pointerToPlace(config.yaml, ['regels', id], 'key')
    if (!rule) {
      problems.push(oogoError(ErrorCode.schema, 'validate', `Onbekende regel \`${id}\`.`, place, didYouMean(id, rules.map((r) => r.id)) ?? 'Zie `oogo regels` voor alle regels.'))
    } else if (rule.level === 'A') {
      problems.push(oogoError(ErrorCode.schema, 'validate', `Regel \`${id}\` volgt uit de wet (${rule.basis}) en kan niet worden aangepast.`, place, 'Verwijder deze regel uit de instellingen.'))
    }
  }
  return { settings: { severities: data.regels ?? {}, terms: data.termijnen ?? {} }, problems }
}
