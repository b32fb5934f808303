/**
 * Times whole processes for bench/start.ts from a process of its own: plain JavaScript without tsx, so it is a small
 * process (~45 MB), as the user's shell is. Spawning from the bench process itself, which holds hundreds of MB by
 * then, made every start slower by what fork costs for a large parent (`node -e 0` from a 45 MB parent: ~90 ms;
 * from a 890 MB parent: ~119 ms), for oogo and `node -e 0` alike, and that is no part of starting oogo.
 *
 * Input (argv[2], JSON): { rounds, cwd, commands: [[name, [args…]], …] }; every command is run once untimed (disk
 * cache), then the commands in turn, `rounds` times, each as `node <args>` under `/usr/bin/time -f "%U %S"` when that
 * exists. Output (stdout, JSON): { [name]: { wall: [ms…], cpu: [ms…] } }; a run that ends with another exit code than
 * 0 or 1 stops it with exit code 3 and the run's stderr.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const { rounds, cwd, commands } = JSON.parse(process.argv[2])
const timeBinary = '/usr/bin/time'
const timed = existsSync(timeBinary)

function run(args) {
  const start = performance.now()
  const child = timed
    ? spawnSync(timeBinary, ['-f', '%U %S', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wall = performance.now() - start
  const stderr = child.stderr ?? ''
  const [user, system] = timed ? (stderr.trimEnd().split('\n').at(-1) ?? '').split(' ').map(Number) : []
  const cpu = Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 1000 : undefined
  return { status: child.status, stderr, wall, cpu }
}

const results = Object.fromEntries(commands.map(([name]) => [name, { wall: [], cpu: [] }]))
for (const [, args] of commands) run(args)
for (let r = 0; r < rounds; r++) {
  for (const [name, args] of commands) {
    const child = run(args)
    if (child.status !== 0 && child.status !== 1) {
      process.stderr.write(`${name} eindigde met ${child.status}: ${child.stderr.slice(0, 500)}\n`)
      process.exit(3)
    }
    results[name].wall.push(child.wall)
    if (child.cpu !== undefined) results[name].cpu.push(child.cpu)
  }
}
process.stdout.write(JSON.stringify(results))
