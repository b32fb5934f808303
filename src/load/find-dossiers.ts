/**
 * The dossiers of `oogo batch`: every `*.yaml` (and `*.yml`) under a folder, recursively, or the files given, sorted;
 * each with the name of its output sub-folder, made from its path relative to the input folder (lower-case ASCII,
 * digits and dashes; a collision gets `-2`, `-3`, …). Also the small reads the batch needs besides the dossiers: a
 * file's SHA-256 and the previous run's `manifest.json` (load/ is the one stage that reads files).
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { ErrorCode, oogoError, type OogoError } from '../errors.ts'

export interface FoundDossier {
  /** The path to read it from (as found or given). */
  path: string
  /** Relative to the input folder, with `/`: what the manifest records. */
  file: string
  /** The output sub-folder. */
  folder: string
}

const isDossierFile = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.')
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A folder (searched recursively) or a list of files; a folder given among several inputs is searched too. */
export function findDossiers(inputs: readonly string[]): { dossiers: FoundDossier[]; problems: OogoError[] } {
  const problems: OogoError[] = []
  const found: { path: string; base: string }[] = []
  const givenFiles: string[] = []
  for (const input of inputs) {
    let isDirectory: boolean
    try {
      isDirectory = statSync(input).isDirectory()
    } catch {
      problems.push(oogoError(ErrorCode.fileNotFound, 'load', 'Het bestand of de map bestaat niet.', { file: input }, 'Controleer het pad.'))
      continue
    }
    if (isDirectory) for (const path of walk(input)) found.push({ path, base: resolve(input) })
    else givenFiles.push(input)
  }
  // Loose files: relative to the deepest folder they share, so `a/x.yaml b/y.yaml` become `a-x` and `b-y`.
  const common = commonFolder(givenFiles.map((f) => dirname(resolve(f))))
  for (const path of givenFiles) found.push({ path, base: common })
  const seen = new Set<string>()
  const unique = found.filter(({ path }) => !seen.has(resolve(path)) && seen.add(resolve(path)))
  const withFile = unique.map(({ path, base }) => ({ path, file: relative(base, resolve(path)).split(sep).join('/') }))
    .sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.path, b.path))
  const used = new Set<string>()
  const dossiers = withFile.map(({ path, file }) => {
    const stem = safeName(file.replace(/\.ya?ml$/i, ''))
    let folder = stem
    for (let n = 2; used.has(folder); n++) folder = `${stem}-${n}`
    used.add(folder)
    return { path, file, folder }
  })
  return { dossiers, problems }
}

/** `Regio's/Kop van NH.yaml` → `regio-s-kop-van-nh`: lower-case ASCII letters, digits and single dashes. */
export function safeName(text: string): string {
  const name = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return name === '' ? 'dossier' : name
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name))
  return entries.flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return []
    const path = join(dir, e.name)
    return e.isDirectory() ? walk(path) : e.isFile() && isDossierFile(e.name) ? [path] : []
  })
}

function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return process.cwd()
  let common = folders[0]!
  for (const folder of folders) while (folder !== common && !folder.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common)
  return common
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex')

/** One buffer for every file hashed: a batch hashes thousands of documents, and memory stays flat. */
const chunk = Buffer.allocUnsafe(256 * 1024)

/** The SHA-256 of a file, or undefined when it cannot be read (absent), read in pieces into one buffer. */
export function sha256File(path: string): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const hash = createHash('sha256')
    for (let n: number; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, n))
    return hash.digest('hex')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** A manifest larger than this is not one oogo wrote (about 300 bytes a document): it is not read. */
export const manifestMaxBytes = 256 * 1024 * 1024

/**
 * The previous run's manifest, or undefined when there is none, it is not a plain file, too large or unreadable (then
 * everything is built). The content is not checked here: the caller validates it (write/write-manifest.ts:
 * manifestProblems) before trusting any path in it.
 */
export function readManifestFile(path: string): unknown {
  const text = readManifestText(path)
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The previous run's manifest as text, under the same conditions as `readManifestFile`. */
export function readManifestText(path: string): string | undefined {
  if (!existsSync(path)) return undefined
  try {
    const stat = statSync(path)
    if (!stat.isFile() || stat.size > manifestMaxBytes) return undefined
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
