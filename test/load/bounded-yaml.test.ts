/**
 * A dossier file that is no dossier costs neither minutes nor all memory: many keys, a huge list, deep nesting, a
 * device or a pipe each end in one located Dutch error, fast. Before: 20,000 keys took 8 s (the YAML library's
 * duplicate-key check compares every pair), 2 million list items took 2 GB, 1,000 levels gave "Maximum call stack
 * size exceeded" in English, and /dev/zero or a FIFO was read without end.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/load/parse-yaml.ts'
import { readSource } from '../../src/load/read-source.ts'

const parse = (text: string) => parseYaml({ file: 'dossier.yaml', text, sha256: '' })

describe('YAML within bounds', () => {
  it('parses 20,000 keys in linear time and still finds a duplicate key', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`)
    keys.push('k17: w')
    const started = performance.now()
    const result = parse(keys.join('\n') + '\n')
    expect(performance.now() - started).toBeLessThan(4000)
    expect(result.problems).toEqual([{
      code: 'yaml/dubbele-sleutel', severity: 'error', stage: 'load',
      message: 'De sleutel `k17` staat twee keer in dezelfde groep (ook op regel 18).',
      place: { file: 'dossier.yaml', line: 20_001, column: 1 },
      suggestion: 'Verwijder of hernoem een van de twee.',
    }])
  })

  it('reports every duplicate key, each at its place', () => {
    expect(parse('a: 1\nb:\n  c: 1\n  c: 2\na: 3\n').problems.map((p) => [p.message, p.place.line])).toEqual([
      ['De sleutel `c` staat twee keer in dezelfde groep (ook op regel 3).', 4],
      ['De sleutel `a` staat twee keer in dezelfde groep (ook op regel 1).', 5],
    ])
  })

  it('refuses more than 100,000 values before parsing them (an aliased list of 2 million items)', () => {
    const started = performance.now()
    const result = parse('lijst: &a [' + '1,'.repeat(2_000_000) + '1]\nkopie: *a\n')
    expect(performance.now() - started).toBeLessThan(4000)
    expect(result.problems).toEqual([{
      code: 'yaml/te-veel-waarden', severity: 'error', stage: 'load',
      message: 'Het bestand bevat meer dan 100.000 waarden; dat is geen dossier en wordt uit veiligheid geweigerd.',
      place: { file: 'dossier.yaml', line: 1, column: 200_008 },
      suggestion: 'Controleer of dit het juiste bestand is.',
    }])
  })

  it('refuses 1,000 levels of [ ] with a located Dutch error', () => {
    expect(parse('a:\n  b: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n').problems).toEqual([{
      code: 'yaml/te-diep', severity: 'error', stage: 'load',
      message: 'De gegevens zijn hier dieper dan 64 niveaus genest; dat is geen dossier en wordt uit veiligheid geweigerd.',
      place: { file: 'dossier.yaml', line: 2, column: 70 },
      suggestion: 'Controleer de inspringing en de haakjes [ ] en { }.',
    }])
  })

  it('refuses 1,000 indented levels with a located Dutch error, not a stack overflow', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n'
    const problems = parse(text).problems
    expect(problems.map((p) => [p.code, p.message])).toEqual([['yaml/te-diep',
      'De gegevens zijn hier dieper dan 64 niveaus genest; dat is geen dossier en wordt uit veiligheid geweigerd.']])
    expect(problems[0]!.place.line).toBeGreaterThan(1)
  })

  it('refuses 100 levels (deep, but no stack overflow) at the first level too deep', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n'
    expect(parse(text).problems.map((p) => [p.code, p.place])).toEqual([['yaml/te-diep', { file: 'dossier.yaml', line: 65, column: 65 }]])
  })
})

describe('reading only regular files', () => {
  const notRegular = (file: string) => ({
    problems: [{
      code: 'bestand/onleesbaar', severity: 'error', stage: 'load',
      message: 'Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); het kan niet als bestand worden gelezen.',
      place: { file }, suggestion: 'Geef het pad van een gewoon bestand.',
    }],
  })

  it('refuses /dev/zero instead of reading it without end', () => {
    expect(readSource('/dev/zero')).toEqual(notRegular('/dev/zero'))
  })

  it('refuses a FIFO instead of waiting for a writer', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'oogo-fifo-')), 'dossier.yaml')
    execFileSync('mkfifo', [fifo])
    expect(readSource(fifo)).toEqual(notRegular(fifo))
  })
})
