/**
 * `oogo sjablonen kopieer <soort> --naar <map>`: copies one built-in template or partial into an
 * organisation's own folder, where it can be changed; everything not copied keeps coming from
 * oogo itself (`--sjablonen <map>`). An existing file is kept unless `--overschrijven` is given.
 */
import { join } from 'node:path'
import { ExitCode, exitCodeFor, type OogoError } from '../errors.ts'
import { builtInTemplatesDir, loadTemplates } from '../load/load-project.ts'
import { closest } from '../text/suggest.ts'
import { writeTextFiles } from '../write/write-snapshots.ts'
import type { Terminal } from './terminal.ts'
import { findTemplate, normaliseTemplateName } from './template-names.ts'
import type { TemplateSet } from '../model/project.ts'

export interface TemplatesCopyFlags {
  naar: string
  overschrijven?: boolean
}

const suffix = '.md.hbs'

/**
 * @example
 *   runTemplatesCopy('overeenkomst', { naar: 'mijn-sjablonen' })        // mijn-sjablonen/overeenkomst.md.hbs
 *   runTemplatesCopy('partials/adresblok', { naar: 'mijn-sjablonen' })  // mijn-sjablonen/partials/adresblok.md.hbs
 */
export function runTemplatesCopy(name: string, flags: TemplatesCopyFlags, terminal: Terminal): ExitCode {
  const builtIn = loadTemplates(builtInTemplatesDir)
  const found = findTemplate(builtIn, name)
  if (!found) {
    const names = templateNames(builtIn)
    const guess = closest(normaliseTemplateName(name), [...names, ...builtIn.partials.keys()])
    const suggestion = guess === undefined ? '' : ` Bedoelde u \`${builtIn.partials.has(guess) ? `partials/${guess}` : guess}\`?`
    terminal.writeError(`Onbekend sjabloon '${name}'.${suggestion}\n` +
      `Documenten: ${[...builtIn.documents.keys()].join(', ')}.\n` +
      `Gedeelde stukken: ${[...builtIn.partials.keys()].map((p) => `partials/${p}`).join(', ')}.\n`)
    return ExitCode.usage
  }
  const target = found.partial ? join(flags.naar, 'partials', found.source.name + suffix) : join(flags.naar, found.source.name + suffix)
  const { written, problems } = writeTextFiles([{ path: target, text: found.source.text }], { overwrite: flags.overschrijven ?? false })
  if (written.length === 0) {
    terminal.problems(problems, false)
    return exitCodeFor(problems)
  }
  const usedBy = found.partial ? documentsUsing(builtIn, found.source.name) : [found.source.name]
  const example = usedBy[0] ?? 'overeenkomst'
  terminal.write(
    `Geschreven: ${target} (kopie van ${found.source.file}).\n\n` +
    (found.partial ? `Dit gedeelde stuk staat in: ${usedBy.join(', ') || 'geen enkel document'}.\n` : '') +
    `Pas het bestand aan en gebruik uw map met --sjablonen; alle andere sjablonen komen uit oogo zelf:\n` +
    `  npx oogo voorbeeld <dossier> --document ${example} --sjablonen ${flags.naar} --watch\n` +
    `  npx oogo sjablonen test --sjablonen ${flags.naar}\n` +
    `  npx oogo genereer <dossier> --sjablonen ${flags.naar}\n`)
  return ExitCode.ok
}


function templateNames(set: TemplateSet): string[] {
  return [...set.documents.keys(), ...[...set.partials.keys()].map((p) => `partials/${p}`)]
}

/** The document templates that include the partial, directly or through another partial. */
function documentsUsing(set: TemplateSet, partial: string): string[] {
  const includes = (text: string) => new Set([...text.matchAll(/\{\{~?>\s*([\w-]+)/g)].map((m) => m[1]!))
  const users = new Set([partial])
  for (let grown = true; grown;) {
    grown = false
    for (const source of set.partials.values()) {
      if (!users.has(source.name) && [...includes(source.text)].some((n) => users.has(n))) {
        users.add(source.name)
        grown = true
      }
    }
  }
  return [...set.documents.values()].filter((d) => [...includes(d.text)].some((n) => users.has(n))).map((d) => d.name)
}
