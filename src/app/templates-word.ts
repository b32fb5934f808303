/**
 * `oogo sjablonen naar-word` and `oogo sjablonen van-word`: a template as a Word document, and back.
 *
 * naar-word writes the template (the organisation's own version from --sjablonen, else the built-in one) and every
 * partial it uses, directly or through another, each as a .docx (template-word/template-to-docx.ts). van-word reads
 * an edited .docx back (template-word/docx-to-template.ts), runs the full template check of `oogo sjablonen
 * controleer` on the override folder with the new text in place, shows the change as a unified diff against the
 * current override file or else the built-in template, and writes the file atomically only when the check passes.
 */
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ErrorCode, ExitCode, exitCodeFor, hasErrors, oogoError, sortErrors, type OogoError } from '../errors.ts'
import { builtInTemplatesDir, loadTemplateSet, loadTemplates } from '../load/load-project.ts'
import { readBytes } from '../load/read-source.ts'
import { sha256 } from '../load/find-dossiers.ts'
import { checkTemplates } from '../template-check/check-templates.ts'
import { closest } from '../text/suggest.ts'
import { makeFolder, writeFileAtomic, writeProblem } from '../write/atomic-write.ts'
import { templateToDocx, unwordableCharacter } from '../template-word/template-to-docx.ts'
import { codePointName } from '../ooxml/xml-characters.ts'
import { docxToTemplate } from '../template-word/docx-to-template.ts'
import { codeSpans } from '../template-word/template-code.ts'
import type { TemplateSet, TemplateSource } from '../model/project.ts'
import type { Terminal } from './terminal.ts'
import { findTemplate, normaliseTemplateName } from './template-names.ts'
import { unifiedDiff } from './text-diff.ts'

export interface TemplatesToWordFlags {
  naar: string
  sjablonen?: string
  overschrijven?: boolean
}

export interface TemplatesFromWordFlags {
  sjablonen: string
  proef?: boolean
}

const suffix = '.md.hbs'
const maxDocxBytes = 50 * 1024 * 1024

/**
 * @example
 *   await runTemplatesToWord('overeenkomst', { naar: 'word' }, terminal) // word/overeenkomst.docx, word/partials/ondertekening.docx, …
 */
