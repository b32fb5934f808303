/**
 * data + template → Markdown text. Escapes the view, runs the template, and turns every
 * Handlebars failure into a located template error (file, line, column, Dutch message).
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import { environmentFor, TemplateError } from './environment.ts'
import { escapeView } from './escape-markdown.ts'
import type { TemplateSet } from '../model/project.ts'

export function renderTemplate(templates: TemplateSet, name: string, view: object, draft = false, scope?: object): { text?: string; problems: OogoError[] } {
  const template = templates.documents.get(name)
  if (!template) {
    return { problems: [oogoError(ErrorCode.templateMissing, 'render', `Het sjabloon \`${name}.md.hbs\` ontbreekt.`, { file: `${name}.md.hbs` })] }
  }
  try {
    return { text: environmentFor(templates).render(template, escapeView(view, scope), draft), problems: [] }
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    return { problems: [toProblem(error, templates)] }
  }
}

function toProblem(error: TemplateError, templates: TemplateSet): OogoError {
  const place = { file: error.template, line: error.line, column: error.column }
  if (error.kind === 'missing-value') {
    const expression = expressionAt(templates, error) ?? error.message
    return oogoError(ErrorCode.templateMissingValue, 'render',
      `Het sjabloon gebruikt \`${expression}\`, maar die waarde ontbreekt in het dossier.`, place,
      'Vul de waarde in het dossier in, of zet de tekst in het sjabloon binnen {{#if …}}…{{/if}} als de waarde facultatief is.')
  }
  const code = error.kind === 'helper' ? ErrorCode.templateHelper : error.kind === 'limit' ? ErrorCode.templateTooLarge : ErrorCode.templateSyntax
  return oogoError(code, 'render', error.message, place, error.suggestion)
}

/** The whole path expression at the error's place (`dossier.regio.naam`), not just its leaf. */
function expressionAt(templates: TemplateSet, error: TemplateError): string | undefined {
  if (error.line === undefined || error.column === undefined) return undefined
  const source = [...templates.documents.values(), ...templates.partials.values()].find((t) => t.file === error.template)
  const line = source?.text.split('\n')[error.line - 1]
  const match = line?.slice(error.column - 1).match(/^[\w.@/[\]-]*[\w\]]/)
  return match?.[0]
}
