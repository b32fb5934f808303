/**
 * `oogo velden` (`fields`): the field reference for template editors, made from the schemas — every
 * path a template may use per document kind, its type, whether it is always present and its Dutch
 * description; the Handlebars variables; and every helper with its arguments and an example.
 * `docs/velden.md` is `fieldsMarkdown()`; a test keeps the two in step.
 */
import { describePresence, dataVariables, type FieldModel, type FieldNode, type KindModel } from '../template-check/field-model.ts'
import { helpers } from '../render/helpers/index.ts'
import { defaultFieldModel } from '../template-check/check-templates.ts'
import { ExitCode } from '../errors.ts'
import type { Terminal } from './terminal.ts'

/** One field as `oogo velden --formaat json` gives it (English keys, as the other JSON output). */
export interface FieldEntry {
  path: string
  type: FieldNode['type']
  format?: string
  alwaysPresent: boolean
  /** When not always present: the conditions (any group, all of a group) under which it is. */
  presentWhen?: FieldNode['presentWhen']
  enum?: FieldNode['enum']
  title?: string
  description: string
}

export function fieldsJson(model: FieldModel = defaultFieldModel()): object {
  return {
    kinds: [...model.kinds.values()].map((kind) => ({
      kind: kind.kind,
      label: kind.label,
      title: kind.title,
      description: kind.description,
      replaces: kind.replaced,
      fields: entries(kind),
    })),
    dataVariables: dataVariables.map((v) => ({ name: `@${v.name}`, type: v.type, onlyInEach: v.onlyInEach, description: v.description })),
    helpers: helpers.map((h) => ({
      name: h.name,
      description: h.description,
      params: h.params.map((p) => ({ name: p.name, description: p.description, optional: p.optional ?? false })),
      example: h.example,
    })),
  }
}

function entries(kind: KindModel): FieldEntry[] {
  return [...kind.index.values()].filter((n) => n.path !== '').map((n) => {
    const entry: FieldEntry = { path: n.path, type: n.type, alwaysPresent: n.alwaysPresent, description: n.description }
    if (n.format) entry.format = n.format
    if (n.presentWhen) entry.presentWhen = n.presentWhen
    if (n.enum) entry.enum = n.enum
    if (n.title) entry.title = n.title
    return entry
  })
}

const intro = `# Velden voor de sjablonen

<!-- Gemaakt door \`oogo velden --formaat markdown\` uit schemas/dossier.schema.json, schemas/weergave.schema.json en de helpers; niet met de hand bewerken. -->

Welke velden een sjabloon kan gebruiken, per document, met hun type, of ze altijd aanwezig zijn en
wat ze betekenen; daarna de variabelen van Handlebars en de helpers. \`npx oogo sjablonen controleer\`
toetst elk sjabloon aan deze lijst, zonder dossier: een tikfout in een veldnaam, een veld van een
lijst buiten \`{{#each}}\`, een onbekende helper of een veld dat niet altijd aanwezig is en niet binnen
een \`{{#if}}\` staat, wordt gemeld met bestand, regel en kolom.

**Zo leest u de tabellen.**

- **veld**: zoals u het in een sjabloon schrijft, vanaf het begin van het document: \`{{dossier.titel}}\`.
  \`partijlijst[].naam\` is het veld \`naam\` van één element van de lijst \`partijlijst\`: binnen
  \`{{#each partijlijst}}…{{/each}}\` schrijft u gewoon \`{{naam}}\` (buiten de lijst bestaat het niet).
- **altijd aanwezig**: *ja* betekent altijd, zodra het veld erboven er is. *Nee* betekent: zet het veld
  binnen \`{{#if veld}}…{{/if}}\` (of \`{{#each}}\`, \`{{#with}}\`), anders stopt \`oogo\` met een fout bij een
  dossier zonder dat veld. "Als \`soort\` \`swv\` is" betekent: het veld is er precies bij die waarde;
  binnen \`{{#if (gelijk soort "swv")}}\` hoeft dan geen eigen \`{{#if}}\`.
- **type**: tekst, datum (als JJJJ-MM-DD in het dossier; met \`{{datum …}}\` voluit: "2 maart 2026"),
  geheel getal, ja/nee (voor \`{{#if}}\`), lijst (voor \`{{#each}}\`) of groep (een veld met velden
  eronder).

Elk document krijgt de velden van [Alle documenten](#alle-documenten); de paragrafen per document
noemen alleen wat daar bij komt of anders is.
`

