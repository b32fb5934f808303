/**
 * What `oogo batch` must keep of every dossier until the end of the run — its warnings (printed sorted, after all
 * dossiers are checked) and its manifest entry (written sorted, at the end) — kept in a temporary file instead of the
 * heap, so the main thread does not grow with the number of dossiers (3,000 dossiers: some 25 MB of objects). A value
 * is written as JSON when it is put and read back (a new copy) when it is asked for; in memory stays only where it is.
 * When the temporary file cannot be made or written (a full or read-only temporary folder), values stay in memory, as
 * before: the run does not depend on it.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OogoError } from '../../errors.ts'
import type { Terminal } from '../terminal.ts'

/** Where a value is: in the file (offset and length in bytes), or, when the file failed, the value itself. */
export type SpoolRef<T> = { at: number; length: number } | { value: T }

export class Spool {
  private dir: string | undefined
  private fd: number | undefined
  private end = 0
  private failed = false

  put<T>(value: T): SpoolRef<T> {
    if (!this.failed) {
      try {
        if (this.fd === undefined) {
          this.dir = mkdtempSync(join(tmpdir(), 'oogo-batch-'))
          this.fd = openSync(join(this.dir, 'spool.jsonl'), 'wx+')
        }
        const bytes = Buffer.from(JSON.stringify(value), 'utf8')
        for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done, this.end + done)
        const ref = { at: this.end, length: bytes.length }
        this.end += bytes.length
        return ref
      } catch {
        this.failed = true // from here on in memory; what is in the file stays readable
      }
    }
    return { value }
  }

  get<T>(ref: SpoolRef<T>): T {
    if ('value' in ref) return ref.value
    const bytes = Buffer.allocUnsafe(ref.length)
    for (let done = 0; done < ref.length;) {
      const read = readSync(this.fd!, bytes, done, ref.length - done, ref.at + done)
      if (read === 0) throw new Error('the batch spool file ended early')
      done += read
    }
    return JSON.parse(bytes.toString('utf8')) as T
  }

  /** Removes the file; nothing can be read after this. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
    this.dir = undefined
  }
}

/**
 * The dossiers' problems of a batch run, reported at the end as one list sorted as `sortErrors` sorts (by file, line
 * and column; in arrival order where those are equal), but kept per file in the spool: at the end each file's
 * problems are read back and printed in turn, so at most one file's problems are in memory. The output is the same
 * as one `terminal.problems` call over all of them. The errors (few: after the first, the rest is only checked) stay
 * in memory too, for the exit code.
 */
export class ProblemReport {
  private readonly byFile = new Map<string, SpoolRef<[number, OogoError][]>[]>()
  private arrived = 0
  readonly errors: OogoError[] = []
  warnings = 0

  constructor(private readonly spool: Spool) {}

  get count(): number {
    return this.arrived
  }

  /** One reply's problems, in their order. */
  add(problems: readonly OogoError[]): void {
    const perFile = new Map<string, [number, OogoError][]>()
    for (const problem of problems) {
      const numbered: [number, OogoError] = [this.arrived++, problem]
      const list = perFile.get(problem.place.file)
      if (list) list.push(numbered)
      else perFile.set(problem.place.file, [numbered])
      if (problem.severity === 'error') this.errors.push(problem)
      else this.warnings++
    }
    for (const [file, list] of perFile) {
      const refs = this.byFile.get(file)
      const ref = this.spool.put(list)
      if (refs) refs.push(ref)
      else this.byFile.set(file, [ref])
    }
  }

  /** Prints every problem (without the count line), file by file. */
  print(terminal: Terminal): void {
    const files = [...this.byFile.keys()].sort((a, b) => a.localeCompare(b))
    for (let first = 0; first < files.length;) {
      // Files that localeCompare finds equal are one run of the sort: their problems by line and column together.
      let end = first + 1
      while (end < files.length && files[first]!.localeCompare(files[end]!) === 0) end++
      const numbered = files.slice(first, end).flatMap((file) => this.byFile.get(file)!.flatMap((ref) => this.spool.get(ref)))
      // In arrival order: the terminal sorts them by line and column (sortErrors, stable), keeping that order among equals.
      numbered.sort(([a], [b]) => a - b)
      terminal.problems(numbered.map(([, problem]) => problem), false)
      first = end
    }
  }
}
