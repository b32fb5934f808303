/**
 * `oogo init [--regio JZnn | --gemeente GMnnnn] [<bestand>]`: writes a new dossier with Dutch comments and the
 * `yaml-language-server` schema line, so an editor explains every key. With `--regio` or `--gemeente` the gemeenten
 * (CBS 2025) and their samenwerkingsverbanden (SWV-indeling 2015) come from the reference data, marked
 * `# TE CONTROLEREN`. What only the user knows (names, addresses, dates) is left empty and marked `# IN TE VULLEN`:
 * an empty value fails the schema, so `oogo controleer` lists exactly what is still to do, and nothing half-filled
 * can become a document. A `# TE CONTROLEREN` stays an open marker until the user removes the comment: `controleer`
 * warns about it and `genereer` makes only a concept (validate/check-open-markers.ts). Everything else is valid:
 * once the marked values are filled in, the dossier passes the schema and the reference-data rules.
 *
 * The text is laid out line by line, because the comments in their column are the point; every value is written by
 * the yaml package (`stringify`), so quoting is YAML's own, and the test reads each new dossier back with it.
 */
import { dirname, relative, resolve, sep } from 'node:path'
import { stringify } from 'yaml'
import { normalizeSwvCode } from '../text/swv-code.ts'
import { ExitCode } from '../errors.ts'
import { schemaFile } from '../load/load-project.ts'
import { loadReferenceData, loadRegionCompositions } from '../load/load-reference-data.ts'
import type { ReferenceData } from '../model/reference-data.ts'
import { closest } from '../text/suggest.ts'
import { comparableName, slug } from '../text/names.ts'
import { writeFileAtomic } from '../write/atomic-write.ts'
import type { Terminal } from './terminal.ts'

export interface InitFlags {
  regio?: string
  gemeente?: string
}

export const defaultDossierFile = 'dossier.yaml'

/** A gemeente as the new dossier lists it. */
export interface InitMunicipality { id: string; naam: string; code: string; po: string[]; vo: string[] }

/** What the new dossier is about: a region, one gemeente, or nothing known yet. */
export interface InitSubject {
  scale: 'jeugdhulpregio' | 'gemeente'
  region?: { code: string; naam: string }
  /** Empty: the composition is unknown; the dossier gets one gemeente to fill in. */
  municipalities: InitMunicipality[]
  /** The command as typed, for the header comment. */
  command: string
}

