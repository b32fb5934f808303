import type { Dossier } from '../model/dossier.ts'
import type { Rule } from './types.ts'

// "bindend" not preceded by a negation ("niet bindend", "niet-bindend", "geen bindend", "onbindend").
const binding = /(?<!\bniet[- ]|\bgeen |\bon)\bbindend(e)?\b/i

/** Free texts about the advice, with their paths. */
function texts(dossier: Dossier): { path: (string | number)[]; text: string }[] {
  const advice = dossier.geschil?.advies
  return [
    ...(advice ? [{ path: ['geschil', 'advies', 'samenvatting'], text: advice.samenvatting }] : []),
    ...(advice?.aanbevelingen ?? []).map((a, i) => ({ path: ['geschil', 'advies', 'aanbevelingen', i, 'tekst'], text: a.tekst })),
    ...(dossier.motiveringen ?? []).flatMap((m, i) => [
      ...m.reacties.map((r, j) => ({ path: ['motiveringen', i, 'reacties', j, 'motivering'], text: r.motivering })),
      ...(m.visie_swv ? [{ path: ['motiveringen', i, 'visie_swv'], text: m.visie_swv }] : []),
    ]),
  ]
}

/** B-10: no text calls the advice binding. */
export const gcNietBindend: Rule = {
  id: 'GC-NIET-BINDEND',
  level: 'B',
  severity: 'fout',
  basis: 'Wegwijzer OOGO jeugd §2.2 ("Adviezen zijn niet bindend")',
  title: 'Geen tekst over het advies noemt het bindend.',
  check({ dossier }) {
    return texts(dossier).filter(({ text }) => binding.test(text)).map(({ path }) => ({
      path,
      message: 'Deze tekst noemt het advies bindend; een advies van de Geschillencommissie oogo-jeugdplan is niet bindend, de raad beslist zelf.',
      suggestion: 'Schrijf "niet bindend" of laat het woord weg.',
    }))
  },
}
