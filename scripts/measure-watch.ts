/**
 * `oogo voorbeeld --watch`: the time from saving a template to the new preview on the screen. Starts the watch in
 * this process on a copy of the sample (its own template folder), then saves the overeenkomst template N times
 * (default 10) with one word changed, and takes the time from the save until the changed text is printed: wall
 * time (what the user waits, including the 25 ms of quiet) and this process's CPU time in it (what a loaded machine
 * stretches).
 *
 *   npx tsx scripts/measure-watch.ts [rondes]
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { watchPreview } from '../src/app/preview.ts'
import { createTerminal } from '../src/cli/terminal.ts'
import { builtInTemplatesDir } from '../src/load/load-project.ts'

const rounds = Number(process.argv[2] ?? 10)
const dir = mkdtempSync(join(tmpdir(), 'oogo-watch-'))
const templates = join(dir, 'mijn-sjablonen')
mkdirSync(templates)
const dossier = join(dir, 'dossier.yaml')
copyFileSync(join(import.meta.dirname, '..', 'samples', 'voorbeeld-dossier.yaml'), dossier)
const template = join(templates, 'overeenkomst.md.hbs')
const original = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
writeFileSync(template, original)

const printed: { at: number; cpu: number; text: string }[] = []
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000 }
let messages = ''
const terminal = createTerminal({
  stdout: (text) => void printed.push({ at: performance.now(), cpu: cpuMs(), text }),
  stderr: (text) => void (messages += text),
  isTTY: false,
  onInterrupt: () => () => {},
})
const controller = new AbortController()
const watching = watchPreview(dossier, { document: 'overeenkomst', sjablonen: templates, uit: join(dir, 'uit') }, terminal, controller.signal)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(test: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !test(); await sleep(1)) if (Date.now() - started > 10_000) throw new Error(`no ${what} within 10 s`)
}

await until(() => messages.includes('wacht op wijzigingen'), 'first preview')
const latencies: number[] = []
const cpus: number[] = []
for (let i = 1; i <= rounds; i++) {
  await sleep(300)
  const word = `opzegtermijn van ${i + 1} maanden`
  const from = printed.length
  const saved = performance.now()
  const savedCpu = cpuMs()
  writeFileSync(template, original.replace('opzegtermijn van drie maanden', word))
  await until(() => printed.slice(from).some((p) => p.text.includes(word)), `preview of save ${i}`)
  const shown = printed.slice(from).find((p) => p.text.includes(word))!
  latencies.push(shown.at - saved)
  cpus.push(shown.cpu - savedCpu)
}
controller.abort()
await watching
rmSync(dir, { recursive: true, force: true })

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `min ${sorted[0]!.toFixed(0)} ms, mediaan ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`
}
const runs = [...messages.matchAll(/· (\d+) ms ·/g)].map((m) => Number(m[1])).slice(1)
console.log(`voorbeeld --watch, opslaan → nieuwe tekst (${rounds} keer): wand ${summary(latencies)}; cpu ${summary(cpus)}`)
console.log(`een hele run (met het Word-bestand): ${summary(runs)}`)
