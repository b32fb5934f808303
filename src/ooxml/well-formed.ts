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
const S = '[ \\t\\r\\n]'
/** XML 1.0 §2.8 XMLDecl: version, then optionally encoding and standalone, in this order. */
const XML_DECLARATION = new RegExp(`<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')`
  + `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][\\w.-]*"|'[A-Za-z][\\w.-]*'))?`
  + `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`, 'y')
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

/** ASCII characters that may start a name (letters, `_`) and that may go on one (also digits, `-`, `.`). */
const NAME_START = new Uint8Array(128)
const NAME_CHAR = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code)
  NAME_START[code] = /[A-Za-z_]/.test(c) ? 1 : 0
  NAME_CHAR[code] = /[\w.-]/.test(c) ? 1 : 0
}

/** Where the colon of the name last read by `nameEnd` is, or -1. */
let nameColon = -1

/**
 * The end of the qualified name at `at`, or -1 when none starts there; `nameColon` says where its colon is. ASCII
 * names, all that Word writes, are read character by character; a name with any other character by QNAME.
 */
function nameEnd(xml: string, at: number): number {
  nameColon = -1
  let code = xml.charCodeAt(at)
  if (!(code < 128)) return code >= 128 ? unicodeNameEnd(xml, at) : -1
  if (!NAME_START[code]) return -1
  let i = at + 1
  for (;;) {
    code = xml.charCodeAt(i)
    if (code < 128) {
      if (NAME_CHAR[code]) {
        i++
      } else if (code === 0x3a /* : */ && nameColon === -1) {
        const first = xml.charCodeAt(i + 1)
        if (first >= 128) return unicodeNameEnd(xml, at)
        if (!NAME_START[first]) return -1
        nameColon = i
        i += 2
      } else {
        return i
      }
    } else {
      return code >= 128 ? unicodeNameEnd(xml, at) : i // NaN: the end of the text
    }
  }
}

function unicodeNameEnd(xml: string, at: number): number {
  QNAME.lastIndex = at
  const match = QNAME.exec(xml)
  if (!match) return -1
  nameColon = match[1] === undefined ? -1 : at + match[1].length
  return QNAME.lastIndex
}

/** Whether the `length` characters of `xml` from `a` and from `b` are the same. */
function sameText(xml: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false
  return true
}

/** A stack twice as deep, with what it held. */
function grown(stack: Int32Array): Int32Array {
  const bigger = new Int32Array(stack.length * 2)
  bigger.set(stack)
  return bigger
}

function skipSpace(xml: string, at: number): number {
  while (isSpace(xml.charCodeAt(at))) at++
  return at
}

