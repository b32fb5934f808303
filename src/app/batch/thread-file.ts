/**
 * The module a worker thread of `oogo batch` starts from (the coordinator, coordinator.ts; the pool's workers,
 * worker.ts). From dist/ it is the compiled `<name>.js` beside the bundle's chunks; under vitest or tsx it is
 * `<name>.ts`, which a worker thread can load only after registering tsx itself (on Node 20 the parent's
 * `--import tsx` does not reach a worker's module loader), hence a small module that does that first.
 */
export function threadFile(name: 'coordinator' | 'worker'): string {
  const typescript = import.meta.url.endsWith('.ts')
  const file = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, import.meta.url).href
  if (!typescript) return file
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register();\n` +
    `const loaded = await import(${JSON.stringify(file)});\nexport default loaded.default;\n`
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`
}
