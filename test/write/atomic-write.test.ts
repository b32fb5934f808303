/** The one atomic writer: replaces or keeps, and never leaves a temporary file behind. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, writeProblem } from '../../src/write/atomic-write.ts'

const folder = () => mkdtempSync(join(tmpdir(), 'oogo-atomic-'))

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one', () => {
    const dir = folder()
    const target = join(dir, 'a.txt')
    writeFileAtomic(target, 'een\n')
    writeFileAtomic(target, new TextEncoder().encode('twee\n'))
    expect(readFileSync(target, 'utf8')).toBe('twee\n')
    expect(readdirSync(dir)).toEqual(['a.txt'])
  })

  it('keeps an existing file without overwrite: EEXIST, the old text, no temporary file', () => {
    const dir = folder()
    const target = join(dir, 'a.txt')
    writeFileSync(target, 'van de gebruiker\n')
    expect(() => writeFileAtomic(target, 'nieuw\n', { overwrite: false })).toThrow(expect.objectContaining({ code: 'EEXIST' }))
    expect(readFileSync(target, 'utf8')).toBe('van de gebruiker\n')
    expect(readdirSync(dir)).toEqual(['a.txt'])
  })

  it('writes a new file without overwrite', () => {
    const dir = folder()
    writeFileAtomic(join(dir, 'b.txt'), 'b\n', { overwrite: false })
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('b\n')
    expect(readdirSync(dir)).toEqual(['b.txt'])
  })

  it('throws the file system error when the folder does not exist, and leaves nothing', () => {
    const dir = folder()
    expect(() => writeFileAtomic(join(dir, 'mist', 'c.txt'), 'c\n')).toThrow(expect.objectContaining({ code: 'ENOENT' }))
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('writeProblem', () => {
  it('names the cause and a hint the user can act on', () => {
    expect(writeProblem('uit/a.docx', Object.assign(new Error('x'), { code: 'EACCES' }), 'Het bestand kan niet worden geschreven')).toEqual({
      code: 'schrijven/mislukt', severity: 'error', stage: 'write', message: 'Het bestand kan niet worden geschreven (EACCES).',
      place: { file: 'uit/a.docx' }, suggestion: 'Controleer de schrijfrechten van de map.',
    })
  })
})
