/**
 * Measures (and, under `node --import tsx --cpu-prof`, profiles) oogo's whole pipeline for one overeenkomst per
 * dossier: 400 variants of the sample (projectVariants: every document new, as in a real batch), 50 warm-up, then
 * CPU time per document over the other 350. Usage: `node --import tsx scripts/profile-assemble.ts [kind] [rounds]`.
 */
import { join } from 'node:path'
import { projectVariants } from '../bench/per-document.ts'
import { assemble } from '../src/assemble.ts'
import { loadProject } from '../src/load/load-project.ts'
import { defaultOptions } from '../src/options.ts'

const kind = process.argv[2] ?? 'overeenkomst'
const rounds = Number(process.argv[3] ?? 1)
const loaded = loadProject({ dossier: join(import.meta.dirname, '..', 'samples', 'voorbeeld-dossier.yaml') })
if (!loaded.project) throw new Error('het voorbeelddossier laadt niet')
const options = { ...defaultOptions, documents: [kind] }
for (let r = 0; r < rounds; r++) {
  const variants = projectVariants(loaded.project, 400)
  for (let i = 0; i < 50; i++) await assemble(variants[i]!, options)
  const start = process.cpuUsage()
  for (let i = 50; i < 400; i++) {
    const result = await assemble(variants[i]!, options)
    if (!result.documents[0]?.bytes) throw new Error('oogo maakte niets')
  }
  const used = process.cpuUsage(start)
  console.log(`${kind}: ${((used.user + used.system) / 1000 / 350).toFixed(2)} ms/doc`)
}
