/**
 * Every text of the dossier — values and keys — holds only characters XML 1.0 allows: #x9, #xA, #xD, #x20–#xD7FF,
 * #xE000–#xFFFD and #x10000–#x10FFFF. Any other character (NUL and the other control characters, U+FFFE, U+FFFF, a
 * lone surrogate) cannot stand in a Word document: written as is, Word and LibreOffice refuse the file; left out or
 * replaced, the document silently says something else than the dossier. So it is a located error, before anything
 * is made. YAML can carry such a character literally or as an escape (`"\uFFFE"`, `"\0"`).
 */
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'
import type { ParsedYaml } from '../model/project.ts'
import { codePointName, firstNonXmlCharacter } from '../ooxml/xml-characters.ts'
import { pointerToPlace, type DataPath } from './pointer-to-place.ts'

/**
 * Every UTF-16 unit XML 1.0 allows taken one by one, surrogates included: a text without any other is clean at once,
 * without the slower look by code point (most dossiers have no suspect text at all).
 */
const SUSPECT_UNIT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/

/** A value on the stack, with the way to it: its path is made only when it is reported. */
interface Step { value: unknown; parent: Step | undefined; key: string | number }
const pathOf = (step: Step | undefined): DataPath => {
  const path: (string | number)[] = []
  for (let s = step; s?.parent; s = s.parent) path.push(s.key)
  return path.reverse()
}

export function checkCharacters(yaml: ParsedYaml, data: unknown): OogoError[] {
  if (!anySuspect(data)) return []
  const problems: OogoError[] = []
  // The path is made from the step only when a text is reported (most dossiers have none).
  const report = (text: string, step: Step, at: 'value' | 'key') => {
    if (!SUSPECT_UNIT.test(text)) return
    const codePoint = firstNonXmlCharacter(text)
    if (codePoint === undefined) return
    const name = codePointName(codePoint)
    const what = at === 'key' ? 'de sleutel' : 'deze tekst'
    problems.push(oogoError(ErrorCode.invalidCharacter, 'validate',
      `Het teken ${name} in ${what} kan niet in een Word-document staan (XML 1.0 staat het niet toe); het document zou onleesbaar worden of stilzwijgend iets anders zeggen dan het dossier.`,
      pointerToPlace(yaml, pathOf(step), at),
      `Verwijder het teken ${name} of vervang het door een gewoon teken; het komt vaak mee bij kopiëren uit een ander programma.`))
  }
  // An explicit stack, not recursion: a deeply nested dossier must not overflow the call stack.
  const stack: Step[] = [{ value: data, parent: undefined, key: '' }]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const step = stack.pop()!
    const { value } = step
    if (typeof value === 'string') report(value, step, 'value')
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value) // YAML aliases share one object: each is checked once
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: step, key: i })
    } else {
      const keys = Object.keys(value)
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!
        const child: Step = { value: (value as Record<string, unknown>)[key], parent: step, key }
        report(key, child, 'key')
        stack.push(child)
      }
    }
  }
  return problems
}

/**
 * Whether any key or value holds a suspect unit: a walk that keeps no way back, so that a dossier without any (nearly
 * all) costs no step per value; only one with a suspect text is walked again with paths, to report it.
 */
function anySuspect(data: unknown): boolean {
  const stack: unknown[] = [data]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'string') {
      if (SUSPECT_UNIT.test(value)) return true
      continue
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item)
    } else {
      for (const key of Object.keys(value)) {
        if (SUSPECT_UNIT.test(key)) return true
        stack.push((value as Record<string, unknown>)[key])
      }
    }
  }
  return false
}
