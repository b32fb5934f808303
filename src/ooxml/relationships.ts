/**
 * The relationships of a part (`word/_rels/document.xml.rels`): how Word finds the main document, its styles, theme,
 * headers and footers, and the images those point to.
 */
import type { HouseRelationship } from '../model/house-style.ts'
import { attribute, descendants, ns, parseXml } from './xml.ts'
import { folderOf, relationshipsPartOf, resolveTarget } from './part-names.ts'

/**
 * The relationships of `part` (`''` for the package's own `_rels/.rels`), targets resolved to part names; none when
 * the package has no (readable) relationships part for it. `text` gives a part's text by name.
 */
export function readRelationships(part: string, text: (name: string) => string | undefined): HouseRelationship[] {
  const xml = text(relationshipsPartOf(part))
  const root = xml === undefined ? undefined : parseXml(xml)
  if (!root) return []
  const folder = folderOf(part)
  return descendants(root, ns.relationships, 'Relationship').flatMap((element) => {
    const id = attribute(element, undefined, 'Id')
    const type = attribute(element, undefined, 'Type')
    const to = attribute(element, undefined, 'Target')
    if (id === undefined || type === undefined || to === undefined) return []
    const external = attribute(element, undefined, 'TargetMode') === 'External'
    return [{ id, type: type.slice(type.lastIndexOf('/') + 1), target: external ? to : resolveTarget(folder, to), external }]
  })
}

/** The part the first internal relationship of `type` (`styles`, `theme`, `officeDocument`) points to. */
export const targetOf = (relationships: readonly HouseRelationship[], type: string): string | undefined =>
  relationships.find((r) => r.type === type && !r.external)?.target
