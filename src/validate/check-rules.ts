/**
 * Runs the legal and procedural rules on a schema-valid, reference-checked dossier and turns
 * their findings into located problems with the rule's id, level and basis. The project
 * configuration may switch practice and procedure rules off or change their severity; statute
 * rules (level A) always apply.
 */
import { defaultRuleSettings, type RuleSettings } from '../model/rule-settings.ts'
import { oogoError, type OogoError } from '../errors.ts'
import type { Dossier } from '../model/dossier.ts'
import { rules as allRules, type Rule, type RuleContext } from '../rules/index.ts'
import type { ReferenceData } from '../model/reference-data.ts'
import { pointerToPlace } from './pointer-to-place.ts'
import type { ParsedYaml } from '../model/project.ts'
import type { Terms } from '../model/rule-settings.ts'
import { enumeration } from '../text/enumeration.ts'


export function checkRules(yaml: ParsedYaml, dossier: Dossier, reference: () => ReferenceData,
  settings: RuleSettings = defaultRuleSettings, rules: readonly Rule[] = allRules): OogoError[] {
  const context: RuleContext = {
    dossier,
    terms: { ...settings.terms, ...stripUndefined(dossier.procedure?.termijnen ?? {}) },
    reference,
  }
  return rules.flatMap((rule) => {
    const override = rule.level === 'A' ? undefined : settings.severities[rule.id]
    // A rule may be off by default (a practice check one switches on in the configuration).
    const effective = override ?? rule.severity
    if (effective === 'uit') return []
    const severity = effective === 'fout' ? 'error' : 'warning'
    const problems = rule.check(context).map((finding) => oogoError(`regel/${rule.id}`, 'validate', finding.message,
      pointerToPlace(yaml, finding.path, finding.at ?? 'value'), finding.suggestion, severity))
      .map((problem) => ({ ...problem, rule: { id: rule.id, level: rule.level, basis: rule.basis } }))
    return aggregate(problems)
  })
}

/** Beyond this many findings of one rule (more than the gemeenten of any jeugdregio), they are counted in one instead of listed one by one. */
export const maxFindingsPerRule = 25

/**
 * One cause, one finding: a dossier with three hundred gemeenten without a machtiging, or meetings a century apart,
 * gives one finding with a count and the first other places, never hundreds of lines that say the same.
 */
function aggregate(problems: OogoError[]): OogoError[] {
  if (problems.length <= maxFindingsPerRule) return problems
  const [first, ...rest] = problems
  const lines = [...new Set(rest.map((p) => p.place.line).filter((line): line is number => line !== undefined && line !== first!.place.line))]
  const shown = lines.slice(0, 5)
  const places = shown.length === 0 ? '' : `, onder meer op regel ${enumeration(shown.map(String))}`
  return [{ ...first!, message: `${first!.message} Dezelfde bevinding geldt nog ${rest.length} keer${places}.` }]
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
