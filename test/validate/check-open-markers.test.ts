/**
 * The open markers of `oogo init` (`# TE CONTROLEREN`, `# IN TE VULLEN`): found in the YAML's comments only, each at
 * its line and column with the path of the value it is about.
 */
import { describe, expect, it } from 'vitest'
import { projectFromText, sourceFromString } from '../../src/load/load-project.ts'
import { checkOpenMarkers } from '../../src/validate/check-open-markers.ts'

function markers(text: string, severity: 'error' | 'warning' = 'warning') {
  const { source } = sourceFromString('dossier.yaml', text)
  const { project } = projectFromText(source!)
  return checkOpenMarkers(project!.dossier.yaml, severity)
}

describe('open markers', () => {
  it('are found after a key, a flow collection, a list item and on a line of their own, never inside a value', () => {
    const text = [
      'a:',
      '  locatie: { naam: X, adres: Y }  # TE CONTROLEREN: de plek',
      '  lijst: [p, q]   # TE CONTROLEREN',
      '  items:',
      '    - één  # TE CONTROLEREN',
      '    - twee',
      '  tekst: |',
      '    # TE CONTROLEREN staat in de tekst',
      '  q: "# TE CONTROLEREN staat in de tekst"',
      '  # Controleer elke waarde met "# TE CONTROLEREN" (uitleg, geen markering)',
      '  leeg:      # IN TE VULLEN: de naam',
      '  vol: Jan   # IN TE VULLEN',
      '# TE CONTROLEREN: alles',
      '',
    ].join('\n')
    expect(markers(text).map((p) => [p.message, `${p.place.line}:${p.place.column}`, p.place.path])).toEqual([
      ['Nog te controleren: `a.locatie` — de plek.', '2:3', '/a/locatie'],
      ['Nog te controleren: `a.lijst`.', '3:3', '/a/lijst'],
      ['Nog te controleren: `a.items[1e]` (nu: `één`).', '5:7', '/a/items/0'],
      ['Nog in te vullen: `a.leeg` — de naam.', '11:3', '/a/leeg'],
      ['Nog te controleren: het dossier — alles.', '13:1', ''],
    ])
  })

  it('are errors for a definitive document, with what to do', () => {
    expect(markers('dossier:\n  titel: OOGO jeugd Texel   # TE CONTROLEREN: de titel boven elk document\n', 'error')).toEqual([{
      code: 'dossier/open-markering', severity: 'error', stage: 'validate',
      message: 'Nog te controleren: `dossier.titel` (nu: `OOGO jeugd Texel`) — de titel boven elk document.',
      place: { file: 'dossier.yaml', line: 2, column: 3, path: '/dossier/titel' },
      suggestion: 'Controleer de waarde en haal daarna het commentaar `# TE CONTROLEREN` weg. Zolang het er staat, maakt `oogo genereer` alleen een concept (--concept).',
    }])
  })
})
