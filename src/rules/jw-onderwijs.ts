import type { Rule } from './types.ts'

/** the OOGO jeugd covers the plan only as far as it concerns education. */
export const jwOnderwijs: Rule = {
  id: 'JW-2.2-ONDERWIJS',
  level: 'A',
  severity: 'waarschuwing',
  basis: 'art. 2.2 lid 3 Jeugdwet ("voor zover het de afstemming van en effectieve samenwerking met het onderwijs betreft"); toetsing afgeleid',
  title: 'Elk punt van de ontwikkelagenda heeft een band met het onderwijs (een thema anders dan "overig", of een grondslag).',
  check({ dossier }) {
    return dossier.agenda.flatMap((item, i) => item.thema === 'overig' && !item.grondslag ? [{
      path: ['agenda', i, 'thema'],
      message: `Agendapunt "${item.titel}" heeft het thema "overig"; het OOGO jeugd gaat alleen over het jeugdplan voor zover het de samenwerking met het onderwijs betreft.`,
      suggestion: 'Kies een thema (preventie-en-toegang, integraal-arrangeren, overgangen, hoe, voorwaarden), of bespreek het punt in algemeen overleg.',
    }] : [])
  },
}
