/**
 * Numbers the articles (1, 2, …), their leden (3.1, 3.2, … counted across the article) and the
 * items of lettered and numbered lists ((a), (b); 1, 2). After this, a conditional article that
 * dropped out of the template leaves no gap.
 */
import type { Block, DocModel, List } from '../model/types.ts'
import type { Transform } from './types.ts'
import { copyModel } from './copy-model.ts'

const letters = 'abcdefghijklmnopqrstuvwxyz'

function letter(index: number): string {
  // a … z, then aa, ab, … (a 27th item is unlikely in a contract, but must not crash)
  return index < 26 ? letters[index]! : letter(Math.floor(index / 26) - 1) + letters[index % 26]!
}

export const numberSections: Transform = (input) => {
  const model = copyModel(input)
  numberSectionsInPlace(model)
  return model
}

/** The same on a model the caller owns (transformModel copies once for all transforms). */
export function numberSectionsInPlace(model: DocModel): void {
  let article = 0
  const numberLists = (blocks: Block[], prefix: string | undefined) => {
    let subsection = 0
    for (const block of blocks) {
      if (block.type !== 'list') continue
      block.items.forEach((item, i) => {
        item.number = numberFor(block, i, prefix, () => ++subsection)
        for (const child of item.children) if (child.type === 'list') numberLists([child], undefined)
      })
    }
  }
  for (const block of model.children) {
    if (block.type === 'section') {
      block.number = String(++article)
      numberLists(block.children, block.number)
    } else {
      numberLists([block], undefined)
    }
  }
}

function numberFor(list: List, index: number, article: string | undefined, nextSubsection: () => number): string | undefined {
  switch (list.kind) {
    case 'subsections': return `${article ?? ''}.${nextSubsection()}`.replace(/^\./, '')
    case 'letters': return letter(index)
    case 'numbers': return String(index + 1)
    case 'bullets': return undefined
  }
}
