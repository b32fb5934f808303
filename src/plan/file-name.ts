/**
 * File names made only of lower-case ASCII letters, digits and dashes, whatever the ids or the
 * kenmerk contain, so nothing can escape the output folder or trip a file system.
 */
export function slug(text: string, maxLength = 60): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const cleaned = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '')
  return cleaned === '' ? 'x' : cleaned
}

export function documentFileName(...parts: string[]): string {
  return `${parts.map((p) => slug(p)).join('-')}.docx`
}
