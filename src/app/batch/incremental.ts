/**
 * What makes a batch run incremental: the manifest header records everything a document depends on besides its
 * dossier (engine, templates, house styles, configuration, the selection of kinds, the LibreOffice of the PDFs); a dossier whose header, file and
 * output files are all as the previous `manifest.json` recorded them is not built again.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { readManifestFile, sha256, sha256File, type FoundDossier } from '../../load/find-dossiers.ts'
import { templateSetSha256 } from '../../load/load-project.ts'
import type { TemplateSet } from '../../model/project.ts'
import type { HouseStyleReference } from '../../validate/validate-config.ts'
import { engineVersion } from '../../version.ts'
import { manifestProblems, writeManifest, type Manifest, type ManifestDossier } from '../../write/write-manifest.ts'

export type ManifestHeader = Omit<Manifest, 'dossiers'>

export function manifestHeader(input: {
  templates: TemplateSet
  configFile: string
  houseStyle?: string
  municipalHouseStyles?: readonly HouseStyleReference[]
  documents: readonly string[]
}): ManifestHeader {
  // Every house style in use — --huisstijl and the gemeenten's own from the configuration — so that a changed logo
  // or style in any of them makes the next run rebuild.
  const houseStyleFiles = [
    ...(input.houseStyle === undefined ? [] : [input.houseStyle]),
    ...(input.municipalHouseStyles ?? []).map((r) => (isAbsolute(r.file) ? r.file : join(dirname(r.place.file), r.file))),
  ]
  return {
    engineVersion,
    templatesSha256: templateSetSha256(input.templates),
    houseStyleSha256: houseStyleFiles.length === 0 ? null : sha256(houseStyleFiles.map((f) => `${f} ${sha256File(f) ?? '-'}`).join('\n')),
    configSha256: sha256File(input.configFile) ?? null,
    documents: [...input.documents],
  }
}

/**
 * The previous manifest in `outDir`, when it was made with the same header; else undefined (build everything). The
 * manifest is input: one that fails `manifestProblems` (a path outside `outDir`, not of oogo's form, a wrong shape)
 * is treated as absent, so nothing it names is read or removed.
 */
export function previousManifest(outDir: string, header: ManifestHeader): Manifest | undefined {
  const previous = readManifestFile(resolve(outDir, 'manifest.json'))
  if (previous === undefined || manifestProblems(outDir, previous).length > 0) return undefined
  const p = previous as Manifest
  const same = p.engineVersion === header.engineVersion && p.templatesSha256 === header.templatesSha256 && p.houseStyleSha256 === header.houseStyleSha256 &&
    p.configSha256 === header.configSha256 && JSON.stringify(p.documents) === JSON.stringify(header.documents) &&
    JSON.stringify(p.pdf ?? null) === JSON.stringify(header.pdf ?? null)
  return same ? p : undefined
}

/** The dossier file and every document it made are as the previous run left them. */
export function unchanged(before: ManifestDossier, dossier: FoundDossier, outDir: string): boolean {
  return before.folder === dossier.folder && before.sha256 === sha256File(dossier.path) &&
    before.documents.every((d) => sha256File(resolve(outDir, d.path)) === d.sha256)
}

/** Writes `manifest.json` only when its bytes change, so an idle run touches nothing (write-manifest.ts). */
export function writeManifestIfChanged(outDir: string, manifest: Manifest): void {
  writeManifest(outDir, manifest, { unlessSame: true })
}
