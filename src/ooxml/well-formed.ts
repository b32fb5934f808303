/**
 * Whether a text is well-formed XML 1.0 with namespaces, checked in one pass without building a tree: what the
 * verifier of every document oogo makes needs, at a tenth of a DOM parse (the body of an overeenkomst: ~0.2 ms
 * instead of ~2 ms with @xmldom/xmldom). The markup is checked here; the characters (XML 1.0 §2.2) by
 * xml-characters.ts, before.
 *
 * Checked: one root element, and outside it only the XML declaration (first), comments, processing instructions and
 * white space; start and end tags that match; names as XML 1.0 §2.3 defines them (with namespaces: at most one
 * colon, never first or last); every attribute quoted, once per element (also by namespace and local name), without
 * `<`; every `&` a reference to one of the five predefined entities or to a character XML allows; no `]]>` in text;
 * comments without `--`; CDATA sections inside the root only; every prefix declared. A document type declaration is
 * refused, as parseXml does (a Word part never has one). The XML declaration is checked for its form (version,
 * encoding, standalone); not checked is what a namespace name means.
 */

/** XML 1.0 §2.3 NameStartChar and NameChar, colon left out: a name is NCName (':' NCName)?. */
const START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const CHAR = `${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`
const NCNAME = `[${START}][${CHAR}]*`
/** A qualified name at `lastIndex`: prefix (group 1, may be absent) and local part (group 2). */
const QNAME = new RegExp(`(?:(${NCNAME}):)?(${NCNAME})`, 'uy')
const SPACE = /[ \t\r\n]*/y
const S = '[ \\t\\r\\n]'
/** XML 1.0 §2.8 XMLDecl: version, then optionally encoding and standalone, in this order. */
const XML_DECLARATION = new RegExp(`<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')`
  + `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][\\w.-]*"|'[A-Za-z][\\w.-]*'))?`
  + `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`, 'y')
const ATTRIBUTE_VALUE = /"([^<"]*)"|'([^<']*)'/y
/** A reference without its `&`: a predefined entity, or a character reference (its value checked apart). */
const REFERENCE = /(?:amp|lt|gt|apos|quot|#([0-9]+)|#x([0-9a-fA-F]+));/y

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'

/** The prefixes in scope, innermost first: each element that declares any adds a scope. */
type Scope = { prefixes: Map<string, string>; parent: Scope | undefined }
const resolve = (scope: Scope | undefined, prefix: string): string | undefined => {
  for (let s = scope; s; s = s.parent) {
    const uri = s.prefixes.get(prefix)
    if (uri !== undefined) return uri
  }
  return prefix === 'xml' ? XML_NAMESPACE : undefined
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
/** Whether a character reference names a character XML 1.0 allows. */
const isXmlCharacter = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)

/**
 * Where `needle` next occurs in `xml` from a position on, for positions asked in increasing order: each search starts
 * where the last found one left off, so a text with one `&` at its end is searched once, not once per text node.
 */
function finder(xml: string, needle: string): (from: number) => number {
  let found = -2
  return (from) => {
    if (found === -1 || found >= from) return found
    found = xml.indexOf(needle, from)
    return found
  }
}

/** Whether the text from `start` to `end` (character data or an attribute value) has only sound references. */
function referencesSound(xml: string, start: number, end: number, nextAmpersand: (from: number) => number): boolean {
  for (let at = nextAmpersand(start); at !== -1 && at < end; at = nextAmpersand(at + 1)) {
    REFERENCE.lastIndex = at + 1
    const match = REFERENCE.exec(xml)
    if (!match || REFERENCE.lastIndex > end) return false
    const [, decimal, hex] = match
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)
      if (!isXmlCharacter(code)) return false
    }
  }
  return true
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' }
/** An attribute value with its (sound) references replaced by what they stand for. */
const decodeReferences = (value: string): string => value.includes('&')
  ? value.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(\w+));/g, (_m, hex: string | undefined, decimal: string | undefined, name: string) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(Number(decimal)) : PREDEFINED[name]!)
  : value

