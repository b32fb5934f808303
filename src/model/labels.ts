/**
 * The labels a reader sees before an article and a list item, in Word (docx/blocks/) and in the preview (html/):
 * "Artikel 3", "3.2", "(a)", "1.", "•".
 */
import type { List, ListItem, Section } from './types.ts'

export const articleLabel = (section: Section): string => `Artikel ${section.number ?? ''}`.trimEnd()

export function itemLabel(list: List, item: ListItem): string {
  switch (list.kind) {
    case 'subsections': return item.number ?? ''
    case 'letters': return `(${item.number ?? ''})`
    case 'numbers': return `${item.number ?? ''}.`
    case 'bullets': return '•'
  }
}