export function runInit(file: string | undefined, flags: InitFlags, terminal: Terminal): ExitCode {
  const target = file ?? defaultDossierFile
  const usage = (message: string, hint?: string) => terminal.usageError(`${message}${hint ? `\n    ${hint}` : ''}`)
  if (flags.regio !== undefined && flags.gemeente !== undefined) {
    return usage('Gebruik --regio of --gemeente, niet allebei.', 'Met --regio komen alle gemeenten van de jeugdregio in het dossier, met --gemeente één gemeente.')
  }
  const reference = loadReferenceData()
  let subject: InitSubject
  if (flags.regio !== undefined) {
    const code = findRegion(flags.regio, reference)
    if (code === undefined) return usage(`Onbekende jeugdregio \`${flags.regio}\`.`, regionHint(flags.regio, reference))
    const codes = loadRegionCompositions().get(code) ?? []
    subject = { scale: 'jeugdhulpregio', region: { code, naam: reference.regions.get(code)! }, municipalities: municipalitiesOf(codes, reference), command: `oogo init --regio ${code}` }
    if (codes.length === 0) {
      terminal.writeError(`Let op: oogo kent de gemeenten van jeugdregio ${code} (${reference.regions.get(code)}) niet; het dossier krijgt één gemeente om in te vullen.\n`
        + '    Alleen van JZ03, JZ15, JZ18, JZ41 en JZ43 staat de samenstelling in de referentiegegevens (data/referentie/README.md).\n')
    }
  } else if (flags.gemeente !== undefined) {
    const code = findMunicipality(flags.gemeente, reference)
    if (code === undefined) return usage(`Onbekende gemeente \`${flags.gemeente}\`.`, municipalityHint(flags.gemeente, reference))
    subject = { scale: 'gemeente', municipalities: municipalitiesOf([code], reference), command: `oogo init --gemeente ${code}` }
  } else {
    subject = { scale: 'gemeente', municipalities: [], command: 'oogo init' }
  }

  const text = initDossierText(subject, schemaPathFrom(target))
  try {
    writeFileAtomic(target, text, { overwrite: false }) // never overwrite, not even in a race
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message = code === 'EEXIST'
      ? `${target}: dit bestand bestaat al; oogo init overschrijft geen bestanden.\n    Geef een andere naam: oogo init ${subject.command.slice('oogo init'.length).trim()}${subject.command === 'oogo init' ? '' : ' '}<bestand>.yaml`
      : `${target}: het bestand kan niet worden geschreven (${code ?? 'onbekende oorzaak'}).`
    terminal.writeError(`${message}  [schrijven/mislukt]\n`)
    return ExitCode.io
  }
  const { municipalities } = subject
  const swvs = new Set(municipalities.flatMap((m) => [...m.po, ...m.vo])).size
  const what = municipalities.length === 0 ? 'een leeg dossier'
    : `een dossier met ${municipalities.length} ${municipalities.length === 1 ? 'gemeente' : 'gemeenten'} en ${swvs} ${swvs === 1 ? 'samenwerkingsverband' : 'samenwerkingsverbanden'}`
  terminal.write(`${target} geschreven: ${what}.\n`
    + `Vul de waarden met "# IN TE VULLEN" in; controleer die met "# TE CONTROLEREN" en haal dat commentaar daarna weg.\n`
    + `\`oogo controleer ${target}\` toont wat nog ontbreekt en wat nog te controleren is.\n`)
  return ExitCode.ok
}

/** `JZ03`, `jz3`, `3` or the CBS name → the code, when the CBS knows it. */
export function findRegion(input: string, reference: ReferenceData): string | undefined {
  const digits = /^\s*(?:JZ)?\s*(\d{1,2})\s*$/i.exec(input)?.[1]
  if (digits !== undefined) {
    const code = `JZ${digits.padStart(2, '0')}`
    return reference.regions.has(code) ? code : undefined
  }
  return [...reference.regions].find(([, naam]) => comparableName(naam) === comparableName(input))?.[0]
}

/** `GM0394`, `gm394`, `394` or the CBS name ("Beek", "Beek (L.)") → the code, when the CBS knows it. */
export function findMunicipality(input: string, reference: ReferenceData): string | undefined {
  const digits = /^\s*(?:GM)?\s*(\d{1,4})\s*$/i.exec(input)?.[1]
  if (digits !== undefined) {
    const code = `GM${digits.padStart(4, '0')}`
    return reference.municipalities.has(code) ? code : undefined
  }
  const matches = [...reference.municipalities.values()].filter((m) => comparableName(m.naam) === comparableName(input))
  return matches.length === 1 ? matches[0]!.code : undefined
}

function regionHint(input: string, reference: ReferenceData): string {
  const names = new Map([...reference.regions].flatMap(([code, naam]) => [[code, code], [naam, code]] as [string, string][]))
  const guess = closest(input.trim().toUpperCase().startsWith('JZ') ? input.trim().toUpperCase() : input, names.keys())
  const known = 'Een jeugdregio heeft een CBS-code van JZ01 tot en met JZ43 (zonder JZ40), of noem haar naam.'
  return guess ? `Bedoelde u \`${names.get(guess)}\` (${reference.regions.get(names.get(guess)!)})? ${known}` : known
}

