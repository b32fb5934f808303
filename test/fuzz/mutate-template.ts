/**
 * Mutated template sets for the static template check: one template or partial of the built-in set with one to three
 * faults — a span deleted or doubled, a Handlebars fragment inserted (open blocks, stray closers, unknown helpers,
 * partials and fields, wrong argument counts, deep `../`), a field renamed.
 */
import type { TemplateSet } from '../../src/model/project.ts'
import type { Random } from './prng.ts'

export interface TemplateCase { target: string; mutations: string[]; templates: TemplateSet }

const fragments = [
  '{{', '}}', '{{{', '}}}', '{{#if}}', '{{/if}}', '{{#if dossier.titel}}', '{{else}}', '{{#each}}', '{{/each}}', '{{#each partijen.gemeenten}}{{naam}}',
  '{{#each vergaderingen}}{{#each agendapunten}}{{../../titel}}{{/each}}{{/each}}', '{{> onbekend}}', '{{> adresblok}}', '{{> adresblok x=1 y=}}',
  '{{datum}}', '{{datum a b c d}}', '{{datum dossier.ondertekening.datum "lang"}}', '{{ref}}', "{{ref 'onbekend-anker'}}", '{#anker}', '{#anker}{#anker}',
  '{{../../../x}}', '{{@root.dossier}}', '{{@root.x.y.z}}', '{{this}}', '{{.}}', '{{lookup . "x"}}', '{{#with dossier as |d|}}{{d.kenmerk}}{{/with}}',
  '{{#with}}', '{{!-- commentaar', '{{!-- x --}}', '{{{dossier.titel}}}', '<div>', '\\{{x}}', '{{#unless x}}', '{{/unless}}', '{{onbekende-helper 1}}',
  '{{#opsomming}}{{/opsomming}}', '{{en}}', '{{of 1}}', '{{gelijk}}', '{{meervoud 1 2 3 4 5}}', '{{in_woorden "x"}}', '{{#each 1}}{{/each}}',
  '{{x.[0]}}', '{{x/y}}', '{{"tekst"}}', '{{1}}', '{{true}}', '{{null}}', '{{undefined}}', '{{constructor}}', '{{__proto__}}', '{{toString}}',
  '{{#each partijen.gemeenten as |g i|}}{{g.naam}}{{i}}{{/each}}', '{{#if (gelijk)}}{{/if}}', '{{#if (onbekend x)}}{{/if}}', '{{> (x)}}', '{{#>adresblok}}{{/adresblok}}',
  '{{*decorator}}', '{{#*inline "p"}}{{/inline}}', '{{~x~}}', '{{&x}}', '\u0000', '\ufeff', '😀', '\r\n',
]

export function mutateTemplates(rng: Random, base: TemplateSet): TemplateCase {
  const documents = new Map(base.documents)
  const partials = new Map(base.partials)
  const names = [...[...documents.keys()].map((n) => ['documents', n] as const), ...[...partials.keys()].map((n) => ['partials', n] as const)]
  const [where, name] = rng.pick(names)
  const map = where === 'documents' ? documents : partials
  const source = map.get(name)!
  let text = source.text
  const done: string[] = []
  const count = 1 + rng.int(3)
  for (let i = 0; i < count; i++) {
    const at = rng.int(text.length + 1)
    switch (rng.int(5)) {
      case 0: {
        const length = 1 + rng.int(rng.chance(0.5) ? 20 : 400)
        text = text.slice(0, at) + text.slice(at + length)
        done.push(`weg ${length} op ${at}`)
        break
      }
      case 1: {
        const length = 1 + rng.int(200)
        text = text.slice(0, at) + text.slice(at, at + length) + text.slice(at)
        done.push(`dubbel ${length} op ${at}`)
        break
      }
      case 2:
      case 3: {
        const fragment = rng.pick(fragments)
        text = text.slice(0, at) + fragment + text.slice(at)
        done.push(`voeg ${JSON.stringify(fragment)} in op ${at}`)
        break
      }
      default: {
        const fields = [...text.matchAll(/\{\{[#/]?\s*([a-z_][a-z_.]*)/g)]
        if (!fields.length) break
        const field = rng.pick(fields)
        const renamed = field[1]!.split('.').map((s) => (rng.chance(0.5) ? s + 'x' : s)).join('.')
        text = text.slice(0, field.index!) + field[0].replace(field[1]!, renamed) + text.slice(field.index! + field[0].length)
        done.push(`hernoem ${field[1]} op ${field.index}`)
      }
    }
  }
  map.set(name, { ...source, text })
  return { target: source.file, mutations: done, templates: { documents, partials } }
}