export async function runTemplatesToWord(name: string, flags: TemplatesToWordFlags, terminal: Terminal): Promise<ExitCode> {
  const loaded = loadTemplateSet(flags.sjablonen)
  if (!loaded.templates) {
    terminal.problems(loaded.problems, false)
    return exitCodeFor(loaded.problems)
  }
  const set = loaded.templates
  const wanted = findTemplate(set, name)
  if (!wanted) {
    const names = [...set.documents.keys(), ...[...set.partials.keys()].map((p) => `partials/${p}`)]
    const guess = closest(normaliseTemplateName(name), [...names, ...set.partials.keys()])
    const suggestion = guess === undefined ? '' : ` Bedoelde u \`${set.partials.has(guess) ? `partials/${guess}` : guess}\`?`
    terminal.writeError(`Onbekend sjabloon '${name}'.${suggestion}\n` +
      `Documenten: ${[...set.documents.keys()].join(', ')}.\nGedeelde stukken: ${[...set.partials.keys()].map((p) => `partials/${p}`).join(', ')}.\n`)
    return ExitCode.usage
  }

  const templates = [wanted, ...partialsUsed(set, wanted.source.text).map((p) => ({ source: set.partials.get(p)!, partial: true }))]
  const files = templates.map(({ source, partial }) => ({
    name: partial ? `partials/${source.name}` : source.name,
    source,
    path: partial ? join(flags.naar, 'partials', `${source.name}.docx`) : join(flags.naar, `${source.name}.docx`),
  }))
  const unwordable = files.flatMap(({ source }) => {
    const found = unwordableCharacter(source.text)
    return found ? [oogoError(ErrorCode.templateInvalidCharacter, 'load', `Het sjabloon bevat het teken ${codePointName(found.codePoint)}, dat een Word-document niet kan bevatten.`,
      { file: source.file, line: found.line, column: found.column }, 'Verwijder het teken (het is onzichtbaar of een stuurteken); `oogo sjablonen controleer` meldt het ook.')] : []
  })
  if (unwordable.length > 0) return report(terminal, unwordable)
  if (!flags.overschrijven) {
    const existing = files.filter((f) => existsSync(f.path)).map((f) => oogoError(ErrorCode.writeFailed, 'write', 'Dit bestand bestaat al; er is niets overschreven.', { file: f.path },
      'Gebruik --overschrijven om het te vervangen (een bewerking die u nog niet terugzette gaat dan verloren), of kies met --naar een andere map.'))
    if (existing.length > 0) {
      terminal.problems(existing)
      return ExitCode.io
    }
  }
  const written: string[] = []
  for (const file of files) {
    const bytes = await templateToDocx({ name: file.name, text: file.source.text })
    try {
      makeFolder(dirname(file.path))
      writeFileAtomic(file.path, bytes, { overwrite: flags.overschrijven ?? false })
      written.push(file.path)
    } catch (error) {
      const problem = (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? oogoError(ErrorCode.writeFailed, 'write', 'Dit bestand bestaat al; het is niet overschreven.', { file: file.path }, 'Gebruik --overschrijven om het te vervangen.')
        : writeProblem(file.path, error, 'Het Word-document kan niet worden geschreven')
      terminal.problems([problem], written.length > 0 ? `; geschreven zijn alleen: ${written.join(', ')}.` : undefined)
      return ExitCode.io
    }
  }

  const back = flags.sjablonen ?? '<uw map met sjablonen>'
  terminal.write(files.map((f) => `Geschreven: ${f.path} (${f.source.file})\n`).join('') + '\n' +
    (files.length > 1 ? `Het sjabloon gebruikt ${files.length - 1} gedeelde ${files.length === 2 ? 'stuk' : 'stukken'}; elk staat in een eigen Word-document.\n` : '') +
    'Bewerk het in Word (of LibreOffice) en zet het terug in uw map met eigen sjablonen:\n' +
    `  npx oogo sjablonen van-word ${files[0]!.path} --sjablonen ${back} --proef\n` +
    `  npx oogo sjablonen van-word ${files[0]!.path} --sjablonen ${back}\n`)
  return ExitCode.ok
}

/**
 * @example
 *   await runTemplatesFromWord('word/overeenkomst.docx', { sjablonen: 'mijn-sjablonen' }, terminal)
 */
export async function runTemplatesFromWord(file: string, flags: TemplatesFromWordFlags, terminal: Terminal): Promise<ExitCode> {
  const read = readBytes(file, { subject: 'Het Word-document', noun: 'Word-document', kind: 'Word-document', maxBytes: maxDocxBytes,
    directoryHint: 'Geef het pad van een Word-document (.docx) dat `oogo sjablonen naar-word` schreef.' })
  if (!read.bytes) return report(terminal, read.problems)
  const builtIn = loadTemplates(builtInTemplatesDir)
  const fromWord = docxToTemplate(read.bytes, file, builtIn)
  if (!fromWord.template) return report(terminal, fromWord.problems)
  const { name, text } = fromWord.template

  // The set as `oogo genereer --sjablonen` would use it, with the new text in place.
  const folderExists = existsSync(flags.sjablonen)
  const loaded = folderExists ? loadTemplateSet(flags.sjablonen) : { templates: builtIn, problems: [] as OogoError[] }
  if (!loaded.templates) return report(terminal, loaded.problems)
  const partial = name.startsWith('partials/')
  const bare = partial ? name.slice('partials/'.length) : name
  const target = partial ? join(flags.sjablonen, 'partials', bare + suffix) : join(flags.sjablonen, bare + suffix)
  const current = (partial ? loaded.templates.partials : loaded.templates.documents).get(bare)!
  const withNew = replaced(loaded.templates, partial, { name: bare, file: target, text })
  const problems = sortErrors([...loaded.problems, ...checkTemplates(withNew)])

  const out: string[] = []
  if (current.text !== text && fromWord.template.writtenSha256 !== undefined && fromWord.template.writtenSha256 !== sha256(current.text)) {
    out.push(`Let op: ${current.file} is gewijzigd sinds dit Word-document werd gemaakt. Het verschil hieronder is het verschil met de tekst van nu;` +
      ' wat sindsdien in dat bestand veranderde, gaat verloren als u dit document terugzet.\n\n')
  }
  if (current.text === text) {
    out.push(`Geen wijzigingen: de tekst is gelijk aan ${current.file}.\n`)
  } else {
    out.push(`${unifiedDiff(terminal.isTTY, current.file, `${target} (uit ${file})`, current.text, text)}\n\n`)
  }
  terminal.write(out.join(''))

  if (problems.length > 0) terminal.problems(problems, hasErrors(problems) ? '; er is niets geschreven.' : undefined)
  if (hasErrors(problems)) return exitCodeFor(problems)
  if (flags.proef) {
    terminal.write(`Proef (--proef): er is niets geschreven. Zonder --proef komt het sjabloon in ${target}.\n`)
    return ExitCode.ok
  }
  if (current.text === text && (current.file === target || !existsSync(target))) {
    terminal.write(current.file === target ? 'Er is niets geschreven.\n'
      : 'Er is niets geschreven: zonder wijziging blijft het ingebouwde sjabloon gelden (en krijgt u verbeteringen in nieuwe versies van oogo mee).\n')
    return ExitCode.ok
  }
  try {
    makeFolder(dirname(target))
    writeFileAtomic(target, text, { overwrite: true })
  } catch (error) {
    return report(terminal, [writeProblem(target, error, 'Het sjabloon kan niet worden geschreven')])
  }
  const kinds = partial ? [...withNew.documents.values()].filter((d) => partialsUsed(withNew, d.text).includes(bare)).map((d) => d.name) : [bare]
  terminal.write(`Geschreven: ${target}\n\n` +
    (partial ? `Dit gedeelde stuk staat in: ${kinds.join(', ') || 'geen enkel document'}.\n` : '') +
    'Bekijk het resultaat en leg de nieuwe tekst vast:\n' +
    `  npx oogo voorbeeld <dossier> --document ${kinds[0] ?? '<soort>'} --sjablonen ${flags.sjablonen}\n` +
    `  npx oogo sjablonen test --sjablonen ${flags.sjablonen}\n`)
  return ExitCode.ok
}

function report(terminal: Terminal, problems: readonly OogoError[]): ExitCode {
  terminal.problems(problems)
  return exitCodeFor(problems)
}

/** The set with one template or partial replaced. */
function replaced(set: TemplateSet, partial: boolean, source: TemplateSource): TemplateSet {
  const documents = new Map(set.documents)
  const partials = new Map(set.partials)
  ;(partial ? partials : documents).set(source.name, source)
  return { documents, partials }
}


/** The partials `text` calls, directly or through another partial, in the order first met; known ones only. */
function partialsUsed(set: TemplateSet, text: string): string[] {
  const found: string[] = []
  const visit = (source: string) => {
    // Tags only: a comment may name a partial (`Aanroep: {{> adresblok …}}`) without calling it.
    for (const span of codeSpans(source).filter((s) => s.kind === 'tag')) {
      const name = /^\{\{~?#?>\s*([\w-]+)/.exec(source.slice(span.start, span.end))?.[1]
      if (name === undefined) continue
      if (found.includes(name) || !set.partials.has(name)) continue
      found.push(name)
      visit(set.partials.get(name)!.text)
    }
  }
  visit(text)
  return found
}
