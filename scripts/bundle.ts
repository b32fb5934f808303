/**
 * Bundles the command line for a fast start (issue 16): `oogo controleer` as a separate module per source file and
 * per file of yaml, commander and ajv spent some 100 ms of every run resolving, reading and linking them.
 *
 * After `tsc -p tsconfig.build.json` (which keeps dist/ as the library, dist/index.js, and its types), esbuild
 * bundles src/cli.ts and the threads of `oogo batch` (src/app/batch/coordinator.ts, worker.ts) with their npm
 * packages into dist/bundle/, as ES modules split into chunks: a command's `import()` stays its own chunk, so `--help`
 * and `controleer` still load nothing of the Word side. dist/cli.js (the `oogo` program of package.json) becomes a
 * one-line module that imports dist/bundle/cli.js.
 *
 * Everything in dist/bundle/ is two levels below the package root, as dist/load/package-root.js is, so the root
 * (templates/, schemas/, data/) is found the same way from the bundle; thread-file.ts finds the threads beside its own
 * chunk.
 * dist/bundle/meta.json says which source files each chunk holds (test/cli/startup-modules.test.ts reads it).
 *
 * The built-in templates are checked here, by the code being bundled: when it finds nothing, their templateCheckKey
 * goes into the bundle as OOGO_CLEAN_TEMPLATES (template-check/check-templates.ts), and a run with exactly those
 * templates and schemas does not check them again.
 *
 *   npx tsx scripts/bundle.ts   (part of npm run build)
 */
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build } from 'esbuild'
import { builtInTemplatesDir, loadTemplates } from '../src/load/load-project.ts'
import { checkTemplates, templateCheckKey } from '../src/template-check/check-templates.ts'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')
const out = join(dist, 'bundle')

const builtIn = loadTemplates(builtInTemplatesDir)
const findings = checkTemplates(builtIn)
if (findings.length > 0) console.warn(`de ingebouwde sjablonen geven ${findings.length} bevinding(en): de bundel controleert ze bij elke run`)
const cleanTemplates = findings.length === 0 ? templateCheckKey(builtIn) : undefined

rmSync(out, { recursive: true, force: true })
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', coordinator: 'src/app/batch/coordinator.ts', worker: 'src/app/batch/worker.ts' },
  outdir: out,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS packages (yaml, commander, ajv, …) require Node's own modules; in an ES module that takes a require.
  banner: { js: "import { createRequire as __oogoCreateRequire } from 'node:module';\nconst require = __oogoCreateRequire(import.meta.url);" },
  // tinypool starts its threads from a file beside its own module (dist/entry/worker.js): it stays in node_modules.
  external: ['tinypool'],
  define: { OOGO_CLEAN_TEMPLATES: cleanTemplates === undefined ? 'undefined' : JSON.stringify(cleanTemplates) },
  metafile: true,
  logLevel: 'warning',
})

writeFileSync(join(out, 'meta.json'), JSON.stringify(result.metafile))
const cli = join(dist, 'cli.js')
writeFileSync(cli, "#!/usr/bin/env node\n// The `oogo` program, bundled by scripts/bundle.ts.\nimport './bundle/cli.js'\n")
chmodSync(cli, 0o755)
console.log(`gebundeld: ${relative(root, cli)} → ${relative(root, out)}/ (${Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).length} bestanden)`)
