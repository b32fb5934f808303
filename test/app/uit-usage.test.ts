/**
 * `--uit` names a folder for documents: an empty or blank name (it would write into the current folder) and a folder
 * of the operating system (/proc hangs, /dev and /sys do harm) are usage errors (exit 2) for genereer, batch and
 * voorbeeld, before anything is read or written. The dossier here does not exist: were the check missing, the run
 * would end with a file error (exit 3) instead.
 */
import { mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBatch } from '../../src/app/batch/batch.ts'
import { runGenerate } from '../../src/app/generate.ts'
import { outputFolderUsage } from '../../src/app/usage-errors.ts'
import { runPreview } from '../../src/app/preview.ts'
import { captureTerminal, runCli } from '../support/terminal.ts'

const missing = join(tmpdir(), 'oogo-bestaat-niet', 'dossier.yaml')
const help = "\nGebruik 'oogo --help' voor de mogelijkheden.\n"
const empty = (uit: string) => `--uit '${uit}': geef de naam van een map op. Een lege naam zou de documenten in de huidige map zetten.${help}`
const system = (uit: string, folder: string) => `--uit ${uit}: ${folder} is een map van het besturingssysteem, niet een map voor documenten. Kies een andere map.${help}`

const commands = {
  genereer: (uit: string) => { const t = captureTerminal(); return runGenerate(missing, { uit }, t).then((code) => ({ code, stderr: t.stderr(), stdout: t.stdout() })) },
  batch: (uit: string) => { const t = captureTerminal(); return runBatch([missing], { uit, parallel: 1 }, t).then((code) => ({ code, stderr: t.stderr(), stdout: t.stdout() })) },
  voorbeeld: (uit: string) => { const t = captureTerminal(); return runPreview(missing, { document: 'overeenkomst', uit }, t).then((code) => ({ code, stderr: t.stderr(), stdout: t.stdout() })) },
}

describe('--uit is a folder for documents', () => {
  for (const [name, run] of Object.entries(commands)) {
    it(`${name}: an empty or blank --uit is a usage error`, async () => {
      expect(await run('')).toEqual({ code: 2, stdout: '', stderr: empty('') })
      expect(await run('  \t')).toEqual({ code: 2, stdout: '', stderr: empty('  \t') })
    })

    it(`${name}: a folder under /proc, /sys or /dev is a usage error`, async () => {
      expect(await run('/proc/self')).toEqual({ code: 2, stdout: '', stderr: system('/proc/self', '/proc') })
      expect(await run('/sys/kernel/uit')).toEqual({ code: 2, stdout: '', stderr: system('/sys/kernel/uit', '/sys') })
      expect(await run('/dev')).toEqual({ code: 2, stdout: '', stderr: system('/dev', '/dev') })
    })
  }

  it('follows a symbolic link to /proc, and leaves other folders alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-uit-'))
    symlinkSync('/proc', join(dir, 'link'))
    const viaLink = join(dir, 'link', 'self', 'nieuw')
    expect(outputFolderUsage(viaLink)).toBe(system(viaLink, '/proc').slice(0, -help.length))
    expect(outputFolderUsage(join(dir, 'uit'))).toBeUndefined()
    expect(outputFolderUsage('uit')).toBeUndefined()
    expect(outputFolderUsage('/process/uit')).toBeUndefined() // /proc only as a whole name
    expect(outputFolderUsage(undefined)).toBeUndefined()
  })

  it('on the command line: oogo genereer --uit "" exits 2', async () => {
    expect(await runCli(['genereer', missing, '--uit', ''])).toEqual({ code: 2, stdout: '', stderr: empty('') })
  })
})
