/**
 * "A, B en C" in running text; "A, B, en Kaag en Braassem": when the last item has "en" in it (other than in
 * "burgemeester en wethouders"), a comma before the last "en" shows where the enumeration ends.
 */
export function enumeration(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  const joiner = / en /.test(items.at(-1)!.replace('burgemeester en wethouders', '')) ? ', en ' : ' en '
  return `${items.slice(0, -1).join(', ')}${joiner}${items.at(-1)}`
}
