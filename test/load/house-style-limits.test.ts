/**
 * A house style is a zip package from a user: whatever its central directory and headers claim, oogo unpacks no more
 * than a house style needs. Zip bombs (40 and 400 entries of 49 MB of zeros, 2 and 20 MB packed; a header that claims
 * 1 kB for 49 MB), too many entries, a part name twice, a damaged part and a "billion laughs" styles.xml are each
 * refused with one located Dutch error, before anything large is inflated, and memory stays flat.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { maxStyles, readHouseStyle } from '../../src/load/load-house-style.ts'
import { templateFile } from '../../scripts/maak-huisstijl.ts'
import { root } from '../support/helpers.ts'
import { runCli } from '../support/terminal.ts'

const MB = 1024 * 1024
const encoder = new TextEncoder()

/** An entry as written: its name, its data as stored (deflated or not), and the sizes its headers declare. */
interface Entry { name: string; data: Uint8Array; size: number; method: 0 | 8; crc: number }

const deflated = (name: string, content: Uint8Array): Entry =>
  ({ name, data: new Uint8Array(deflateRawSync(content)), size: content.length, method: 8, crc: crc32(content) })

/**
 * A zip archive written byte by byte, so that it can hold what fflate's zipSync refuses to write: one name twice,
 * sizes that lie, data that is no DEFLATE stream, and one packed stream shared by many entries.
 */
function zipOf(entries: readonly Entry[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt32LE(entry.crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(name.length, 26)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(0x800, 8)
    header.writeUInt16LE(entry.method, 10)
    header.writeUInt32LE(entry.crc, 16)
    header.writeUInt32LE(entry.data.length, 20)
    header.writeUInt32LE(entry.size, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    chunks.push(local, name, entry.data)
    central.push(header, name)
    offset += 30 + name.length + entry.data.length
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]))
}

/** The default house style's parts, each deflated as Word would, in its order. */
const house: Entry[] = Object.entries(unzipSync(new Uint8Array(readFileSync(templateFile)))).map(([name, bytes]) => deflated(name, bytes))
const withPart = (entry: Entry) => [...house.filter((e) => e.name !== entry.name), entry]

/** 49 MB of zeros, deflated once (about 50 kB) and shared by every bomb. */
const zeros = deflated('zeros', new Uint8Array(49 * MB))
const zerosAs = (name: string): Entry => ({ ...zeros, name })

const file = 'huisstijl.docx'
const saveAgain = 'Sla de huisstijl opnieuw op in Word als .docx.'
const onlyTheFormat = `${saveAgain} Een huisstijl heeft alleen de opmaakprofielen, de kop- en voettekst en het logo nodig.`

/** The problems of reading `bytes` as a house style, and how much the resident memory grew meanwhile (MB). */
function refusalOf(bytes: Uint8Array) {
  const before = process.memoryUsage().rss
  const { houseStyle, problems } = readHouseStyle(file, bytes)
  const after = process.memoryUsage().rss
  expect(houseStyle).toBeUndefined()
  expect(after).toBeLessThan(600 * MB)
  return { problems, grewMB: Math.round((after - before) / MB) }
}

