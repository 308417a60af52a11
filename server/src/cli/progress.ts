// Progress on an interactive terminal: files done, rate and time left, redrawn in place on stderr.
// Silent when stderr is not a terminal or CI is set, so logs stay clean.

const REDRAW_INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private readonly startedAt = Date.now();
  private lastDrawnAt = 0;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDrawnAt < REDRAW_INTERVAL_MS && this.done < this.total) return;
    this.lastDrawnAt = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    this.write(
      `\r\x1b[2K${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} files · ${Math.round(rate).toLocaleString('en-US')} files/s · ${left} s left`,
    );
  }

  finish(): void {
    if (this.enabled && this.lastDrawnAt > 0) this.write('\r\x1b[2K');
  }
}
