/**
 * `oogo genereer` with a fault found only after filling in (issue 14, item 2): the message names the template's line,
 * once for the whole run, not "(ingevulde tekst):203:1" per document, while `--emit tekst` prints the text.
 * The case: a line right after a list that a `{{#each}}` makes, without a blank line between — the check cannot
 * know whether the list prints anything, the filled-in text shows the line joined to its last bullet.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, samplePath } from '../support/helpers.ts'
import { runCli } from '../support/terminal.ts'

const folder = mkdtempSync(join(tmpdir(), 'oogo-places-'))
const templates = join(folder, 'eigen-sjablonen')
mkdirSync(templates)
const builtIn = readFileSync(join(root, 'templates', 'overeenkomst.md.hbs'), 'utf8')
const from = '\nKomen het volgende overeen:'
expect(builtIn.split(from).length).toBe(2)
writeFileSync(join(templates, 'overeenkomst.md.hbs'), builtIn.replace(from, '\n{{#each partijlijst}}\n- {{naam}}\n{{/each}}\nKomen het volgende overeen:'))

describe('a fault found after filling in', () => {
  it('is reported once, at the template line it came from, with the filled-in text on stdout', async () => {
    const run = await runCli(['genereer', samplePath, '--document', 'overeenkomst', '--sjablonen', templates, '--emit', 'tekst'])
    expect(run.code).toBe(0)
    const place = `${templates}/overeenkomst.md.hbs:47:1`
    expect(run.stderr.split('\n').filter((line) => line.includes('[model/inspringing]'))).toEqual([
      `${place}  waarschuwing: Deze regel staat direct onder een lid of opsommingsteken zonder lege regel ertussen, en wordt daardoor een deel van dat onderdeel, hoewel hij minder ver inspringt.  [model/inspringing]`,
    ])
    expect(run.stderr).not.toContain('ingevulde tekst')
    expect(run.stdout).toContain('- Samenwerkingsverband Voortgezet Onderwijs Kop van Noord-Holland\nKomen het volgende overeen:\n')
  })
})
