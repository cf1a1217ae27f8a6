import type { ReplayProgress } from "@tongbao/bus/read";

const PLAIN_EVERY_MS = 5_000;
const BAR = 24;

/**
 * Progress of a long read on stderr: a bar with rate and ETA redrawn in place when stderr
 * is a terminal, a plain line every few seconds when it is not (logs, CI). Never stdout,
 * which may carry the data.
 */
export class ProgressReport {
  readonly #tty: boolean;
  readonly #write: (s: string) => void;
  #lastPlain = 0;
  #drawn = false;

  constructor(opts: { tty?: boolean; write?: (s: string) => void; quiet?: boolean } = {}) {
    this.#tty = opts.tty ?? process.stderr.isTTY === true;
    const write = opts.write ?? ((s: string) => void process.stderr.write(s));
    this.#write = opts.quiet ? () => {} : write;
  }

  update(p: ReplayProgress): void {
    const remaining = Math.max(0, p.endSeq - p.lastSeq);
    const total = p.scanned + remaining;
    const fraction = total === 0 ? 1 : p.scanned / total;
    const rate = p.elapsedMs > 0 ? (p.scanned * 1000) / p.elapsedMs : 0;
    const eta = rate > 0 ? remaining / rate : undefined;
    const facts =
      `${p.scanned.toLocaleString("en")}/${total.toLocaleString("en")} ` +
      `${Math.round(rate).toLocaleString("en")} msg/s ETA ${seconds(eta)} ` +
      `verified ${p.verified.toLocaleString("en")} failed ${p.failed.toLocaleString("en")}`;
    if (this.#tty) {
      const filled = Math.round(fraction * BAR);
      const bar = "#".repeat(filled) + "-".repeat(BAR - filled);
      this.#write(`\r\x1b[2K[${bar}] ${(fraction * 100).toFixed(0).padStart(3)}% ${facts}`);
      this.#drawn = true;
    } else if (p.elapsedMs - this.#lastPlain >= PLAIN_EVERY_MS) {
      this.#lastPlain = p.elapsedMs;
      this.#write(`progress: ${(fraction * 100).toFixed(0)}% ${facts}\n`);
    }
  }

  /** Ends the bar's line so what follows starts on a fresh one. */
  end(): void {
    if (this.#drawn) this.#write("\n");
    this.#drawn = false;
  }
}

function seconds(s: number | undefined): string {
  if (s === undefined || !Number.isFinite(s)) return "--";
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.ceil(s % 60)).padStart(2, "0")}s`
    : `${Math.floor(m / 60)}h${m % 60}m`;
}
