/**
 * The project configuration against `schemas/config.schema.json`, then its meaning: every rule
 * id exists, and statute rules (level A) cannot be switched off or softened. Gives the settings
 * the rule runner uses, and the house styles it names per gemeente (as paths with their place:
 * whether each id is a gemeente depends on the dossier, so `assemble` checks that).
 */
import { ErrorCode, oogoError, type OogoError, type Place } from '../errors.ts'
import type { LoadedConfig } from '../model/project.ts'
import { rules } from '../rules/index.ts'
import { didYouMean } from '../text/suggest.ts'
import { pointerToPlace } from './pointer-to-place.ts'
import { validateDossier } from './validate-dossier.ts'
import { defaultRuleSettings, type RuleSettings, type SeverityOverride } from '../model/rule-settings.ts'

interface ConfigData {
  regels?: Record<string, SeverityOverride>
  termijnen?: RuleSettings['terms']
  huisstijlen?: Record<string, string>
}

/** `huisstijlen.<gemeente>`: the path as written (relative to the configuration file) and where it is written. */
export interface HouseStyleReference { municipality: string; file: string; place: Place }

export function validateConfig(config: LoadedConfig | undefined, schema: object): { settings: RuleSettings; houseStyles: HouseStyleReference[]; problems: OogoError[] } {
  if (!config) return { settings: defaultRuleSettings, houseStyles: [], problems: [] }
  const problems = validateDossier(config.yaml, config.data, schema)
  if (problems.length > 0) return { settings: defaultRuleSettings, houseStyles: [], problems }
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
  const houseStyles = Object.entries(data.huisstijlen ?? {}).map(([municipality, file]) => ({ municipality, file, place: pointerToPlace(config.yaml, ['huisstijlen', municipality]) }))
  for (const { municipality, file, place } of houseStyles) {
    if (/\.(docx|dotx)$/i.test(file)) continue
    problems.push(oogoError(ErrorCode.schema, 'validate', `De huisstijl van \`${municipality}\` is geen Word-document: \`${file}\`.`, place,
      /\.(doc|dot)$/i.test(file) ? 'Open het bestand in Word en sla het op als Word-document (.docx).' : 'Geef het pad van een Word-document (.docx) of Word-sjabloon (.dotx).'))
  }
  return { settings: { severities: data.regels ?? {}, terms: data.termijnen ?? {} }, houseStyles: problems.length > 0 ? [] : houseStyles, problems }
}
