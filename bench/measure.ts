/**
 * What every section of `npm run bench` shares: rounds with min and median, CPU time of this process and of a
 * child process, and the one way a target of issue 16 is printed and collected for the summary at the end.
 *
 * CPU time (user + system, all threads of the process, so GC and the libuv pool count) is the measure wherever the
 * work runs in this process: on a shared 2-core machine wall time mostly measures the neighbours. Whole processes
 * (start, batch, pandoc) are timed both ways: wall time because that is what the target says, CPU time beside it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const min = (xs: readonly number[]): number => Math.min(...xs)
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** A positive whole number from the environment, or the default. */
export function envCount(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} moet een geheel getal ≥ 0 zijn, niet ${JSON.stringify(raw)}`)
  return n
}


/** CPU milliseconds (user + system) of this process spent in `fn`. */
export async function cpuMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

export interface ChildRun {
  status: number | null
  stdout: string
  stderr: string
  /** Wall milliseconds, measured around the spawn. */
  wallMs: number
  /** User + system CPU milliseconds of the child and its threads; undefined without /usr/bin/time. */
  cpuMs?: number
  /** Of that, system CPU milliseconds (the kernel's work for the process: creating files, mapping memory). */
  systemMs?: number
  /** Peak resident set size in bytes; undefined without /usr/bin/time. */
  peakRss?: number
}

const timeBinary = '/usr/bin/time'
export const haveTimeBinary = existsSync(timeBinary)

/** Runs a process to its end, under `/usr/bin/time -f "%U %S %M"` when present (its last stderr line is taken off). */
export function runChild(command: string, args: readonly string[], options: { cwd?: string } = {}): ChildRun {
  const spawnOptions = { encoding: 'utf8' as const, maxBuffer: 512 * 1024 * 1024, ...(options.cwd ? { cwd: options.cwd } : {}) }
  const start = performance.now()
  const run = haveTimeBinary
    ? spawnSync(timeBinary, ['-f', '%U %S %M', command, ...args], spawnOptions)
    : spawnSync(command, args, spawnOptions)
  const wallMs = performance.now() - start
  let stderr = run.stderr ?? ''
  const result: ChildRun = { status: run.status, stdout: run.stdout ?? '', stderr, wallMs }
  if (haveTimeBinary) {
    const lines = stderr.trimEnd().split('\n')
    const [user, system, kb] = (lines.at(-1) ?? '').split(' ').map(Number)
    if (Number.isFinite(user) && Number.isFinite(system) && Number.isFinite(kb)) {
      stderr = lines.slice(0, -1).join('\n')
      return { ...result, stderr, cpuMs: (user! + system!) * 1000, systemMs: system! * 1000, peakRss: kb! * 1024 }
    }
  }
  return result
}

export const ms = (x: number, digits = 1): string => `${x.toFixed(digits)} ms`
export const seconds = (x: number): string => `${x.toFixed(1)} s`
export const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n.v.t.' : `${(bytes / 1024 / 1024).toFixed(0)} MB`)
/** "min 12.3 / med 13.0 ms" */
export const minMed = (xs: readonly number[], unit: (x: number) => string = ms): string => `min ${unit(min(xs))} / med ${unit(median(xs))}`

/** One line of a section: label, measured value, and what it is compared with. */
export function row(what: string, measured: string, note = ''): void {
  console.log(`${what.padEnd(58)} ${measured.padStart(28)}   ${note}`.trimEnd())
}

export function heading(text: string): void {
  console.log(`\n${text}\n${'─'.repeat(Math.min(100, text.length))}`)
}

export interface Target { what: string; measured: string; target: string; met: boolean | undefined }
/** Every target of issue 16 printed in this run, in order, for the summary at the end. */
export const targets: Target[] = []

/** Prints a target of issue 16 as "what: measured | target | gehaald / NIET gehaald" and keeps it for the summary. */
export function target(what: string, measured: string, goal: string, met: boolean | undefined): void {
  targets.push({ what, measured, target: goal, met })
  console.log(`DOEL ${what}: ${measured} | ${goal} | ${verdict(met)}`)
}

export function verdict(met: boolean | undefined): string {
  return met === undefined ? 'overgeslagen' : met ? 'gehaald' : 'NIET gehaald'
}

/** The summary of all targets, as a Markdown table (pasted as is into the README's performance section). */
export function printSummary(): void {
  heading('Doelen van issue 16 in deze run')
  console.log('| doel | gemeten | doel | oordeel |')
  console.log('| --- | ---: | --- | --- |')
  for (const t of targets) console.log(`| ${t.what} | ${t.measured} | ${t.target} | ${verdict(t.met)} |`)
  const met = targets.filter((t) => t.met === true).length
  const skipped = targets.filter((t) => t.met === undefined).length
  console.log(`\n${met} van ${targets.length} doelen gehaald${skipped ? `, ${skipped} overgeslagen` : ''}.`)
}