describe('a house style that unpacks to more than a house style can be', () => {
  it('is refused from its central directory when 40 entries of 49 MB of zeros (2 MB packed) add up to 1,9 GB', () => {
    const bomb = zipOf([...house, ...Array.from({ length: 40 }, (_, i) => zerosAs(`word/media/nul${i}.bin`))])
    expect(bomb.length).toBeLessThan(3 * MB)
    const { problems, grewMB } = refusalOf(bomb)
    expect(problems).toEqual([{
      code: 'huisstijl/te-groot', severity: 'error', stage: 'load',
      message: 'De huisstijl pakt uit tot meer dan 100 MB; dat is geen huisstijl. oogo pakt het bestand daarom niet uit.',
      place: { file }, suggestion: onlyTheFormat,
    }])
    expect(grewMB).toBeLessThan(50)
  })

  it('is refused the same way with 400 such entries (20 MB packed, 19 GB unpacked)', () => {
    const { problems, grewMB } = refusalOf(zipOf(Array.from({ length: 400 }, (_, i) => zerosAs(`nul${i}.bin`))))
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ['huisstijl/te-groot', 'De huisstijl pakt uit tot meer dan 100 MB; dat is geen huisstijl. oogo pakt het bestand daarom niet uit.'],
    ])
    expect(grewMB).toBeLessThan(50)
  })

  it('is refused when it has more than 1000 entries, however small', () => {
    const many = zipOf(Array.from({ length: 1001 }, (_, i) => deflated(`x/${i}.xml`, encoder.encode('<x/>'))))
    expect(refusalOf(many).problems).toEqual([{
      code: 'huisstijl/te-groot', severity: 'error', stage: 'load',
      message: 'Het zip-pakket van de huisstijl bevat 1001 bestanden; oogo opent een huisstijl van hooguit 1000 bestanden.',
      place: { file }, suggestion: onlyTheFormat,
    }])
  })

  it('is refused, naming the part, when a part it reads declares more than oogo reads of one', () => {
    const { problems, grewMB } = refusalOf(zipOf(withPart(zerosAs('word/styles.xml'))))
    expect(problems).toEqual([{
      code: 'huisstijl/te-groot', severity: 'error', stage: 'load',
      message: 'Het onderdeel word/styles.xml van de huisstijl pakt uit tot 49 MB; oogo leest een onderdeel van hooguit 5 MB.',
      place: { file },
      suggestion: `Gebruik als huisstijl een document met alleen de opmaak: verwijder de tekst, bewaar de opmaakprofielen en de kop- en voettekst. ${saveAgain}`,
    }])
    expect(grewMB).toBeLessThan(50)
  })

  it('is refused, naming the image, when the logo of its header declares more than 10 MB', () => {
    const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>'
    const { problems } = refusalOf(zipOf([...withPart(deflated('word/_rels/header1.xml.rels', encoder.encode(rels))), zerosAs('word/media/logo.png')]))
    expect(problems).toEqual([{
      code: 'huisstijl/te-groot', severity: 'error', stage: 'load',
      message: 'Het onderdeel word/media/logo.png van de huisstijl pakt uit tot 49 MB; oogo leest een afbeelding van hooguit 10 MB.',
      place: { file },
      suggestion: `Verklein het logo (een PNG- of JPEG-afbeelding van enkele honderden kB is genoeg). ${saveAgain}`,
    }])
  })

  it('is refused as damaged when a header claims 1 kB for 49 MB: inflating stops at the claimed size', () => {
    const { problems, grewMB } = refusalOf(zipOf(withPart({ ...zerosAs('word/styles.xml'), size: 1000 })))
    expect(problems).toEqual([{
      code: 'huisstijl/ongeldig', severity: 'error', stage: 'load',
      message: 'Het onderdeel word/styles.xml van de huisstijl kan niet worden uitgepakt; het zip-pakket is beschadigd.',
      place: { file }, suggestion: saveAgain,
    }])
    expect(grewMB).toBeLessThan(50)
  })
})

describe('a house style whose package is not as Word writes it', () => {
  it('is refused when it holds a part name twice, as OPC compares names (ASCII case does not count)', () => {
    const styles = house.find((e) => e.name === 'word/styles.xml')!
    for (const twice of ['word/styles.xml', 'Word/Styles.XML']) {
      expect(refusalOf(zipOf([...house, { ...styles, name: twice }])).problems).toEqual([{
        code: 'huisstijl/ongeldig', severity: 'error', stage: 'load',
        message: `Het zip-pakket van de huisstijl bevat het onderdeel ${twice} meer dan eens; het pakket is beschadigd.`,
        place: { file }, suggestion: saveAgain,
      }])
    }
  })

  it('is refused when a part it reads is no DEFLATE data', () => {
    const garbage: Entry = { name: 'word/styles.xml', data: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), size: 100, method: 8, crc: 0 }
    expect(refusalOf(zipOf(withPart(garbage))).problems).toEqual([{
      code: 'huisstijl/ongeldig', severity: 'error', stage: 'load',
      message: 'Het onderdeel word/styles.xml van de huisstijl kan niet worden uitgepakt; het zip-pakket is beschadigd.',
      place: { file }, suggestion: saveAgain,
    }])
  })

  it('is read as usual when a part oogo does not read is damaged or a bomb: that part is never inflated', () => {
    const garbage: Entry = { name: 'word/media/kapot.bin', data: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), size: 100, method: 8, crc: 0 }
    const { houseStyle, problems } = readHouseStyle(file, zipOf([...house, garbage, zerosAs('word/media/nul.bin')]))
    expect(problems).toEqual([])
    expect(houseStyle!.styles.length).toBeGreaterThan(10)
  })

  it('is refused when a part it reads has a DOCTYPE (a "billion laughs" styles.xml)', () => {
    const laughs = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<!DOCTYPE w:styles [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Normal"><w:name w:val="&lol9;"/></w:style></w:styles>',
    ].join('\n')
    expect(refusalOf(zipOf(withPart(deflated('word/styles.xml', encoder.encode(laughs))))).problems).toEqual([{
      code: 'huisstijl/ongeldig', severity: 'error', stage: 'load',
      message: 'Het onderdeel word/styles.xml van de huisstijl bevat een DOCTYPE-declaratie. Word schrijft die nooit; oogo leest zo\'n onderdeel niet.',
      place: { file }, suggestion: saveAgain,
    }])
  })
})

