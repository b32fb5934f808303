/**
 * oogo verifies every document it made: the zip opens, every part matches its CRC-32, every XML part is UTF-8, well-formed and holds only characters
 * XML 1.0 allows, and every internal relationship points to a part in the package. A document that fails is an Error
 * naming it (exit code 4), never a success.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtInTemplatesDir } from '../../src/load/load-project.ts'
import { verifyDocx } from '../../src/ooxml/verify-docx.ts'
import { unzipParts, zipParts } from '../../src/ooxml/zip.ts'
import { assembleFile, assembleText, samplePath, sampleText } from '../support/helpers.ts'

const name = 'overeenkomst-oogo-jz03-2026.docx'
let sound: Uint8Array
beforeAll(async () => {
  const result = await assembleText(sampleText, { documents: ['overeenkomst'] })
  expect(result.documents.map((d) => d.fileName)).toEqual([name])
  sound = result.documents[0]!.bytes!
})

/** The sound document with `change` applied to its parts (texts decoded), zipped again. */
function changed(change: (parts: Map<string, string | Uint8Array>) => void): Uint8Array {
  const parts = new Map<string, string | Uint8Array>([...unzipParts(sound)].map(([n, b]) => [n, n.endsWith('.xml') || n.endsWith('.rels') ? new TextDecoder().decode(b) : b]))
  change(parts)
  return zipParts(parts)
}
const edit = (part: string, from: string, to: string) => (parts: Map<string, string | Uint8Array>) => {
  const text = parts.get(part) as string
  if (!text.includes(from)) throw new Error(`edit not applied in ${part}: ${from}`)
  parts.set(part, text.replace(from, to))
}
const fault = (why: string) => new Error(`oogo maakte een onjuist document ${name}: ${why}`)

