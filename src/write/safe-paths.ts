/**
 * Paths read from a file oogo did not necessarily write itself — `manifest.json` is input like any other — are
 * trusted only when they provably lie inside the output folder: relative, without `..`, resolved inside, and with a
 * parent folder whose real path (symlinks resolved) is inside the real output folder. A document path must moreover
 * have the form oogo gives its documents: `<map>/<naam>.docx` (and its `.pdf`), lower-case ASCII letters, digits and dashes.
 */
import { lstatSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, resolve, sep } from 'node:path'

const segment = '[a-z0-9]+(?:-[a-z0-9]+)*'
/** The form of a dossier's output sub-folder (load/find-dossiers.ts: safeName). */
export const folderForm = new RegExp(`^${segment}$`)
/** The form of a document path in the manifest: `<map>/<naam>.docx` (plan/file-name.ts), or its PDF `<map>/<naam>.pdf`. */
export const documentPathForm = new RegExp(`^${segment}/${segment}\\.(docx|pdf)$`)

/**
 * Why `path` (relative, with `/`) is not a path inside `root` that oogo may touch; undefined when it is. The parent
 * folder need not exist (then nothing is there to touch); when it does, its real path must lie inside `root`'s.
 */
export function pathOutsideProblem(root: string, path: string): string | undefined {
  if (path === '' || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes('\\') || path.includes('\0')) return 'geen relatief pad'
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) return 'bevat `..`, `.` of een lege naam'
  const base = resolve(root)
  const full = resolve(base, path)
  if (!full.startsWith(base + sep)) return 'ligt buiten de uitvoermap'
  let realBase: string
  try {
    realBase = realpathSync(base)
  } catch {
    return undefined // no output folder: nothing in it to touch
  }
  try {
    const realParent = realpathSync(dirname(full))
    if (realParent !== realBase && !realParent.startsWith(realBase + sep)) return 'ligt via een symbolische koppeling buiten de uitvoermap'
  } catch {
    // the parent folder does not exist: nothing there to touch
  }
  return undefined
}

/** Why `path` is not a document path of oogo's form inside `root`; undefined when it is. */
export function documentPathProblem(root: string, path: string): string | undefined {
  if (!documentPathForm.test(path)) return 'heeft niet de vorm <map>/<naam>.docx of <map>/<naam>.pdf'
  return pathOutsideProblem(root, path)
}

/** `path` (absolute) is a regular file, not a symlink, a folder or anything else. */
export function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}