/** Whether `xml` is a well-formed XML document (see above). */
export function isWellFormed(xml: string): boolean {
  const open: string[] = [] // the names of the open elements, outermost first
  const scopes: (Scope | undefined)[] = [] // the scope of each open element
  let scope: Scope | undefined
  let rootSeen = false
  let at = 0
  const length = xml.length
  const nextAmpersand = finder(xml, '&')
  const nextCdataEnd = finder(xml, ']]>')
  if (xml.startsWith('<?xml') && (isSpace(xml.charCodeAt(5)) || xml.startsWith('?>', 5))) {
    XML_DECLARATION.lastIndex = 0
    if (!XML_DECLARATION.test(xml)) return false
    at = XML_DECLARATION.lastIndex
  }
  while (at < length) {
    const tag = xml.indexOf('<', at)
    const textEnd = tag === -1 ? length : tag
    if (textEnd > at) {
      if (open.length === 0) {
        for (let i = at; i < textEnd; i++) if (!isSpace(xml.charCodeAt(i))) return false
      } else {
        if (!referencesSound(xml, at, textEnd, nextAmpersand)) return false
        const cdataEnd = nextCdataEnd(at)
        if (cdataEnd !== -1 && cdataEnd + 3 <= textEnd) return false
      }
    }
    if (tag === -1) break
    const next = xml.charCodeAt(tag + 1)
    if (next === 0x2f /* / */) {
      QNAME.lastIndex = tag + 2
      const match = QNAME.exec(xml)
      if (!match || open.length === 0 || match[0] !== open[open.length - 1]) return false
      SPACE.lastIndex = QNAME.lastIndex
      SPACE.exec(xml)
      if (xml.charCodeAt(SPACE.lastIndex) !== 0x3e /* > */) return false
      open.pop()
      scope = scopes.pop()
      at = SPACE.lastIndex + 1
    } else if (next === 0x3f /* ? */) {
      QNAME.lastIndex = tag + 2
      const match = QNAME.exec(xml)
      if (!match || match[1] !== undefined || match[0].toLowerCase() === 'xml') return false
      const end = xml.indexOf('?>', QNAME.lastIndex)
      if (end === -1 || (end > QNAME.lastIndex && !isSpace(xml.charCodeAt(QNAME.lastIndex)))) return false
      at = end + 2
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', tag)) {
        const end = xml.indexOf('--', tag + 4)
        if (end === -1 || xml.charCodeAt(end + 2) !== 0x3e) return false
        at = end + 3
      } else if (xml.startsWith('<![CDATA[', tag) && open.length > 0) {
        const end = xml.indexOf(']]>', tag + 9)
        if (end === -1) return false
        at = end + 3
      } else {
        return false // a document type declaration, or no markup at all
      }
    } else {
      if (open.length === 0 && rootSeen) return false
      QNAME.lastIndex = tag + 1
      const name = QNAME.exec(xml)
      if (!name) return false
      at = QNAME.lastIndex
      // Attributes: names and values first, then the namespace declarations among them, then the prefixes.
      const attributes: { prefix: string | undefined; local: string }[] = []
      let declared: Map<string, string> | undefined
      let empty = false
      for (;;) {
        SPACE.lastIndex = at
        SPACE.exec(xml)
        const spaced = SPACE.lastIndex > at
        at = SPACE.lastIndex
        const code = xml.charCodeAt(at)
        if (code === 0x3e /* > */) { at++; break }
        if (code === 0x2f /* / */) {
          if (xml.charCodeAt(at + 1) !== 0x3e) return false
          at += 2
          empty = true
          break
        }
        if (!spaced) return false
        QNAME.lastIndex = at
        const attribute = QNAME.exec(xml)
        if (!attribute) return false
        SPACE.lastIndex = QNAME.lastIndex
        SPACE.exec(xml)
        if (xml.charCodeAt(SPACE.lastIndex) !== 0x3d /* = */) return false
        SPACE.lastIndex++
        SPACE.exec(xml)
        ATTRIBUTE_VALUE.lastIndex = SPACE.lastIndex
        const value = ATTRIBUTE_VALUE.exec(xml)
        if (!value || !referencesSound(xml, SPACE.lastIndex + 1, ATTRIBUTE_VALUE.lastIndex - 1, nextAmpersand)) return false
        at = ATTRIBUTE_VALUE.lastIndex
        const [qname, prefix, local] = attribute as unknown as [string, string | undefined, string]
        for (const other of attributes) if (other.prefix === prefix && other.local === local) return false
        attributes.push({ prefix, local })
        if (prefix === 'xmlns' || (prefix === undefined && qname === 'xmlns')) {
          const uri = decodeReferences(value[1] ?? value[2]!)
          if (prefix === 'xmlns' && (uri === '' || local === 'xmlns' || (local === 'xml') !== (uri === XML_NAMESPACE))) return false
          if (uri === XMLNS_NAMESPACE || (uri === XML_NAMESPACE && local !== 'xml')) return false
          ;(declared ??= new Map()).set(prefix === 'xmlns' ? local : '', uri)
        }
      }
      const inner: Scope | undefined = declared ? { prefixes: declared, parent: scope } : scope
      if (name[1] !== undefined && !resolve(inner, name[1])) return false
      // Attributes with a prefix: declared, and no two with the same namespace and local name.
      let expanded: Set<string> | undefined
      for (const { prefix, local } of attributes) {
        if (prefix === undefined || prefix === 'xmlns') continue
        const uri = resolve(inner, prefix)
        if (uri === undefined) return false
        const key = `${uri} ${local}`
        if ((expanded ??= new Set()).has(key)) return false
        expanded.add(key)
      }
      rootSeen = true
      if (!empty) {
        open.push(name[0])
        scopes.push(scope)
        scope = inner
      }
    }
  }
  return rootSeen && open.length === 0
}
