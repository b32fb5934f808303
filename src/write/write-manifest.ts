/**
 * `manifest.json` of `oogo batch`: what was built from what. Deterministic — every list sorted, no timestamps — so
 * the same inputs give the same bytes whatever `--parallel` was. Written atomically (temporary file, then rename).
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { makeFolder } from './atomic-write.ts'
import { temporaryPath } from './temporaries.ts'
import { documentPathProblem, folderForm, isPlainFile } from './safe-paths.ts'

export interface ManifestDocument {
  /** Relative to the output folder, with `/`. */
  path: string
  kind: string
  sha256: string
  size: number
  /** A PDF: the hash of the .docx it was converted from, the source of truth (the PDF's bytes depend on LibreOffice). */
  docxSha256?: string
}

export interface ManifestDossier {
  /** Relative to the input folder, with `/`. */
  file: string
  sha256: string
  folder: string
  documents: ManifestDocument[]
}

export interface ManifestPdf {
  /** Its version, e.g. `7.4.7.2`. */
  libreOffice: string
  /** `--alleen-pdf`: the PDFs only. */
  only: boolean
}

export interface Manifest {
  engineVersion: string
  /** Over every template text, sorted by name (`partials/…` for partials). */
  templatesSha256: string
  /** Of the `--huisstijl` file; null: the built-in house style. */
  houseStyleSha256: string | null
  /** Of the configuration file (rule settings, house styles per gemeente); null: none. */
  configSha256: string | null
  /** `--document`, sorted; empty: the default selection. */
  documents: string[]
  /** `--pdf` / `--alleen-pdf`: the LibreOffice that made the PDFs and whether the .docx were kept; absent: no PDFs. */
  pdf?: ManifestPdf
  dossiers: ManifestDossier[]
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The manifest with every list sorted and keys in a fixed order. */
export function normalizeManifest(manifest: Manifest): Manifest {
  return {
    engineVersion: manifest.engineVersion,
    templatesSha256: manifest.templatesSha256,
    houseStyleSha256: manifest.houseStyleSha256,
    configSha256: manifest.configSha256,
    documents: [...manifest.documents].sort(byCodePoint),
    ...(manifest.pdf ? { pdf: { libreOffice: manifest.pdf.libreOffice, only: manifest.pdf.only } } : {}),
    dossiers: [...manifest.dossiers].sort((a, b) => byCodePoint(a.file, b.file)).map((d) => ({
      file: d.file,
      sha256: d.sha256,
      folder: d.folder,
      documents: [...d.documents].sort((a, b) => byCodePoint(a.path, b.path)).map((x) => ({ path: x.path, kind: x.kind, sha256: x.sha256, size: x.size, ...(x.docxSha256 ? { docxSha256: x.docxSha256 } : {}) })),
    })),
  }
}

/**
 * The bytes of `manifest.json`: `JSON.stringify(normalizeManifest(manifest), null, 2)` and one newline, made one
 * dossier at a time. For thousands of dossiers the one big stringify (and the normalized copy beside the manifest)
 * took a hundred megabytes at the end of a batch run; in pieces only one dossier's copy exists at a time.
 */
export function* manifestPieces(manifest: Manifest): Generator<string> {
  const header: Omit<Manifest, 'dossiers'> & { dossiers?: unknown } = normalizeManifest({ ...manifest, dossiers: [] })
  delete header.dossiers
  const sorted = [...manifest.dossiers].sort((a, b) => byCodePoint(a.file, b.file))
  yield `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "dossiers": [${sorted.length === 0 ? ']' : ''}`
  for (const [i, dossier] of sorted.entries()) {
    const [normalized] = normalizeManifest({ ...manifest, dossiers: [dossier] }).dossiers
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(normalized, null, 2).replaceAll('\n', '\n    ')}`
  }
  yield `${sorted.length > 0 ? '\n  ]' : ''}\n}\n`
}

export function manifestText(manifest: Manifest): string {
  return [...manifestPieces(manifest)].join('')
}

/**
 * Writes `manifest.json` atomically (a temporary file, then a rename), piece by piece, so memory does not grow with
 * the number of dossiers. With `unlessSame`, the pieces are compared with the manifest already there as they are
 * written, and when every byte is the same the temporary file is removed and the manifest left untouched (an idle run
 * touches nothing). Answers whether it was written.
 */
export function writeManifest(folder: string, manifest: Manifest, options: { unlessSame?: boolean } = {}): boolean {
  makeFolder(folder)
  const target = join(folder, 'manifest.json')
  const temporary = temporaryPath(target)
  let existing: number | undefined
  let fd: number | undefined
  try {
    if (options.unlessSame) try { existing = openSync(target, 'r') } catch { /* none: written */ }
    fd = openSync(temporary, 'wx') // exclusive: never through a symlink planted at the name
    let same = existing !== undefined
    for (const piece of manifestPieces(manifest)) {
      const bytes = Buffer.from(piece, 'utf8')
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at) // a short write near a full disk goes on
      if (same) {
        const there = Buffer.alloc(bytes.length)
        same = readSync(existing!, there, 0, bytes.length, null) === bytes.length && there.equals(bytes)
      }
    }
    if (same) same = readSync(existing!, Buffer.alloc(1), 0, 1, null) === 0 // nothing more in the old one
    closeSync(fd)
    fd = undefined
    if (same) rmSync(temporary, { force: true })
    else renameSync(temporary, target)
    return !same
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  } finally {
    if (existing !== undefined) closeSync(existing)
  }
}

const isHash = (x: unknown) => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x)
const isText = (x: unknown) => typeof x === 'string'
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * What is wrong with a manifest read from `outDir` (in Dutch, one line each); empty when it is a manifest oogo could
 * have written there: the right shape, and every document path of the form `<map>/<naam>.docx` (or `.pdf`) inside `outDir`, in
 * its own dossier's folder. A manifest with problems is treated as absent (everything is built again).
 */
export function manifestProblems(outDir: string, value: unknown): string[] {
  if (!isRecord(value)) return ['manifest.json is geen object']
  const problems: string[] = []
  if (!isText(value.engineVersion) || !isText(value.templatesSha256)) problems.push('manifest.json mist engineVersion of templatesSha256')
  if (!(value.houseStyleSha256 === null || isText(value.houseStyleSha256)) || !(value.configSha256 === null || isText(value.configSha256))) {
    problems.push('manifest.json: houseStyleSha256 en configSha256 moeten tekst of null zijn')
  }
  if (!Array.isArray(value.documents) || !value.documents.every(isText)) problems.push('manifest.json: documents moet een lijst van namen zijn')
  if (value.pdf !== undefined && (!isRecord(value.pdf) || !isText(value.pdf.libreOffice) || typeof value.pdf.only !== 'boolean')) {
    problems.push('manifest.json: pdf moet libreOffice (tekst) en only (waar of onwaar) hebben')
  }
  if (!Array.isArray(value.dossiers)) return [...problems, 'manifest.json: dossiers moet een lijst zijn']
  for (const [i, dossier] of value.dossiers.entries()) {
    const where = `manifest.json, dossiers[${i}]`
    if (!isRecord(dossier) || !isText(dossier.file) || !isHash(dossier.sha256) || typeof dossier.folder !== 'string' || !Array.isArray(dossier.documents)) {
      problems.push(`${where}: geen geldig dossier (file, sha256, folder, documents)`)
      continue
    }
    if (!folderForm.test(dossier.folder)) problems.push(`${where}: de map ${JSON.stringify(dossier.folder)} heeft niet de vorm die oogo maakt`)
    for (const [j, document] of dossier.documents.entries()) {
      const at = `${where}.documents[${j}]`
      if (!isRecord(document) || !isText(document.path) || !isText(document.kind) || !isHash(document.sha256) || !Number.isSafeInteger(document.size) || (document.size as number) < 0 ||
        !(document.docxSha256 === undefined || isHash(document.docxSha256))) {
        problems.push(`${at}: geen geldig document (path, kind, sha256, size)`)
        continue
      }
      const path = document.path as string
      const problem = !path.startsWith(`${dossier.folder}/`) ? 'ligt niet in de map van het dossier' : documentPathProblem(outDir, path)
      if (problem) problems.push(`${at}: het pad ${JSON.stringify(path)} ${problem}`)
    }
  }
  return problems
}

/**
 * Removes files a previous run wrote that this run no longer makes (a document kind gone from a dossier) — only those
 * oogo can prove it wrote: a path of the form `<map>/<naam>.docx` (or `.pdf`) inside `folder` (no `..`, no absolute path, no
 * symlink out), a plain file, and — for a manifest entry, given `hashOf` — the content the manifest records (a
 * document changed by hand since is kept). Answers what was removed and what was kept (with the reason), as paths
 * relative to `folder`.
 */
export function removeStale(
  folder: string,
  stale: readonly (string | ManifestDocument)[],
  hashOf?: (path: string) => string | undefined,
): { removed: string[]; kept: { path: string; reason: string }[] } {
  const removed: string[] = []
  const kept: { path: string; reason: string }[] = []
  for (const entry of stale) {
    const path = typeof entry === 'string' ? entry : entry.path
    const full = resolve(folder, path)
    const reason = documentPathProblem(folder, path) ??
      (!isPlainFile(full) ? 'is geen gewoon bestand' : undefined) ??
      (typeof entry !== 'string' && hashOf && hashOf(full) !== entry.sha256 ? 'is gewijzigd sinds oogo het schreef' : undefined)
    if (reason) {
      kept.push({ path, reason })
      continue
    }
    rmSync(full, { force: true })
    removed.push(path)
  }
  return { removed, kept }
}
