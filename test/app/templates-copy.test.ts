/**
 * `oogo sjablonen kopieer <soort> --naar <map>`: a built-in template into an organisation's folder.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTemplatesCopy } from '../../src/app/templates-copy.ts'
import { builtInTemplatesDir, loadTemplateSet } from '../../src/load/load-project.ts'
import { captureTerminal } from '../support/terminal.ts'

const temp = () => join(mkdtempSync(join(tmpdir(), 'oogo-kopieer-')), 'mijn-sjablonen')
const builtIn = (name: string) => readFileSync(join(builtInTemplatesDir, `${name}.md.hbs`), 'utf8')

describe('oogo sjablonen kopieer', () => {
  it('copies a document template, creating the folder, and says how to use it', () => {
    const dir = temp()
    const terminal = captureTerminal()
    expect(runTemplatesCopy('overeenkomst', { naar: dir }, terminal)).toBe(0)
    expect(readFileSync(join(dir, 'overeenkomst.md.hbs'), 'utf8')).toBe(builtIn('overeenkomst'))
    expect(terminal.stdout()).toContain(`Geschreven: ${join(dir, 'overeenkomst.md.hbs')} (kopie van templates/overeenkomst.md.hbs).`)
    expect(terminal.stdout()).toContain(`--sjablonen ${dir}`)
    // The copy is a valid override at once.
    expect(loadTemplateSet(dir).problems).toEqual([])
  })

  it('copies a partial, named with or without partials/, and names the documents that use it', () => {
    const dir = temp()
    const terminal = captureTerminal()
    expect(runTemplatesCopy('partials/adresblok', { naar: dir }, terminal)).toBe(0)
    expect(readFileSync(join(dir, 'partials', 'adresblok.md.hbs'), 'utf8')).toBe(builtIn('partials/adresblok'))
    expect(terminal.stdout()).toContain('Dit gedeelde stuk staat in: uitnodiging.')
    expect(runTemplatesCopy('ondertekening.md.hbs', { naar: dir }, captureTerminal())).toBe(0)
    expect(existsSync(join(dir, 'partials', 'ondertekening.md.hbs'))).toBe(true)
  })

  it('keeps an existing file unless --overschrijven is given', () => {
    const dir = temp()
    runTemplatesCopy('verslag', { naar: dir }, captureTerminal())
    writeFileSync(join(dir, 'verslag.md.hbs'), 'eigen tekst')
    const terminal = captureTerminal()
    expect(runTemplatesCopy('verslag', { naar: dir }, terminal)).toBe(3)
    expect(terminal.stderr()).toContain('Dit bestand bestaat al; het is niet overschreven.')
    expect(terminal.stderr()).toContain('--overschrijven')
    expect(readFileSync(join(dir, 'verslag.md.hbs'), 'utf8')).toBe('eigen tekst')
    expect(runTemplatesCopy('verslag', { naar: dir, overschrijven: true }, captureTerminal())).toBe(0)
    expect(readFileSync(join(dir, 'verslag.md.hbs'), 'utf8')).toBe(builtIn('verslag'))
  })

  it('exits 2 for an unknown name, with a suggestion and the list of names', () => {
    const dir = temp()
    const terminal = captureTerminal()
    expect(runTemplatesCopy('overenkomst', { naar: dir }, terminal)).toBe(2)
    expect(terminal.stderr()).toContain("Onbekend sjabloon 'overenkomst'. Bedoelde u `overeenkomst`?")
    expect(terminal.stderr()).toContain('Documenten: bijlage-jeugdplan, checklist, motivering, overeenkomst, uitnodiging, verslag, verzoek.')
    expect(terminal.stderr()).toContain('partials/adresblok')
    const partial = captureTerminal()
    expect(runTemplatesCopy('handtekening', { naar: dir }, partial)).toBe(2)
    expect(partial.stderr()).toContain('Bedoelde u `partials/handtekeningen`?')
    expect(existsSync(dir)).toBe(false)
  })
})
