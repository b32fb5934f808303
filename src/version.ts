/** The engine version, recorded in every document's properties (kept equal to package.json by a test). */
export const engineVersion = '0.1.0'
