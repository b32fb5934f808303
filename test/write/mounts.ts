/**
 * Folders that fail the way a user's disk fails: a tiny tmpfs that fills up (ENOSPC) and a read-only folder. A tmpfs
 * needs root (or a container that allows mounting); a read-only folder is a read-only tmpfs for root (who ignores
 * permissions) and `chmod 555` for anyone else. Where neither works, `reason` says why and the test is skipped.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestFolder {
  /** The folder, or undefined when it cannot be made here. */
  dir: string | undefined
  /** Why not, for the skip message. */
  reason: string
  /** The code a write into it fails with. */
  code: string
  remove(): void
}

const isRoot = process.getuid?.() === 0

function mountTmpfs(options: string): { dir: string | undefined; reason: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'oogo-mount-'))
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' })
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    return { dir: undefined, reason: `mount -t tmpfs is not possible here (${(run.stderr || run.error?.message || '').trim()})`, remove() {} }
  }
  return {
    dir, reason: '',
    remove() {
      spawnSync('umount', [dir])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A file system of `size` (e.g. '64k'): writing more fails with ENOSPC. */
export function fullDisk(size: string): TestFolder {
  if (!isRoot) return { dir: undefined, reason: 'a tmpfs needs root', code: 'ENOSPC', remove() {} }
  return { ...mountTmpfs(`size=${size}`), code: 'ENOSPC' }
}

/** A folder nothing can be written in: EROFS (root, a read-only tmpfs) or EACCES (anyone else, chmod 555). */
export function readOnlyFolder(): TestFolder {
  if (isRoot) return { ...mountTmpfs('ro,size=16k'), code: 'EROFS' }
  const dir = mkdtempSync(join(tmpdir(), 'oogo-readonly-'))
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o555)
  return { dir, reason: '', code: 'EACCES', remove() { chmodSync(dir, 0o755); rmSync(dir, { recursive: true, force: true }) } }
}
