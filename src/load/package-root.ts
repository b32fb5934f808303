/** The package root: `src/load/` and `dist/load/` are both two levels below it. */
import { fileURLToPath } from 'node:url'

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url))
