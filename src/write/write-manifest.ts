/**
 * `manifest.json` of `oogo batch`: what was built from what. Deterministic — every list sorted, no timestamps — so
 * the same inputs give the same bytes whatever `--parallel` was. Written atomically (temporary file, then rename).
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { makeFolder, writeFileAtomic } from './atomic-write.ts'

export interface ManifestDocument {
  /** Relative to the output folder, with `/`. */
  path: string
  kind: string
  sha256: string
  size: number
}

export interface ManifestDossier {
  /** Relative to the input folder, with `/`. */
  file: string
  sha256: string
  folder: string
  documents: ManifestDocument[]
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
    dossiers: [...manifest.dossiers].sort((a, b) => byCodePoint(a.file, b.file)).map((d) => ({
      file: d.file,
      sha256: d.sha256,
      folder: d.folder,
      documents: [...d.documents].sort((a, b) => byCodePoint(a.path, b.path)).map((x) => ({ path: x.path, kind: x.kind, sha256: x.sha256, size: x.size })),
    })),
  }
}

export function writeManifest(folder: string, manifest: Manifest): string {
  makeFolder(folder)
  const target = join(folder, 'manifest.json')
  writeFileAtomic(target, JSON.stringify(normalizeManifest(manifest), null, 2) + '\n')
  return target
}

/** Removes files a previous run wrote that this run no longer makes (a document kind gone from a dossier). */
export function removeStale(folder: string, paths: readonly string[]): void {
  for (const path of paths) rmSync(join(folder, path), { force: true })
}
