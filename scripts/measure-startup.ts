/**
 * Whole-process start of the command line, beside `node -e 0` in the same run: `oogo --help` and
 * `oogo controleer samples/voorbeeld-dossier.yaml`, each run N times (default 10) as a fresh process.
 * Prints CPU time (user + system, through /usr/bin/time where it exists) and wall time, minimum and median.
 * With several dist folders (an older build beside the new one), all are measured in the same rounds, interleaved.
 *
 *   npm run build && npx tsx scripts/measure-startup.ts [rondes] [dist-map …]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const rounds = Number(process.argv[2] ?? 10)
const dists = (process.argv.length > 3 ? process.argv.slice(3) : ['dist']).map((dir) => resolve(dir))
const sample = resolve('samples/voorbeeld-dossier.yaml')
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const scratch = mkdtempSync(join(tmpdir(), 'oogo-start-'))

interface Round { cpu?: number; wall: number }

function once(args: string[]): Round {
  const out = join(scratch, 'time.txt')
  const command = time ? [time, '-f', '%U %S', '-o', out, process.execPath, ...args] : [process.execPath, ...args]
  const start = process.hrtime.bigint()
  spawnSync(command[0]!, command.slice(1), { stdio: 'ignore' })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  if (!time) return { wall }
  const [user, system] = readFileSync(out, 'utf8').trim().split(/\s+/).map(Number)
  return { cpu: ((user ?? 0) + (system ?? 0)) * 1000, wall }
}

const label = (dist: string) => dists.length > 1 ? ` (${dist})` : ''
const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ...dists.flatMap((dist): [string, string[]][] => [
    [`oogo --help${label(dist)}`, [join(dist, 'cli.js'), '--help']],
    [`oogo controleer voorbeeld${label(dist)}`, [join(dist, 'cli.js'), 'controleer', sample]],
  ]),
]
const results = new Map<string, Round[]>(cases.map(([name]) => [name, []]))
// Interleaved, so that a busy moment of the machine touches every case alike.
for (let i = 0; i < rounds; i++) for (const [name, args] of cases) results.get(name)!.push(once(args))
rmSync(scratch, { recursive: true, force: true })

const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `min ${sorted[0]!.toFixed(0).padStart(4)} ms, mediaan ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(0).padStart(4)} ms`
}
for (const [name, rs] of results) {
  const cpu = rs.every((r) => r.cpu !== undefined) ? `cpu ${stat(rs.map((r) => r.cpu!))} | ` : ''
  console.log(`${name.padEnd(28)} ${cpu}wand ${stat(rs.map((r) => r.wall))}`)
}