function municipalityHint(input: string, reference: ReferenceData): string {
  const byName = new Map([...reference.municipalities.values()].map((m) => [m.naam, m.code]))
  const same = [...reference.municipalities.values()].filter((m) => comparableName(m.naam) === comparableName(input))
  if (same.length > 1) return `Er zijn meer gemeenten met deze naam: ${same.map((m) => `${m.code} (${m.naam})`).join(', ')}. Geef de CBS-code.`
  const guess = closest(input, byName.keys())
  const known = 'Geef de CBS-gemeentecode (GM en vier cijfers, bijvoorbeeld GM0400) of de naam van de gemeente.'
  return guess ? `Bedoelde u \`${byName.get(guess)}\` (${guess})? ${known}` : known
}

function municipalitiesOf(codes: readonly string[], reference: ReferenceData): InitMunicipality[] {
  const ids = new Set<string>()
  return codes.map((code) => reference.municipalities.get(code)!).filter(Boolean)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((m) => {
      let id = idOf(m.naam)
      for (let n = 2; ids.has(id); n++) id = `${idOf(m.naam)}-${n}`
      ids.add(id)
      return { id, naam: m.naam, code: m.code, po: m.po.map(normalizeSwvCode), vo: m.vo.map(normalizeSwvCode) }
    })
}

/** The id of a gemeente in a new dossier: its name as a slug (`den-helder`). */
export function idOf(name: string): string {
  return slug(name, 'gemeente')
}

/** The schema's path from the folder of the new dossier, with forward slashes (what yaml-language-server reads). */
function schemaPathFrom(target: string): string {
  return relative(dirname(resolve(target)), schemaFile).split(sep).join('/')
}

const FILL = '# IN TE VULLEN'
const CHECK = '# TE CONTROLEREN'

/** A YAML scalar, quoted only when YAML would otherwise read something else. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd()
}

/** `key: value` with a comment in a column, as in the sample dossier. */
function line(indent: number, key: string, value: string | undefined, comment?: string): string {
  const head = `${' '.repeat(indent)}${key}:${value === undefined ? '' : ` ${value}`}`
  return comment ? `${head.padEnd(Math.max(head.length + 1, 34))}${comment}` : head
}

