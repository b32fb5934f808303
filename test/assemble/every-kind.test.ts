/**
 * The guarantees of the overeenkomst hold for every document kind: provenance in the properties,
 * no template syntax, escapes or "undefined" in the Word text, values printed literally, and a
 * missing value in any template reported at its place.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { documentKinds } from '../../src/plan/index.ts'
import type { AssembleResult } from '../../src/assemble.ts'
import { parseDocument } from 'yaml'
import { assembleFile, assembleText, root, sampleText } from '../support/helpers.ts'

/** The documents of each kind the sample makes (and the sample with markers, which has the same structure). */
const sampleCounts: Record<string, number> = { overeenkomst: 1, uitnodiging: 18, verslag: 3, verzoek: 1, motivering: 2, 'bijlage-jeugdplan': 1, checklist: 1 }

let sample: AssembleResult
let escaping: AssembleResult

/** Markup of every kind a dossier value could smuggle in. */
const marker = '*Jansen* & Zonen <B.V.> {{partij.naam}} [x](#y) _z_ | `c` \\'
const freeText = new Set(['naam', 'titel', 'functie', 'straat', 'plaats', 'toelichting', 'besproken', 'wat', 'onderwerp', 'vraag',
  'standpunt_verzoeker', 'standpunt_wederpartij', 'samenvatting', 'tekst', 'motivering', 'visie_swv', 'rondvraag', 'commissie'])

/** The sample with the marker in front of every free-text value. */
function markedSample(): string {
  const document = parseDocument(sampleText)
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' && freeText.has(k) ? `${marker} ${v}` : visit(v)]))
    }
    return node
  }
  return JSON.stringify(visit(document.toJS()))
}

beforeAll(async () => {
  sample = await assembleFile('samples/voorbeeld-dossier.yaml', { documents: [...documentKinds] })
  escaping = await assembleText(markedSample(), { documents: [...documentKinds] })
})

const wordText = (bytes: Uint8Array) => {
  const parts = unzipSync(bytes)
  const xml = Object.entries(parts).filter(([n]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).map(([, b]) => strFromU8(b)).join('')
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

describe.each(documentKinds)('%s', (kind) => {
  it('records its kind, kenmerk, engine version and dossier hash', () => {
    const documents = sample.documents.filter((d) => d.kind === kind)
    expect(documents.map((d) => d.kind)).toEqual(Array(sampleCounts[kind]).fill(kind))
    for (const d of documents) {
      const custom = strFromU8(unzipSync(d.bytes!)['docProps/custom.xml']!)
      expect(custom).toContain(`name="oogo-documentsoort"><vt:lpwstr>${kind}</vt:lpwstr>`)
      expect(custom).toContain('name="oogo-kenmerk"><vt:lpwstr>OOGO-JZ03-2026</vt:lpwstr>')
      expect(custom).toContain(`name="oogo-dossier-sha256"><vt:lpwstr>${d.model.meta.dossierSha256}</vt:lpwstr>`)
      const core = strFromU8(unzipSync(d.bytes!)['docProps/core.xml']!)
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${d.model.meta.date}T00:00:00Z</dcterms:created>`)
    }
  })

  it('shows no template syntax, escape or undefined in Word', () => {
    for (const d of sample.documents.filter((x) => x.kind === kind)) {
      const text = wordText(d.bytes!)
      expect(text, d.fileName).not.toMatch(/undefined|\{\{|\}\}|\\[*_#{}<>|[\]`!&~\\]|\[\]\(#|NaN|\[object/)
      expect(text, d.fileName).toContain('Kenmerk: OOGO-JZ03-2026')
    }
  })

  it('prints Markdown, Handlebars and XML in dossier values literally', () => {
    expect(escaping.problems.filter((p) => p.severity === 'error')).toEqual([])
    const documents = escaping.documents.filter((d) => d.kind === kind)
    expect(documents.map((d) => d.kind)).toEqual(Array(sampleCounts[kind]).fill(kind))
    for (const d of documents) {
      const text = wordText(d.bytes!)
      expect(text, d.fileName).toContain(marker)
      // Nothing became formatting: the model holds no strong, emphasis, link or code.
      expect(JSON.stringify(d.model), d.fileName).not.toMatch(/"type":"(link|code)"/)
    }
  })

  it('reports an unknown field in its template at the place in the template, before any rendering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oogo-tpl-'))
    cpSync(join(root, 'templates'), dir, { recursive: true })
    const file = join(dir, `${kind}.md.hbs`)
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.splice(1, 0, 'Tekst met {{dossier.bestaat_niet}} erin.')
    writeFileSync(file, lines.join('\n'))
    const { documents, problems } = await assembleFile('samples/voorbeeld-dossier.yaml', { documents: [kind] }, dir)
    expect(documents).toEqual([])
    expect(problems.filter((p) => p.severity === 'error')).toEqual([{
      code: 'sjabloon/onbekend-veld',
      severity: 'error',
      stage: 'validate',
      message: 'Onbekend veld `dossier.bestaat_niet`: `dossier` heeft geen veld `bestaat_niet`.',
      place: { file, line: 2, column: 13 },
      suggestion: 'Velden hier: titel, citeertitel, kenmerk, soort, schaal, regio, ondertekening (zie docs/velden.md).',
    }])
  })
})
