/**
 * A template as the user names it on the command line (sjablonen kopieer, naar-word): `overeenkomst`,
 * `partials/adresblok` or just `adresblok`; `templates/…`, `.md.hbs` and `.docx` may be typed too.
 */
import type { TemplateSet, TemplateSource } from '../model/project.ts'

export const normaliseTemplateName = (name: string) => name.replace(/\\/g, '/').replace(/^(\.\/)?templates\//, '').replace(/\.(md\.hbs|docx)$/, '')

export function findTemplate(set: TemplateSet, name: string): { source: TemplateSource; partial: boolean } | undefined {
  const bare = normaliseTemplateName(name)
  if (bare.startsWith('partials/')) {
    const source = set.partials.get(bare.slice('partials/'.length))
    return source && { source, partial: true }
  }
  const document = set.documents.get(bare)
  if (document) return { source: document, partial: false }
  const partial = set.partials.get(bare)
  return partial && { source: partial, partial: true }
}
