/**
 * The in-process stand-in for `oogo batch`, run as its own process by bench/batch.ts (so its peak
 * RSS is measured alone): every `*.yaml` in <map> is loaded, assembled and its documents written,
 * one dossier after the other. Prints one JSON line: { dossiers, documents, failed }.
 *
 *   npx tsx bench/batch-loop.ts <map> <uit>
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { assemble } from '../src/assemble.ts'
import { loadProject } from '../src/load/load-project.ts'
import { defaultOptions } from '../src/options.ts'

const [dir, out] = process.argv.slice(2)
if (!dir || !out) throw new Error('usage: batch-loop.ts <map> <uit>')
let dossiers = 0
let documents = 0
let failed = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const loaded = loadProject({ dossier: join(dir, file) })
  const result = loaded.project ? await assemble(loaded.project, defaultOptions) : undefined
  if (!result || result.problems.some((p) => p.severity === 'error')) { failed++; continue }
  const folder = join(out, file.replace(/\.yaml$/, ''))
  mkdirSync(folder, { recursive: true })
  for (const doc of result.documents) writeFileSync(join(folder, doc.fileName), doc.bytes!)
  dossiers++
  documents += result.documents.length
}
console.log(JSON.stringify({ dossiers, documents, failed }))
