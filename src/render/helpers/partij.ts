import { HelperError, type HelperDefinition } from './types.ts'

export const partij: HelperDefinition = {
  name: 'partij',
  description: 'De naam van een partij bij haar id, zoals in lopende tekst: "gemeente Den Helder" of de naam van het samenwerkingsverband.',
  params: [{ name: 'id', description: 'het id van een partij (bijvoorbeeld een `namens`)' }],
  example: '{{partij overlegcommissie.voorzitter.namens}} → gemeente Schagen',
  fn([id], root) {
    const parties = (root['partijlijst'] ?? []) as { id: string; aanduiding: string }[]
    const mbo = ((root['partijen'] as { mbo_instellingen?: { id: string; naam: string }[] } | undefined)?.mbo_instellingen) ?? []
    const found = parties.find((p) => p.id === id)?.aanduiding ?? mbo.find((m) => m.id === id)?.naam
    if (found === undefined) throw new HelperError(`\`partij\`: er is geen partij met id ${JSON.stringify(id)}.`)
    return found
  },
}