/** The text of a new dossier. Pure: the tests fill in its placeholders and check the result. */
export function initDossierText(subject: InitSubject, schemaPath: string): string {
  const { municipalities, region } = subject
  const single = subject.scale === 'gemeente' ? municipalities[0] : undefined
  const label = region ? `${region.naam}` : single?.naam
  const out: string[] = []
  const push = (...lines: string[]) => out.push(...lines)

  push(`# yaml-language-server: $schema=${schemaPath}`,
    '#',
    `# Dossier OOGO jeugd${region ? ` — jeugdregio ${region.code} ${region.naam}` : single ? ` — gemeente ${single.naam}` : ''}.`,
    `# Gemaakt met \`${subject.command}\`.`,
    '#',
    `# Vul elke waarde met "${FILL}" in: die is nu leeg, en het dossier is pas geldig als alles is ingevuld.`,
    `# Controleer elke waarde met "${CHECK}": die komt uit de referentiegegevens van oogo (gemeenten: CBS`,
    '# 2025; samenwerkingsverbanden: de SWV-indeling van 2015, die sindsdien kan zijn gewijzigd). Haal dat commentaar',
    '# weg zodra u de waarde heeft gecontroleerd: tot dan meldt `oogo controleer` het, en maakt `oogo genereer` alleen',
    '# een concept (--concept).',
    '# Data schrijft u als JJJJ-MM-DD. `oogo controleer <dit bestand>` toont wat nog ontbreekt, met regel en kolom.',
    'versie: 1',
    '',
    'dossier:',
    line(2, 'titel', label ? scalar(`OOGO jeugd ${label}`) : undefined, label ? `${CHECK}: de titel boven elk document` : `${FILL}: de titel boven elk document, bijvoorbeeld OOGO jeugd Kop van Noord-Holland`),
    line(2, 'kenmerk', region ? `OOGO-${region.code}` : single ? `OOGO-${single.code}` : undefined, region || single ? `${CHECK}: uw eigen kenmerk; staat in de kop van elk document` : `${FILL}: uw eigen kenmerk, bijvoorbeeld OOGO-JZ03-2026`),
    line(2, 'soort', 'jeugd', '# jeugd | gecombineerd (samen met het OOGO over het ondersteuningsplan)'),
    line(2, 'schaal', subject.scale, '# ondersteuningsplan | gemeente | jeugdhulpregio'))
  if (region) push('  regio:', line(4, 'code', region.code), line(4, 'naam', scalar(region.naam)))
  push('  # Nodig voor de overeenkomst; haal de # weg en vul in:',
    '  # ondertekening:',
    '  #   plaats:                      # de plaats van ondertekening',
    '  #   datum:                       # JJJJ-MM-DD',
    '',
    'jeugdplan:',
    line(2, 'titel', undefined, `${FILL}: de titel van het (concept-)jeugdplan`),
    '  periode:',
    line(4, 'van', undefined, `${FILL}: eerste dag van de planperiode`),
    line(4, 'tot', undefined, `${FILL}: laatste dag van de planperiode`),
    line(2, 'concept_datum', undefined, `${FILL}: datum van het concept dat in het OOGO wordt besproken`),
    '',
    'partijen:',
    region && municipalities.length > 0 ? `  gemeenten:                      ${CHECK}: de gemeenten van jeugdregio ${region.code} volgens oogo` : '  gemeenten:')

  const gemeenten = municipalities.length > 0 ? municipalities : undefined
  for (const m of gemeenten ?? [undefined]) {
    push(line(4, '- id', m?.id ?? 'gemeente', m ? undefined : `${CHECK}: een id uit de naam, in kleine letters met streepjes (den-helder)`),
      line(6, 'naam', m ? scalar(m.naam) : undefined, m ? undefined : `${FILL}: de naam van de gemeente zoals het CBS die voert`),
      line(6, 'gm_code', m?.code, m ? undefined : `${FILL}: de CBS-gemeentecode, bijvoorbeeld GM0400`))
    if (m && m.po.length + m.vo.length === 0) {
      push(`      ${CHECK}: ${m.naam} staat niet in de SWV-indeling van 2015 (een gemeente van na 2015);`,
        '      # zet haar id bij de samenwerkingsverbanden PO en VO die haar gebied bedienen.')
    }
    push('      adres:',
      line(8, 'straat', undefined, `${FILL}: straat en huisnummer van het gemeentehuis`),
      line(8, 'postcode', undefined, `${FILL}: bijvoorbeeld 1784 MC`),
      line(8, 'plaats', undefined, FILL),
      '      vertegenwoordiger:',
      line(8, 'naam', undefined, `${FILL}: de wethouder die het college vertegenwoordigt`),
      line(8, 'functie', 'wethouder Jeugd', CHECK),
      line(6, 'collegebesluit', undefined, `${FILL}: datum van het collegebesluit over de overeenkomst`),
      '      # raadsbehandeling_jeugdplan: JJJJ-MM-DD   (wanneer de raad het jeugdplan vaststelt)')
  }

  push(region || single ? `  samenwerkingsverbanden:         ${CHECK}: volgens de SWV-indeling van 2015` : '  samenwerkingsverbanden:')
  const codes = [...new Set(municipalities.flatMap((m) => [...m.po, ...m.vo]))].sort((a, b) => (a.slice(0, 2) === b.slice(0, 2) ? a.localeCompare(b) : a.startsWith('PO') ? -1 : 1))
  const swvs = codes.length > 0
    ? codes.map((code) => ({ id: `swv-${code.slice(0, 2).toLowerCase()}-${code.slice(2)}`, code, sector: code.slice(0, 2).toLowerCase(), gemeenten: municipalities.filter((m) => m.po.includes(code) || m.vo.includes(code)).map((m) => m.id) }))
    : (['po', 'vo'] as const).map((sector) => ({ id: `swv-${sector}`, code: undefined, sector, gemeenten: [gemeenten?.[0]?.id ?? 'gemeente'] }))
  for (const swv of swvs) {
    const sectorName = swv.sector === 'po' ? 'primair onderwijs' : 'voortgezet onderwijs'
    push(line(4, '- id', swv.id),
      line(6, 'naam', undefined, `${FILL}: de statutaire naam van het samenwerkingsverband ${sectorName}${swv.code ? ` ${swv.code}` : ''}`),
      line(6, 'code', swv.code, swv.code ? undefined : `${FILL}: de SWV-code, bijvoorbeeld ${swv.sector.toUpperCase()}2701`),
      line(6, 'sector', swv.sector),
      '      adres:',
      line(8, 'straat', undefined, FILL),
      line(8, 'postcode', undefined, FILL),
      line(8, 'plaats', undefined, FILL),
      '      vertegenwoordiger:',
      line(8, 'naam', undefined, FILL),
      line(8, 'functie', 'directeur-bestuurder', CHECK),
      line(6, 'gemeenten', `[${swv.gemeenten.join(', ')}]`, swv === swvs[0] ? '# de gemeenten (ids) in het gebied van dit samenwerkingsverband' : undefined))
  }

  const chair = gemeenten?.[0]?.id ?? 'gemeente'
  push('',
    'overlegcommissie:',
    line(2, 'naam', label ? scalar(`Overlegcommissie OOGO jeugd ${label}`) : undefined, label ? CHECK : `${FILL}: bijvoorbeeld Overlegcommissie OOGO jeugd Kop van Noord-Holland`),
    '  voorzitter:',
    line(4, 'naam', undefined, FILL),
    line(4, 'namens', chair, `${CHECK}: het id van de partij namens wie de voorzitter zitting heeft`),
    '  secretaris:',
    line(4, 'naam', undefined, FILL),
    line(4, 'functie', 'beleidsadviseur jeugd', CHECK),
    line(4, 'namens', chair, CHECK),
    '',
    '# Afspraken over termijnen (kalenderdagen) en het aantal vergaderingen; er bestaat geen wettelijke standaard.',
    '# procedure:',
    '#   termijnen:',
    '#     uitnodiging_dagen_vooraf: 14',
    '#     stukken_dagen_vooraf: 7',
    '#     verslag_dagen_na: 21',
    '#     bijzondere_vergadering_binnen_dagen: 28',
    '#   vergaderingen_per_jaar: 2',
    '',
    'geschillenregeling:',
    line(2, 'commissie', 'Geschillencommissie oogo-jeugdplan', '# of een regionale commissie'),
    line(2, 'verzoek_soorten', '[advies, bemiddeling]', '# voor het OOGO jeugd alleen advies en bemiddeling'),
    '',
    'agenda:                          # de ontwikkelagenda: ten minste één punt',
    line(2, '- id', 'toegang-op-school', `${CHECK}: een eigen id per punt`),
    line(4, 'thema', 'preventie-en-toegang', '# preventie-en-toegang | integraal-arrangeren | overgangen | hoe | voorwaarden | overig'),
    line(4, 'titel', undefined, `${FILL}: de titel van het eerste punt van de ontwikkelagenda`),
    '',
    '# De vergaderingen van de overlegcommissie; voor elke vergadering maakt oogo de uitnodigingen.',
    '# vergaderingen:',
    '#   - id: 2026-04-oogo',
    '#     soort: oogo                # oogo | algemeen | bijzonder',
    '#     datum: 2026-04-09',
    '#     aanvang: "14:00"',
    '#     einde: "16:30"',
    '#     locatie: { naam: Gemeentehuis, adres: "Straat 1, 1234 AB Plaats" }',
    '#     uitnodiging: { datum: 2026-03-19 }',
    '#     agendapunten: [toegang-op-school]',
    '')
  return out.join('\n')
}
