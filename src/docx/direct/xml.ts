/**
 * Escaping as docx 9.15.2 writes text and attribute values (`escapeAll` in its src/util/xml/stringify.ts): `& " ' < >`
 * as entities, and the control characters XML 1.0 forbids dropped. The direct writer must escape exactly alike, or
 * its parts would differ from docx's by a byte.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/

export function escapeXml(value: string): string {
  return NEEDS_ESCAPING.test(value) ? value.replace(ESCAPED, (char) => ESCAPES[char] ?? '') : value
}