/** Whether `xml` is a well-formed XML document (see above). */
export function isWellFormed(xml: string): boolean {
  // Where the names of the open elements start and end in `xml`, outermost first: `depth` of them.
  let openStarts: Int32Array = new Int32Array(64)
  let openEnds: Int32Array = new Int32Array(64)
  let depth = 0
  const scopes: (Scope | undefined)[] = [] // the scope of each open element
  let scope: Scope | undefined
  let rootSeen = false
  let at = 0
  const length = xml.length
  const nextAmpersand = finder(xml, '&')
  const nextCdataEnd = finder(xml, ']]>')
  const nextLessThan = finder(xml, '<')
  // The scope and the prefix last found declared in it (of an element or an attribute).
  let lastScope: Scope | undefined | null = null
  let lastPrefix = ''
  // The attributes of the element being read, as places in the text (no string or array per attribute or element):
  // where each name starts and ends, and where its colon is from its start (-1: none); `attributes` of them.
  let attributeStarts: Int32Array = new Int32Array(16)
  let attributeEnds: Int32Array = new Int32Array(16)
  let attributeColons: Int32Array = new Int32Array(16)
  let attributes = 0
  if (xml.startsWith('<?xml') && (isSpace(xml.charCodeAt(5)) || xml.startsWith('?>', 5))) {
    XML_DECLARATION.lastIndex = 0
    if (!XML_DECLARATION.test(xml)) return false
    at = XML_DECLARATION.lastIndex
  }
  while (at < length) {
    const tag = nextLessThan(at)
    const textEnd = tag === -1 ? length : tag
    if (textEnd > at) {
      if (depth === 0) {
        if (skipSpace(xml, at) < textEnd) return false
      } else {
        if (!referencesSound(xml, at, textEnd, nextAmpersand)) return false
        const cdataEnd = nextCdataEnd(at)
        if (cdataEnd !== -1 && cdataEnd + 3 <= textEnd) return false
      }
    }
    if (tag === -1) break
    const next = xml.charCodeAt(tag + 1)
    if (next === 0x2f /* / */) {
      const end = nameEnd(xml, tag + 2)
      if (end === -1 || depth === 0) return false
      depth--
      const start = openStarts[depth]!
      if (end - tag - 2 !== openEnds[depth]! - start || !sameText(xml, start, tag + 2, end - tag - 2)) return false
      at = skipSpace(xml, end)
      if (xml.charCodeAt(at) !== 0x3e /* > */) return false
      scope = scopes.pop()
      at++
    } else if (next === 0x3f /* ? */) {
      const end = nameEnd(xml, tag + 2)
      if (end === -1 || nameColon !== -1 || xml.slice(tag + 2, end).toLowerCase() === 'xml') return false
      const close = xml.indexOf('?>', end)
      if (close === -1 || (close > end && !isSpace(xml.charCodeAt(end)))) return false
      at = close + 2
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', tag)) {
        const end = xml.indexOf('--', tag + 4)
        if (end === -1 || xml.charCodeAt(end + 2) !== 0x3e) return false
        at = end + 3
      } else if (xml.startsWith('<![CDATA[', tag) && depth > 0) {
        const end = xml.indexOf(']]>', tag + 9)
        if (end === -1) return false
        at = end + 3
      } else {
        return false // a document type declaration, or no markup at all
      }
    } else {
      if (depth === 0 && rootSeen) return false
      const end = nameEnd(xml, tag + 1)
      if (end === -1) return false
      const elementColon = nameColon
      at = end
      // Attributes: names and values first, then the namespace declarations among them, then the prefixes.
      attributes = 0
      let declared: Map<string, string> | undefined
      let empty = false
      for (;;) {
        const spaced = skipSpace(xml, at)
        const code = xml.charCodeAt(spaced)
        if (code === 0x3e /* > */) { at = spaced + 1; break }
        if (code === 0x2f /* / */) {
          if (xml.charCodeAt(spaced + 1) !== 0x3e) return false
          at = spaced + 2
          empty = true
          break
        }
        if (spaced === at) return false // no space before an attribute
        const attributeEnd = nameEnd(xml, spaced)
        if (attributeEnd === -1) return false
        const length = attributeEnd - spaced
        for (let j = 0; j < attributes; j++) {
          if (attributeEnds[j]! - attributeStarts[j]! === length && sameText(xml, attributeStarts[j]!, spaced, length)) return false
        }
        if (attributes === attributeStarts.length) {
          attributeStarts = grown(attributeStarts)
          attributeEnds = grown(attributeEnds)
          attributeColons = grown(attributeColons)
        }
        attributeStarts[attributes] = spaced
        attributeEnds[attributes] = attributeEnd
        attributeColons[attributes] = nameColon === -1 ? -1 : nameColon - spaced
        attributes++
        const equals = skipSpace(xml, attributeEnd)
        if (xml.charCodeAt(equals) !== 0x3d /* = */) return false
        const valueStart = skipSpace(xml, equals + 1)
        const quote = xml.charCodeAt(valueStart)
        if (quote !== 0x22 && quote !== 0x27) return false
        const close = xml.indexOf(quote === 0x22 ? '"' : "'", valueStart + 1)
        if (close === -1) return false
        const lessThan = nextLessThan(valueStart + 1)
        if (lessThan !== -1 && lessThan < close) return false
        if (!referencesSound(xml, valueStart + 1, close, nextAmpersand)) return false
        at = close + 1
        if (xml.startsWith('xmlns', spaced) && (length === 5 || xml.charCodeAt(spaced + 5) === 0x3a /* : */)) {
          const prefix = length === 5 ? '' : xml.slice(spaced + 6, attributeEnd)
          const uri = decodeReferences(xml.slice(valueStart + 1, close))
          if (prefix !== '' && (uri === '' || prefix === 'xmlns' || (prefix === 'xml') !== (uri === XML_NAMESPACE))) return false
          if (uri === XMLNS_NAMESPACE || (uri === XML_NAMESPACE && prefix !== 'xml')) return false
          ;(declared ??= new Map()).set(prefix, uri)
        }
      }
      const inner: Scope | undefined = declared ? { prefixes: declared, parent: scope } : scope
      if (elementColon !== -1) {
        // Word writes thousands of `w:` elements in one scope: the prefix is resolved again only when either changes.
        const prefixLength = elementColon - tag - 1
        if (inner !== lastScope || prefixLength !== lastPrefix.length || !xml.startsWith(lastPrefix, tag + 1)) {
          const prefix = xml.slice(tag + 1, elementColon)
          if (!resolve(inner, prefix)) return false
          lastScope = inner
          lastPrefix = prefix
        }
      }
      // Attributes with a prefix: declared, and no two with the same namespace and local name.
      for (let i = 0; i < attributes; i++) {
        const colon = attributeColons[i]!
        if (colon === -1) continue
        const start = attributeStarts[i]!
        const localLength = attributeEnds[i]! - start - colon // the colon and the local name
        if (colon === 5 && xml.startsWith('xmlns', start)) continue
        if (inner !== lastScope || colon !== lastPrefix.length || !xml.startsWith(lastPrefix, start)) {
          const prefix = xml.slice(start, start + colon)
          if (resolve(inner, prefix) === undefined) return false
          lastScope = inner
          lastPrefix = prefix
        }
        for (let j = 0; j < i; j++) {
          const otherStart = attributeStarts[j]!
          const otherColon = attributeColons[j]!
          if (otherColon === -1 || attributeEnds[j]! - otherStart - otherColon !== localLength || !sameText(xml, otherStart + otherColon, start + colon, localLength)) continue
          if (resolve(inner, xml.slice(otherStart, otherStart + otherColon)) === resolve(inner, xml.slice(start, start + colon))) return false
        }
      }
      rootSeen = true
      if (!empty) {
        if (depth === openStarts.length) {
          openStarts = grown(openStarts)
          openEnds = grown(openEnds)
        }
        openStarts[depth] = tag + 1
        openEnds[depth] = end
        depth++
        scopes.push(scope)
        scope = inner
      }
    }
  }
  return rootSeen && depth === 0
}
