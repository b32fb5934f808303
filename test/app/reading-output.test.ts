/**
 * Article numbers without opening Word (issue 14, item 7): `genereer --emit lezen` prints every selected document as it
 * will read, and `voorbeeld --concept` shows its document as the concept reads (CONCEPT, the `[aanvullen: …]` markers).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { samplePath } from '../support/helpers.ts'
import { runCli } from '../support/terminal.ts'

describe('the document as it will read, from the command line', () => {
  it('genereer --emit lezen: numbers and references resolved, no Markdown, nothing written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'oogo-lezen-'))
    const run = await runCli(['genereer', samplePath, '--document', 'overeenkomst', '--emit', 'lezen'], { cwd })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout.startsWith('Kenmerk: OOGO-JZ03-2026\n\nOvereenkomst OOGO jeugd\n')).toBe(true)
    expect(run.stdout).toMatch(/^Artikel 1 {2}\S/m)
    expect(run.stdout).toMatch(/^1\.1 {2}\S/m)
    expect(run.stdout).toMatch(/artikel \d+(\.\d+)? van deze overeenkomst/)
    expect(run.stdout).not.toMatch(/\]\(#|\{#|^## /m)
    expect(run.stdout).not.toContain('CONCEPT')
  })

  it('several documents each under their file name', async () => {
    const run = await runCli(['genereer', samplePath, '--document', 'uitnodiging', '--emit', 'lezen'])
    expect(run.code, run.stderr).toBe(0)
    const names = [...run.stdout.matchAll(/^=== (\S+\.docx) ===$/gm)].map((m) => m[1])
    expect(names.length).toBeGreaterThan(1)
    expect(names.every((n) => n!.startsWith('uitnodiging-'))).toBe(true)
  })

  it('voorbeeld --concept shows the concept: CONCEPT and what is still to be filled in', async () => {
    const uit = mkdtempSync(join(tmpdir(), 'oogo-concept-'))
    const plain = await runCli(['voorbeeld', samplePath, '--document', 'verzoek', '--uit', uit])
    const concept = await runCli(['voorbeeld', samplePath, '--document', 'verzoek', '--concept', '--uit', uit])
    expect([plain.code, concept.code]).toEqual([0, 0])
    expect(plain.stdout.startsWith('Kenmerk: ')).toBe(true)
    expect(concept.stdout.startsWith('CONCEPT\n\nKenmerk: ')).toBe(true)
    // A concept also shows what the dossier does not record yet; the definitive text has a neutral sentence there.
    expect(concept.stdout).toContain('Aan de Geschillencommissie oogo-jeugdplan [aanvullen: postadres en e-mailadres van de commissie (geschillenregeling.adres)]')
    expect(plain.stdout).not.toMatch(/CONCEPT|\[aanvullen/)
  })
})