export function fieldsMarkdown(model: FieldModel = defaultFieldModel()): string {
  const common = model.common
  const parts: string[] = [intro]
  parts.push('## Alle documenten\n', paragraph(common.description), '', table(rows(common, () => true)), '')
  for (const kind of model.kinds.values()) {
    parts.push(`## ${kind.label.charAt(0).toUpperCase()}${kind.label.slice(1)} (\`${kind.kind}\`)\n`, paragraph(kind.description), '')
    if (kind.replaced.length > 0) {
      parts.push(paragraph(`In dit document ${kind.replaced.length === 1 ? 'vervangt het veld' : 'vervangen de velden'} ${kind.replaced.map((k) => `\`${k}\``).join(', ')} ${kind.replaced.length === 1 ? 'het gelijknamige veld' : 'de gelijknamige velden'} van het dossier; de velden daaronder van het dossier bestaan hier niet.`), '')
    }
    const own = rows(kind, (node) => {
      if (kind.replaced.some((k) => node.path === k || node.path.startsWith(`${k}.`) || node.path.startsWith(`${k}[]`))) return true
      const before = common.index.get(node.path)
      return !before || before.type !== node.type || before.alwaysPresent !== node.alwaysPresent
        || JSON.stringify(before.presentWhen) !== JSON.stringify(node.presentWhen) || before.description !== node.description
    })
    parts.push(own.length > 0 ? table(own) : 'Geen extra velden.', '')
  }
  parts.push('## Variabelen\n', paragraph('Handlebars geeft ook deze variabelen, met een @ ervoor.'), '', '| variabele | type | omschrijving |', '| --- | --- | --- |',
    ...dataVariables.map((v) => `| \`@${v.name}\` | ${typeName({ type: v.type } as FieldNode)} | ${cell(v.description)} |`), '')
  parts.push('## Helpers\n', paragraph('Nederlandse hulpfuncties. Een helper krijgt zijn argumenten na zijn naam, gescheiden door spaties; tekst staat tussen aanhalingstekens. Binnen `{{#if …}}` zet u een helper tussen haakjes: `{{#if (gelijk a b)}}`.'), '')
  for (const helper of helpers) {
    parts.push(`### \`${helper.name}\`\n`, paragraph(helper.description), '', '| argument | | omschrijving |', '| --- | --- | --- |',
      ...helper.params.map((p) => `| \`${p.name}\` | ${p.optional ? 'facultatief' : 'verplicht'} | ${cell(p.description)} |`), '', `Voorbeeld: \`${helper.example}\``, '')
  }
  parts.push('Van Handlebars zelf: `{{#if}}`, `{{#unless}}`, `{{#each}}`, `{{#with}}` (elk met één argument), `{{lookup}}` en `{{log}}`.\n')
  return parts.join('\n').replace(/\n{3,}/g, '\n\n')
}

interface Row { path: string; type: string; present: string; description: string }

function rows(kind: KindModel, include: (node: FieldNode) => boolean): Row[] {
  return [...kind.index.values()]
    // An element of a list is described by the list and the fields below it.
    .filter((n) => n.path !== '' && !n.path.endsWith('[]') && include(n))
    .map((n) => ({ path: n.path, type: typeName(n), present: presence(n), description: describe(n) }))
}

function table(rows: readonly Row[]): string {
  return ['| veld | type | altijd aanwezig | omschrijving |', '| --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${r.type} | ${r.present} | ${cell(r.description)} |`)].join('\n')
}

function typeName(node: FieldNode): string {
  switch (node.type) {
    case 'string': return node.format === 'date' ? 'datum' : 'tekst'
    case 'integer': return 'geheel getal'
    case 'number': return 'getal'
    case 'boolean': return 'ja/nee'
    case 'object': return 'groep'
    case 'array': return node.items && node.items.type !== 'object' ? `lijst van ${typeName(node.items).replace(/^groep$/, 'groepen')}` : 'lijst'
    case 'null': return 'leeg'
    default: return 'onbepaald'
  }
}

function presence(node: FieldNode): string {
  if (node.alwaysPresent) return 'ja'
  return node.presentWhen ? `nee; ${describePresence(node.presentWhen)}` : 'nee'
}

function describe(node: FieldNode): string {
  const text = [node.title && !node.description.startsWith(node.title) ? `**${node.title}.**` : '', node.description].filter(Boolean).join(' ')
  const values = node.enum ?? (node.items?.enum && node.items.type !== 'object' ? node.items.enum : undefined)
  if (!values) return text
  return values.length === 1 ? `${text} Hier altijd \`${String(values[0])}\`.` : `${text} Een van: ${values.map((v) => `\`${String(v)}\``).join(', ')}.`
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()
}

function paragraph(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `oogo velden [--formaat markdown|json]`. */
export function runFields(flags: { formaat?: 'markdown' | 'json' }, terminal: Terminal): ExitCode {
  terminal.write(flags.formaat === 'json' ? `${JSON.stringify(fieldsJson(), null, 2)}\n` : fieldsMarkdown())
  return ExitCode.ok
}
