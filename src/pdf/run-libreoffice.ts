/**
 * One headless LibreOffice process converting a list of documents, watched for progress.
 *
 * `soffice --convert-to` prints a line per document (`convert … -> … using filter : …`) as it takes the document on,
 * so a line is progress. The process may take `startLimit` until its first line and `documentLimit` between two
 * lines (and after the last one): a document that makes LibreOffice hang stops it within the limit of one
 * document, whatever the number of documents in the run. The process is started in a group of its own and the
 * whole group is killed (the `soffice` script and `soffice.bin`), so nothing keeps running behind oogo's back.
 */
import { spawn } from 'node:child_process'

export type RunOutcome =
  /** The process ended by itself with exit code 0. */
  | { kind: 'ended' }
  /** The process ended by itself otherwise: an exit code or a signal (LibreOffice crashed). */
  | { kind: 'crashed'; how: string }
  /** No progress within the limit: the process group was killed. */
  | { kind: 'stalled' }
  /** The program is not there. */
  | { kind: 'missing' }

export interface RunLimits { startLimit: number; documentLimit: number }

export function runLibreOffice(command: string, args: readonly string[], limits: RunLimits): Promise<RunOutcome> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>
    try {
      // TZ: LibreOffice's own clock stamps (replaced afterwards, see normalize-pdf.ts) in one form on every machine.
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true, env: { ...process.env, TZ: 'UTC' } })
    } catch {
      resolve({ kind: 'missing' })
      return
    }
    let stalled = false
    let timer: NodeJS.Timeout
    const kill = () => {
      stalled = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const watch = (limit: number) => {
      clearTimeout(timer)
      timer = setTimeout(kill, limit)
    }
    watch(limits.startLimit + limits.documentLimit)
    let pending = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      if (lines.some((line) => line.startsWith('convert '))) watch(limits.documentLimit)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      resolve(error.code === 'ENOENT' || error.code === 'EACCES' ? { kind: 'missing' } : { kind: 'crashed', how: error.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (stalled) resolve({ kind: 'stalled' })
      else if (code === 0) resolve({ kind: 'ended' })
      else resolve({ kind: 'crashed', how: signal ? `signaal ${signal}` : `afsluitcode ${code}` })
    })
  })
}
