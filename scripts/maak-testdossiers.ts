/**
 * Writes the whole-country test dossiers (see test/support/country-dossiers.ts):
 *
 *   npx tsx scripts/maak-testdossiers.ts <uitmap> [--regios] [--gemeenten] [--aantal N]
 *
 * --regios: the 42 jeugdregio dossiers; --gemeenten: the 342 gemeente dossiers; neither: both.
 * --aantal N: only the first N of each set. The regional composition of all but five regions is
 * synthetic test data; every dossier says so in its header comment where it applies.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCountryReference, municipalityDossiers, regionDossiers } from '../test/support/country-dossiers.ts'

const args = process.argv.slice(2)
const usage = 'Gebruik: npx tsx scripts/maak-testdossiers.ts <uitmap> [--regios] [--gemeenten] [--aantal N]'
let out: string | undefined
let regions = false
let municipalities = false
let count = Infinity
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!
  if (arg === '--regios') regions = true
  else if (arg === '--gemeenten') municipalities = true
  else if (arg === '--aantal') {
    count = Number(args[++i])
    if (!Number.isInteger(count) || count < 1) { console.error(`--aantal verwacht een positief geheel getal. ${usage}`); process.exit(2) }
  } else if (arg === '-h' || arg === '--help') { console.log(usage); process.exit(0) }
  else if (arg.startsWith('-') || out !== undefined) { console.error(`Onbekend argument: ${arg}. ${usage}`); process.exit(2) }
  else out = arg
}
if (out === undefined) { console.error(usage); process.exit(2) }
if (!regions && !municipalities) regions = municipalities = true

const reference = loadCountryReference()
const sets = [...(regions ? [regionDossiers(reference)] : []), ...(municipalities ? [municipalityDossiers(reference)] : [])]
mkdirSync(out, { recursive: true })
let written = 0
for (const set of sets) {
  for (const dossier of set.slice(0, count)) {
    writeFileSync(join(out, dossier.name), dossier.text)
    written++
  }
}
console.log(`${written} testdossiers geschreven in ${out}.`)
