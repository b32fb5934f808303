/**
 * The version of the LibreOffice that `--pdf` would start (`soffice --version`: "LibreOffice 7.4.7.2 40(Build:2)"),
 * or undefined when there is none. `oogo batch --pdf` records it in the manifest: another LibreOffice may lay a
 * document out differently, so its PDFs are made again.
 */
import { spawnSync } from 'node:child_process'

export function libreOfficeVersion(command = 'soffice'): string | undefined {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] })
  if (run.error || run.status !== 0) return undefined
  return /LibreOffice\s+(\S+)/.exec(run.stdout)?.[1] ?? run.stdout.trim().split('\n')[0]?.trim() ?? 'onbekend'
}
