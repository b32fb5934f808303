/**
 * What `oogo batch` keeps of every dossier until the end of the run, in a temporary file instead of the heap
 * (src/app/batch/spool.ts): values come back as they went in, and the problems of many dossiers, arriving in any
 * order, are printed exactly as one sorted report over all of them would print them — every warning, in the same
 * order, with the same bytes.
 */
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { ProblemReport, Spool } from '../../src/app/batch/spool.ts'
import { ErrorCode, oogoError, type OogoError } from '../../src/errors.ts'
import { captureTerminal } from '../support/terminal.ts'

const tmp = process.env['TMPDIR']
afterEach(() => {
  if (tmp === undefined) delete process.env['TMPDIR']
  else process.env['TMPDIR'] = tmp
})

const spoolDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('oogo-batch-'))

/** A warning (or error) of a dossier at a line and column; `n` makes each message its own. */
function problem(file: string, line: number | undefined, column: number | undefined, n: number, severity: 'warning' | 'error' = 'warning'): OogoError {
  const place = { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), path: `/partijen/gemeenten/${n}` }
  const made = oogoError(ErrorCode.yamlSyntax, 'validate', `Melding ${n} — met “aanhalingstekens” en een é`, place, n % 2 ? `Hint ${n}` : undefined)
  return { ...made, severity }
}

/** Replies of many dossiers in the order they might arrive: interleaved, a template's finding among them, ties. */
function replies(): OogoError[][] {
  const out: OogoError[][] = []
  for (let i = 0; i < 60; i++) {
    // 'é' composed and decomposed: two names localeCompare finds equal, so the sort mixes their problems by line.
    const file = `/in/${['b', 'a', 'C', '\u00e9', 'a-b', 'A', 'e\u0301'][i % 7]}-${Math.floor(i / 7)}.yaml`
    out.push([problem(file, 29, 7, i * 10), problem(file, 3, undefined, i * 10 + 1), problem(file, 29, 7, i * 10 + 2), problem(file, undefined, undefined, i * 10 + 3)])
    if (i % 7 === 0) out.push([problem('/sjablonen/overeenkomst.md.hbs', 12, 3, 1000 + i)])
    if (i % 13 === 0) out.push([problem(file, 1, 1, 2000 + i, 'error')])
  }
  return out
}

describe('ProblemReport', () => {
  for (const colour of [false, true]) {
    it(`prints every problem as one sorted report does${colour ? ' (in colour)' : ''}`, () => {
      const all = replies()
      const expected = captureTerminal(colour)
      expected.problems(all.flat(), false)
      const spool = new Spool()
      const report = new ProblemReport(spool)
      for (const reply of all) report.add(reply)
      const got = captureTerminal(colour)
      report.print(got)
      spool.close()
      expect(got.stderr()).toBe(expected.stderr())
      expect(got.stderr().split('Melding ').length - 1).toBe(all.flat().length)
      expect(report.count).toBe(all.flat().length)
      expect(report.errors).toEqual(all.flat().filter((p) => p.severity === 'error'))
      expect(report.warnings).toBe(all.flat().filter((p) => p.severity === 'warning').length)
    })
  }

  it('keeps the problems in memory when the temporary folder cannot be used, with the same output', () => {
    process.env['TMPDIR'] = '/nonexistent/oogo-test'
    const all = replies()
    const expected = captureTerminal()
    expected.problems(all.flat(), false)
    const spool = new Spool()
    const report = new ProblemReport(spool)
    for (const reply of all) report.add(reply)
    const got = captureTerminal()
    report.print(got)
    spool.close()
    expect(got.stderr()).toBe(expected.stderr())
  })
})

describe('Spool', () => {
  it('gives back what was put, and removes its file when closed', () => {
    const before = spoolDirs()
    const spool = new Spool()
    const values = Array.from({ length: 500 }, (_, i) => ({ i, text: `é ${'x'.repeat(i)} “${i}”`, list: [i, { deep: i % 2 === 0 }] }))
    const refs = values.map((v) => spool.put(v))
    expect(spoolDirs().length).toBe(before.length + 1)
    for (const i of [499, 0, 250, 1]) expect(spool.get(refs[i]!)).toEqual(values[i])
    spool.close()
    expect(spoolDirs()).toEqual(before)
  })

  it('creates no file until something is put', () => {
    const before = spoolDirs()
    const spool = new Spool()
    spool.close()
    expect(spoolDirs()).toEqual(before)
    expect(existsSync(tmpdir())).toBe(true)
  })
})