describe('verifyDocx', () => {
  it('passes what oogo makes, and a relationship to an external target that is no part', () => {
    expect(() => verifyDocx(sound, name)).not.toThrow()
    const external = changed(edit('word/_rels/document.xml.rels', '</Relationships>',
      '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/geen-deel" TargetMode="External"/></Relationships>'))
    expect(() => verifyDocx(external, name)).not.toThrow()
  })

  it('refuses bytes that are no zip', () => {
    expect(() => verifyDocx(new TextEncoder().encode('geen zip'), name)).toThrow(/^oogo maakte een onjuist document overeenkomst-oogo-jz03-2026\.docx: het zip-bestand opent niet \(/)
  })

  it('refuses a package without [Content_Types].xml', () => {
    expect(() => verifyDocx(changed((parts) => parts.delete('[Content_Types].xml')), name)).toThrow(fault('[Content_Types].xml ontbreekt'))
  })

  it.each([
    // No lone surrogate: UTF-8 cannot carry one (an encoder writes U+FFFD), which is why validate/ refuses it.
    ['U+FFFE', '\uFFFE'], ['U+FFFF', '\uFFFF'], ['U+0000', '\u0000'], ['U+001B', '\u001B'],
  ])('refuses %s in a part', (codePoint, character) => {
    const bad = changed(edit('word/document.xml', '</w:body>', `<w:p><w:r><w:t>a${character}b</w:t></w:r></w:p></w:body>`))
    expect(() => verifyDocx(bad, name)).toThrow(fault(`word/document.xml bevat het teken ${codePoint}, dat XML 1.0 niet toestaat`))
  })

  it('refuses a part that is not well-formed, also one the same name had sound in the document before', () => {
    expect(() => verifyDocx(changed(edit('word/document.xml', '</w:body>', '<w:p></w:body>')), name)).toThrow(fault('word/document.xml is geen welgevormde XML'))
    verifyDocx(sound, name) // styles.xml remembered as sound
    expect(() => verifyDocx(changed(edit('word/styles.xml', '</w:styles>', '')), name)).toThrow(fault('word/styles.xml is geen welgevormde XML'))
  })

  it('refuses a part whose CRC-32 does not match, and one whose DEFLATE data is damaged', () => {
    /** The sound document with one byte changed at `at` (from the start of the central header of word/document.xml). */
    const damaged = (at: (header: number, data: number) => number) => {
      const bytes = sound.slice()
      const view = new DataView(bytes.buffer)
      let header = view.getUint32(bytes.length - 22 + 16, true) // the central directory, from the end record
      while (new TextDecoder().decode(bytes.subarray(header + 46, header + 46 + view.getUint16(header + 28, true))) !== 'word/document.xml') {
        header += 46 + view.getUint16(header + 28, true) + view.getUint16(header + 30, true) + view.getUint16(header + 32, true)
      }
      const local = view.getUint32(header + 42, true)
      bytes[at(header, local + 30 + view.getUint16(local + 26, true))]! ^= 0xff
      return bytes
    }
    verifyDocx(sound, name) // every part remembered as sound
    expect(() => verifyDocx(damaged((header) => header + 16), name)).toThrow(fault('word/document.xml is beschadigd: de controlesom (CRC-32) klopt niet'))
    expect(() => verifyDocx(damaged((_header, data) => data + 100), name)).toThrow(/^oogo maakte een onjuist document overeenkomst-oogo-jz03-2026\.docx: word\/document\.xml is beschadigd: (het pakt niet uit tot de \d+ bytes die de zip opgeeft|de controlesom \(CRC-32\) klopt niet)$/)
  })

  it('reads a body it has just zipped as its text, but inflates it again once its bytes differ in any way', () => {
    const fresh = changed(() => {}) // zipParts' last package: its texts are known and not inflated again
    expect(() => verifyDocx(fresh, name)).not.toThrow()
    const view = new DataView(fresh.buffer)
    let header = view.getUint32(fresh.length - 22 + 16, true)
    while (new TextDecoder().decode(fresh.subarray(header + 46, header + 46 + view.getUint16(header + 28, true))) !== 'word/document.xml') {
      header += 46 + view.getUint16(header + 28, true) + view.getUint16(header + 30, true) + view.getUint16(header + 32, true)
    }
    const local = view.getUint32(header + 42, true)
    const data = local + 30 + view.getUint16(local + 26, true)
    const crcDamaged = fresh.slice()
    crcDamaged[header + 16]! ^= 0xff
    expect(() => verifyDocx(crcDamaged, name)).toThrow(fault('word/document.xml is beschadigd: de controlesom (CRC-32) klopt niet'))
    const dataDamaged = fresh.slice()
    dataDamaged[data + 100]! ^= 0xff
    expect(() => verifyDocx(dataDamaged, name)).toThrow(/^oogo maakte een onjuist document overeenkomst-oogo-jz03-2026\.docx: word\/document\.xml is beschadigd: (het pakt niet uit tot de \d+ bytes die de zip opgeeft|de controlesom \(CRC-32\) klopt niet)$/)
  })

  it('refuses a part that inflates to more or to less than the size its headers declare', () => {
    /** The sound document with the unpacked size of word/document.xml, in both its headers, changed by `delta`. */
    const resized = (delta: number) => {
      const bytes = sound.slice()
      const view = new DataView(bytes.buffer)
      let header = view.getUint32(bytes.length - 22 + 16, true)
      while (new TextDecoder().decode(bytes.subarray(header + 46, header + 46 + view.getUint16(header + 28, true))) !== 'word/document.xml') {
        header += 46 + view.getUint16(header + 28, true) + view.getUint16(header + 30, true) + view.getUint16(header + 32, true)
      }
      const size = view.getUint32(header + 24, true)
      view.setUint32(header + 24, size + delta, true)
      view.setUint32(view.getUint32(header + 42, true) + 22, size + delta, true)
      return { bytes, size: size + delta }
    }
    for (const delta of [-1, 1]) {
      const { bytes, size } = resized(delta)
      expect(() => verifyDocx(bytes, name)).toThrow(fault(`word/document.xml is beschadigd: het pakt niet uit tot de ${size} bytes die de zip opgeeft`))
    }
  })

  it('refuses a part that is no UTF-8', () => {
    const bad = changed((parts) => parts.set('word/settings.xml', new Uint8Array([0x3c, 0x61, 0xff, 0x2f, 0x3e])))
    expect(() => verifyDocx(bad, name)).toThrow(fault('word/settings.xml is geen geldige UTF-8'))
  })

  it('refuses an internal relationship whose target is not in the package', () => {
    expect(() => verifyDocx(changed((parts) => parts.delete('word/styles.xml')), name))
      .toThrow(/^oogo maakte een onjuist document overeenkomst-oogo-jz03-2026\.docx: word\/_rels\/document\.xml\.rels verwijst met rId\d+ naar word\/styles\.xml, maar dat deel ontbreekt$/)
    expect(() => verifyDocx(changed((parts) => parts.delete('word/document.xml')), name))
      .toThrow(fault('_rels/.rels verwijst met rId1 naar word/document.xml, maar dat deel ontbreekt'))
  })
})

describe('a character XML does not allow, written in a template of the user', () => {
  // It reached the .docx, which LibreOffice could not open, with exit code 0. The template check now refuses it at its
  // place (before anything is rendered); the verifier above stays the net behind every check.
  it('is a located template error, and no document is made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-verify-'))
    try {
      const template = readFileSync(join(builtInTemplatesDir, 'overeenkomst.md.hbs'), 'utf8')
      const at = template.indexOf('\n\n') + 2
      writeFileSync(join(dir, 'overeenkomst.md.hbs'), `${template.slice(0, at)}Een teken \uFFFE in de tekst.\n\n${template.slice(at)}`)
      const result = await assembleFile(samplePath, { documents: ['overeenkomst'] }, dir)
      expect(result.documents).toEqual([])
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([{
        code: 'sjabloon/ongeldig-teken', severity: 'error', stage: 'validate',
        message: 'Het teken U+FFFE kan niet in een Word-document staan (XML 1.0 staat het niet toe).',
        place: { file: join(dir, 'overeenkomst.md.hbs'), line: template.slice(0, at).split('\n').length, column: 11 },
        suggestion: 'Verwijder het teken uit het sjabloon; het is vaak onzichtbaar, maar een editor die tekencodes toont, laat het zien.',
      }])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
