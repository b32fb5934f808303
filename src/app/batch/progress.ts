/**
 * The progress of a batch: a bar on a terminal; otherwise (a file, a pipe, CI) one plain line per dossier.
 *
 * Until the first dossier is done there is nothing to estimate from: the bar then says it is checking, without a
 * rate or a time left (cli-progress's own estimate reads "nog 0s" at that point, which is wrong the longest).
 */
import cliProgress from 'cli-progress'
import type { FoundDossier } from '../../load/find-dossiers.ts'
import type { Terminal } from '../terminal.ts'

export class Progress {
  private readonly bar: cliProgress.SingleBar | undefined
  private done = 0
  private documents = 0
  private readonly started: number
  /** `label`: what is counted, before the bar ("dossiers"; "PDF" for the PDF phase of `batch --pdf`). */
  constructor(private readonly terminal: Terminal, private readonly total: number, private readonly now: () => number = () => performance.now(),
    private readonly label = 'dossiers') {
    this.started = now()
    if (terminal.progressStream) {
      this.bar = new cliProgress.SingleBar({
        format: `${label} {bar} {value}/{total} | {stand}`,
        hideCursor: true, clearOnComplete: true, stream: terminal.progressStream,
      }, cliProgress.Presets.shades_classic)
      this.bar.start(total, 0, { stand: progressStatus(0, total, 0, 0, this.starting) })
    }
  }
  /** `outcome`: a dossier that made no documents, why ("ongeldig", "gecontroleerd"). */
  tick(dossier: FoundDossier, documents: number, outcome?: string): void {
    this.done++
    this.documents += documents
    const seconds = (this.now() - this.started) / 1000
    if (this.bar) this.bar.update(this.done, { stand: progressStatus(this.done, this.total, this.documents, seconds, this.starting) })
    else if (outcome !== undefined) this.terminal.writeError(`[${this.done}/${this.total}] ${dossier.file}: ${outcome}\n`)
    else if (this.label === 'dossiers') this.terminal.writeError(`[${this.done}/${this.total}] ${dossier.file} → ${dossier.folder}/ (${documents} documenten)\n`)
    else this.terminal.writeError(`[${this.done}/${this.total}] ${this.label}: ${dossier.file} → ${dossier.folder}/ (${documents} ${documents === 1 ? 'bestand' : 'bestanden'})\n`)
  }
  /** What the bar says before the first is done. */
  private get starting(): string {
    return this.label === 'dossiers' ? 'controleren …' : 'omzetten …'
  }
  stop(): void {
    this.bar?.stop()
  }
}

/**
 * What the bar says after its count: "controleren …" before the first dossier is done; then the documents, the rate
 * and the time left, estimated from the dossiers done so far ("nog ca. 1 min 20 s").
 */
export function progressStatus(done: number, total: number, documents: number, seconds: number, starting = 'controleren …'): string {
  if (done === 0) return starting
  const rate = (documents / Math.max(seconds, 0.001)).toFixed(1).replace('.', ',')
  const counted = `${documents} ${documents === 1 ? 'document' : 'documenten'} | ${rate} documenten/s`
  if (done >= total) return `${counted} | klaar`
  return `${counted} | nog ca. ${duration((seconds / done) * (total - done))}`
}

/** 7 s, 1 min 5 s, 2 u 3 min: whole seconds (rounded up) in Dutch abbreviations; hours without their seconds. */
function duration(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
  const minutes = Math.floor((s % 3600) / 60)
  return `${Math.floor(s / 3600)} u${minutes ? ` ${minutes} min` : ''}`
}