describe('oogo genereer with a zip bomb as house style', () => {
  it('stops with exit 1 and the located error, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-bom-'))
    const bomb = join(dir, 'bom.docx')
    writeFileSync(bomb, zipOf([...house, ...Array.from({ length: 40 }, (_, i) => zerosAs(`word/media/nul${i}.bin`))]))
    const run = await runCli(['genereer', 'samples/voorbeeld-dossier.yaml', '--uit', join(dir, 'uit'), '--huisstijl', bomb], { cwd: root })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain([
      `${bomb}  De huisstijl pakt uit tot meer dan 100 MB; dat is geen huisstijl. oogo pakt het bestand daarom niet uit.  [huisstijl/te-groot]`,
      `    ${onlyTheFormat}`,
      '',
      '1 fout; er is niets geschreven.',
    ].join('\n'))
    expect(existsSync(join(dir, 'uit'))).toBe(false)
  })
})

describe('a house style with thousands of styles', () => {
  it('is refused: every document carries them (20,000 took seconds per document)', () => {
    const parts = unzipSync(readFileSync(join(root, 'templates', 'huisstijl.docx')))
    const own = (strFromU8(parts['word/styles.xml']!).match(/<w:style /g) ?? []).length
    const extra = Array.from({ length: maxStyles + 1 - own }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="Stijl ${i}"/></w:style>`).join('')
    parts['word/styles.xml'] = strToU8(strFromU8(parts['word/styles.xml']!).replace('</w:styles>', `${extra}</w:styles>`))
    expect(readHouseStyle('veel.docx', zipSync(parts))).toEqual({ problems: [{
      code: 'huisstijl/te-groot', severity: 'error', stage: 'load',
      message: `De huisstijl heeft ${maxStyles + 1} opmaakprofielen; oogo neemt een huisstijl van hooguit ${maxStyles} opmaakprofielen over.`,
      place: { file: 'veel.docx' },
      suggestion: 'Verwijder de opmaakprofielen die u niet gebruikt (in Word: Opmaakprofielen beheren), of begin bij een kopie van templates/huisstijl.docx. Sla de huisstijl opnieuw op in Word als .docx.',
    }] })
  })
})

describe('a house style whose styles.xml is damaged', () => {
  it('is a located error that says so, not an internal error', () => {
    const parts = unzipSync(readFileSync(join(root, 'templates', 'huisstijl.docx')))
    parts['word/styles.xml'] = strToU8(strFromU8(parts['word/styles.xml']!).replace('</w:styles>', '<w:style'))
    expect(readHouseStyle('beschadigd.docx', zipSync(parts))).toEqual({ problems: [{
      code: 'huisstijl/ongeldig', severity: 'error', stage: 'load',
      message: 'De opmaakprofielen van de huisstijl (word/styles.xml) zijn beschadigd: het is geen geldige XML.',
      place: { file: 'beschadigd.docx' },
      suggestion: 'Open het in Word en sla het op als Word-document (.docx). Word schrijft ze dan opnieuw.',
    }] })
  })
})
