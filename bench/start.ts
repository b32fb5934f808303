/**
 * Whole processes: the start of `oogo --help` and `oogo controleer <sample>` beside `node -e 0` (the floor every Node
 * program pays), interleaved, wall time from spawn to exit, timed from a small process (bench/time-processes.mjs);
 * and `oogo voorbeeld --watch`: from saving a template to the changed text on the preview's stdout.
 */
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { heading, median, min, minMed, ms, row, target } from './measure.ts'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const sample = join(root, 'samples', 'voorbeeld-dossier.yaml')

export function runStartSection(rounds: number): void {
  const commands: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['oogo --help', [cli, '--help']],
    ['oogo controleer samples/voorbeeld-dossier.yaml', [cli, 'controleer', sample]],
  ]
  // Timed from a small process of its own (bench/time-processes.mjs says why); controleer exits 0 (only warnings) or
  // 1 (findings), anything else is a crash and spoils the figure.
  const timer = spawnSync(process.execPath, [join(import.meta.dirname, 'time-processes.mjs'), JSON.stringify({ rounds, cwd: root, commands })], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (timer.status !== 0) throw new Error(`de starttijden zijn niet gemeten: ${timer.stderr.slice(0, 1000)}`)
  const measured = JSON.parse(timer.stdout) as Record<string, { wall: number[]; cpu: number[] }>
  const wall = new Map<string, number[]>(commands.map(([name]) => [name, measured[name]!.wall]))
  const cpu = new Map<string, number[]>(commands.map(([name]) => [name, measured[name]!.cpu]))
  heading(`Start van een heel proces: wandkloktijd van start tot einde, ${rounds} keer, afwisselend`)
  for (const [name] of commands) {
    const c = cpu.get(name)!
    row(name, minMed(wall.get(name)!, (x) => ms(x, 0)), c.length ? `CPU ${minMed(c, (x) => ms(x, 0))}` : '')
  }
  const floor = median(wall.get('node -e 0')!)
  const help = wall.get('oogo --help')!
  const check = wall.get('oogo controleer samples/voorbeeld-dossier.yaml')!
  // Beside the floor: what oogo adds to an empty Node process, measured in the same rounds.
  const above = (xs: number[]) => `${ms(median(xs), 0)} (min ${ms(min(xs), 0)}; node -e 0: ${ms(floor, 0)}, dus +${ms(median(xs) - floor, 0)})`
  target('`oogo --help` als heel proces (mediaan)', above(help), '≤ 150 ms', median(help) <= 150)
  target('`oogo controleer` voorbeelddossier als heel proces (mediaan)', above(check), '≤ 300 ms', median(check) <= 300)
}

/**
 * `oogo voorbeeld <sample> --document overeenkomst --watch --sjablonen <copy>` as a child process; per save a new
 * line in the copied overeenkomst template, timed from just before the write until that text appears on stdout.
 * The next save waits until the preview is idle again (its "wacht op wijzigingen" line) and a pause has passed.
 */
export async function runWatchSection(saves: number, work: string): Promise<void> {
  const templates = join(work, 'sjablonen')
  mkdirSync(templates, { recursive: true })
  const templateFile = join(templates, 'overeenkomst.md.hbs')
  copyFileSync(join(root, 'templates', 'overeenkomst.md.hbs'), templateFile)
  const original = readFileSync(templateFile, 'utf8')
  if (!/^\{\{dossier\.titel\}\}$/m.test(original)) throw new Error('templates/overeenkomst.md.hbs heeft geen regel {{dossier.titel}} meer: pas bench/start.ts aan')

  const child = spawn(process.execPath, [cli, 'voorbeeld', sample, '--document', 'overeenkomst', '--watch', '--sjablonen', templates, '--uit', join(work, 'uit')], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let waiter: { test: () => boolean; resolve: () => void } | undefined
  const check = () => { if (waiter?.test()) { const w = waiter; waiter = undefined; w.resolve() } }
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; check() })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; check() })
  const waitFor = (test: () => boolean, limitMs: number) => new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => { waiter = undefined; resolve(false) }, limitMs)
    waiter = { test, resolve: () => { clearTimeout(timer); resolve(true) } }
    check()
  })
  const idle = /wacht op wijzigingen/g
  const idleCount = () => stdout.match(idle)?.length ?? 0
  const pause = (msWait: number) => new Promise((resolve) => setTimeout(resolve, msWait))

  const times: number[] = []
  let failed = 0
  try {
    if (!(await waitFor(() => idleCount() >= 1, 60_000))) throw new Error(`oogo voorbeeld --watch kwam niet op gang:\n${stdout.slice(-2000)}`)
    await pause(500)
    for (let i = 1; i <= saves; i++) {
      const marker = `Benchwijziging-${String(i).padStart(3, '0')}`
      const idleBefore = idleCount()
      const from = stdout.length
      const start = performance.now()
      writeFileSync(templateFile, original.replace(/^\{\{dossier\.titel\}\}$/m, `{{dossier.titel}} ${marker}`))
      const seen = await waitFor(() => stdout.indexOf(marker, from) >= 0, 10_000)
      const elapsed = performance.now() - start
      if (seen) times.push(elapsed)
      else failed++
      await waitFor(() => idleCount() > idleBefore, 10_000)
      await pause(400)
    }
  } finally {
    child.kill('SIGINT')
    const ended = await Promise.race([new Promise((resolve) => child.once('exit', () => resolve(true))), pause(3000).then(() => false)])
    if (!ended) child.kill('SIGKILL')
  }
  heading(`\`oogo voorbeeld --watch\`: van opslaan van het sjabloon tot de nieuwe tekst op het scherm, ${saves} keer opgeslagen`)
  row('opslaan → gewijzigde tekst op stdout', times.length ? minMed(times, (x) => ms(x, 0)) : 'geen', failed ? `${failed} keer na 10 s nog niets` : '')
  const ok = times.length > 0 && failed === 0
  target('`oogo voorbeeld --watch`: opslaan → nieuwe voorvertoning (mediaan)', times.length ? `${ms(median(times), 0)} (min ${ms(min(times), 0)})` : 'niet gezien', '≤ 100 ms', ok && median(times) <= 100)
}
