/**
 * Shared test helpers: assemble a dossier from a file or a string, in memory.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assemble } from '../../src/assemble.ts'
import { loadProject, loadTemplates, projectFromText, sourceFromString, builtInTemplatesDir } from '../../src/load/load-project.ts'
import { defaultOptions, type AssembleOptions } from '../../src/options.ts'

export const root = join(import.meta.dirname, '..', '..')
export const samplePath = join(root, 'samples', 'voorbeeld-dossier.yaml')
export const sampleText = readFileSync(samplePath, 'utf8')

export async function assembleFile(file: string, options: Partial<AssembleOptions> = {}, templatesDir?: string) {
  const loaded = loadProject({ dossier: file, ...(templatesDir ? { templatesDir } : {}) })
  if (!loaded.project) return { documents: [], skipped: [], problems: loaded.problems }
  return assemble(loaded.project, { ...defaultOptions, ...options })
}

export async function assembleText(text: string, options: Partial<AssembleOptions> = {}, file = 'dossier.yaml') {
  const read = sourceFromString(file, text)
  if (!read.source) return { documents: [], skipped: [], problems: read.problems }
  const loaded = projectFromText(read.source, loadTemplates(builtInTemplatesDir))
  if (!loaded.project) return { documents: [], skipped: [], problems: loaded.problems }
  return assemble(loaded.project, { ...defaultOptions, ...options })
}

/**
 * What the legal check says about the sample, in the order of their places: the four wethouders sign without the
 * date of the burgemeester's machtiging (rule GW-171-MACHTIGING), and the motiveringen of Hollands Kroon and Schagen,
 * whose raad decides after the advice, are not written yet (rule GC-MOTIVERING-PER-GEMEENTE).
 */
export const sampleWarnings = ['regel/GW-171-MACHTIGING', 'regel/GC-MOTIVERING-PER-GEMEENTE', 'regel/GW-171-MACHTIGING',
  'regel/GC-MOTIVERING-PER-GEMEENTE', 'regel/GW-171-MACHTIGING', 'regel/GW-171-MACHTIGING']

/** The sample with `from` replaced by `to` (exactly once: a test must not silently miss). */
export function sampleWith(...edits: [from: string | RegExp, to: string][]): string {
  let text = sampleText
  for (const [from, to] of edits) {
    const next = text.replace(from, to)
    if (next === text) throw new Error(`edit not applied: ${String(from)}`)
    text = next
  }
  return text
}
