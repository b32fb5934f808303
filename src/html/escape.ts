/**
 * Text into HTML: the five characters that could end an element or an attribute value become entities. Every piece
 * of text the preview page shows (document text, messages, file names) goes through here.
 *
 * @example
 *   escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!)
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
