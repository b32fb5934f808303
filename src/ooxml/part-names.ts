/**
 * Part names of a package (`word/document.xml`) and where a part's relationships live. Part names use `/` on every
 * platform, so this is string work, not node:path.
 */

/** The folder of a part (`word` for `word/document.xml`, `''` at the top). */
export const folderOf = (part: string): string => part.slice(0, Math.max(part.lastIndexOf('/'), 0))

/** The part that holds the relationships of `part` (`''`, the package itself, has `_rels/.rels`). */
export function relationshipsPartOf(part: string): string {
  if (part === '') return '_rels/.rels'
  const folder = folderOf(part)
  return `${folder === '' ? '' : `${folder}/`}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`
}

/** A relationship's target as a part name: absolute (`/word/x.xml`) or relative to the folder of its source. */
export function resolveTarget(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const segments: string[] = []
  for (const segment of `${folder}/${target}`.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return segments.join('/')
}
