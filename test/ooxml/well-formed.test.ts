/**
 * isWellFormed, the verifier's one-pass check of XML: what XML 1.0 with namespaces calls well-formed passes, anything
 * else fails; and on thousands of damaged parts of a Word document it refuses at least everything @xmldom/xmldom (parseXml) refuses.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isWellFormed } from '../../src/ooxml/well-formed.ts'
import { parseXml } from '../../src/ooxml/xml.ts'
import { unzipParts } from '../../src/ooxml/zip.ts'
import { root } from '../support/helpers.ts'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

describe('isWellFormed', () => {
  it.each([
    ['a declaration, white space and an empty root', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a/>\n'],
    ['single quotes in the declaration and attributes', `<?xml version='1.0'?><a b='"x"'/>`],
    ['prefixed elements and attributes, declared on the root', `<w:document ${W}><w:body><w:p w:rsidR="00A1"/></w:body></w:document>`],
    ['a prefix declared on an inner element', '<a><p:b xmlns:p="urn:p" p:c="1"/></a>'],
    ['a default namespace, also undeclared again', '<a xmlns="urn:a"><b xmlns=""/></a>'],
    ['the xml prefix without declaration', '<a xml:space="preserve">  x  </a>'],
    ['the five entities and character references', '<a b="&lt;&amp;&#38;&#x26;">&gt;&apos;&quot;&#x1F600;&#9;</a>'],
    ['a comment, a processing instruction and CDATA', '<!-- voor --><?mso-application progid="Word.Document"?><a><![CDATA[<b> & ]]]></a><!---->'],
    ['names with dots, dashes, digits and non-ASCII letters', '<één.x-1 ä_b="1"/>'],
    ['a namespace name with a reference', '<a xmlns:p="urn:x?a=1&amp;b=2" p:c="1"/>'],
    ['space around = and before the end of tags', '<a b = "1" ><c /></a >'],
    ['elements nested 200 deep', `${'<a:b xmlns:a="urn:a">'.repeat(200)}${'</a:b>'.repeat(200)}`],
    ['one prefix declared again for another namespace inside', '<a xmlns:p="urn:p"><p:b/><c xmlns:p="urn:q"><p:d/></c><p:e/></a>'],
  ])('accepts %s', (_why, xml) => {
    expect(isWellFormed(xml)).toBe(true)
    expect(parseXml(xml)).toBeDefined()
  })

  it.each([
    ['an empty text', ''],
    ['only a declaration', '<?xml version="1.0"?>'],
    ['text outside the root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b></a>'],
    ['an end tag that does not match', '<a></b>'],
    ['an end tag too many', '<a/></a>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['an attribute without value', '<a b/>'],
    ['attributes without space between them', '<a b="1"c="2"/>'],
    ['the same attribute twice', '<a b="1" b="2"/>'],
    ['the same attribute twice through two prefixes of one namespace', '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>'],
    ['< in an attribute value', '<a b="<"/>'],
    ['a bare &', '<a>R&D</a>'],
    ['an entity HTML knows but XML does not', '<a>&nbsp;</a>'],
    ['a reference without ;', '<a>&amp</a>'],
    ['a character reference to a character XML does not allow', '<a>&#0;</a>'],
    ['a character reference to a surrogate', '<a b="&#xD800;"/>'],
    [']]> in text', '<a>]]></a>'],
    ['-- in a comment', '<a><!-- a -- b --></a>'],
    ['a comment ending in --->', '<a><!-- a ---></a>'],
    ['an unclosed comment', '<a><!-- a </a>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>'],
    ['an unclosed CDATA section', '<a><![CDATA[x</a>'],
    ['a document type declaration', '<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'],
    ['an XML declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['an XML declaration with a misspelt version', '<?xml verson="1.0"?><a/>'],
    ['an XML declaration with an invalid encoding name', '<?xml version="1.0" encoding="?TF-8"?><a/>'],
    ['a processing instruction named xml in the body', '<a><?XML x?></a>'],
    ['an undeclared prefix on an element', '<w:p/>'],
    ['an undeclared prefix on an attribute', '<a w:b="1"/>'],
    ['a prefix declared on a sibling only', '<a><p:b xmlns:p="urn:p"/><p:c/></a>'],
    ['a prefix used again after the element that declared it', '<a><b xmlns:p="urn:p"><p:c/><p:c/></b><p:d/></a>'],
    ['an end tag with the same length as its start tag', '<ab></ba>'],
    ['an attribute prefix used after the element that declared it', '<a><b xmlns:p="urn:p" p:x="1"/><c p:y="1"/></a>'],
    ['an end tag 200 deep that does not match', `${'<a>'.repeat(200)}<b></c>${'</a>'.repeat(200)}`],
    ['an empty prefix declaration', '<a xmlns:p=""/>'],
    ['a name starting with a digit', '<1a/>'],
    ['a name with two colons', `<w:p:x ${W}/>`],
    ['an element named with the xmlns prefix', '<xmlns:a/>'],
  ])('refuses %s', (_why, xml) => {
    expect(isWellFormed(xml)).toBe(false)
  })

  it('refuses at least what @xmldom/xmldom refuses, in 2,000 damaged parts of a Word document', () => {
    const decoder = new TextDecoder()
    const parts = [...unzipParts(readFileSync(join(root, 'templates', 'huisstijl.docx')))].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([, data]) => decoder.decode(data))
    for (const part of parts) expect(isWellFormed(part)).toBe(true)
    let seed = 20261202
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296
    const characters = ['<', '>', '"', "'", '&', '/', '=', ' ', ':', '!', '?', '-', ']', ';', '#', 'x']
    const small = parts.filter((part) => part.length < 4000)
    let refusedByBoth = 0
    const acceptedByUsOnly: string[] = []
    for (let i = 0; i < 2000; i++) {
      const part = small[Math.floor(random() * small.length)]!
      const at = Math.floor(random() * part.length)
      const edit = random()
      const character = characters[Math.floor(random() * characters.length)]!
      const damaged = part.slice(0, at) + (edit < 0.4 ? '' : character) + part.slice(edit < 0.8 && edit >= 0.4 ? at : at + 1)
      const ours = isWellFormed(damaged)
      const xmldom = parseXml(damaged) !== undefined
      if (!xmldom && ours) acceptedByUsOnly.push(damaged.slice(Math.max(0, at - 30), at + 30))
      if (!xmldom && !ours) refusedByBoth++
    }
    expect(acceptedByUsOnly).toEqual([])
    expect(refusedByBoth).toBeGreaterThan(400)
  })
})
