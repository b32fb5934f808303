/**
 * Cross-references by id → numbers. Runs after numbering, so "artikel {{ref 'geschillen'}}"
 * stays right when an article drops out. Each referenced article or lid gets a bookmark, which
 * `build` turns into a Word bookmark and a REF field with the number as its cached result.
 * An unknown id is reported at the place in the template where the reference was written.
 */
import { ErrorCode, oogoError, type OogoError, type Place } from '../errors.ts'
import { decodeRefOrigin } from '../model/anchors.ts'
import { visitBlocks, visitInlines } from '../model/visit.ts'
import type { DocModel, ListItem, Section } from '../model/types.ts'
import type { TemplateAnchor } from './template-anchors.ts'
import type { Transform, TransformContext } from './types.ts'
import { closest } from '../text/suggest.ts'
import { copyModel } from './copy-model.ts'

export const resolveRefs: Transform = (input, context) => {
  const model = copyModel(input)
  resolveRefsInPlace(model, context)
  return model
}

/** The same on a model the caller owns (transformModel copies once for all transforms). */
export function resolveRefsInPlace(model: DocModel, context: TransformContext): void {
  const targets = new Map<string, Section | ListItem>()
  visitBlocks(model.children, (block) => {
    if (block.type === 'section' && block.id) targets.set(block.id, block)
    if (block.type === 'list') for (const item of block.items) if (item.id) targets.set(item.id, item)
  })
  const bookmarks = new Map<string, string>()
  const bookmarkFor = (id: string): string => {
    let name = bookmarks.get(id)
    if (!name) {
      // Word: at most 40 characters, letters, digits and underscores; a leading "_" hides it
      // from the bookmark list, as Word's own "_Ref" bookmarks for cross-references.
      name = `_Ref_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 34) + `_${bookmarks.size + 1}`
      bookmarks.set(id, name)
    }
    return name
  }
  visitInlines(model.children, (inline) => {
    if (inline.type !== 'ref') return
    const target = targets.get(inline.target)
    if (!target?.number) {
      const place = placeOf(inline.origin, context.file, inline.position?.start)
      const dropped = target ? undefined : context.templateAnchors?.get(inline.target)
      if (dropped) {
        context.report(droppedOut(dropped, place))
        return
      }
      const known = [...targets.keys()]
      context.report(oogoError(ErrorCode.unknownAnchor, 'transform',
        target ? `\`${inline.target}\` heeft geen nummer en kan niet worden aangehaald.` : `Verwijzing naar onbekend artikel of lid \`${inline.target}\`.`,
        place,
        target ? 'Verwijs naar een artikel of een lid van een artikel.'
          : (closest(inline.target, known) ? `Bedoelde u \`${closest(inline.target, known)}\`?` : 'Geef het artikel of lid een id: `## Titel {#id}` of `1. {#id} …`.')))
      return
    }
    inline.text = target.number
    inline.bookmark = target.bookmark = bookmarkFor(inline.target)
  })
}

/**
 * A reference to an article or lid that the template has, but not in this document: it is inside a block that
 * prints nothing for this dossier (a condition that does not hold, an empty list) or in a partial not used here.
 */
function droppedOut(anchor: TemplateAnchor, place: Place): OogoError {
  const where = `${anchor.place.file}:${anchor.place.line}`
  const block = anchor.block
  if (!block) {
    return oogoError(ErrorCode.anchorNotInDocument, 'transform',
      `Het artikel of lid \`${anchor.id}\` (${where}) staat niet in dit document: het deel van het sjabloon waarin het staat, wordt voor dit dossier niet afgedrukt.`,
      place, 'Verwijs er alleen naar onder dezelfde voorwaarde als waaronder het artikel of lid wordt afgedrukt.')
  }
  const tag = `\`${block.tag}\` (${block.place.file}:${block.place.line})`
  const why = block.helper === 'each' ? `binnen ${tag}, en die lijst is voor dit dossier leeg`
    : block.inElse ? `in het \`{{else}}\`-deel van ${tag}, en die voorwaarde geldt voor dit dossier wel`
      : `binnen ${tag}, en die voorwaarde geldt niet voor dit dossier`
  return oogoError(ErrorCode.anchorNotInDocument, 'transform',
    `Het artikel of lid \`${anchor.id}\` (${where}) staat niet in dit document: het staat ${why}.`,
    place, `Zet de verwijzing binnen dezelfde voorwaarde (\`${block.tag}\` … \`{{/${block.helper}}}\`), of haal het artikel of lid uit de voorwaarde.`)
}

/** `templates/overeenkomst.md.hbs:12:5` → a place in the template; else the rendered text. */
function placeOf(origin: string | undefined, file: string, start?: { line: number; column: number }): Place {
  return decodeRefOrigin(origin) ?? { file, line: start?.line, column: start?.column }
}
