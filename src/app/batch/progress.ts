/** The progress of a batch: a bar on a terminal; otherwise (a file, a pipe, CI) one plain line per dossier. */
import cliProgress from 'cli-progress'
import type { FoundDossier } from '../../load/find-dossiers.ts'
import type { Terminal } from '../terminal.ts'

export class Progress {
  private readonly bar: cliProgress.SingleBar | undefined
  private done = 0
  private documents = 0
  private readonly started = performance.now()
  constructor(private readonly terminal: Terminal, private readonly total: number) {
    if (terminal.progressStream) {
      this.bar = new cliProgress.SingleBar({
        format: 'dossiers {bar} {value}/{total} | {documenten} documenten | {rate} documenten/s | nog {eta_formatted}',
        hideCursor: true, clearOnComplete: true, stream: terminal.progressStream,
      }, cliProgress.Presets.shades_classic)
      this.bar.start(total, 0, { documenten: 0, rate: '0' })
    }
  }
  tick(dossier: FoundDossier, documents: number): void {
    this.done++
    this.documents += documents
    const rate = (this.documents / Math.max((performance.now() - this.started) / 1000, 0.001)).toFixed(1).replace('.', ',')
    if (this.bar) this.bar.update(this.done, { documenten: this.documents, rate })
    else this.terminal.writeError(`[${this.done}/${this.total}] ${dossier.file} → ${dossier.folder}/ (${documents} documenten)\n`)
  }
  stop(): void {
    this.bar?.stop()
  }
}
